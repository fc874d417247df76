import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the error catalogue', () => {
  it('lists every code an answer can carry, with its status and both messages, and is in the OpenAPI document', async () => {
    const body = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/errors' }), 200) as {
      items: Array<{ code: string; status: number; message: { zh: string; en: string } }>;
    };
    const codes = body.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    expect(body.items.find((i) => i.code === 'LOGIN_FAILED')).toEqual({ code: 'LOGIN_FAILED', status: 401, message: { zh: '用户名或密码错误', en: 'Wrong user name or password' } });
    for (const i of body.items) {
      expect(i.status).toBeGreaterThanOrEqual(400);
      expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/v1/errors']).toBeDefined();
  });

  it('answers an unknown route in the catalogue shape and language asked for', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'No such endpoint', details: {} });
  });
});
