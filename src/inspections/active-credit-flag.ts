import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { flagSourceNames } from './present.js';
import { activeFlagOf } from './store/credit-flags.js';

/** What a caller needs to refuse a privilege and tell the applicant why. */
export interface StandingCreditFlag {
  id: string;
  uscc: string | null;
  subjectName: string;
  reason: string;
  source: 'inspection' | 'commitment' | 'manual';
  sourceName: string;
  startsAt: Date;
  endsAt: Date;
  /** The last day (Asia/Shanghai) the flag may still stand: show this to the applicant. */
  endsOn: string;
}

/**
 * The credit flag standing against a business (by USCC) or a person (by ID number) at `at`, or null.
 * Commitment-based approval (告知承诺制) and fast lanes are refused while one stands.
 */
export async function activeCreditFlag(
  q: Queryable,
  who: { uscc?: string | null; idNumber?: string | null; at: Date },
): Promise<StandingCreditFlag | null> {
  const uscc = who.uscc?.trim().toUpperCase() || undefined;
  const idNumber = who.idNumber?.trim().toUpperCase() || undefined;
  if (!uscc && !idNumber) return null;
  const f = await activeFlagOf(q, { uscc, idNumber }, who.at);
  if (!f) return null;
  return {
    id: f.id,
    uscc: f.uscc,
    subjectName: f.subject_name,
    reason: f.reason,
    source: f.source,
    sourceName: flagSourceNames[f.source],
    startsAt: f.starts_at,
    endsAt: f.ends_at,
    endsOn: shanghaiDateOf(new Date(f.ends_at.getTime() - 1)),
  };
}
