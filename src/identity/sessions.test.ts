import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, statementTotals } from '../db/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { DEMO_PASSWORD } from './seed.js';
import { SESSION_CACHE_MS, SessionCache } from './session-cache.js';
import type { Actor } from './actor.js';
import { sessionCacheListening } from '../../test/helpers/sessions.js';

/**
 * Sessions are believed from a short cache (session-cache.ts): whatever ends a session or changes what it may do
 * takes effect at the next request on this process, and on every other process as the database's notification
 * arrives (at the latest after SESSION_CACHE_MS).
 */
let t: TestApp;
beforeAll(async () => {
  countStatements();
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  await sessionCacheListening(t.db);
});
afterAll(() => t.close());

async function signIn(username: string, password = DEMO_PASSWORD): Promise<Record<string, string>> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  return { authorization: `Bearer ${expectStatus<{ token: string }>(res, 200).token}` };
}
const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
const admin = async (url: string, payload: Record<string, unknown>, method: 'POST' | 'PATCH' = 'POST') =>
  expectStatus(await t.app.inject({ method, url, headers: await t.as('admin'), payload }), 200);

/** Refused as a visitor would see it: 401, in Chinese. */
function expectSignedOut(res: Awaited<ReturnType<typeof me>>) {
  expect(res.statusCode).toBe(401);
  expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
}

/** Asks until `ok` holds for the answer (a notification on its way), at most `tries` times; never judges the time. */
async function eventually<T>(ask: () => Promise<T>, ok: (v: T) => boolean, tries = 500): Promise<T> {
  let v = await ask();
  for (let i = 0; i < tries && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 10));
    v = await ask();
  }
  return v;
}

describe('a signed-in request is checked without a round trip', () => {
  it('answers a session’s second request from the cache: no statement is sent', async () => {
    const h = await signIn('chuangkou');
    expectStatus(await me(h), 200);
    const before = statementTotals().statements;
    expect(expectStatus(await me(h), 200).username).toBe('chuangkou');
    expect(statementTotals().statements - before).toBe(0);
  });
});

describe('what ends a session or changes it takes effect at once on this process', () => {
  it('refuses a token at once after signing out', async () => {
    const h = await signIn('daiban');
    expectStatus(await me(h), 200);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: h }), 200);
    expectSignedOut(await me(h));
  });

  it('refuses a disabled account at once', async () => {
    const h = await signIn('jiancha');
    const { id } = expectStatus<{ id: string }>(await me(h), 200);
    await admin(`/api/v1/admin/staff/${id}/disable`, { reason: '调离本单位' });
    expectSignedOut(await me(h));
  });

  it('shows a changed role at once', async () => {
    const h = await signIn('jianguan');
    const { id, roles } = expectStatus<{ id: string; roles: string[] }>(await me(h), 200);
    expect(roles).toEqual(['supervisor']);
    await admin(`/api/v1/admin/staff/${id}`, { roles: ['supervisor', 'agent'], reason: '兼任帮代办' }, 'PATCH');
    expect(expectStatus<{ roles: string[] }>(await me(h), 200).roles).toEqual(['supervisor', 'agent']);
  });

  it('ends every session at once when the administrator resets the password or signs the account out', async () => {
    const h = await signIn('chuangkou');
    const { id } = expectStatus<{ id: string }>(await me(h), 200);
    await admin(`/api/v1/admin/staff/${id}/reset-password`, { password: 'Xiezhu#Window2026', reason: '本人遗忘密码' });
    expectSignedOut(await me(h));
    const again = await signIn('chuangkou', 'Xiezhu#Window2026');
    expectStatus(await me(again), 200);
    await admin(`/api/v1/admin/staff/${id}/sign-out`, { reason: '设备遗失' });
    expectSignedOut(await me(again));
  });

  it('refuses an expired session even when it was cached', async () => {
    const h = await signIn('xiangwei');
    expectStatus(await me(h), 200);
    t.clock.advance(12 * 3600_000);
    expectSignedOut(await me(h));
    t.clock.advance(-12 * 3600_000);
  });

  it('refuses a forged or tampered token with a 401 in Chinese, whatever the cache holds', async () => {
    const h = await signIn('zhangsan');
    expectStatus(await me(h), 200);
    const token = h.authorization!.slice('Bearer '.length);
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expectSignedOut(await me({ authorization: `Bearer ${tampered}` }));
    expectSignedOut(await me({ authorization: 'Bearer forged-token-0123456789' }));
    expectSignedOut(await me({ cookie: `banshi_sid=${tampered}` }));
    expectStatus(await me(h), 200);
  });
});

describe('a change another process makes (plain SQL on another connection) is seen through the database’s notification', () => {
  it('sees a role, a disabled account and a deleted session that nobody told this process about', async () => {
    const h = await signIn('kfq-shenhe');
    const { id } = expectStatus<{ id: string; roles: string[] }>(await me(h), 200);
    // the platform's clock stands still here: the cache's own bound never passes, only the notification can do it
    await t.db.query(`UPDATE users SET roles = '{reviewer,supervisor}' WHERE id = $1`, [id]);
    const changed = await eventually(() => me(h), (r) => r.statusCode === 200 && r.json().roles.length === 2);
    expect(expectStatus<{ roles: string[] }>(changed, 200).roles).toEqual(['reviewer', 'supervisor']);

    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [id]);
    expectSignedOut(await eventually(() => me(h), (r) => r.statusCode === 401));
    await t.db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [id]);

    const h2 = await signIn('kfq-shenhe');
    expectStatus(await me(h2), 200);
    await t.db.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
    expectSignedOut(await eventually(() => me(h2), (r) => r.statusCode === 401));
  });
});

describe('the session cache', () => {
  const actor: Actor = { userId: 'u1', username: 'a', name: '甲', roles: ['clerk'], kind: 'staff', departmentId: null, regionCode: '431127', idNumber: null, uscc: null, orgName: null };
  const at = (iso: string) => new Date(iso);
  const listening = async (c: SessionCache) => {
    c.listenOn(t.db);
    for (let i = 0; i < 500 && !c.listens; i++) await new Promise((r) => setTimeout(r, 10));
    expect(c.listens).toBe(true);
  };

  it('keeps nothing before it listens for the database’s news', () => {
    const c = new SessionCache();
    c.keep('h', { actor: { ...actor }, expiresAt: at('2026-03-02T12:00:00Z') }, c.mark(), at('2026-03-02T09:00:00Z'));
    expect(c.get('h', at('2026-03-02T09:00:00Z'))).toBeUndefined();
  });

  it('does not keep a read that a change overtook', async () => {
    const c = new SessionCache();
    await listening(c);
    const mark = c.mark();
    c.forgetUser('u1');
    c.keep('h', { actor: { ...actor }, expiresAt: at('2026-03-02T12:00:00Z') }, mark, at('2026-03-02T09:00:00Z'));
    expect(c.get('h', at('2026-03-02T09:00:00Z'))).toBeUndefined();
  });

  it('believes an entry for SESSION_CACHE_MS at most, never past the session’s end, never when the clock went back', async () => {
    const c = new SessionCache();
    await listening(c);
    const read = at('2026-03-02T09:00:00Z');
    const cases: Array<[Date, boolean]> = [
      [read, true],
      [new Date(read.getTime() + SESSION_CACHE_MS - 1), true],
      [new Date(read.getTime() + SESSION_CACHE_MS), false],
      [new Date(read.getTime() - 1), false],
    ];
    for (const [now, believed] of cases) {
      c.keep('h', { actor: { ...actor }, expiresAt: at('2026-03-02T12:00:00Z') }, c.mark(), read);
      expect(!!c.get('h', now)).toBe(believed);
    }
    c.keep('h', { actor: { ...actor }, expiresAt: new Date(read.getTime() + 1000) }, c.mark(), read);
    expect(c.get('h', new Date(read.getTime() + 1000))).toBeUndefined();
  });

  it('forgets every session of an account, and one session by itself', async () => {
    const c = new SessionCache();
    await listening(c);
    const now = at('2026-03-02T09:00:00Z');
    const row = () => ({ actor: { ...actor }, expiresAt: at('2026-03-02T12:00:00Z') });
    c.keep('h1', row(), c.mark(), now);
    c.keep('h2', row(), c.mark(), now);
    c.forgetToken('h1');
    expect([!!c.get('h1', now), !!c.get('h2', now)]).toEqual([false, true]);
    c.forgetUser('u1');
    expect(c.size).toBe(0);
  });
});
