import { cpuMeter, load, type Workload } from '../lib.js';

/**
 * The engine's own durable-commit rate on this machine: single-row insert transactions through the same
 * driver and pool the platform uses. Every other figure can be read as a ratio to it.
 */
export const baseline: Workload = {
  name: 'baseline',
  title: 'durable single-row commits (engine limit)',
  async run(ctx) {
    const { db, drop } = await ctx.freshDb({ seed: false });
    try {
      await db.exec('CREATE TABLE bench_baseline (id bigserial PRIMARY KEY, v integer NOT NULL, at timestamptz NOT NULL DEFAULT now())');
      const concurrency = ctx.engine === 'postgres' ? 8 : 1;
      const meter = await cpuMeter(db);
      let ops = 0;
      const r = await load(
        (_c, i) => (ops++, db.query('INSERT INTO bench_baseline (v) VALUES ($1)', [i], { name: 'bench_baseline_insert' })),
        { concurrency, seconds: ctx.scale === 'full' ? 5 : 2, warmupSeconds: 1, rounds: 3 },
      );
      ctx.baseline = r.throughput;
      const cpu = await meter.perOp(ops);
      return { median: r.median, p99: r.p99, throughput: r.throughput, unit: 'commits/s', note: `${concurrency} client(s); ${cpu.text}` };
    } finally {
      await drop();
    }
  },
};
