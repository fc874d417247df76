import type { Queryable } from '../db/index.js';
import { bundleInputOf } from './new-bundle-draft.js';
import { inputOf } from './new-item-draft.js';
import * as store from './store.js';
import type { CatalogDocument } from './types.js';
import { writeCatalogWorkbook } from './workbook.js';

/** The published catalog as one document (what an import of it would leave unchanged). */
export async function exportCatalog(q: Queryable): Promise<CatalogDocument> {
  const items = (await store.listPublishedItems(q, { limit: 100_000, offset: 0 })).items;
  return {
    format: 'banshi-catalog',
    version: 1,
    dataElements: await store.listDataElements(q),
    abolishedCertificates: await store.listAbolishedCertificates(q),
    items: items.map(inputOf),
    bundles: (await store.listPublishedBundles(q)).map(bundleInputOf),
  };
}

export type CatalogFileFormat = 'xlsx' | 'json';

export function catalogFileFormat(filename: string): CatalogFileFormat | null {
  const lower = filename.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.json') ? 'json' : null;
}

/** The published catalog as a file: an .xlsx workbook for bureau staff, or JSON. */
export async function exportCatalogFile(q: Queryable, format: CatalogFileFormat): Promise<Buffer> {
  const doc = await exportCatalog(q);
  return format === 'xlsx' ? writeCatalogWorkbook(doc) : Buffer.from(JSON.stringify(doc, null, 2), 'utf8');
}
