import { dashboard, efficiencyStatistics } from '../../src/supervision/index.js';
import { rebuildDayCounts } from '../../src/supervision/index.js';
import type { Db } from '../../src/db/index.js';
import { timeIt, type Workload } from '../lib.js';
import { analyze, generateClosedDeadlines, generateOpenDeadlines, rollUpClosed } from './deadline-data.js';

/**
 * The supervision dashboard over 10,000,000 historical closed deadlines (full) / 200,000 (small), five years,
 * answered from the weekly and quarterly rollups (plus the colour counts of 10,000 open deadlines).
 */
const rolledUp = async (db: Db) =>
  (await db.query<{ n: number }>("SELECT coalesce(sum(closed_count), 0) AS n FROM deadline_rollups WHERE period_kind = 'quarter'"))[0]!.n;

export const supervisionDashboard: Workload = {
  name: 'dashboard',
  title: 'supervision dashboard over historical cases',
  async run(ctx) {
    const total = ctx.scale === 'full' ? 10_000_000 : 200_000;
    const today = '2026-06-15';
    const now = new Date(`${today}T10:00:00+08:00`);
    const { db, drop } = await ctx.freshDb();
    try {
      const rolledBefore = await rolledUp(db);
      await generateClosedDeadlines(db, total, today, (d, n) => ctx.progress('closed deadlines', d, n));
      await generateOpenDeadlines(db, 10_000, today, () => undefined);
      await rollUpClosed(db);
      await rebuildDayCounts(db);
      await analyze(db);
      const check = await db.query<{ rolled: number; rollups: number }>(
        "SELECT coalesce(sum(closed_count), 0) AS rolled, count(*) AS rollups FROM deadline_rollups WHERE period_kind = 'quarter'",
      );
      if (check[0]!.rolled !== rolledBefore + total) throw new Error(`rollups hold ${check[0]!.rolled} closed deadlines, expected ${rolledBefore + total}`);
      const dep = (await db.query<{ id: string }>("SELECT id FROM departments WHERE code = 'scjg'"))[0]!.id;
      const each: string[] = [];
      const parts = {
        fiveYearsQuarterly: () => efficiencyStatistics(db, now, { period: 'quarter', periods: 20 }),
        yearWeekly: () => efficiencyStatistics(db, now, { period: 'week', periods: 52 }),
        departmentWeekly: () => efficiencyStatistics(db, now, { period: 'week', periods: 52, departmentId: dep }),
      };
      for (const [name, fn] of Object.entries(parts)) {
        const r = await timeIt(fn, { rounds: 20, warmup: 2 });
        each.push(`${name} ${r.median.toFixed(1)}/${r.p99.toFixed(1)}`);
      }
      const r = await timeIt(() => dashboard(db, now, {}), { rounds: 30, warmup: 3 });
      return {
        median: r.median,
        p99: r.p99,
        note: `${total.toLocaleString('en')} closed deadlines in ${check[0]!.rollups.toLocaleString('en')} quarterly rollup rows; median/p99 ms: ${each.join(', ')}`,
        goal: { text: 'dashboard < 100 ms over 10,000,000 cases (median)', atScale: total >= 10_000_000, checks: [{ what: 'median', actual: r.median, target: 100, better: 'lower', unit: 'ms' }] },
      };
    } finally {
      await drop();
    }
  },
};
