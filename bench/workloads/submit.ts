import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { cpuMeter, load, type GoalCheck, type Workload } from '../lib.js';
import { bundleItems, bundleSubmission } from './bundle-fixture.js';
import { startServer, textsBetween } from './server.js';

/**
 * Bundle applications (4 items, 3 departments, ~30 fields, 8 materials as stored references) submitted through
 * the HTTP API by concurrent clients, each with its own idempotency key.
 */
export const submit: Workload = {
  name: 'submit',
  title: 'bundle submission over HTTP (idempotency keys on)',
  async run(ctx) {
    const bdb = await ctx.freshDb();
    // Four clients per core, as many as the server's pool has connections: the same throughput as 32 clients on this
    // machine (measured), without the queueing that would make p99 a measure of the queue. BENCH_SUBMIT_CLIENTS overrides.
    const concurrency = Number(process.env.BENCH_SUBMIT_CLIENTS ?? 4 * os.availableParallelism());
    // Read the catalog before the embedded engine is handed to the server process.
    const items = await bundleItems(bdb.db);
    const server = await startServer(ctx, bdb, concurrency);
    try {
      const token = await server.login('xiangwei');
      const fixture = await bundleSubmission(items, server, token);
      let failures = 0;
      let ops = 0;
      const meter = await cpuMeter(bdb.db, server.pid);
      const before = await server.statements();
      const r = await load(
        async () => {
          ops++;
          const res = await server.request('POST', '/api/v1/applications', { token, body: fixture.body, headers: { 'idempotency-key': randomUUID() } });
          if (res.status !== 201) {
            failures++;
            if (failures === 1) console.error(`  submit failed: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
          }
        },
        { concurrency, seconds: ctx.scale === 'full' ? 10 : 4, warmupSeconds: 2, rounds: 3 },
      );
      if (failures) throw new Error(`${failures} submissions failed`);
      const cpu = await meter.perOp(ops);
      const after = await server.settledStatements();
      const statements = (after.statements - before.statements) / ops;
      const roundTrips = (after.roundTrips - before.roundTrips) / ops;
      if (process.env.BENCH_COUNT_TEXTS) console.error(`  round trips per submission by text:\n${textsBetween(before, after, ops)}`);
      const ratio = ctx.baseline ? r.throughput / ctx.baseline : 0;
      const tpcb = ctx.peers.pgbenchTpcb;
      const checks: GoalCheck[] = [{ what: 'share of baseline', actual: ratio * 100, target: 50, better: 'higher', unit: '%' }];
      if (tpcb) checks.push({ what: 'ratio to pgbench TPC-B', actual: r.throughput / tpcb, target: 0.3, better: 'higher', unit: '×' });
      checks.push({ what: 'p99', actual: r.p99, target: 50, better: 'lower', unit: 'ms' });
      return {
        median: r.median,
        p99: r.p99,
        throughput: r.throughput,
        unit: 'applications/s',
        note: `${concurrency} clients; ${tpcb ? `${(r.throughput / tpcb).toFixed(2)}× pgbench TPC-B (${Math.round(tpcb).toLocaleString('en-US')} transactions/s, pgbench row); ` : ''}${fixture.fields} fields, ${fixture.materials} materials, ${fixture.departments} departments; per application ${statements.toFixed(1)} statements in ${roundTrips.toFixed(1)} round trips; ${cpu.text}`,
        goal: { text: '≥ 50% of the baseline commit rate, p99 < 50 ms (issue 7); ≥ 0.3× pgbench TPC-B (issue 22)', atScale: true, checks },
      };
    } finally {
      await server.stop();
      await bdb.drop();
    }
  },
};

