import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, type AppDeps } from '../src/core/index.js';
import { buildApp } from '../src/http/index.js';
import { DEMO_PASSWORD, demoAccounts } from '../src/identity/index.js';
import { testConfig } from './helpers/app.js';
import { freshDb, type TestDb } from './helpers/db.js';

/** The server log, as an operator reads it: no full citizen ID number or mobile number in any line. */
let testDb: TestDb;
let app: Awaited<ReturnType<typeof buildApp>>;
const lines: string[] = [];
const zhangsan = demoAccounts.find((a) => a.username === 'zhangsan')!;

beforeAll(async () => {
  testDb = await freshDb();
  const deps: AppDeps = { db: testDb.db, clock: new ManualClock('2026-03-02T09:00:00+08:00'), config: testConfig() };
  app = await buildApp(deps, { serveWeb: false, logger: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
});
afterAll(async () => {
  await app.close();
  await testDb.drop();
});

async function signIn(username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  return { authorization: `Bearer ${res.json().token as string}` };
}

describe('credit flags by citizen ID number', () => {
  it('are looked up with the number in the request body, and the number never reaches the log', async () => {
    const headers = await signIn('jianguan');
    const raised = await app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers, payload: { idNumber: zhangsan.idNumber, subjectName: '张三', reason: '提供虚假承诺材料' } });
    expect(raised.statusCode).toBe(200);
    const found = await app.inject({ method: 'POST', url: '/api/v1/credit-flags/search', headers, payload: { idNumber: zhangsan.idNumber } });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((f: { subjectName: string }) => f.subjectName)).toEqual(['张三']);
    // a number put into a URL anyway is masked in the log line of that request
    await app.inject({ method: 'GET', url: `/api/v1/credit-flags?idNumber=${zhangsan.idNumber}&phone=13807461234`, headers });
    const log = lines.join('');
    expect(log).toContain('/api/v1/credit-flags/search');
    expect(log).toContain('/api/v1/credit-flags?idNumber=431127********');
    expect(log).not.toContain(zhangsan.idNumber!);
    expect(log).not.toContain('13807461234');
  });
});
