import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { DEMO_PASSWORD } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

describe('login', () => {
  it('signs a demo account in with an HttpOnly, SameSite session cookie', async () => {
    const res = await login('chuangkou', DEMO_PASSWORD);
    const body = expectStatus(res, 200);
    expect(body.user).toMatchObject({ username: 'chuangkou', name: '王窗口', roles: ['clerk'] });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/banshi_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(expectStatus(me, 200).name).toBe('王窗口');
  });

  it('masks the citizen ID number in the account view', async () => {
    const me = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('zhangsan') }), 200);
    expect(me.idNumberMasked).toMatch(/^431127\*{8}\d{3}[\dX]$/);
  });

  it('answers a wrong password in Chinese by default and in English on request', async () => {
    const zh = await login('jiancha', 'wrong');
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ code: 'LOGIN_FAILED', message: '用户名或密码错误', details: {} });
    const en = await login('jiancha', 'wrong', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().message).toBe('Wrong user name or password');
  });

  it('locks the account after five wrong passwords, even against the right one, until the lock expires', async () => {
    for (let i = 0; i < 4; i++) expect((await login('jianguan', 'wrong')).statusCode).toBe(401);
    const fifth = await login('jianguan', 'wrong');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect((await login('jianguan', DEMO_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(16 * 60_000);
    expect((await login('jianguan', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('rejects a malformed body with a field-level 400 and no 5xx', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 7 } });
    const body = expectStatus(res, 400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.issues.map((i: { path: string }) => i.path)).toEqual(['username', 'password']);
    // said for people: what is wrong and what to do, no type names
    expect(body.details.issues.map((i: { message: string }) => i.message)).toEqual(['应填写文字', '必填，请填写']);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{oops' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('logout', () => {
  it('ends the session', async () => {
    const res = await login('admin', DEMO_PASSWORD);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('api surface', () => {
  it('publishes an OpenAPI 3.1 document that lists the routes', async () => {
    const doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/auth/login');
  });

  it('answers an unknown endpoint with a coded 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(expectStatus(res, 404).code).toBe('ROUTE_NOT_FOUND');
  });

  it('lists the departments to anyone, as the portal’s forms need, and says so in the OpenAPI document', async () => {
    // the public list: names, codes and regions, nothing internal
    const body = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/departments' }), 200);
    expect(body.items.length).toBeGreaterThanOrEqual(12);
    expect(body.items.map((d: { name: string }) => d.name)).toContain('蓝山县市场监督管理局');
    for (const d of body.items) expect(Object.keys(d).sort()).toEqual(['code', 'id', 'name', 'regionCode', 'shortName', 'uscc']);
    const doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
    expect(doc.paths['/api/v1/departments'].get.security).toContainEqual({});
  });
});
