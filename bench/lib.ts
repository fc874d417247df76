/**
 * The benchmark harness: workloads measure against the machine's own limit (the baseline commit rate)
 * measured in the same run, so figures read as ratios, not as absolutes from another machine.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, openEmbedded, openServer, type Db } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';
import type { Config } from '../src/core/index.js';

export type Engine = 'embedded' | 'postgres';
export type Scale = 'small' | 'full';

export interface BenchDb {
  db: Db;
  engine: Engine;
  url?: string;
  /** Embedded engine: the data dir a server process can open (BANSHI_DATA_DIR) once `db` is closed. */
  dataDir?: string;
  /** Another pool on the same database (postgres only): a second server process. */
  drop(): Promise<void>;
  /** `keep`: the kept database already existed (nothing was migrated into it but what was new, nothing seeded). */
  reused?: boolean;
}

export interface Ctx {
  engine: Engine;
  scale: Scale;
  config: Config;
  /** Commits per second measured by the baseline workload in this run (0 until it ran). */
  baseline: number;
  /**
   * Rates of peers measured earlier in this run, per second: bpmn-engine with its state persisted (peer-bpmn), and
   * pgbench's TPC-B-like transactions on the same cluster (pgbench).
   */
  peers: { bpmnPersisted?: number; pgbenchTpcb?: number };
  /**
   * A fresh migrated, seeded database for one workload. `keep` (postgres only): a database of that name that outlives
   * the run, opened again by the next run that names it (see `reused`); `drop` then only closes it.
   */
  freshDb(opts?: { seed?: boolean; poolSize?: number; keep?: string }): Promise<BenchDb>;
  progress(label: string, done: number, total: number): void;
}

export interface Result {
  /** Latency per operation, ms. */
  median?: number;
  p99?: number;
  /** Operations per second. */
  throughput?: number;
  unit?: string;
  /** Free text: sizes, ratios, goal verdicts. */
  note?: string;
  goal?: Goal;
}

/** A goal of issue 7, as checks the report can evaluate and say by how much each is missed. */
export interface Goal {
  /** In words, as the issue states it. */
  text: string;
  /** False when measured on less data than the goal names (--scale small): reported, not judged. */
  atScale: boolean;
  checks: GoalCheck[];
}

export interface GoalCheck {
  what: string;
  actual: number;
  target: number;
  better: 'higher' | 'lower';
  unit: string;
}

export const checkMet = (c: GoalCheck): boolean => (c.better === 'higher' ? c.actual >= c.target : c.actual < c.target);
export const goalMet = (g: Goal): boolean => g.checks.every(checkMet);

export interface Workload {
  name: string;
  title: string;
  run(ctx: Ctx): Promise<Result>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface LoadResult {
  ops: number;
  seconds: number;
  throughput: number;
  median: number;
  p99: number;
}

/**
 * Runs `op` from `concurrency` clients for `seconds` (after `warmupSeconds`), several rounds,
 * and returns the median round's throughput and the latencies of all measured operations.
 */
export async function load(
  op: (client: number, i: number) => Promise<unknown>,
  opts: { concurrency: number; seconds: number; warmupSeconds?: number; rounds?: number; maxOps?: number },
): Promise<LoadResult> {
  const rounds = opts.rounds ?? 3;
  let counter = 0;
  const runFor = async (seconds: number, record: number[] | null): Promise<{ ops: number; elapsed: number }> => {
    const start = performance.now();
    const end = start + seconds * 1000;
    let ops = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async (_, c) => {
        while (performance.now() < end && (opts.maxOps === undefined || ops < opts.maxOps)) {
          const t0 = performance.now();
          await op(c, counter++);
          if (record) record.push(performance.now() - t0);
          ops++;
        }
      }),
    );
    return { ops, elapsed: (performance.now() - start) / 1000 };
  };
  if (opts.warmupSeconds) await runFor(opts.warmupSeconds, null);
  const latencies: number[] = [];
  const rates: number[] = [];
  let totalOps = 0;
  let totalSeconds = 0;
  for (let r = 0; r < rounds; r++) {
    const { ops, elapsed } = await runFor(opts.seconds, latencies);
    rates.push(ops / elapsed);
    totalOps += ops;
    totalSeconds += elapsed;
  }
  latencies.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  return { ops: totalOps, seconds: totalSeconds, throughput: rates[Math.floor(rates.length / 2)]!, median: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Times `fn` `rounds` times after `warmup` runs; latencies in ms. */
export async function timeIt(fn: (i: number) => Promise<unknown>, opts: { rounds: number; warmup?: number }): Promise<{ median: number; p99: number; all: number[] }> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn(i);
  const all: number[] = [];
  for (let i = 0; i < opts.rounds; i++) {
    const t0 = performance.now();
    await fn(i);
    all.push(performance.now() - t0);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), all };
}

export function makeFreshDb(engine: Engine, baseUrl: string, dataRoot: string) {
  let n = 0;
  return async (opts: { seed?: boolean; poolSize?: number; keep?: string } = {}): Promise<BenchDb> => {
    if (engine === 'embedded') {
      const root = path.join(dataRoot, `embedded-${process.pid}-${n++}`);
      fs.rmSync(root, { recursive: true, force: true });
      const db = await openEmbedded({ dataDir: path.join(root, 'pg') });
      await migrate(db);
      if (opts.seed !== false) await seedDemo(db);
      return { db, engine, dataDir: root, drop: async () => { await db.close().catch(() => undefined); fs.rmSync(root, { recursive: true, force: true }); } };
    }
    if (opts.keep !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.keep)) throw new Error(`not a database name: ${opts.keep}`);
    const name = opts.keep ?? `banshi_bench_${process.pid}_${n++}`;
    const admin = await openServer({ url: baseUrl, poolSize: 1 });
    const reused = opts.keep !== undefined && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).length > 0;
    if (!reused) {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.exec(`CREATE DATABASE ${name}`);
    }
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    const db = await openServer({ url: u.toString(), poolSize: opts.poolSize ?? os.availableParallelism() * 4 });
    await migrate(db);
    if (opts.seed !== false && !reused) await seedDemo(db);
    return {
      db,
      engine,
      url: u.toString(),
      reused,
      drop: async () => {
        await db.close();
        if (opts.keep === undefined) await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  };
}

/** A one-line progress bar on stderr (TTY) or a few milestone lines (CI logs). */
export function progressBar(): Ctx['progress'] {
  let lastPct = -1;
  return (label, done, total) => {
    const pct = Math.floor((done / Math.max(1, total)) * 100);
    if (pct === lastPct) return;
    lastPct = pct;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stderr.write(`\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`);
      if (done >= total) process.stderr.write('\n');
    } else if (pct % 25 === 0) {
      process.stderr.write(`  ${label}: ${pct}%\n`);
    }
    if (done >= total) lastPct = -1;
  };
}

/** CPU time (user + system, ms) the processes have used so far, from /proc (Linux); 0 where it cannot be read. */
export function processCpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
    } catch {
      // gone, or not Linux
    }
  }
  return ticks * 10; // USER_HZ = 100
}

/**
 * CPU spent per operation by the platform's server process, by the database backends serving this workload's
 * database (postgres only) and by this process (the clients): figures that, unlike throughput, hardly move when
 * other work shares the machine. Backends that start during the measurement count from zero.
 */
export async function cpuMeter(db: Db, serverPid?: number) {
  // The pool closes idle connections (10 s): a backend that exits before the end would take its CPU time with it, so
  // every backend of the database is looked up and read from /proc every 100 ms and its last reading kept.
  const backends = async () =>
    db.engine === 'postgres'
      ? (await db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'")).map((r) => r.pid)
      : [];
  const seen = new Map<number, { from: number; last: number }>();
  for (const pid of await backends()) {
    const ms = processCpuMs([pid]);
    seen.set(pid, { from: ms, last: ms });
  }
  let sampling: Promise<void> = Promise.resolve();
  const sample = async () => {
    for (const [pid, s] of seen) s.last = Math.max(s.last, processCpuMs([pid]));
    // a backend first seen now started after the meter (all earlier ones were listed above): all its time counts
    for (const pid of await backends().catch(() => [] as number[])) if (!seen.has(pid)) seen.set(pid, { from: 0, last: processCpuMs([pid]) });
  };
  const timer = setInterval(() => (sampling = sampling.then(sample)), 100);
  timer.unref();
  const server0 = serverPid ? processCpuMs([serverPid]) : 0;
  const self0 = process.cpuUsage();
  return {
    async perOp(ops: number): Promise<{ server: number; db: number; client: number; text: string }> {
      clearInterval(timer);
      await sampling;
      await sample();
      const server = serverPid ? (processCpuMs([serverPid]) - server0) / ops : 0;
      let dbMs = 0;
      for (const s of seen.values()) dbMs += s.last - s.from;
      const self = process.cpuUsage(self0);
      const client = (self.user + self.system) / 1000 / ops;
      const dbPer = dbMs / ops;
      const parts = [serverPid ? `server ${server.toFixed(2)}` : '', db.engine === 'postgres' ? `db ${dbPer.toFixed(2)}` : '', `client ${client.toFixed(2)}`].filter(Boolean);
      return { server, db: dbPer, client, text: `CPU ms/op: ${parts.join(', ')}` };
    },
  };
}

export const fmt = (v: number | undefined, digits = 1): string =>
  v === undefined || Number.isNaN(v) ? '–' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(digits);
