import { ManualClock } from '../../src/core/index.js';
import { cardCounts, cardCountsBy, scanDeadlines, watchList } from '../../src/supervision/index.js';
import { rebuildDayCounts } from '../../src/supervision/index.js';
import { timeIt, type Workload } from '../lib.js';
import { analyze, generateOpenDeadlines } from './deadline-data.js';

/**
 * The red/yellow scan over 1,000,000 open deadlines (full) / 50,000 (small): what the supervision dashboard asks
 * each time it opens — colour counts, counts by department, the first page of red and of yellow cards.
 */
export const supervision: Workload = {
  name: 'supervision',
  title: 'red/yellow scan over open deadlines',
  async run(ctx) {
    const total = ctx.scale === 'full' ? 1_000_000 : 50_000;
    const today = '2026-06-15';
    const now = new Date(`${today}T10:00:00+08:00`);
    const { db, drop } = await ctx.freshDb();
    try {
      await generateOpenDeadlines(db, total, today, (d, n) => ctx.progress('open deadlines', d, n));
      await rebuildDayCounts(db);
      await analyze(db);
      const dep = (await db.query<{ id: string }>("SELECT id FROM departments WHERE code = 'scjg'"))[0]!.id;
      const parts = {
        counts: () => cardCounts(db, now, {}),
        byDepartment: () => cardCountsBy(db, now, 'department', {}),
        redPage: () => watchList(db, now, 'red', {}, { limit: 50 }),
        yellowPage: () => watchList(db, now, 'yellow', {}, { limit: 50 }),
        departmentRedPage: () => watchList(db, now, 'red', { departmentId: dep }, { limit: 50 }),
        byPerson: () => cardCountsBy(db, now, 'assignee', { departmentId: dep }),
        scanner: () => scanDeadlines(db, new ManualClock(now)),
      };
      const c = await parts.counts();
      const page = await parts.redPage();
      if (c.red === 0 || page.items.length !== 50) throw new Error(`unexpected data: ${JSON.stringify(c)}`);
      const each: string[] = [];
      for (const [name, fn] of Object.entries(parts)) {
        const r = await timeIt(fn, { rounds: 20, warmup: 2 });
        each.push(`${name} ${r.median.toFixed(1)}/${r.p99.toFixed(1)}`);
      }
      const scan = await timeIt(
        async () => {
          await parts.counts();
          await parts.byDepartment();
          await parts.redPage();
          await parts.yellowPage();
        },
        { rounds: 30, warmup: 3 },
      );
      return {
        median: scan.median,
        p99: scan.p99,
        note: `${total.toLocaleString('en')} open deadlines (red ${c.red.toLocaleString('en')}, yellow ${c.yellow.toLocaleString('en')}); scan = counts + by department + first red and yellow pages; median/p99 ms: ${each.join(', ')}`,
        goal: { text: 'scan < 200 ms at 1,000,000 open cases (median)', atScale: total >= 1_000_000, checks: [{ what: 'median', actual: scan.median, target: 200, better: 'lower', unit: 'ms' }] },
      };
    } finally {
      await drop();
    }
  },
};
