import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ManualClock, type AppDeps, type Config } from '../../src/core/index.js';
import { buildApp } from '../../src/http/index.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { drainOutbox } from '../../src/outbox/index.js';
import { freshDb, type TestDb } from './db.js';

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

/** The whole platform in-process on a fresh database; time stands still until the test moves it. */
export async function createTestApp(opts: { now?: string; config?: Partial<Config> } = {}): Promise<TestApp> {
  const testDb = await freshDb();
  const clock = new ManualClock(opts.now ?? '2026-03-02T09:00:00+08:00');
  const config = { ...testConfig(), ...opts.config };
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
