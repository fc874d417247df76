import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { summaryOf, type LicenceSummary } from './present.js';
import * as store from './store.js';

/** A licence's live status (for a reviewer looking at a reused licence): read now, never a stored copy. */
export async function licenceStatus(q: Queryable, licenceId: string, at: Date): Promise<LicenceSummary | undefined> {
  const l = await store.licenceById(q, licenceId);
  return l ? summaryOf(l, shanghaiDateOf(at)) : undefined;
}
