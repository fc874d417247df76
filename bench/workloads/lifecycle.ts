import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cpuMeter, percentile, type Workload } from '../lib.js';
import { bundleItems, bundleSubmission, createApplicants } from './bundle-fixture.js';
import { startServer, type Server } from './server.js';

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
      for (let i = 0; i < total; i += concurrency) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(concurrency, total - i) }, (_, k) => {
            const f = filers[(i + k) % filers.length]!;
            return must(server.request('POST', '/api/v1/applications', { token: f.token, body: f.body, headers: { 'idempotency-key': randomUUID() } }), 201);
          }),
        );
        ids.push(...batch.map((b) => b.id as string));
        ctx.progress('applications submitted', ids.length, total);
      }
      const warmup = Math.min(10, Math.floor(total / 10));
      for (const id of ids.slice(0, warmup)) await complete(server, id, clerk, reviewers);
      const measured = ids.slice(warmup);
      const latencies: number[] = [];
      const meter = await cpuMeter(bdb.db, server.pid);
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
      const cpu = await meter.perOp(measured.length);
      latencies.sort((a, b) => a - b);
      const rate = measured.length / seconds;
      const ratio = ctx.baseline ? rate / ctx.baseline : 0;
      return {
        median: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        throughput: rate,
        unit: 'applications/s',
        note: `${measured.length} applications × 4 cases from ${businesses.length} businesses, ${concurrency} in parallel; ~${4 * 2 + 4} requests each; ${cpu.text}`,
        goal: { text: '≥ 25% of the baseline commit rate', atScale: true, checks: [{ what: 'share of baseline', actual: ratio * 100, target: 25, better: 'higher', unit: '%' }] },
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

async function complete(server: Server, id: string, clerk: string, reviewers: Record<string, string>): Promise<void> {
  await must(server.request('POST', `/api/v1/applications/${id}/accept`, { token: clerk, body: {} }));
  for (let round = 0; round < 6; round++) {
    const app = await must(server.request('GET', `/api/v1/applications/${id}`, { token: clerk }));
    const open = (app.cases as Array<{ id: string; status: string; department: { code: string } }>).filter((c) => OPEN.has(c.status));
    if (!open.length) break;
    await Promise.all(
      open.map(async (c) => {
        const token = reviewers[c.department.code];
        if (!token) throw new Error(`no reviewer for ${c.department.code}`);
        if (c.status === 'accepted') await must(server.request('POST', `/api/v1/cases/${c.id}/review`, { token, body: {} }));
        await must(server.request('POST', `/api/v1/cases/${c.id}/decide`, { token, body: { decision: 'approve', reasons: '材料齐全，符合法定条件' } }));
      }),
    );
  }
  await must(server.request('POST', `/api/v1/applications/${id}/deliver`, { token: clerk, body: { method: 'window' } }));
}
