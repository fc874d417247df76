import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/index.js';
import { lsnBytes, migrate, openEmbedded, openReads, openReplicas, openServer, type Db, type Reads, type ReplicaLog } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';
import { buildApp } from '../src/http/index.js';
import { DEMO_PASSWORD } from '../src/identity/index.js';
import { expectStatus, testConfig, type TestApp } from './helpers/app.js';
import { ITEMS, submit } from './helpers/applications.js';
import { startReplicatedCluster, waitFor, type ReplicatedCluster } from './helpers/replica-cluster.js';

/**
 * Reads on a real streaming replica: a throwaway primary and a standby made with pg_basebackup on this machine
 * (whichever engine the rest of the run uses). Which server answered is told by what it answers: with the standby's
 * replay paused, the standby is stale and the primary is not.
 */
let cluster: ReplicatedCluster;
let db: Db;
let replica: Db;
const config = testConfig();
const clock = new ManualClock('2026-03-02T09:00:00+08:00');
const opened: Array<{ app: FastifyInstance; reads: Reads; check: boolean }> = [];
const logged: string[] = [];
const log: ReplicaLog = { warn: (_f, m) => logged.push(m), info: (_f, m) => logged.push(m) };

/** The platform on the cluster's primary, reading from its replica as `opts` say. */
async function platform(opts: { maxLagMs?: number; checkEveryMs?: number } = {}) {
  const reads = await openReplicas(db, [cluster.replicaUrl], { maxLagMs: opts.maxLagMs ?? 3_600_000, waitMs: 20, checkEveryMs: opts.checkEveryMs ?? 0, log });
  const app = await buildApp({ db, clock, config, reads }, { serveWeb: false });
  opened.push({ app, reads, check: (opts.checkEveryMs ?? 0) === 0 });
  const sessions = new Map<string, Record<string, string>>();
  const as = async (username: string) => {
    const hit = sessions.get(username);
    if (hit) return hit;
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    const headers = { authorization: `Bearer ${expectStatus<{ token: string }>(res, 200).token}` };
    sessions.set(username, headers);
    return headers;
  };
  const get = async (url: string, user?: string) => app.inject({ method: 'GET', url, headers: user ? await as(user) : {} });
  const t = { app, db, clock, config, as } as unknown as TestApp;
  return { app, reads, as, get, t };
}

let main: Awaited<ReturnType<typeof platform>>;

const primaryFlush = async () => lsnBytes((await db.query<{ l: string }>('SELECT pg_current_wal_flush_lsn()::text AS l'))[0]!.l);
const replayed = async () => lsnBytes((await replica.query<{ l: string }>('SELECT pg_last_wal_replay_lsn()::text AS l'))[0]!.l);

async function caughtUp() {
  const target = await primaryFlush();
  await waitFor('the replica to replay the primary', async () => (await replayed()) >= target);
}

/**
 * Pauses replay once every platform has seen the replica caught up (a replica is trusted to lag only from a moment
 * it was seen level with the primary).
 */
async function pauseReplay() {
  await caughtUp();
  await waitFor('every platform to see the replica caught up', async () => {
    let level = true;
    for (const p of opened.filter((o) => o.check)) {
      await p.app.inject({ method: 'GET', url: '/api/v1/catalog/bundles' });
      level &&= p.reads.status()[0]!.lagSeconds === 0;
    }
    return level;
  });
  await replica.query('SELECT pg_wal_replay_pause()');
  await waitFor('replay to pause', async () => (await replica.query<{ s: string }>('SELECT pg_get_wal_replay_pause_state() AS s'))[0]!.s === 'paused');
}

async function resumeReplay() {
  await replica.query('SELECT pg_wal_replay_resume()');
  await caughtUp();
}

const item = (code: string) => ({
  code,
  name: `犬只免疫登记${code.slice(-1)}`,
  kind: 'licence',
  departmentCode: 'nyj',
  legalBasis: '《蓝山县养犬管理办法》第九条',
  handling: 'promised',
  legalDays: 20,
  promisedDays: 5,
  place: '蓝山县政务服务中心2楼43号窗口',
  visitsNeeded: 0,
  onlineCapable: true,
  authorisedToWindow: true,
  decidedOnPlatform: true,
  keywords: ['养狗', '免疫'],
  materials: [{ code: 'application', name: '犬只免疫登记表', required: true, form: 'original', legalBasis: '《蓝山县养犬管理办法》第九条' }],
  formFields: [{ key: 'applicantName', label: '申请人', element: 'applicantName' }],
});

/** A supervisor adds an item to the public catalog (two writes of one session). */
async function publishItem(code: string) {
  const sup = await main.as('jianguan');
  const draft = expectStatus<{ versionId: string }>(await main.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: item(code) }), 201);
  expectStatus(await main.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${draft.versionId}/publish`, headers: sup, payload: {} }), 200);
}

beforeAll(async () => {
  cluster = await startReplicatedCluster();
  db = await openServer({ url: cluster.primaryUrl, poolSize: 6 });
  replica = await openServer({ url: cluster.replicaUrl, poolSize: 2 });
  await migrate(db);
  await seedDemo(db);
  main = await platform();
}, 600_000);

afterAll(async () => {
  for (const o of opened) {
    await o.app.close();
    await o.reads.close();
  }
  await replica?.close();
  await db?.close();
  await cluster?.close();
}, 120_000);

describe('reads on streaming replicas (DATABASE_REPLICA_URL)', () => {
  it('serves an anonymous public read from the replica, and the session that wrote its own write', async () => {
    await pauseReplay();
    await publishItem('XK00999003');
    // the replica has not replayed the publication: a visitor still finds no such item there
    expect((await main.get('/api/v1/catalog/items/XK00999003')).statusCode).toBe(404);
    // a reviewer who wrote nothing reads the replica too
    expect((await main.get('/api/v1/catalog/items/XK00999003', 'scjg-shenhe')).statusCode).toBe(404);
    // the supervisor who published it sees it at once, in the guide and in the search
    expect(expectStatus(await main.get('/api/v1/catalog/items/XK00999003', 'jianguan'), 200).code).toBe('XK00999003');
    const hits = expectStatus(await main.get(`/api/v1/catalog/search?q=${encodeURIComponent('犬只免疫')}`, 'jianguan'), 200).items;
    expect(hits.map((h: { code: string }) => h.code)).toContain('XK00999003');

    await resumeReplay();
    expect(expectStatus(await main.get('/api/v1/catalog/items/XK00999003'), 200).name).toBe('犬只免疫登记3');
  });

  it('lists a submitted application to its applicant at once, to the window once the replica has it', async () => {
    const clerk = async () => expectStatus(await main.get('/api/v1/applications?limit=200', 'chuangkou'), 200).items.map((a: { id: string }) => a.id);
    await main.as('chuangkou');
    await pauseReplay();
    const filed = await submit(main.t, { itemCodes: [ITEMS.seal] });
    const mine = expectStatus(await main.get('/api/v1/applications', 'xiangwei'), 200).items.map((a: { id: string }) => a.id);
    expect(mine).toContain(filed.id);
    expect(await clerk()).not.toContain(filed.id);

    await resumeReplay();
    expect(await clerk()).toContain(filed.id);
  });

  it('skips a replica lagging beyond the bound, and says so in the log', async () => {
    const strict = await platform({ maxLagMs: 0 });
    expect((await strict.get('/api/v1/catalog/bundles')).statusCode).toBe(200);
    await pauseReplay();
    await publishItem('XK00999004');
    // the lenient platform still reads the paused replica; the strict one reads the primary
    expect((await main.get('/api/v1/catalog/items/XK00999004')).statusCode).toBe(404);
    expect(expectStatus(await strict.get('/api/v1/catalog/items/XK00999004'), 200).code).toBe('XK00999004');
    expect(logged).toContain('replica lags beyond the bound: its reads go to the primary');
    expect(expectStatus(await strict.get('/api/health'), 200).replicas).toMatchObject([{ state: 'lagging' }]);

    await resumeReplay();
    await waitFor('the strict platform to read the replica again', async () => {
      await strict.get('/api/v1/catalog/bundles');
      return strict.reads.status()[0]!.state === 'ok';
    });
    expect(logged).toContain('replica serves reads again');
  });

  it('reads from the primary while the replica is stopped, and from the replica again once it is back', async () => {
    // a platform that checked the replica a moment ago and will not look again soon: the read itself fails over
    const checkedOnce = await platform({ checkEveryMs: 3_600_000 });
    expect((await checkedOnce.get('/api/v1/catalog/items/XK00999004')).statusCode).toBe(200);
    expect(checkedOnce.reads.status()[0]!.state).toBe('ok');
    logged.length = 0;

    await cluster.stopReplica();
    await publishItem('XK00999005');
    for (const p of [main, checkedOnce]) {
      expect(expectStatus(await p.get('/api/v1/catalog/items/XK00999005'), 200).code).toBe('XK00999005');
      expect(expectStatus(await p.get('/api/v1/supervision/dashboard', 'jianguan'), 200).today).toBeDefined();
      expect(p.reads.status()[0]!.state).toBe('down');
    }
    expect(logged).toContain('replica unreachable: its reads go to the primary');
    expect(expectStatus(await main.get('/api/health'), 200).replicas).toEqual([{ state: 'down', lagSeconds: null }]);

    await cluster.startReplica();
    await waitFor('the replica to serve reads again', async () => (await main.get('/api/v1/catalog/bundles')).statusCode === 200 && main.reads.status()[0]!.state === 'ok');
    // and it does serve them: paused, it answers stale
    await pauseReplay();
    await publishItem('XK00999006');
    expect((await main.get('/api/v1/catalog/items/XK00999006')).statusCode).toBe(404);
    await resumeReplay();
  });

  it('verifies licences and lists for staff through the replica without errors', async () => {
    for (const [url, user] of [
      ['/api/v1/supervision/dashboard', 'jianguan'],
      ['/api/v1/supervision/counts', 'jianguan'],
      ['/api/v1/supervision/deadlines', 'jianguan'],
      ['/api/v1/cases', 'scjg-shenhe'],
      ['/api/v1/catalog/bundles', undefined],
      ['/api/v1/catalog/popular', undefined],
    ] as const) {
      expect((await main.get(url, user)).statusCode, url).toBe(200);
    }
    const verdict = expectStatus(await main.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: { payload: 'BSL1.e30.AAAA' } }), 200);
    expect(verdict.status).toBe('invalid');
    const page = await main.get('/v/BSL1.e30.AAAA');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html');
  });

  it('ignores replicas on the embedded engine', async () => {
    const embedded = await openEmbedded();
    try {
      const warned: string[] = [];
      const reads = await openReads(embedded, { replicas: { urls: [cluster.replicaUrl], maxLagMs: 10_000, waitMs: 200 } }, { warn: (_f, m) => warned.push(m), info: () => undefined });
      expect(await reads.for('someone')).toBe(embedded);
      expect(reads.status()).toEqual([]);
      expect(warned).toEqual(['DATABASE_REPLICA_URL is ignored without DATABASE_URL: the embedded engine has no replicas']);
    } finally {
      await embedded.close();
    }
  });
});
