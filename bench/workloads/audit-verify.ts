import os from 'node:os';
import { ManualClock } from '../../src/core/index.js';
import { nextEntry, sealAudit, verifyAudit, type ChainHead } from '../../src/audit/index.js';
import { cpuMeter, type Workload } from '../lib.js';

/**
 * Verifying the audit trail: 1,000,000 entries (full) / 100,000 (small) in chains of 10 (one per application), sealed
 * every 10,000 entries under signed Merkle roots as the platform's sealer does. Verification checks every chain
 * (links, hashes, gaps) and every seal (root, tree state, count, link, signature) exactly as `banshi audit verify` does;
 * the figure is entries per second, median of three runs, with the CPU spent by the verifier and by the database.
 */
export const auditVerify: Workload = {
  name: 'audit-verify',
  title: 'audit chain verification',
  async run(ctx) {
    const total = ctx.scale === 'full' ? 1_000_000 : 100_000;
    const perChain = 10;
    // BANSHI_BENCH_AUDIT_DB: keep the log in a database of that name and verify it again in later runs instead of
    // building it again (a database holding another number of entries is refused)
    const keep = process.env.BANSHI_BENCH_AUDIT_DB || undefined;
    const { db, drop, reused } = await ctx.freshDb({ seed: false, keep });
    const held = reused ? (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries WHERE seal_id IS NOT NULL'))[0]!.n : 0;
    if (reused && held !== total) {
      await drop();
      throw new Error(`database ${keep} holds ${held.toLocaleString('en')} sealed audit entries, not ${total.toLocaleString('en')}: drop it (dropdb ${keep}) or name another`);
    }
    try {
      const actions = ['submitted', 'accepted', 'case.started', 'case.reviewed', 'case.siteChecked', 'case.approved', 'case.concluded', 'delivered', 'rated', 'archived'];
      const t0 = Date.UTC(2026, 2, 2, 1);
      const sealClock = new ManualClock('2026-06-01T00:00:00Z');
      const batch = 10_000;
      for (let start = 0; start < (reused ? 0 : total); start += batch) {
        const cols: unknown[][] = [[], [], [], [], [], []];
        for (let k = start; k < Math.min(total, start + batch); k += perChain) {
          const chain = `application:bench-${k / perChain}`;
          let head: ChainHead | undefined;
          for (let s = 0; s < perChain; s++) {
            const e = nextEntry(head, {
              chain,
              actorId: null,
              action: actions[s]!,
              data: { state: actions[s], item: '食品经营许可', reason: s === 3 ? '材料齐全，符合法定形式' : undefined, n: s },
              at: new Date(t0 + k * 1000 + s * 60_000),
            });
            head = e;
            const row = [e.chain, e.seq, e.at, e.body, e.prevHash, e.hash];
            row.forEach((v, i) => cols[i]!.push(v));
          }
        }
        await db.query(
          `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash)
           SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[])`,
          cols,
        );
        await sealAudit(db, sealClock, ctx.config);
        ctx.progress('audit entries', Math.min(total, start + batch), total);
      }
      // the load's dirty pages written out before the clock starts, so that the checkpointer does not write them
      // during the verification (a log being verified is usually old)
      if (ctx.engine === 'postgres' && !reused) {
        await db.exec('VACUUM ANALYZE audit_entries');
        await db.exec('CHECKPOINT');
      }
      const runs: number[] = [];
      let seals = 0;
      const meter = await cpuMeter(db);
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const report = await verifyAudit(db, ctx.config);
        runs.push((performance.now() - started) / 1000);
        if (!report.ok || report.entries !== total) throw new Error(`verification failed: ${JSON.stringify(report).slice(0, 300)}`);
        seals = report.seals;
      }
      const seconds = runs.sort((a, b) => a - b)[1]!;
      const cpu = await meter.perOp(3 * total / 1e6); // per million entries
      const rate = total / seconds;
      return {
        throughput: rate,
        unit: 'entries/s',
        median: seconds * 1000,
        note: `${total.toLocaleString('en')} entries in ${(total / 10).toLocaleString('en')} chains and ${seals} seals: ${seconds.toFixed(2)} s (median of 3); CPU per million entries: verifier ${(cpu.client / 1000).toFixed(1)} s (${os.availableParallelism()} worker threads), database ${(cpu.db / 1000).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)}`,
        goal: { text: '≥ 300,000 entries/s (log of 1,000,000)', atScale: total >= 1_000_000, checks: [{ what: 'throughput', actual: rate, target: 300_000, better: 'higher', unit: 'entries/s' }] },
      };
    } finally {
      await drop();
    }
  },
};
