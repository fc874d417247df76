/** 帮代办 authorisations: whether one is live and covers a filing. Pure; `today` is a Shanghai date (YYYY-MM-DD). */
export interface AuthorisationTerms {
  item_codes: string[];
  bundle_codes: string[];
  valid_from: string;
  valid_until: string;
  revoked_at: Date | null;
}

export type AuthorisationState = 'live' | 'revoked' | 'expired' | 'pending';

export const authorisationStateNames: Record<AuthorisationState, string> = {
  live: '有效',
  revoked: '已撤销',
  expired: '已到期',
  pending: '未开始',
};

export function authorisationState(a: AuthorisationTerms, today: string): AuthorisationState {
  if (a.revoked_at) return 'revoked';
  if (today > a.valid_until) return 'expired';
  if (today < a.valid_from) return 'pending';
  return 'live';
}

/**
 * The first item (or the bundle) of a filing the authorisation does not cover, or null when it covers them all. A
 * bundle's authorisation covers its items when filed as that bundle, not the same items filed one by one.
 */
export function uncoveredBy(a: AuthorisationTerms, filing: { bundleCode: string | null; itemCodes: readonly string[] }): { kind: 'bundle' | 'item'; code: string } | null {
  if (filing.bundleCode) return a.bundle_codes.includes(filing.bundleCode) ? null : { kind: 'bundle', code: filing.bundleCode };
  const missing = filing.itemCodes.find((c) => !a.item_codes.includes(c));
  return missing ? { kind: 'item', code: missing } : null;
}

/** A period may start today or later, must end on or after its start, and lasts at most a year. */
export function periodProblem(from: string, until: string, today: string): boolean {
  const oneYearOn = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  return from < today || until < from || until > oneYearOn;
}
