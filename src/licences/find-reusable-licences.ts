import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { holderIdsOf, type HolderRef } from './holder-ref.js';
import { summaryOf, type LicenceSummary } from './present.js';
import * as store from './store.js';

export interface ReusableQuery {
  /** The applicant: USCC and/or citizen ID number. */
  holder: HolderRef;
  /** Licence type codes a material spec accepts (`business-licence` …). */
  typeCodes: readonly string[];
  /** When the licence must be valid (usually now). */
  at: Date;
}

/**
 * 免提交: the holder's licences that can stand in for a material right now: of an accepted type, not suspended or
 * revoked, within their dates. Newest first within a type.
 */
export async function findReusableLicences(q: Queryable, query: ReusableQuery): Promise<LicenceSummary[]> {
  const holders = holderIdsOf(query.holder);
  if (!holders.length || !query.typeCodes.length) return [];
  const today = shanghaiDateOf(query.at);
  const rows = await store.reusableLicences(q, holders, query.typeCodes, today);
  return rows.map((l) => summaryOf(l, today));
}
