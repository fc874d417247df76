import { performance } from 'node:perf_hooks';
import { openServer } from '../src/db/index.js';
import { cardCounts, cardCountsBy, efficiencyStatistics, watchList, dashboard } from '../src/supervision/index.js';
const db = await openServer({ url: 'postgres://postgres@127.0.0.1:5432/banshi_province', poolSize: 2 });
const now = new Date('2026-06-15T10:00:00+08:00');
const counties = (await db.query<{ code: string }>('SELECT code FROM province_counties')).map((r) => r.code);
const parts: Record<string, (p: string) => Promise<unknown>> = {
  counts: (p) => cardCounts(db, now, { regionPattern: p }),
  byDept: (p) => cardCountsBy(db, now, 'department', { regionPattern: p }),
  week8: (p) => efficiencyStatistics(db, now, { period: 'week', periods: 8, regionPattern: p }),
  quarter4: (p) => efficiencyStatistics(db, now, { period: 'quarter', periods: 4, regionPattern: p }),
  red: (p) => watchList(db, now, 'red', { regionPattern: p }, { limit: 50 }),
  dashboard: (p) => dashboard(db, now, { regionPattern: p }),
};
for (const [n, f] of Object.entries(parts)) {
  const t: number[] = [];
  for (let i = 0; i < 60; i++) { const t0 = performance.now(); await f(counties[(i * 37) % counties.length]! + '%'); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(n, t[30]!.toFixed(1), t[58]!.toFixed(1));
}
await db.close();
