import type { Queryable } from '../db/index.js';
import * as store from './store.js';
import type { AbolishedCertificate, BundleVersion, DataElement, ServiceItemVersion } from './types.js';

/** Reads other modules use (through index.ts). All return typed objects, never rows. */

/** One version by id, whatever its status: an application reads the version it was filed against. */
export const getItemVersion = (q: Queryable, versionId: string): Promise<ServiceItemVersion | undefined> => store.itemVersionById(q, versionId);
export const getItemVersions = (q: Queryable, versionIds: string[]): Promise<ServiceItemVersion[]> => store.itemVersionsByIds(q, versionIds);
export const getPublishedItemByCode = (q: Queryable, code: string): Promise<ServiceItemVersion | undefined> => store.publishedItemByCode(q, code);
export const getPublishedItemsByCodes = (q: Queryable, codes: string[]): Promise<ServiceItemVersion[]> => store.publishedItemsByCodes(q, codes);

export async function listPublishedItems(
  q: Queryable,
  filter: { departmentCode?: string; kind?: string; licenceType?: string; limit?: number; offset?: number } = {},
): Promise<{ items: ServiceItemVersion[]; total: number }> {
  return store.listPublishedItems(q, { ...filter, limit: filter.limit ?? 1000, offset: filter.offset ?? 0 });
}

/** Published items that produce a licence type (e.g. who issues `food-business-permit`). */
export async function itemsProducingLicence(q: Queryable, licenceType: string): Promise<ServiceItemVersion[]> {
  return (await store.listPublishedItems(q, { licenceType, limit: 100, offset: 0 })).items;
}

export const getBundleVersion = (q: Queryable, versionId: string): Promise<BundleVersion | undefined> => store.bundleVersionById(q, versionId);
export const getPublishedBundleByCode = (q: Queryable, code: string): Promise<BundleVersion | undefined> => store.publishedBundleByCode(q, code);
export const listPublishedBundles = (q: Queryable, audience?: 'citizen' | 'enterprise'): Promise<BundleVersion[]> => store.listPublishedBundles(q, audience);

export const listDataElements = (q: Queryable): Promise<DataElement[]> => store.listDataElements(q);
export async function getDataElements(q: Queryable): Promise<Map<string, DataElement>> {
  return new Map((await store.listDataElements(q)).map((e) => [e.code, e]));
}
export const listAbolishedCertificates = (q: Queryable): Promise<AbolishedCertificate[]> => store.listAbolishedCertificates(q);
