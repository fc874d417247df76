import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import type { BenchDb, Ctx } from '../lib.js';

/**
 * The platform as it runs in production: `banshi serve` in its own process on the workload's database,
 * driven over HTTP with keep-alive connections from this process.
 */
export interface Server {
  url: string;
  /** The server process, for its CPU time. */
  pid: number;
  request<T = any>(method: string, p: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: T }>;
  login(username: string): Promise<string>;
  /**
   * Statements and round trips the server process has sent to the database so far (its BANSHI_COUNT_STATEMENTS
   * counter, read by a SIGUSR2 that makes it print them), including its background work (outbox, deadlines).
   */
  statements(): Promise<StatementCount>;
  /**
   * The counts once the server has gone quiet: read until two readings `quietMs` apart are equal, so that the
   * background work a request set off (outbox jobs, notifications) is counted with it.
   */
  settledStatements(quietMs?: number): Promise<StatementCount>;
  /** The end of the server's log (errors are logged at warn and above). */
  logTail(): string;
  stop(): Promise<void>;
}

export interface StatementCount {
  statements: number;
  roundTrips: number;
  /** With BENCH_COUNT_TEXTS set: round trips by the start of their text. */
  texts?: Record<string, number>;
}

/** The texts sent between two readings, most frequent first, per operation: "12.0 × SELECT …" lines. */
export function textsBetween(before: StatementCount, after: StatementCount, ops: number): string {
  if (!after.texts) return '';
  return Object.entries(after.texts)
    .map(([t, n]) => [t, (n - (before.texts?.[t] ?? 0)) / ops] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `  ${n.toFixed(2)} × ${t}`)
    .join('\n');
}

export async function startServer(ctx: Ctx, bdb: BenchDb, connections: number): Promise<Server> {
  // --no-seed is production mode, which wants an SMS provider: the bench sends no text messages
  const env: NodeJS.ProcessEnv = { BANSHI_SMS_PROVIDER: 'development', ...process.env, LOG_LEVEL: 'warn', BANSHI_MASTER_KEY: ctx.config.masterKey, BANSHI_MAX_IN_FLIGHT: '4096', BANSHI_COUNT_STATEMENTS: process.env.BENCH_COUNT_TEXTS ? 'texts' : '1' };
  if (bdb.engine === 'postgres') env.DATABASE_URL = bdb.url;
  else {
    delete env.DATABASE_URL;
    env.BANSHI_DATA_DIR = bdb.dataDir;
    await bdb.db.close(); // the embedded engine has one owner: hand the data dir to the server process
  }
  const port = 39000 + Math.floor(Math.random() * 1000);
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server process only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.resolve('bin/banshi.js'), 'serve', '--port', String(port), '--no-seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const COUNT_LINE = /^banshi-statements (\{.*\})$/m;
  const counts: Array<(c: StatementCount) => void> = [];
  let partial = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${log.slice(-500)}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('已启动')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      // count lines are answers to statements(), not log
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const m = COUNT_LINE.exec(line);
        if (m) counts.shift()?.(JSON.parse(m[1]!) as StatementCount);
        else log += `${line}\n`;
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${log.slice(-800)}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  // one reading at a time, so that answers come back in the order asked
  let reading: Promise<unknown> = Promise.resolve();
  const statements = (): Promise<StatementCount> => {
    const next = reading.then(
      () =>
        new Promise<StatementCount>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the server did not report its statement count')), 10_000);
          counts.push((c) => {
            clearTimeout(timer);
            resolve(c);
          });
          child.kill('SIGUSR2');
        }),
    );
    reading = next.catch(() => undefined);
    return next;
  };
  const dispatcher = new Agent({ connections, keepAliveTimeout: 30_000, pipelining: 1 });
  const request: Server['request'] = async (method, p, opts = {}) => {
    const res = await undiciFetch(url + p, {
      method,
      dispatcher,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    url,
    pid: child.pid!,
    request,
    async login(username) {
      const r = await request('POST', '/api/v1/auth/login', { body: { username, password: 'Banshi@2026' } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    statements,
    async settledStatements(quietMs = 150) {
      let last = await statements();
      for (let i = 0; i < 40; i++) {
        await new Promise((r) => setTimeout(r, quietMs));
        const now = await statements();
        if (now.statements === last.statements && now.roundTrips === last.roundTrips) return now;
        last = now;
      }
      return last;
    },
    logTail: () => log.slice(-3000),
    async stop() {
      await dispatcher.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Uploads a small distinct PDF as `token`'s user and returns its id. */
export async function uploadPdf(server: Server, token: string, label: string): Promise<string> {
  const text = `BT /F1 12 Tf 72 720 Td (${label}) Tj ET`;
  const pdf = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${text.length} >>\nstream\n${text}\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), `${label}.pdf`);
  const res = await fetch(`${server.url}/api/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { id: string };
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}
