import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { listDepartments } from '../identity/index.js';
import { parsePeriod, ratesOf } from './rules.js';
import * as store from './store.js';

/** Published statistics (好差评 公开): by department or by item, for one month or quarter. Voided ratings do not count. */
export async function ratingStatistics(deps: Pick<AppDeps, 'db' | 'clock'>, input: { period: string; by: 'department' | 'item' }) {
  const period = parsePeriod(input.period);
  if (!period) throw new AppError('RATING_PERIOD_INVALID');
  const rows = await store.ratingStatistics(deps.db, input.by, period.from, period.to, shanghaiDateOf(deps.clock.now()));
  const names = input.by === 'department' ? new Map((await listDepartments(deps.db)).map((d) => [d.id, d.name])) : undefined;
  const zero = { good: 0, neutral: 0, bad: 0, rectifications: 0, rectifiedOnTime: 0, rectificationsDue: 0 };
  const total = { ...zero };
  const items = rows.map((r) => {
    const c = { good: r.good, neutral: r.neutral, bad: r.bad, rectifications: r.rectifications, rectifiedOnTime: r.rectified_on_time, rectificationsDue: r.rectifications_due };
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += c[k];
    return { key: r.key, name: names?.get(r.key) ?? r.name, ...ratesOf(c) };
  });
  items.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
  return { period: period.label, periodKind: period.kind, by: input.by, items, total: ratesOf(total) };
}
