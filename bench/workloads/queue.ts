import { performance } from 'node:perf_hooks';
import { Agent, fetch as undiciFetch } from 'undici';
import { makeIdNumber } from '../../src/core/index.js';
import { percentile, type Workload } from '../lib.js';
import { startServer } from './server.js';

const REGION = '431127';

/**
 * The hall at its busiest (issue 20): 1,000 visitors check in at once while every window of the hall calls, serves
 * and finishes numbers, with the calling screen connected by server-sent events. The figure is the time from a call's
 * answer to the screen showing that number: what a visitor waits for after the clerk pressed 叫号.
 */
export const queue: Workload = {
  name: 'queue',
  title: 'hall queue: concurrent check-ins and calls, calling screen live',
  async run(ctx) {
    const visitors = ctx.scale === 'full' ? 1000 : 300;
    const bdb = await ctx.freshDb();
    const server = await startServer(ctx, bdb, 64);
    const screenAgent = new Agent({ connections: 1, bodyTimeout: 0 });
    const ctrl = new AbortController();
    try {
      const clerk = await server.login('chuangkou');
      const zones = (await server.request('GET', `/api/v1/public/hall/zones?region=${REGION}`)).body.zones as Array<{ id: string; windows: Array<{ id: string; name: string }> }>;
      const windows = zones.flatMap((z) => z.windows.map((w) => ({ ...w, zoneId: z.id })));

      // the screen: every event lists the latest calls; note when each number first shows as serving
      const shown = new Map<string, number>();
      const waiters = new Map<string, () => void>();
      const res = await undiciFetch(`${server.url}/api/v1/public/hall/screen/events?region=${REGION}`, { headers: { accept: 'text/event-stream' }, dispatcher: screenAgent, signal: ctrl.signal });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let events = 0;
      let connected!: () => void;
      const ready = new Promise<void>((r) => (connected = r));
      void (async () => {
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
          if (done) return;
          buf += decoder.decode(value, { stream: true });
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            if (!data) continue;
            events++;
            connected();
            const at = performance.now();
            for (const c of (JSON.parse(data.slice(6)) as { calls: Array<{ id: string; serving: boolean }> }).calls) {
              if (!c.serving || shown.has(c.id)) continue;
              shown.set(c.id, at);
              waiters.get(c.id)?.();
            }
          }
        }
      })();
      await ready;

      // visitors check in, 50 at a time, spread over the zones
      let next = 0;
      let checkedIn = 0;
      const checkInMs: number[] = [];
      const checkIns = Promise.all(Array.from({ length: 50 }, async () => {
        while (next < visitors) {
          const n = next++;
          const born = `19${String(50 + (n % 50)).padStart(2, '0')}0${1 + (Math.floor(n / 50) % 9)}15`;
          const t0 = performance.now();
          const r = await server.request('POST', '/api/v1/hall/check-ins', { token: clerk, body: { idNumber: makeIdNumber('431127', born, String(100 + Math.floor(n / 450)).padStart(3, '0')), zoneId: zones[n % zones.length]!.id } });
          if (r.status !== 201) throw new Error(`check-in ${n}: ${r.status} ${JSON.stringify(r.body)}`);
          checkInMs.push(performance.now() - t0);
          checkedIn++;
        }
      }));

      // every window calls the next number, waits for the screen to show it, and finishes it, until all are served
      const toScreen: number[] = [];
      let served = 0;
      const started = performance.now();
      const calling = Promise.all(windows.map(async (w) => {
        for (;;) {
          const r = await server.request('POST', `/api/v1/hall/windows/${w.id}/call-next`, { token: clerk });
          const answered = performance.now();
          if (r.status === 409 && r.body?.code === 'HALL_QUEUE_EMPTY') {
            if (checkedIn >= visitors) return;
            await new Promise((x) => setTimeout(x, 10));
            continue;
          }
          if (r.status !== 200) throw new Error(`call at ${w.name}: ${r.status} ${JSON.stringify(r.body)}`);
          const id = r.body.id as string;
          if (!shown.has(id)) await new Promise<void>((resolve) => waiters.set(id, resolve));
          waiters.delete(id);
          toScreen.push(Math.max(0, shown.get(id)! - answered));
          const f = await server.request('POST', `/api/v1/hall/tickets/${id}/finish`, { token: clerk, body: {} });
          if (f.status !== 200) throw new Error(`finish: ${f.status} ${JSON.stringify(f.body)}`);
          served++;
          ctx.progress('visitors served', served, visitors);
        }
      }));
      await Promise.all([checkIns, calling]);
      const seconds = (performance.now() - started) / 1000;
      if (served !== visitors) throw new Error(`${served} of ${visitors} visitors served`);
      toScreen.sort((a, b) => a - b);
      checkInMs.sort((a, b) => a - b);
      const p99 = percentile(toScreen, 99);
      return {
        median: percentile(toScreen, 50),
        p99,
        throughput: visitors / seconds,
        unit: 'visitors served/s',
        note: `${visitors} check-ins (50 at once) and calls at ${windows.length} windows, ${events} screen events; call → screen median ${percentile(toScreen, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; check-in median ${percentile(checkInMs, 50).toFixed(1)} ms, p99 ${percentile(checkInMs, 99).toFixed(1)} ms`,
        goal: { text: 'call → calling screen p99 < 200 ms (1,000 visitors)', atScale: ctx.scale === 'full', checks: [{ what: 'p99 call → screen', actual: p99, target: 200, better: 'lower', unit: 'ms' }] },
      };
    } finally {
      ctrl.abort();
      await screenAgent.close().catch(() => undefined);
      await server.stop();
      await bdb.drop();
    }
  },
};
