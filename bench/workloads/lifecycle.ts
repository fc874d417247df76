import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cpuMeter, percentile, type GoalCheck, type Workload } from '../lib.js';
import { bundleItems, bundleSubmission, createApplicants } from './bundle-fixture.js';
import { startServer, textsBetween, type Server } from './server.js';

const REVIEWERS: Record<string, string> = { scjg: 'scjg-shenhe', wjj: 'wjj-shenhe', xfjy: 'xfjy-shenhe' };
const OPEN = new Set(['accepted', 'reviewing']);

/**
 * Per application: window acceptance → parallel reviews and decisions by each department (a case that waits
 * for another's licence starts when that one concludes) → delivery; approved items issue signed licences.
 * Applications are submitted beforehand; the figure is completed applications per second.
 */
export const lifecycle: Workload = {
  name: 'lifecycle',
  title: 'accept → parallel reviews → decisions → delivery → licences',
  async run(ctx) {
    const bdb = await ctx.freshDb();
    const items = await bundleItems(bdb.db);
    const total = ctx.scale === 'full' ? 1000 : 150;
    // Ten applications per business: each business's licences (read back by 秒批 rules and reuse) stay a handful.
    const businesses = await createApplicants(bdb.db, total / 10);
    const concurrency = ctx.engine === 'postgres' ? 16 : 4;
    const server = await startServer(ctx, bdb, concurrency * 4);
    try {
      const clerk = await server.login('chuangkou');
      const reviewers = Object.fromEntries(await Promise.all(Object.entries(REVIEWERS).map(async ([d, u]) => [d, await server.login(u)] as const)));
      const filers: Array<{ token: string; body: unknown }> = [];
      for (const b of businesses) {
        const token = await server.login(b.username);
        filers.push({ token, body: (await bundleSubmission(items, server, token, b)).body });
        ctx.progress('businesses with their materials uploaded', filers.length, businesses.length);
      }
      const ids: string[] = [];
      // one more application, completed alone afterwards with the statements of each request counted
      for (let i = 0; i < total + 1; i += concurrency) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(concurrency, total + 1 - i) }, (_, k) => {
            const f = filers[(i + k) % filers.length]!;
            return must(server.request('POST', '/api/v1/applications', { token: f.token, body: f.body, headers: { 'idempotency-key': randomUUID() } }), 201);
          }),
        );
        ids.push(...batch.map((b) => b.id as string));
        ctx.progress('applications submitted', ids.length, total + 1);
      }
      const traced = ids.pop()!;
      const warmup = Math.min(10, Math.floor(total / 10));
      for (const id of ids.slice(0, warmup)) await complete(server, id, clerk, reviewers);
      const measured = ids.slice(warmup);
      const latencies: number[] = [];
      const meter = await cpuMeter(bdb.db, server.pid);
      const before = await server.statements();
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < measured.length) {
            const id = measured[next++]!;
            const t0 = performance.now();
            await complete(server, id, clerk, reviewers);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const rate = measured.length / seconds;
      const cpu = await meter.perOp(measured.length);
      const after = await server.settledStatements();
      const statements = (after.statements - before.statements) / measured.length;
      const roundTrips = (after.roundTrips - before.roundTrips) / measured.length;
      if (process.env.BENCH_COUNT_TEXTS) console.error(`  round trips per completed application by text:\n${textsBetween(before, after, measured.length).split('\n').slice(0, 40).join('\n')}`);
      const trace = await traceOne(server, traced, clerk, reviewers);
      const peer = ctx.peers.bpmnPersisted;
      const checks: GoalCheck[] = [{ what: 'share of baseline', actual: ratio(rate, ctx.baseline) * 100, target: 25, better: 'higher', unit: '%' }];
      if (peer) checks.push({ what: 'ratio to bpmn-engine', actual: rate / peer, target: 2, better: 'higher', unit: '×' });
      checks.push({ what: 'statements per application', actual: statements, target: 60, better: 'lower', unit: 'statements' });
      latencies.sort((a, b) => a - b);
      return {
        median: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        throughput: rate,
        unit: 'applications/s',
        note: `${measured.length} applications × 4 cases from ${businesses.length} businesses, ${concurrency} in parallel; ~${4 * 2 + 4} requests each; ${peer ? `${(rate / peer).toFixed(2)}× bpmn-engine persisted (${peer.toFixed(1)} instances/s, peer-bpmn row); ` : 'bpmn-engine not measured in this run (add peer-bpmn); '}per completed application ${statements.toFixed(1)} statements in ${roundTrips.toFixed(1)} round trips; one application alone, statements per request (with the background work it set off; round trips the same unless stated): ${trace}; ${cpu.text}`,
        goal: { text: '≥ 25% of the baseline commit rate (issue 7); ≥ 2× bpmn-engine persisted, < 60 statements per application (issue 22)', atScale: true, checks },
      };
    } catch (e) {
      console.error(server.logTail());
      throw e;
    } finally {
      await server.stop();
      await bdb.drop();
    }
  },
};

async function must(p: Promise<{ status: number; body: any }>, status = 200): Promise<any> {
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.body;
}

const ratio = (rate: number, baseline: number) => (baseline ? rate / baseline : 0);

/**
 * Completes one application. `step`, when given, is awaited after each request with the request's name, and the
 * cases are then worked one after another (so that each request's statements can be told apart).
 */
async function complete(server: Server, id: string, clerk: string, reviewers: Record<string, string>, step?: (name: string) => Promise<void>): Promise<void> {
  const after = async (name: string, p: Promise<unknown>) => {
    await p;
    await step?.(name);
  };
  await after('accept', must(server.request('POST', `/api/v1/applications/${id}/accept`, { token: clerk, body: {} })));
  for (let round = 0; round < 6; round++) {
    const app = await must(server.request('GET', `/api/v1/applications/${id}`, { token: clerk }));
    await step?.('read');
    const open = (app.cases as Array<{ id: string; status: string; department: { code: string }; itemCode?: string }>).filter((c) => OPEN.has(c.status));
    if (!open.length) break;
    const work = async (c: (typeof open)[number]) => {
      const token = reviewers[c.department.code];
      if (!token) throw new Error(`no reviewer for ${c.department.code}`);
      const what = c.itemCode ? ` ${c.itemCode}` : '';
      if (c.status === 'accepted') await after(`review${what}`, must(server.request('POST', `/api/v1/cases/${c.id}/review`, { token, body: {} })));
      await after(`decide${what}`, must(server.request('POST', `/api/v1/cases/${c.id}/decide`, { token, body: { decision: 'approve', reasons: '材料齐全，符合法定条件' } })));
    };
    if (step) for (const c of open) await work(c);
    else await Promise.all(open.map(work));
  }
  await after('deliver', must(server.request('POST', `/api/v1/applications/${id}/deliver`, { token: clerk, body: { method: 'window' } })));
}

/**
 * Completes one application alone and says what each request cost, in order, as statements (and round trips where
 * they differ): "accept 68, read 10, review XK00118001 15, decide XK00118001 108, …; 428 statements in all".
 */
async function traceOne(server: Server, id: string, clerk: string, reviewers: Record<string, string>): Promise<string> {
  const parts: string[] = [];
  let sum = 0;
  let last = await server.settledStatements();
  await complete(server, id, clerk, reviewers, async (name) => {
    const now = await server.settledStatements();
    const statements = now.statements - last.statements;
    const roundTrips = now.roundTrips - last.roundTrips;
    parts.push(`${name} ${statements}${roundTrips === statements ? '' : `/${roundTrips} round trips`}`);
    sum += statements;
    last = now;
  });
  return `${parts.join(', ')}; ${sum} statements in all`;
}
