import { generateBenchCatalog, runSearchBenchmark } from '../../src/catalog/index.js';
import { percentile, type Workload } from '../lib.js';

/** Catalog search at 10,000 published items (issue 2: p99 under 20 ms). Standalone: node bin/run-ts.js bench/search.ts */
export const catalogSearch: Workload = {
  name: 'catalog-search',
  title: 'catalog search, 10,000 published items',
  async run(ctx) {
    const { db, drop } = await ctx.freshDb({ seed: true });
    try {
      const items = ctx.scale === 'full' ? 10_000 : 2_000;
      await generateBenchCatalog(db, items);
      await db.exec('ANALYZE');
      const { latencies } = await runSearchBenchmark(db, { rounds: ctx.scale === 'full' ? 50 : 10 });
      const p99 = percentile(latencies, 99);
      return {
        median: percentile(latencies, 50),
        p99,
        unit: 'ms/search',
        note: `${items} generated items + demo catalog, ${latencies.length} searches`,
        goal: { text: 'p99 < 20 ms at 10,000 items', met: items >= 10_000 && p99 < 20 },
      };
    } finally {
      await drop();
    }
  },
};
