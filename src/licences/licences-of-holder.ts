import { shanghaiDateOf, type Clock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { holderIdsOf, type HolderRef } from './holder-ref.js';
import { summaryOf, type LicenceSummary } from './present.js';
import * as store from './store.js';

export interface HolderLicence extends LicenceSummary {
  /** The licence's data (the fields of its current version), e.g. to prefill a form. */
  data: Record<string, unknown>;
}

/** Every licence of the holder, whatever its status, newest first, with its data. */
export async function licencesOfHolder(q: Queryable, holder: HolderRef, at: Date | Clock = new Date()): Promise<HolderLicence[]> {
  const holders = holderIdsOf(holder);
  if (!holders.length) return [];
  const today = shanghaiDateOf(at instanceof Date ? at : at.now());
  return (await store.licencesOfHolders(q, holders)).map((l) => ({ ...summaryOf(l, today), data: l.data }));
}
