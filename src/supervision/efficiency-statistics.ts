import { addDays, mondayOf, quarterStartOf } from '../calendar/index.js';
import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { rollupSums, type RollupSums } from './store-board.js';

export interface Efficiency {
  closed: number;
  onTimeRate: number | null;
  /** Average working days actually used. */
  averageUsedDays: number | null;
  /** Average promised limit (承诺时限). */
  averagePromisedDays: number | null;
  /** Average legal limit (法定时限) over the deadlines that have one. */
  averageLegalDays: number | null;
  /** 1 − promised/legal, as the seeds report it (e.g. 8280 → 1546 days: 81%). */
  compressionRate: number | null;
  immediateRate: number | null;
  promisedDaysTotal: number;
  legalDaysTotal: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);
const avg = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

/** Pure: the indicators of one bucket of sums. */
export function efficiencyOf(s: Omit<RollupSums, 'key'>): Efficiency {
  const compression = ratio(s.legal_promised, s.legal_days);
  return {
    closed: s.closed,
    onTimeRate: ratio(s.on_time, s.closed),
    averageUsedDays: avg(s.used_days, s.closed),
    averagePromisedDays: avg(s.promised_days, s.closed),
    averageLegalDays: avg(s.legal_days, s.legal_count),
    compressionRate: compression === null ? null : Math.round((1 - compression) * 10_000) / 10_000,
    immediateRate: ratio(s.immediate, s.closed),
    promisedDaysTotal: s.legal_promised,
    legalDaysTotal: s.legal_days,
  };
}

const ZERO = { closed: 0, on_time: 0, immediate: 0, used_days: 0, promised_days: 0, legal_count: 0, legal_days: 0, legal_promised: 0 };
function total(rows: RollupSums[]): Omit<RollupSums, 'key'> {
  const t = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as Array<keyof typeof ZERO>) t[k] += Number(r[k]);
  return t;
}

/** The first day of the period `back` periods before the one containing `date`. */
export function periodStart(period: 'week' | 'quarter', date: string, back = 0): string {
  if (period === 'week') return addDays(mondayOf(date), -7 * back);
  const q = quarterStartOf(date);
  const months = Number(q.slice(0, 4)) * 12 + Number(q.slice(5, 7)) - 1 - 3 * back;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

export interface EfficiencyReport {
  period: 'week' | 'quarter';
  from: string;
  to: string;
  total: Efficiency;
  trend: Array<{ periodStart: string } & Efficiency>;
  byDepartment: Array<{ departmentId: string; departmentName: string | null } & Efficiency>;
}

/**
 * Weekly or quarterly efficiency statistics from the closed deadlines (rollups maintained at close): the last `periods`
 * periods up to the one containing `now`, optionally for one department or one kind of subject.
 */
export async function efficiencyStatistics(
  q: Queryable,
  now: Date,
  opts: { period: 'week' | 'quarter'; periods?: number; departmentId?: string; subjectKind?: string; regionPattern?: string },
): Promise<EfficiencyReport> {
  const today = shanghaiDateOf(now);
  const periods = opts.periods ?? (opts.period === 'week' ? 12 : 8);
  const to = periodStart(opts.period, today);
  const from = periodStart(opts.period, today, periods - 1);
  const sums = await rollupSums(q, opts.period, from, to, { departmentId: opts.departmentId, subjectKind: opts.subjectKind, regionPattern: opts.regionPattern });
  const byKey = new Map(sums.byPeriod.map((r) => [r.key, r]));
  const trend = [];
  for (let i = periods - 1; i >= 0; i--) {
    const start = periodStart(opts.period, today, i);
    trend.push({ periodStart: start, ...efficiencyOf(byKey.get(start) ?? ZERO) });
  }
  return {
    period: opts.period,
    from,
    to,
    total: efficiencyOf(total(sums.byPeriod)),
    trend,
    byDepartment: sums.byDepartment.map((r) => ({ departmentId: r.key, departmentName: r.name ?? null, ...efficiencyOf(r) })),
  };
}
