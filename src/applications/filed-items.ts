import type { Queryable } from '../db/index.js';
import { itemVersion, type FiledItem } from './catalog-port.js';
import type { CaseRow } from './store/rows.js';

/** The guide versions an application's cases were filed against (immutable, so any later edit of the guide does not count). */
export async function filedItemsOf(q: Queryable, cases: readonly CaseRow[]): Promise<FiledItem[]> {
  const out: FiledItem[] = [];
  for (const c of cases) {
    const v = await itemVersion(q, c.item_version_id);
    if (v) out.push(v);
  }
  return out;
}
