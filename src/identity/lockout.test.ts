import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { engineUnderTest } from '../../test/helpers/db.js';
import { buildApp } from '../http/index.js';
import { DEMO_PASSWORD } from './seed.js';

let t: TestApp;
/** A second server process on the same database (its own connection pool); the embedded engine has only one. */
let second: FastifyInstance | undefined;
beforeAll(async () => {
  t = await createTestApp();
  if (engineUnderTest() === 'postgres') second = await buildApp({ db: await t.testDb.openAnother(), clock: t.clock, config: t.config }, { serveWeb: false });
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

const servers = () => (second ? [t.app, second] : [t.app]);
const login = (app: FastifyInstance, username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('lockout under parallel guesses', () => {
  it('locks the account after 40 parallel wrong passwords: four are told "wrong", the rest "locked", and then the right one is locked out too', async () => {
    const apps = servers();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(apps[i % apps.length]!, 'wjj-shenhe', `guess-${i}`)));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(36);
    const right = await login(t.app, 'wjj-shenhe', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().message).toMatch(/^密码错误次数过多，账号已锁定，请于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 后再试$/);
  });

  it('does not let the right password in among parallel wrong ones once they have locked the account', async () => {
    const apps = servers();
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 20 ? DEMO_PASSWORD : `guess-${i}`));
    const answers = await Promise.all(attempts.map((p, i) => login(apps[i % apps.length]!, 'gaj-shenhe', p)));
    const right = answers[20]!;
    const wrongTold401 = answers.filter((r, i) => i !== 20 && r.statusCode === 401).length;
    // every wrong password counts: before a successful sign-in at most four, after it at most four more
    if (right.statusCode === 200) expect(wrongTold401).toBeLessThanOrEqual(8);
    else {
      expect(right.statusCode).toBe(423);
      expect(wrongTold401).toBe(4);
    }
    expect((await login(t.app, 'gaj-shenhe', DEMO_PASSWORD)).statusCode).toBe(423);
  });
});

describe('logout', () => {
  it('ends a session whose token came as a Bearer header', async () => {
    const token = expectStatus(await login(t.app, 'admin', DEMO_PASSWORD), 200).token as string;
    const headers = { authorization: `Bearer ${token}` };
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers }), 200).username).toBe('admin');
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers }), 200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });
});
