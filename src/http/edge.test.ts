import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { multipart, samplePdf } from '../../test/helpers/files.js';
import { DEMO_PASSWORD } from '../identity/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ticketCount = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM tickets'))[0]!.n);
const ticket = (extra: Record<string, unknown> = {}) => ({ kind: 'consultation', title: '咨询营业执照办理', content: '请问个体户营业执照需要哪些材料？', requesterName: '赵先生', requesterPhone: '13574610001', ...extra });

describe('text the platform cannot store or show', () => {
  it('answers a NUL byte anywhere with a 400 that says where, and stores nothing', async () => {
    const before = await ticketCount();
    const cases = [
      { method: 'POST' as const, url: '/api/v1/auth/login', payload: { username: 'a\u0000b', password: 'x' }, field: 'body.username' },
      { method: 'POST' as const, url: '/api/v1/tickets', payload: ticket({ content: '请问\u0000材料' }), field: 'body.content' },
      { method: 'POST' as const, url: '/api/v1/tickets', payload: { ...ticket(), 'k\u0000': 1 }, field: 'body.k\u0000' },
      { method: 'GET' as const, url: '/api/v1/catalog/items?q=%00', field: 'query.q' },
      { method: 'GET' as const, url: '/api/v1/licences/%00', field: 'params.id' },
      { method: 'GET' as const, url: '/api/v1/departments', headers: { 'accept-language': 'zh\u0000' }, field: 'header.accept-language' },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: c.method, url: c.url, payload: c.payload, headers: c.headers });
      const body = expectStatus(res, 400);
      expect(body.code, c.url).toBe('BAD_TEXT');
      expect(body.details.field).toBe(c.field);
      expect(body.message).toMatch(/含有空字符/);
    }
    expect(await ticketCount()).toBe(before);
  });

  it('refuses an unpaired surrogate as text that is not valid, in English on request', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: ticket({ title: 'x\ud800y' }), headers: { 'accept-language': 'en' } });
    const body = expectStatus(res, 400);
    expect(body.code).toBe('BAD_TEXT');
    expect(body.message).toBe('body.title contains an unpaired surrogate, which is not valid text; remove it and retry');
  });
});

describe('JSON bodies', () => {
  it('refuses a body nested 5,000 deep before anything walks it, even signed in', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const headers = { ...(await t.as('zhangsan')), 'content-type': 'application/json' };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers, payload: `{"itemCodes":["x"],"form":{"a":${deep}}}` });
    const body = expectStatus(res, 400);
    expect(body).toEqual({ code: 'JSON_TOO_DEEP', message: '请求体嵌套层级过深（上限 32 层）', details: { limit: 32 } });
  });

  it('accepts brackets inside strings, which are not nesting', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: ticket({ content: '['.repeat(100) + '"\\' }) });
    expect(res.statusCode).toBe(201);
  });

  it('answers broken JSON with a 400 in Chinese that does not quote the parser', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { 'content-type': 'application/json' }, payload: '{"kind": ' });
    expect(expectStatus(res, 400)).toEqual({ code: 'BAD_REQUEST', message: '请求格式不正确：请求体不是有效的 JSON', details: { reason: '请求体不是有效的 JSON' } });
  });
});

describe('dates, references and uploads', () => {
  it('refuses a day that does not exist (2026-02-30) as a validation error, and takes 29 February of a leap year', async () => {
    const headers = await t.as('jianguan');
    const uscc = (await t.db.query<{ uscc: string }>("SELECT uscc FROM users WHERE username = 'xiangwei'"))[0]!.uscc;
    const flag = (endsOn: string) => ({ uscc, subjectName: '蓝山县某商行', reason: '虚假承诺', endsOn });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers, payload: flag('2026-02-30') });
    const body = expectStatus(res, 400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.issues.map((i: { path: string }) => i.path)).toEqual(['endsOn']);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers, payload: flag('2027-02-29') })).statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers, payload: flag('2028-02-29') });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('treats an empty ticket category as none rather than a reference to nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: ticket({ categoryCode: '' }) });
    expect(res.statusCode).toBe(201);
    expect(res.json().ticket.categoryCode ?? null).toBeNull();
  });

  it('answers a malformed multipart body on every upload route with a 400', async () => {
    const routes: Array<[string, string, string]> = [
      ['/api/v1/files', 'zhangsan', 'a.pdf'],
      ['/api/v1/calendar/imports', 'admin', 'holidays.json'],
      ['/api/v1/catalog/import', 'jianguan', 'catalog.json'],
    ];
    for (const [url, user, filename] of routes) {
      const auth = await t.as(user);
      const noBoundary = await t.app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'multipart/form-data' }, payload: 'hello' });
      expect(noBoundary.statusCode, `${url} without boundary: ${noBoundary.body}`).toBe(400);
      const good = multipart(samplePdf('x'), filename);
      const cut = await t.app.inject({ method: 'POST', url, headers: { ...auth, ...good.headers }, payload: good.payload.subarray(0, good.payload.length - 30) });
      expect(cut.statusCode, `${url} cut short: ${cut.body}`).toBe(400);
      expect(cut.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('framework errors in the platform shape', () => {
  it('answers an over-long path parameter with a 414 that does not echo the address', async () => {
    const long = 'a'.repeat(500);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/licences/${long}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ code: 'URI_TOO_LONG', message: '请求地址过长', details: {} });
  });

  it('answers a 1 MB query string on a real socket with a 431 in the platform shape', async () => {
    const server = await t.app.listen({ port: 0, host: '127.0.0.1' }).then(() => t.app.server.address() as AddressInfo);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/v1/departments?q=${'x'.repeat(1024 * 1024)}` }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
    });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual({ code: 'HEADERS_TOO_LARGE', message: '请求头或请求地址过长', details: {} });
  });
});

describe('cookie requests from other sites', () => {
  const cookieOf = async (username: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    return String(res.headers['set-cookie']).split(';')[0]!;
  };

  it('refuses a state-changing request carrying the session cookie from another origin, and changes nothing', async () => {
    const cookie = await cookieOf('zhangsan');
    const before = await ticketCount();
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { cookie, ...headers }, payload: ticket() });
      expect(expectStatus(res, 403)).toMatchObject({ code: 'CROSS_SITE_REQUEST', message: '请求来自其他网站，已拒绝；请在本平台页面内操作' });
    }
    expect(await ticketCount()).toBe(before);
    // the platform's own pages: same origin
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' }, payload: ticket() });
    expect(own.statusCode).toBe(201);
    const ownOrigin = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' }, payload: ticket() });
    expect(ownOrigin.statusCode).toBe(201);
  });

  it('lets Bearer-token requests through from anywhere, since they carry no ambient credential', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { ...(await t.as('zhangsan')), origin: 'https://elsewhere.example' }, payload: ticket() });
    expect(res.statusCode).toBe(201);
  });

  it('ends a cookie session on logout from the platform and refuses a logout forced from another site', async () => {
    const cookie = await cookieOf('xiangwei');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'sec-fetch-site': 'same-origin' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});
