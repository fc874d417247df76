/**
 * Catalog search at 10,000 published items: p50/p99 of searchCatalog over typical citizen queries.
 *   node bin/run-ts.js bench/search.ts [--items 10000] [--rounds 50]
 * Embedded engine by default; DATABASE_URL=postgres://… runs it on a server (in a scratch database, dropped after).
 */
import { performance } from 'node:perf_hooks';
import { migrate, openEmbedded, openServer, type Db } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';
import { generateBenchCatalog, runSearchBenchmark } from '../src/catalog/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = arg('items', 10_000);
const rounds = arg('rounds', 50);

async function open(): Promise<{ db: Db; engine: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openEmbedded();
    return { db, engine: 'embedded (PGlite)', drop: () => db.close() };
  }
  const name = `banshi_bench_search_${process.pid}`;
  const admin = await openServer({ url, poolSize: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openServer({ url: u.toString(), poolSize: 4 });
  return {
    db,
    engine: 'PostgreSQL server',
    drop: async () => {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

const { db, engine, drop } = await open();
try {
  await migrate(db);
  await seedDemo(db);
  const t0 = performance.now();
  await generateBenchCatalog(db, items);
  await db.exec('ANALYZE');
  const loadMs = performance.now() - t0;
  const total = (await db.query<{ n: number }>('SELECT count(*) AS n FROM catalog_search'))[0]!.n;
  const { latencies, hits, perQuery } = await runSearchBenchmark(db, { rounds });
  const at = (list: number[], p: number) => list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]!;
  const pct = (p: number) => at(latencies, p);
  console.log(`catalog search on ${engine}: ${total} published items and bundles indexed (${items} generated in ${(loadMs / 1000).toFixed(1)} s)`);
  console.log(`hits per query (top 20): ${Object.entries(hits).map(([q, n]) => `${q}=${n}`).join(' ')}`);
  console.log(`per query p50/p99 ms: ${Object.entries(perQuery).map(([q, l]) => `${q} ${at(l, 50).toFixed(1)}/${at(l, 99).toFixed(1)}`).join(' · ')}`);
  console.log(`${latencies.length} searches: p50 ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${latencies.at(-1)!.toFixed(2)} ms`);
  console.log(pct(99) < 20 ? 'goal met: p99 < 20 ms' : 'GOAL MISSED: p99 >= 20 ms');
} finally {
  await drop();
}
