import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, expectStatus, testConfig, type TestApp } from '../../test/helpers/app.js';
import { engineUnderTest } from '../../test/helpers/db.js';
import type { RateLimits } from '../core/index.js';
import { DEMO_PASSWORD } from '../identity/index.js';
import { buildApp } from './app.js';

const limits = (store: RateLimits['store']): RateLimits => ({
  store,
  login: { max: 3, windowMs: 60_000 },
  forms: { max: 2, windowMs: 600_000 },
  verify: { max: 4, windowMs: 60_000 },
  uploads: { max: 50, windowMs: 60_000 },
  codes: { max: 50, windowMs: 60_000 },
  codesPerNumber: { max: 50, windowMs: 60_000 },
});

let t: TestApp;
let https: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { rateLimits: limits('memory') } });
  https = await createTestApp({ config: { publicUrl: 'https://zwfw.lanshan.gov.cn' } });
});
afterAll(async () => {
  await t.close();
  await https.close();
});

const ticket = { kind: 'consultation', title: '咨询营业执照办理', content: '请问个体户营业执照需要哪些材料？', requesterName: '赵先生', requesterPhone: '13574610001' };

describe('security headers', () => {
  it('sends a CSP, nosniff, frame-ancestors and a referrer policy on pages, API answers, errors and the verification page', async () => {
    for (const url of ['/', '/api/v1/departments', '/api/v1/nothing-here', '/v/BSL1.bad.payload']) {
      const res = await t.app.inject({ method: 'GET', url, remoteAddress: '10.0.0.9' });
      const h = res.headers;
      expect(h['content-security-policy'], url).toMatch(/default-src 'self'/);
      expect(h['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(h['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(h['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('SAMEORIGIN');
      expect(h['referrer-policy']).toBe('same-origin');
      expect(h['strict-transport-security'], 'no HSTS on a plain-http address').toBeUndefined();
    }
  });

  it('sends them on a HEAD over a real socket too, as `curl -sI` sees /, /api/… and /v/…', async () => {
    const base = await https.app.listen({ port: 0, host: '127.0.0.1' });
    for (const path of ['/', '/api/v1/departments', '/v/BSL1.bad.payload']) {
      const res = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
    }
  });

  it('adds HSTS and a Secure session cookie when the public address is https', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/api/v1/departments' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const login = await https.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: DEMO_PASSWORD } });
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('does not mark the cookie Secure because a client claims https, unless a trusted proxy says so', async () => {
    const claim = { 'x-forwarded-proto': 'https' };
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: claim, payload: { username: 'zhangsan', password: DEMO_PASSWORD }, remoteAddress: '10.0.0.10' });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
    const proxied = await buildApp({ ...t, config: { ...testConfig(), trustProxy: ['127.0.0.1'] } }, { serveWeb: false });
    try {
      const res = await proxied.inject({ method: 'POST', url: '/api/v1/auth/login', headers: claim, payload: { username: 'zhangsan', password: DEMO_PASSWORD }, remoteAddress: '127.0.0.1' });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });
});

describe('rate limits', () => {
  it('answers the fourth sign-in within a minute from one address with a 429, Retry-After and a Chinese message', async () => {
    const from = { remoteAddress: '10.1.0.1' };
    for (let i = 0; i < 3; i++) {
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jiancha', password: 'wrong' }, ...from })).statusCode).toBe(401);
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jiancha', password: DEMO_PASSWORD }, ...from });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.json()).toEqual({ code: 'RATE_LIMITED', message: '请求过于频繁，请 60 秒后再试', details: { retryAfter: 60 } });
    expect(res.headers['content-security-policy']).toBeDefined();
    // another address is not held back; a forged X-Forwarded-For does not make one (no trusted proxy)
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jiancha', password: DEMO_PASSWORD }, remoteAddress: '10.1.0.2' })).statusCode).toBe(200);
    const forged = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'x-forwarded-for': '10.9.9.9' }, payload: { username: 'jiancha', password: DEMO_PASSWORD }, ...from });
    expect(forged.statusCode).toBe(429);
    t.clock.advance(61_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jiancha', password: DEMO_PASSWORD }, ...from })).statusCode).toBe(200);
  });

  it('limits anonymous ticket filings per address but not a hotline operator filing for callers', async () => {
    const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM tickets'))[0]!.n);
    const before = await count();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await t.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: ticket, remoteAddress: '10.2.0.1' })).statusCode);
    expect(codes).toEqual([201, 201, 429, 429]);
    expect(await count()).toBe(before + 2);
    const operator = await t.as('chuangkou');
    for (let i = 0; i < 4; i++) expect((await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: operator, payload: ticket, remoteAddress: '10.2.0.1' })).statusCode).toBe(201);
  });

  it('limits licence verification pages and the verify API together', async () => {
    const from = { remoteAddress: '10.3.0.1' };
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await t.app.inject({ method: 'GET', url: '/v/BSL1.x.y', ...from })).statusCode);
    for (let i = 0; i < 2; i++) codes.push((await t.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: { payload: 'BSL1.x.y' }, ...from })).statusCode);
    expect(codes.slice(0, 4).every((c) => c !== 429)).toBe(true);
    expect(codes[4]).toBe(429);
  });
});

describe('rate limits shared through the database', () => {
  let a: FastifyInstance;
  let b: FastifyInstance;
  let shared: TestApp;
  beforeAll(async () => {
    shared = await createTestApp({ config: { rateLimits: limits('database') } });
    a = shared.app;
    // on a server, a second process with its own pool; embedded, a second app on the one connection
    const db = engineUnderTest() === 'postgres' ? await shared.testDb.openAnother() : shared.db;
    b = await buildApp({ db, clock: shared.clock, config: shared.config }, { serveWeb: false });
  });
  afterAll(async () => {
    await b.close();
    await shared.close();
  });

  it('counts sign-ins from one address across two server processes', async () => {
    const from = { remoteAddress: '10.4.0.1' };
    const codes = [];
    for (const app of [a, b, a, b]) codes.push((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: DEMO_PASSWORD }, ...from })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const res = await b.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: DEMO_PASSWORD }, ...from });
    expect(expectStatus(res, 429).code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
