import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, type AppDeps } from '../src/core/index.js';
import { buildApp } from '../src/http/index.js';
import { testConfig } from './helpers/app.js';
import { freshDb, type TestDb } from './helpers/db.js';

/**
 * One-time codes and passwords, as an operator would find them: never in a response, never in the server log, except
 * the development channel's own line. With an SMS provider, the code leaves only in the request to the provider.
 */
let testDb: TestDb;
let provider: http.Server;
const sent: Array<{ authorization?: string; body: { phoneNumbers: string; signName: string; templateCode: string; templateParam: { code?: string } } }> = [];
let failProvider = false;

beforeAll(async () => {
  testDb = await freshDb();
  provider = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      sent.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(failProvider ? 502 : 200, { 'content-type': 'application/json' }).end('{"Code":"OK"}');
    });
  });
  await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  provider.close();
  await testDb.drop();
});

async function appWith(sms: AppDeps['config']['sms']) {
  const lines: string[] = [];
  const deps: AppDeps = { db: testDb.db, clock: new ManualClock('2026-03-02T09:00:00+08:00'), config: { ...testConfig(), sms } };
  const app = await buildApp(deps, { serveWeb: false, logger: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
  return { app, lines };
}

const PASSWORD = 'Xinmima#2026';

describe('codes and passwords in logs and answers', () => {
  it('with the development channel: the code is in its one log line (number masked), nowhere else', async () => {
    const { app, lines } = await appWith({ provider: 'development' });
    const responses: string[] = [];
    const call = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url, payload });
      responses.push(res.body);
      return res;
    };
    await call('/api/v1/auth/codes', { phone: '13612345678', purpose: 'signup' });
    const channelLines = lines.filter((l) => l.includes('development SMS channel'));
    expect(channelLines).toHaveLength(1);
    const code = /验证码 (\d{6})/.exec(channelLines[0]!)![1]!;
    expect(channelLines[0]).toContain('136****5678');
    // the careless user: a wrong code, a weak password, a bad number, then it right
    await call('/api/v1/auth/signup', { phone: '13612345678', code: code === '999999' ? '999998' : '999999', name: '周八', password: PASSWORD });
    await call('/api/v1/auth/signup', { phone: '13612345678', code, name: '周八', password: 'short' });
    await call('/api/v1/auth/signup', { phone: '1361234567x', code, name: '周八', password: PASSWORD });
    expect((await call('/api/v1/auth/signup', { phone: '13612345678', code, name: '周八', password: PASSWORD })).statusCode).toBe(200);
    await call('/api/v1/auth/login', { username: '13612345678', password: 'Wrong#password1' });
    const others = lines.filter((l) => !l.includes('development SMS channel')).join('');
    expect(others).toContain('/api/v1/auth/signup');
    for (const secret of [code, PASSWORD, 'Wrong#password1']) {
      expect(others, secret).not.toContain(secret);
      expect(responses.join(''), secret).not.toContain(secret);
    }
    expect(others).not.toContain('13612345678');
    await app.close();
  });

  it('with an SMS provider: the code goes only to the provider, and a provider failure is a clear 503', async () => {
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/sms/send`;
    const { app, lines } = await appWith({ provider: 'http', url, token: 'provider-token-123', signName: '蓝山政务', template: 'SMS_0001' });
    const asked = await app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { phone: '13612340000', purpose: 'signup' } });
    expect(asked.statusCode).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ authorization: 'Bearer provider-token-123', body: { phoneNumbers: '13612340000', signName: '蓝山政务', templateCode: 'SMS_0001' } });
    const code = sent[0]!.body.templateParam.code!;
    expect(code).toMatch(/^\d{6}$/);
    expect(asked.body).not.toContain(code);
    expect(lines.join('')).not.toContain(code);
    expect(lines.join('')).not.toContain('provider-token-123');
    // nothing is kept for the administrator's page when a provider sends the codes
    const kept = await testDb.db.query<{ n: number }>("SELECT count(*)::int AS n FROM development_messages WHERE phone = '13612340000'");
    expect(kept[0]!.n).toBe(0);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { phone: '13612340000', code, name: '吴九', password: PASSWORD } })).statusCode).toBe(200);

    failProvider = true;
    const failed = await app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { phone: '13612340001', purpose: 'signup' } });
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toMatchObject({ code: 'SMS_UNAVAILABLE', message: '短信暂时无法发送，请稍后再试' });
    await app.close();
  });
});
