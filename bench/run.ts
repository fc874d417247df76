/**
 * npm run bench -- [--engine embedded|postgres] [--scale small|full] [--only a,b] [--write]
 * Runs each workload after a warm-up, several rounds, and prints median/p99, throughput and peak memory,
 * with the machine line. --write regenerates BENCHMARKS.md whole: date, machine, table, every goal met or missed by
 * how much, and for each missed goal what limits it (bench/findings.md); with --only it updates the selected workloads'
 * rows in the existing file and says when they were measured.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openServer, openEmbedded } from '../src/db/index.js';
import { makeFreshDb, progressBar, type Ctx, type Engine, type Scale, type Workload } from './lib.js';
import { benchmarksMarkdown, mergeBenchmarks, readFindings, table, type Row, type RunInfo } from './report.js';
import { workloads } from './workloads/index.js';

const usage = 'usage: npm run bench -- [--engine embedded|postgres] [--scale small|full] [--only NAME,…] [--write]';
const options = {
  engine: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'embedded' },
  scale: { type: 'string', default: 'small' },
  only: { type: 'string' },
  write: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values } = parseArgs({ options }));
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(`${usage}\nworkloads: ${workloads.map((w) => w.name).join(', ')}`);
  process.exit(0);
}
const engine = values.engine as Engine;
const scale = values.scale as Scale;
if (!['embedded', 'postgres'].includes(engine) || !['small', 'full'].includes(scale)) {
  console.error(usage);
  process.exit(2);
}
const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dataRoot = path.resolve('.bench-data');
fs.mkdirSync(dataRoot, { recursive: true });

const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((n) => !workloads.some((w) => w.name === n));
if (unknown?.length) {
  console.error(`unknown workload(s): ${unknown.join(', ')}; known: ${workloads.map((w) => w.name).join(', ')}`);
  process.exit(2);
}
// pgbench runs with submit, which is read as a ratio to it (as every row is to the baseline, which always runs)
if (only?.includes('submit') && !only.includes('pgbench')) only.unshift('pgbench');
const selected = workloads.filter((w) => w.name === 'baseline' || !only || only.includes(w.name));

async function engineVersion(): Promise<string> {
  const db = engine === 'postgres' ? await openServer({ url: pgUrl, poolSize: 1 }) : await openEmbedded();
  try {
    const rows = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${rows[0]!.v}${engine === 'embedded' ? ' (PGlite)' : ''}`;
  } finally {
    await db.close();
  }
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${await engineVersion()}, engine ${engine}, scale ${scale}`;
console.log(`machine: ${machine}`);

const ctx: Ctx = {
  engine,
  scale,
  baseline: 0,
  peers: {},
  config: { port: 0, host: '127.0.0.1', dataDir: dataRoot, masterKey: 'bench-master-key-0123456789abcdef0123', maxInFlight: 4096, logLevel: 'silent' },
  freshDb: makeFreshDb(engine, pgUrl, dataRoot),
  progress: progressBar(),
};

const rows: Row[] = [];
const startedAt = new Date();
const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
for (const w of selected as Workload[]) {
  process.stderr.write(`▶ ${w.name}: ${w.title}\n`);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const r = await w.run(ctx);
    rows.push({ name: w.name, title: w.title, ...r, peakRssMb: peak / 2 ** 20 });
  } catch (e) {
    rows.push({ name: w.name, title: w.title, peakRssMb: peak / 2 ** 20, error: (e as Error).message });
    console.error(`  ${w.name} failed: ${(e as Error).stack}`);
  } finally {
    clearInterval(sampler);
  }
}
const seconds = (Date.now() - startedAt.getTime()) / 1000;
console.log(`\n${table(rows, ctx.baseline)}\n`);
console.log(`${rows.length} workloads in ${(seconds / 60).toFixed(1)} min`);

if (values.write) {
  const args = [`--engine ${engine}`, `--scale ${scale}`, ...(only ? [`--only ${only.join(',')}`] : []), '--write'];
  const info: RunInfo = {
    date: startedAt,
    machine,
    command: `npm run bench -- ${args.join(' ')}`,
    engine,
    scale,
    seconds,
    limitSeconds: scale === 'full' ? 30 * 60 : 3 * 60,
    partial: !!only,
    baseline: ctx.baseline,
    load,
  };
  const file = path.resolve('BENCHMARKS.md');
  const findings = readFindings(path.resolve('bench/findings.md'));
  // --only: the selected workloads' rows are updated in place; the rest keep the figures of the run that measured them
  fs.writeFileSync(
    file,
    only && fs.existsSync(file) ? mergeBenchmarks(fs.readFileSync(file, 'utf8'), rows, info, findings, only) : benchmarksMarkdown(rows, info, findings),
  );
  console.log(`written to ${file}`);
}
process.exit(rows.some((r) => r.error) ? 1 : 0);
