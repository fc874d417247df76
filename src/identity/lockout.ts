/**
 * Lockout rule: after MAX_FAILURES wrong passwords in a row, the account is locked for LOCK_MINUTES. The count is kept
 * by one atomic UPDATE in the store (recordLoginFailure), so parallel guesses and several server processes cannot
 * slip past it; these are its parameters.
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

/** The end of a lock that starts now. */
export const lockEnd = (now: Date): Date => new Date(now.getTime() + LOCK_MINUTES * 60_000);

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The end of a lock as a person in China reads it: 2026/03/02 09:15. */
export const lockEndText = (until: Date): string => shanghaiTime.format(until);
