/**
 * Runs one workload on its own: node bin/run-ts.js bench/<name>.ts [--engine embedded|postgres] [--scale small|full]
 * (npm run bench runs them all together).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, makeFreshDb, progressBar, type Ctx, type Engine, type Scale, type Workload } from './lib.js';

export async function runStandalone(w: Workload): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'embedded' },
      scale: { type: 'string', default: 'small' },
    },
  });
  const engine = values.engine as Engine;
  const scale = values.scale as Scale;
  if (!['embedded', 'postgres'].includes(engine) || !['small', 'full'].includes(scale)) {
    console.error(`usage: node bin/run-ts.js bench/${w.name}.ts [--engine embedded|postgres] [--scale small|full]`);
    process.exit(2);
  }
  const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dataRoot = path.resolve('.bench-data');
  fs.mkdirSync(dataRoot, { recursive: true });
  const ctx: Ctx = {
    engine,
    scale,
    baseline: 0,
    config: { port: 0, host: '127.0.0.1', dataDir: dataRoot, masterKey: 'bench-master-key-0123456789abcdef0123', maxInFlight: 4096, logLevel: 'silent' },
    freshDb: makeFreshDb(engine, pgUrl, dataRoot),
    progress: progressBar(),
  };
  const started = Date.now();
  const r = await w.run(ctx);
  console.log(`${w.name} (${engine}, ${scale}): median ${fmt(r.median)} ms, p99 ${fmt(r.p99)} ms${r.goal ? `, goal ${r.goal.text}: ${r.goal.met ? 'met' : 'NOT met'}` : ''}`);
  if (r.note) console.log(r.note);
  console.log(`(total ${((Date.now() - started) / 1000).toFixed(0)} s including data generation)`);
  process.exit(0);
}
