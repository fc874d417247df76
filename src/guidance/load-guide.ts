/** Reads from the catalog and maps to guidance's views. */
import { getDataElements, getItemVersions, getPublishedBundleByCode, getPublishedItemByCode, getPublishedItemsByCodes } from '../catalog/index.js';
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { bundleView, dataElementViews, itemView } from './from-catalog.js';
import type { BundleView, DataElementView, ItemView } from './model.js';

export async function loadElements(q: Queryable): Promise<Map<string, DataElementView>> {
  return dataElementViews((await getDataElements(q)).values());
}

export async function loadBundle(q: Queryable, code: string): Promise<BundleView> {
  const bundle = await getPublishedBundleByCode(q, code);
  if (!bundle) throw new AppError('GUIDANCE_BUNDLE_NOT_FOUND', { code });
  const [items, elements] = await Promise.all([getPublishedItemsByCodes(q, bundle.members.map((m) => m.itemCode)), loadElements(q)]);
  return bundleView(bundle, items, elements);
}

export async function loadPublishedItem(q: Queryable, code: string): Promise<ItemView> {
  const v = await getPublishedItemByCode(q, code);
  if (!v) throw new AppError('GUIDANCE_ITEM_NOT_FOUND', { code });
  return itemView(v, await loadElements(q));
}

/** Item versions by id, in the order asked; any unknown id is a 404 naming it. */
export async function loadItemVersions(q: Queryable, ids: readonly string[]): Promise<{ items: ItemView[]; elements: Map<string, DataElementView> }> {
  const unique = [...new Set(ids)];
  const [versions, elements] = await Promise.all([getItemVersions(q, unique), loadElements(q)]);
  const byId = new Map(versions.map((v) => [v.versionId, v]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length) throw new AppError('GUIDANCE_ITEM_VERSION_NOT_FOUND', { ids: missing.join(', ') });
  return { items: unique.map((id) => itemView(byId.get(id)!, elements)), elements };
}
