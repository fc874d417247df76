import { AppError, systemClock } from '../../core/index.js';
import type { Db } from '../../db/index.js';
import { importCatalog } from '../import-catalog.js';
import type { CatalogDocumentRaw } from '../types.js';
import { demoBundles } from './bundles.js';
import { demoAbolishedCertificates, demoDataElements } from './elements.js';
import { constructionItems } from './items-construction.js';
import { marketItems } from './items-market.js';
import { peopleItems } from './items-people.js';
import { serviceItems } from './items-services.js';

/** The demo county catalog of 蓝山县 as one import document. */
export function demoCatalogDocument(): CatalogDocumentRaw {
  return {
    format: 'banshi-catalog',
    version: 1,
    dataElements: demoDataElements,
    abolishedCertificates: demoAbolishedCertificates,
    items: [...marketItems, ...peopleItems, ...constructionItems, ...serviceItems],
    bundles: demoBundles,
  };
}

/**
 * Loads the demo catalog through the same import as a bureau's file, so the demo passes every rule a real
 * catalog must. Idempotent: a second run finds everything unchanged.
 */
export async function seedCatalog(db: Db): Promise<void> {
  try {
    await importCatalog({ db, clock: systemClock }, null, demoCatalogDocument());
  } catch (e) {
    if (e instanceof AppError) throw new Error(`demo catalog rejected: ${JSON.stringify(e.details, null, 1)}`);
    throw e;
  }
}
