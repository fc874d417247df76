/** How long a credit flag stands by default, per source (calendar days; configurable per locality). */
export const CREDIT_FLAG_DAYS: Record<'inspection' | 'commitment' | 'manual', number> = {
  inspection: 365,
  commitment: 365,
  manual: 365,
};

const DAY_MS = 24 * 3600 * 1000;

export function defaultFlagEnd(source: keyof typeof CREDIT_FLAG_DAYS, startsAt: Date): Date {
  return new Date(startsAt.getTime() + CREDIT_FLAG_DAYS[source] * DAY_MS);
}

/** A flag stands while it is active and `at` lies in [startsAt, endsAt). */
export function flagStands(f: { status: string; startsAt: Date; endsAt: Date }, at: Date): boolean {
  return f.status === 'active' && f.startsAt.getTime() <= at.getTime() && at.getTime() < f.endsAt.getTime();
}
