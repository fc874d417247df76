import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc, newId } from '../core/index.js';
import { countStatements, statementTotals } from '../db/index.js';
import { DEMO_PASSWORD, hashPassword, userByUsername } from './index.js';
import { insertUser } from './store.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ACR, CookieBrowser, startProvinceIdp, type ProvinceIdp } from '../../test/helpers/province-idp.js';
import { sessionCacheListening } from '../../test/helpers/sessions.js';

let t: TestApp;
let idp: ProvinceIdp;
let base: string;
const wang = makeIdNumber('431127', '19920415', '026');
const newUscc = makeUscc('91', '431127', 'MA4R9Y6K');

beforeAll(async () => {
  countStatements();
  idp = await startProvinceIdp();
  t = await createTestApp();
  await sessionCacheListening(t.db);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  t.config.oidc = idp.register(`${base}/api/v1/auth/oidc/callback`);
  const zhang = (await userByUsername(t.db, 'zhangsan'))!;
  idp.accounts.set('wangfang', { password: 'pw-wang', acr: ACR.provider, claims: { name: '王芳', id_number: wang } });
  idp.accounts.set('zhangsan-hn', { password: 'pw-zhang', acr: ACR.provider, claims: { name: '张三', id_number: zhang.id_number! } });
  idp.accounts.set('mianguan', { password: 'pw-mian', acr: ACR.provider, claims: { name: '刘面馆', id_number: makeIdNumber('431127', '19880808', '017'), uscc: newUscc, org_name: '蓝山县刘记面馆有限公司', legal_representative: true } });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

/** Starts at the platform's button, signs in at the province's page, and stops just before the callback. */
async function toCallback(b: CookieBrowser, login: string, password: string, returnTo = '/'): Promise<string> {
  const atProvince = await b.follow(`${base}/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(atProvince.url.startsWith(`${idp.issuer}/interaction/`)).toBe(true);
  expect(await atProvince.res!.text()).toContain('湖南省统一身份认证平台');
  const back = await b.follow(atProvince.url, { method: 'POST', form: { login, password } }, (u) => u.pathname === '/api/v1/auth/oidc/callback');
  expect(back.res).toBeNull();
  return back.url;
}

async function signIn(login: string, password: string, returnTo = '/') {
  const b = new CookieBrowser();
  const callback = await toCallback(b, login, password, returnTo);
  const res = await b.request(callback);
  if (res.status !== 302) throw new Error(`callback: ${res.status} ${await res.text()}`);
  const session = b.cookie(new URL(base).host, 'banshi_sid');
  return { b, res, callback, session, me: async () => b.request(`${base}/api/v1/auth/me`) };
}

describe('统一身份认证 sign-in (OpenID Connect, code flow with PKCE)', () => {
  it('sends the browser to the province with PKCE, state and nonce, and brings a new citizen back signed in', async () => {
    const b = new CookieBrowser();
    const start = await b.request(`${base}/api/v1/auth/oidc/start?returnTo=/mine`);
    expect(start.status).toBe(302);
    const auth = new URL(start.headers.get('location')!);
    expect(auth.origin).toBe(idp.issuer);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce']) expect(auth.searchParams.get(p)?.length).toBeGreaterThanOrEqual(40);
    expect(auth.searchParams.get('redirect_uri')).toBe(`${base}/api/v1/auth/oidc/callback`);

    const s = await signIn('wangfang', 'pw-wang', '/mine');
    expect(s.res.headers.get('location')).toBe('/mine');
    const me = await (await s.me()).json();
    expect(me).toMatchObject({ name: '王芳', kind: 'citizen', realNameLevel: 'provider', realNameLevelName: '统一身份认证实名', idNumberMasked: expect.stringContaining('*') });
    expect(JSON.stringify(me)).not.toContain(wang);
  });

  it('signs the same person into the same account the next time', async () => {
    const a: any = await (await (await signIn('wangfang', 'pw-wang')).me()).json();
    const again = await signIn('wangfang', 'pw-wang');
    // nothing about the account changed: the new session's first request is answered from the session cache, as
    // after a password sign-in (a sign-in that changed the account leaves it to the first request to read)
    const before = statementTotals().statements;
    const b: any = await (await again.me()).json();
    expect(statementTotals().statements - before).toBe(0);
    expect(b.id).toBe(a.id);
  });

  it('links an account the person already has, keeping the higher level a counter gave it', async () => {
    const me = await (await (await signIn('zhangsan-hn', 'pw-zhang')).me()).json();
    expect(me).toMatchObject({ username: 'zhangsan', realNameLevel: 'counter' });
  });

  it('makes a legal representative’s sign-in the business’s account', async () => {
    const me = await (await (await signIn('mianguan', 'pw-mian')).me()).json();
    expect(me).toMatchObject({ kind: 'business', uscc: newUscc, orgName: '蓝山县刘记面馆有限公司', name: '刘面馆', realNameLevel: 'provider' });
  });

  it('refuses a replayed callback: the state is used once', async () => {
    const s = await signIn('wangfang', 'pw-wang');
    const again = await s.b.request(s.callback);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 'OIDC_SIGN_IN_INVALID', message: expect.stringContaining('已完成或已失效') });
  });

  it('refuses a callback carried into another browser (login CSRF), and one with a made-up state', async () => {
    const callback = await toCallback(new CookieBrowser(), 'wangfang', 'pw-wang');
    const victim = new CookieBrowser();
    const res = await victim.request(callback);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).message).toContain('不是从本浏览器发起');
    expect(victim.cookie(new URL(base).host, 'banshi_sid')).toBeUndefined();

    const forged = await new CookieBrowser().request(`${base}/api/v1/auth/oidc/callback?code=abc&state=made-up`);
    expect(forged.status).toBe(400);
  });

  it('refuses a code from another sign-in put under this browser’s state: PKCE does not match', async () => {
    const victim = new CookieBrowser();
    const mine = new URL(await toCallback(victim, 'wangfang', 'pw-wang'));
    const theirs = new URL(await toCallback(new CookieBrowser(), 'zhangsan-hn', 'pw-zhang'));
    mine.searchParams.set('code', theirs.searchParams.get('code')!);
    const res = await victim.request(mine.href);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'OIDC_SIGN_IN_INVALID' });
    expect(victim.cookie(new URL(base).host, 'banshi_sid')).toBeUndefined();
  });

  it('refuses a tampered code and an answer that claims another issuer', async () => {
    const b1 = new CookieBrowser();
    const u1 = new URL(await toCallback(b1, 'wangfang', 'pw-wang'));
    u1.searchParams.set('code', `${u1.searchParams.get('code')}x`);
    expect((await b1.request(u1.href)).status).toBe(400);
    const b2 = new CookieBrowser();
    const u2 = new URL(await toCallback(b2, 'wangfang', 'pw-wang'));
    u2.searchParams.set('iss', 'https://evil.example');
    expect((await b2.request(u2.href)).status).toBe(400);
  });

  it('refuses an identity the province did not verify enough to name an account', async () => {
    idp.accounts.set('nobody', { password: 'pw', acr: 'urn:hn:sfrz:loa:0', claims: { name: '无名', id_number: makeIdNumber('431127', '19950101', '011') } });
    const b = new CookieBrowser();
    const res = await b.request(await toCallback(b, 'nobody', 'pw'));
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).message).toContain('实名认证等级');
  });

  it('tells the login page whether the button is there, and answers 404 when no provider is configured', async () => {
    expect(expectStatus(await t.app.inject({ url: '/api/v1/auth/oidc' }), 200)).toEqual({ enabled: true, name: '统一身份认证' });
    const saved = t.config.oidc;
    t.config.oidc = undefined;
    try {
      expect((await t.app.inject({ url: '/api/v1/auth/oidc/start' })).statusCode).toBe(404);
    } finally {
      t.config.oidc = saved;
    }
  });

  it('does not hand a verified identity to an account whose ID number was only typed in; that claim is dropped', async () => {
    // an account from before real-name levels, whose holder typed someone else's number into it
    const victim = makeIdNumber('431127', '19870212', '045');
    await insertUser(t.db, { id: newId(), username: 'squatter', passwordHash: await hashPassword(DEMO_PASSWORD), name: '冒用者', roles: ['applicant'], kind: 'citizen', idNumber: victim });
    idp.accounts.set('chenjing', { password: 'pw-chen', acr: ACR.provider, claims: { name: '陈静', id_number: victim } });
    const me: any = await (await (await signIn('chenjing', 'pw-chen')).me()).json();
    expect(me).toMatchObject({ name: '陈静', realNameLevel: 'provider' });
    expect(me.username).not.toBe('squatter');
    const squatter = await t.as('squatter');
    const theirs = expectStatus(await t.app.inject({ url: '/api/v1/auth/me', headers: squatter }), 200);
    expect(theirs).toMatchObject({ name: '冒用者', idNumberMasked: null, realNameLevel: null });
  });

  it("opens nobody's licences to an account that holds their ID number without proof", async () => {
    const zhang = (await userByUsername(t.db, 'zhangsan'))!;
    const owner = await t.as('zhangsan');
    const held: any = expectStatus(await t.app.inject({ url: '/api/v1/licences/mine', headers: owner }), 200);
    expect(held.items.length).toBeGreaterThan(0);
    // the same number on an account that never proved it (a hand-made row, an old import), then on one proved only by phone
    for (const [username, realNameLevel] of [['copycat', null], ['copycat-phone', 'phone']] as const) {
      await insertUser(t.db, { id: newId(), username, passwordHash: await hashPassword(DEMO_PASSWORD), name: '张三', roles: ['applicant'], kind: 'citizen', idNumber: zhang.id_number!, realNameLevel });
      const copycat = await t.as(username);
      const mine: any = expectStatus(await t.app.inject({ url: '/api/v1/licences/mine', headers: copycat }), 200);
      expect(mine.items).toEqual([]);
      const one = await t.app.inject({ url: `/api/v1/licences/${held.items[0].id}`, headers: copycat });
      expect([403, 404]).toContain(one.statusCode);
    }
  });

  it('binds no provincial identity to an account locked by wrong passwords, and leaves the lock in place', async () => {
    const liu = makeIdNumber('431127', '19790923', '018');
    await insertUser(t.db, { id: newId(), username: 'liuwei', passwordHash: await hashPassword(DEMO_PASSWORD), name: '刘伟', roles: ['applicant'], kind: 'citizen', idNumber: liu, realNameLevel: 'counter' });
    idp.accounts.set('liuwei-hn', { password: 'pw-liu', acr: ACR.provider, claims: { name: '刘伟', id_number: liu } });
    const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'liuwei', password } });
    for (let i = 0; i < 5; i++) await login('wrong-guess');
    expect((await login(DEMO_PASSWORD)).statusCode).toBe(423);

    const b = new CookieBrowser();
    const res = await b.request(await toCallback(b, 'liuwei-hn', 'pw-liu'));
    expect(res.status).toBe(423);
    expect(((await res.json()) as any).message).toContain('锁定期间不能绑定统一身份认证');
    expect(b.cookie(new URL(base).host, 'banshi_sid')).toBeUndefined();
    expect((await login(DEMO_PASSWORD)).statusCode).toBe(423);

    // once the lock has run out, the same sign-in links the account
    t.clock.advance(16 * 60_000);
    try {
      const me: any = await (await (await signIn('liuwei-hn', 'pw-liu')).me()).json();
      expect(me).toMatchObject({ username: 'liuwei', realNameLevel: 'counter' });
    } finally {
      t.clock.advance(-16 * 60_000);
    }
  });
});
