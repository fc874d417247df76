/** Lockout rule: after MAX_FAILURES wrong passwords in a row, the account is locked for LOCK_MINUTES. Pure. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const failed = failedLogins + 1;
  if (failed >= MAX_FAILURES) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  return { failedLogins: failed, lockedUntil: null };
}
