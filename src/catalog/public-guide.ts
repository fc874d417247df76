import type { Queryable } from '../db/index.js';
import { kindNames } from './item-code.js';
import { getPublishedItemByCode } from './queries.js';
import * as store from './store.js';
import type { ServiceItemVersion } from './types.js';
import { mostUsed, type PopularEntry } from './usage.js';

/** An item version as a guide shows it: everything it says, with its kind's name. */
export const itemDetail = (i: ServiceItemVersion) => ({ ...i, kindName: kindNames[i.kind] });

export type PublishedGuide = ReturnType<typeof itemDetail> & { english: Awaited<ReturnType<typeof store.englishOfItem>> };

/**
 * 办事指南 of one published item with its English version where the catalog has one (null when none), or null
 * when no such item is published. The API's guide and the portal's server-rendered guide both read this.
 */
export async function publishedGuide(q: Queryable, code: string): Promise<PublishedGuide | null> {
  const item = await getPublishedItemByCode(q, code);
  if (!item) return null;
  return { ...itemDetail(item), english: await store.englishOfItem(q, item.code) };
}

// 高频事项: counted over every filed application, kept a minute (the portal's home page asks on every visit)
const kept = new WeakMap<object, { at: number; items: PopularEntry[] }>();

/** The most used published items and bundles, counted at most once a minute per database. */
export async function popularEntries(q: Queryable, now: Date, limit: number): Promise<PopularEntry[]> {
  const at = now.getTime();
  const hit = kept.get(q);
  if (hit && at - hit.at <= 60_000 && at >= hit.at) return hit.items.slice(0, limit);
  const items = await mostUsed(q, 20);
  // nothing filed yet is not worth keeping: the first applications show at once
  if (items.length) kept.set(q, { at, items });
  else kept.delete(q);
  return items.slice(0, limit);
}
