import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Workload } from '../lib.js';

const run = promisify(execFile);

/** PostgreSQL's own pgbench: on PATH, else where Debian puts it (the newest version first). */
function pgbenchBinary(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && fs.existsSync(path.join(dir, 'pgbench'))) return path.join(dir, 'pgbench');
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, 'bin', 'pgbench')).find((p) => fs.existsSync(p));
}

/**
 * The machine's limit as issue 22 names it: pgbench's TPC-B-like transaction (three updates, a select and an insert
 * per transaction), scale 10, 4 clients on 2 threads, on the same cluster as the other workloads and in the same run.
 * The submit workload is read as a ratio to it (≥ 0.3×). PostgreSQL engine only: PGlite has no pgbench.
 */
export const pgbenchTpcb: Workload = {
  name: 'pgbench',
  title: 'pgbench TPC-B (machine limit of issue 22)',
  async run(ctx) {
    if (ctx.engine !== 'postgres') return { note: 'not measured: the embedded engine has no pgbench' };
    const bin = pgbenchBinary();
    if (!bin) throw new Error('pgbench not found (PATH, /usr/lib/postgresql/*/bin)');
    const bdb = await ctx.freshDb({ seed: false, poolSize: 1 });
    try {
      await run(bin, ['-i', '-s', '10', '-q', bdb.url!], { maxBuffer: 1 << 24 });
      const seconds = ctx.scale === 'full' ? 15 : 8;
      const { stdout } = await run(bin, ['-c', '4', '-j', '2', '-T', String(seconds), bdb.url!], { maxBuffer: 1 << 24 });
      const tps = Number(/tps = ([0-9.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
      const latency = Number(/latency average = ([0-9.]+) ms/.exec(stdout)?.[1]);
      if (!Number.isFinite(tps) || tps <= 0) throw new Error(`no tps in pgbench's output: ${stdout.slice(-600)}`);
      ctx.peers.pgbenchTpcb = tps;
      const version = (await run(bin, ['--version'])).stdout.trim();
      return { median: latency, throughput: tps, unit: 'transactions/s', note: `${version}; TPC-B-like, scale 10, 4 clients, 2 threads, ${seconds} s; median ms column = average latency` };
    } finally {
      await bdb.drop();
    }
  },
};
