/** Pure rules of 好差评: edit windows, rectification states, statistics periods and rates. Time is passed in. */

export interface RatingSettings {
  /** Hours after the first submission during which the rater may change the rating. */
  editHours: number;
  /** Working days the department has to verify and rectify after a bad rating (REFERENCE: 5 or 15 are in use). */
  rectificationDays: number;
}

export const DEFAULT_RATING_SETTINGS: RatingSettings = { editHours: 72, rectificationDays: 5 };

export function editableUntil(ratedAt: Date, settings: RatingSettings): Date {
  return new Date(ratedAt.getTime() + settings.editHours * 3600_000);
}

export type EditVerdict = { ok: true } | { ok: false; reason: 'RATING_EDIT_WINDOW_CLOSED' | 'RATING_VOIDED' };

export function canEditRating(r: { status: string; editable_until: Date }, now: Date): EditVerdict {
  if (r.status === 'voided') return { ok: false, reason: 'RATING_VOIDED' };
  if (now.getTime() > r.editable_until.getTime()) return { ok: false, reason: 'RATING_EDIT_WINDOW_CLOSED' };
  return { ok: true };
}

/**
 * What an edit does to the rectification: a rating that becomes bad opens one; a bad rating made good again
 * withdraws one the department has not answered yet (an answered one stays, the work is done).
 */
export function rectificationAfterEdit(wasBad: boolean, isBadNow: boolean, live: { status: string } | undefined): 'open' | 'withdraw' | 'keep' {
  if (isBadNow && !live) return 'open';
  if (!isBadNow && wasBad && live?.status === 'open') return 'withdraw';
  return 'keep';
}

/** A rectification is closed when answered, and — for a real-name rating — once the rater has been followed up. */
export function closesOnAnswer(followUpRequired: boolean): boolean {
  return !followUpRequired;
}

export interface Period {
  kind: 'month' | 'quarter';
  label: string;
  /** Inclusive start and exclusive end, as instants (Asia/Shanghai midnight). */
  from: Date;
  to: Date;
}

const shanghaiMidnight = (y: number, m: number): Date => new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000);

/** Parses `2026-03` (a month) or `2026-Q1` (a quarter); undefined when malformed. */
export function parsePeriod(s: string): Period | undefined {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { kind: 'month', label: s, from: shanghaiMidnight(y, mo), to: mo === 12 ? shanghaiMidnight(y + 1, 1) : shanghaiMidnight(y, mo + 1) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const start = (q - 1) * 3 + 1;
    return { kind: 'quarter', label: s, from: shanghaiMidnight(y, start), to: q === 4 ? shanghaiMidnight(y + 1, 1) : shanghaiMidnight(y, start + 3) };
  }
  return undefined;
}

/** The month (or quarter) containing a Shanghai calendar date 'YYYY-MM-DD'. */
export function periodOf(shanghaiDate: string, kind: 'month' | 'quarter'): string {
  const [y, mo] = shanghaiDate.split('-');
  return kind === 'month' ? `${y}-${mo}` : `${y}-Q${Math.ceil(Number(mo) / 3)}`;
}

export interface GradeCounts {
  good: number;
  neutral: number;
  bad: number;
  rectifications: number;
  rectifiedOnTime: number;
  rectificationsDue: number;
}

/** Rates as percentages with one decimal; null where there is nothing to divide by. */
export function ratesOf(c: GradeCounts) {
  const total = c.good + c.neutral + c.bad;
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
  return {
    total,
    good: c.good,
    neutral: c.neutral,
    bad: c.bad,
    goodRate: pct(c.good, total),
    neutralRate: pct(c.neutral, total),
    badRate: pct(c.bad, total),
    rectifications: c.rectifications,
    rectifiedOnTime: c.rectifiedOnTime,
    // on-time rate over rectifications whose outcome is known: answered, or overdue and still open
    rectificationOnTimeRate: pct(c.rectifiedOnTime, c.rectificationsDue),
  };
}
