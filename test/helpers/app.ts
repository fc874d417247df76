import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ManualClock, type AppDeps, type Config } from '../../src/core/index.js';
import { buildApp } from '../../src/http/index.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { drainOutbox } from '../../src/outbox/index.js';
import { seedActivity, type ActivitySummary } from '../../src/demo/index.js';
import { derivedTemplateName, freshDb, type DbTemplate, type TestDb } from './db.js';

export interface TestApp extends AppDeps {
  app: FastifyInstance;
  clock: ManualClock;
  testDb: TestDb;
  /** Signs a demo account in and returns its request headers. */
  as(username: string): Promise<Record<string, string>>;
  /** Runs background work (outbox) to completion. */
  drain(): Promise<number>;
  close(): Promise<void>;
}

export function testConfig(): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-test-')),
    masterKey: 'test-master-key-0123456789abcdef0123456789',
    maxInFlight: 10_000,
    logLevel: 'silent',
  };
}

const DEFAULT_NOW = '2026-03-02T09:00:00+08:00';

/** The demo data with the demo activity replayed on it: a template and the files its uploads left in the data dir. */
interface ActivityTemplate {
  template: DbTemplate;
  dataDir: string;
  summary: ActivitySummary;
}
const activityTemplates = new Map<string, Promise<ActivityTemplate>>();

/**
 * The demo activity (`seedActivity`) replayed at `now` once per process (the integration files share one) on a clone
 * of the run's template, and kept as a template of its own: every file that starts from it gets a clone, as if it had
 * replayed the activity itself, without the minutes that takes.
 */
function activityTemplate(now: string): Promise<ActivityTemplate> {
  let hit = activityTemplates.get(now);
  if (!hit) {
    hit = (async () => {
      const testDb = await freshDb({ name: derivedTemplateName(`activity_${activityTemplates.size}`) });
      const config = testConfig();
      process.once('exit', () => fs.rmSync(config.dataDir, { recursive: true, force: true }));
      const summary = await seedActivity(testDb.db, config, new Date(now));
      return { template: await testDb.keepAsTemplate(), dataDir: config.dataDir, summary };
    })();
    hit.catch(() => activityTemplates.delete(now));
    activityTemplates.set(now, hit);
  }
  return hit;
}

/** What the demo activity replayed at `now` reported (the activity that `createTestApp({ activity: true })` starts from). */
export async function activitySummary(now: string): Promise<ActivitySummary> {
  return (await activityTemplate(now)).summary;
}

/**
 * The whole platform in-process on a fresh database; time stands still until the test moves it. `activity`: the
 * database (and the data dir's uploaded files) start from the demo activity replayed at `now`, as `npm start` shows it.
 */
export async function createTestApp(opts: { now?: string; config?: Partial<Config>; activity?: boolean } = {}): Promise<TestApp> {
  const now = opts.now ?? DEFAULT_NOW;
  const activity = opts.activity ? await activityTemplate(now) : undefined;
  const testDb = await freshDb({ from: activity?.template });
  const clock = new ManualClock(now);
  const config = { ...testConfig(), ...opts.config };
  if (activity) fs.cpSync(activity.dataDir, config.dataDir, { recursive: true });
  const deps: AppDeps = { db: testDb.db, clock, config };
  const app = await buildApp(deps, { serveWeb: false });
  const sessions = new Map<string, { headers: Record<string, string>; at: number }>();
  return {
    ...deps,
    clock,
    app,
    testDb,
    async as(username) {
      const hit = sessions.get(username);
      // a session lasts hours: when a test moves the clock past that (or back), sign in again at the new time
      if (hit && Math.abs(clock.now().getTime() - hit.at) < 6 * 3600_000) return hit.headers;
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const headers = { authorization: `Bearer ${res.json().token as string}` };
      sessions.set(username, { headers, at: clock.now().getTime() });
      return headers;
    },
    drain: () => drainOutbox(testDb.db, clock),
    async close() {
      await app.close();
      await testDb.drop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON body of a response, failing with the body when the status is not the expected one. */
export function expectStatus<T = any>(res: LightMyRequestResponse, status: number): T {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}
