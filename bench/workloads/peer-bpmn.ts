import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Workload } from '../lib.js';

/** The peer's harness (shared/bench/peer-bpmn), beside the project or beside its worktree; BENCH_PEER_BPMN_DIR overrides. */
function harnessDir(): string {
  const candidates = [process.env.BENCH_PEER_BPMN_DIR, path.resolve('../shared/bench/peer-bpmn'), path.resolve('../../shared/bench/peer-bpmn')];
  const found = candidates.find((d) => d && fs.existsSync(path.join(d, 'bench.mjs')));
  if (!found) throw new Error(`peer harness not found (tried ${candidates.filter(Boolean).join(', ')}); set BENCH_PEER_BPMN_DIR`);
  return found;
}

function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${out.slice(-800)}`))));
  });
}

/** A writable copy of the harness with its dependencies installed (once: kept under the temp dir for later runs). */
async function installedHarness(): Promise<string> {
  const source = harnessDir();
  const dir = path.join(os.tmpdir(), 'banshi-peer-bpmn');
  if (!fs.existsSync(path.join(dir, 'node_modules', 'bpmn-engine', 'package.json'))) {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(source)) {
      if (f === 'node_modules') continue;
      fs.cpSync(path.join(source, f), path.join(dir, f), { recursive: true });
      fs.chmodSync(path.join(dir, f), 0o755); // shared/ is read-only: the copy must not be
    }
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
  } else {
    // the harness may have changed since it was installed: its own files are copied again, its dependencies kept
    for (const f of ['bench.mjs', 'permit-review.bpmn']) {
      fs.rmSync(path.join(dir, f), { force: true });
      fs.copyFileSync(path.join(source, f), path.join(dir, f));
    }
  }
  return dir;
}

/**
 * The peer of issue 22: bpmn-engine driving the same shape as the lifecycle workload (accept → three parallel
 * reviews → deliver), saving its state at each step (6 statements per instance), on the same database cluster as
 * this run's lifecycle (postgres mode) or on PGlite (embedded engine). It has no audit trail, deadlines, licences or
 * notifications: a lower bound on any persisted workflow. The lifecycle workload reads its rate from `ctx.peers`.
 */
export const peerBpmn: Workload = {
  name: 'peer-bpmn',
  title: 'peer: bpmn-engine, same process shape, state persisted per step',
  async run(ctx) {
    const dir = await installedHarness();
    const n = ctx.scale === 'full' ? 2000 : 300;
    const mode = ctx.engine === 'postgres' ? 'postgres' : 'pglite';
    const bdb = ctx.engine === 'postgres' ? await ctx.freshDb({ seed: false, poolSize: 1 }) : undefined;
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, MODES: mode, CONCURRENCY: '8' };
      if (bdb) env.PG_URL = bdb.url;
      const out = await run(process.execPath, ['--expose-gc', 'bench.mjs', String(n)], { cwd: dir, env });
      const line = out.split('\n').find((l) => l.startsWith(`peer=bpmn-engine mode=${mode} `));
      const field = (k: string) => Number(new RegExp(`\\b${k}=([0-9.]+)`).exec(line ?? '')?.[1]);
      const rate = field('instances_per_s');
      if (!line || !Number.isFinite(rate) || field('errors') !== 0) throw new Error(`no result from the peer: ${out.slice(-800)}`);
      const version = /bpmn-engine=(\S+)/.exec(out)?.[1] ?? '?';
      ctx.peers.bpmnPersisted = rate;
      return {
        median: field('p50_ms'),
        p99: field('p99_ms'),
        throughput: rate,
        unit: 'instances/s',
        note: `bpmn-engine ${version}, ${n} instances, 8 in flight, state saved as jsonb at each of 6 steps (${mode}${bdb ? ', same cluster as lifecycle' : ''}); no audit, deadlines, licences or notifications`,
      };
    } finally {
      await bdb?.drop();
    }
  },
};
