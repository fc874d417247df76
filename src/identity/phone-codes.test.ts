import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { RateLimits } from '../core/index.js';
import { countStatements, statementTotals } from '../db/index.js';
import { developmentChannel } from './code-channels.js';
import { recentDevelopmentMessages } from './store-codes.js';
import { sessionCacheListening } from '../../test/helpers/sessions.js';

const limits: RateLimits = {
  store: 'memory',
  login: { max: 1000, windowMs: 60_000 },
  forms: { max: 1000, windowMs: 60_000 },
  verify: { max: 1000, windowMs: 60_000 },
  uploads: { max: 1000, windowMs: 60_000 },
  codes: { max: 8, windowMs: 3_600_000 },
  codesPerNumber: { max: 3, windowMs: 3_600_000 },
};

let t: TestApp;
beforeAll(async () => {
  countStatements();
  t = await createTestApp({ config: { rateLimits: limits } });
  await sessionCacheListening(t.db);
});
afterAll(async () => {
  await t.close();
});

const PASSWORD = 'Xiaoming#2026';
let addressSeq = 0;
/** Each test asks from its own address, so that the per-address limit is tested where meant. */
const nextAddress = () => `10.1.${++addressSeq}.1`;
const post = (url: string, payload: object, remoteAddress = '10.9.9.9') => t.app.inject({ method: 'POST', url, payload, remoteAddress });

async function askCode(phone: string, purpose: 'signup' | 'login' | 'reset', remoteAddress = nextAddress()) {
  return expectStatus(await post('/api/v1/auth/codes', { phone, purpose }, remoteAddress), 200);
}

/** The code as the development channel shows it to the administrator. */
async function lastCode(phoneEnd: string): Promise<string> {
  const res = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as('admin') }), 200);
  const m = res.items.find((x: { phoneMasked: string }) => x.phoneMasked.endsWith(phoneEnd));
  return /验证码 (\d{6})/.exec(m.text)![1]!;
}

async function signUp(phone: string, name = '李小明') {
  await askCode(phone, 'signup');
  const code = await lastCode(phone.slice(-4));
  return post('/api/v1/auth/signup', { phone, code, name, password: PASSWORD });
}

describe('sign-up with a mobile number', () => {
  it('creates a citizen account signed in at once, reachable by the number and its password, with no ID number', async () => {
    const res = await signUp('13712340001');
    const body = expectStatus(res, 200);
    expect(body.user).toMatchObject({ name: '李小明', kind: 'citizen', roles: ['applicant'], idNumberMasked: null });
    // the new session's first request is answered from the session cache, as after a password sign-in
    const before = statementTotals().statements;
    const me = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${body.token}` } }), 200);
    expect(me.name).toBe('李小明');
    expect(statementTotals().statements - before).toBe(0);
    expect((await post('/api/v1/auth/login', { username: '137 1234 0001', password: PASSWORD })).statusCode).toBe(200);
  });

  it('refuses numbers that are not mainland mobiles, in Chinese', async () => {
    for (const phone of ['12345678901', '1371234000', '0746-2231234', '137123400012']) {
      const res = await post('/api/v1/auth/codes', { phone, purpose: 'signup' }, nextAddress());
      expect(res.statusCode, phone).toBe(400);
      expect(res.json().message).toBe('请输入正确的 11 位手机号码');
    }
  });

  it('answers the same for a number that already has an account, and sends it a hint instead of a code', async () => {
    await signUp('13712340002');
    const again = await askCode('13712340002', 'signup');
    expect(again).toEqual({ sent: true, expiresInSeconds: 300 });
    const res = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as('admin') }), 200);
    expect(res.items[0].text).toContain('该手机号已注册');
    expect(res.items[0].text).not.toMatch(/\d{6}/);
  });

  it('keeps the code when the password is too weak, so the careless user can try again', async () => {
    await askCode('13712340003', 'signup');
    const code = await lastCode('0003');
    const weak = await post('/api/v1/auth/signup', { phone: '13712340003', code, name: '王五', password: '123456' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    expectStatus(await post('/api/v1/auth/signup', { phone: '13712340003', code, name: '王五', password: PASSWORD }), 200);
  });
});

describe('one-time codes', () => {
  it('are single-use', async () => {
    await askCode('13712340011', 'signup');
    const code = await lastCode('0011');
    expectStatus(await post('/api/v1/auth/signup', { phone: '13712340011', code, name: '甲', password: PASSWORD }), 200);
    await askCode('13712340011', 'login');
    const login = await lastCode('0011');
    const signedIn = expectStatus(await post('/api/v1/auth/login/code', { phone: '13712340011', code: login }), 200);
    const before = statementTotals().statements;
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${signedIn.token}` } }), 200).name).toBe('甲');
    expect(statementTotals().statements - before).toBe(0);
    const replay = await post('/api/v1/auth/login/code', { phone: '13712340011', code: login });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'CODE_EXPIRED', message: '验证码已失效，请重新获取' });
  });

  it('expire after five minutes', async () => {
    await askCode('13712340012', 'signup');
    const code = await lastCode('0012');
    t.clock.advance(5 * 60_000 + 1000);
    const late = await post('/api/v1/auth/signup', { phone: '13712340012', code, name: '乙', password: PASSWORD });
    expect(late.json().code).toBe('CODE_EXPIRED');
  });

  it('die after five wrong guesses, even guessed in parallel, and then the right code no longer works', async () => {
    await askCode('13712340013', 'signup');
    const code = await lastCode('0013');
    const wrong = Array.from({ length: 30 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(wrong.map((c) => post('/api/v1/auth/signup', { phone: '13712340013', code: c, name: '丙', password: PASSWORD })));
    const told = answers.map((a) => a.json().code);
    expect(told.filter((c) => c === 'CODE_WRONG')).toHaveLength(4);
    expect(told.filter((c) => c === 'CODE_EXPIRED')).toHaveLength(26);
    expect(answers.find((a) => a.json().code === 'CODE_WRONG')!.json().message).toMatch(/^验证码错误，还可尝试 [1-4] 次$/);
    const right = await post('/api/v1/auth/signup', { phone: '13712340013', code, name: '丙', password: PASSWORD });
    expect(right.json().code).toBe('CODE_EXPIRED');
  });

  it('a new code replaces the earlier one', async () => {
    await askCode('13712340014', 'signup');
    const first = await lastCode('0014');
    await askCode('13712340014', 'signup');
    const second = await lastCode('0014');
    // the earlier code is a wrong guess at the new one
    if (first !== second) expect((await post('/api/v1/auth/signup', { phone: '13712340014', code: first, name: '丁', password: PASSWORD })).json().code).toBe('CODE_WRONG');
    expectStatus(await post('/api/v1/auth/signup', { phone: '13712340014', code: second, name: '丁', password: PASSWORD }), 200);
  });

  it('are limited per number, however many addresses ask', async () => {
    // the same number typed three ways
    for (const typed of ['13712340015', '137 1234 0015', '+86 137-1234-0015']) await askCode(typed, 'signup');
    const fourth = await post('/api/v1/auth/codes', { phone: '13712340015', purpose: 'signup' }, nextAddress());
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    // another number from the same kind of address is not affected
    await askCode('13712340016', 'signup');
  });

  it('are limited per address, whatever numbers it asks for', async () => {
    const address = nextAddress();
    for (let i = 0; i < 8; i++) await askCode(`1371234010${i}`, 'signup', address);
    const res = await post('/api/v1/auth/codes', { phone: '13712340109', purpose: 'signup' }, address);
    expect(res.statusCode).toBe(429);
  });

  it('for one purpose do not work for another', async () => {
    await signUp('13712340021');
    await askCode('13712340021', 'login');
    const code = await lastCode('0021');
    const reset = await post('/api/v1/auth/password/reset', { phone: '13712340021', code, password: 'Another#Pass1' });
    expect(reset.json().code).toBe('CODE_EXPIRED');
  });
});

describe('sign-in by code and password reset', () => {
  it('resets the password with a code: the old password and every old session stop working', async () => {
    const first = expectStatus(await signUp('13712340031', '赵六'), 200);
    const old = { authorization: `Bearer ${first.token}` };
    await askCode('13712340031', 'reset');
    const code = await lastCode('0031');
    expectStatus(await post('/api/v1/auth/password/reset', { phone: '13712340031', code, password: 'Zhaoliu@2027x' }), 200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: old })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: '13712340031', password: PASSWORD })).statusCode).toBe(401);
    expectStatus(await post('/api/v1/auth/login', { username: '13712340031', password: 'Zhaoliu@2027x' }), 200);
  });

  it('sends no code to a number without an account, and a guess there is refused like any other', async () => {
    await askCode('13712340032', 'login');
    const res = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as('admin') }), 200);
    expect(res.items.some((m: { phoneMasked: string }) => m.phoneMasked === '137****0032')).toBe(false);
    expect((await post('/api/v1/auth/login/code', { phone: '13712340032', code: '123456' })).json().code).toBe('CODE_EXPIRED');
  });

  it('signs the demo citizen in by the mobile number on the account', async () => {
    await askCode('13807461234', 'login');
    const code = await lastCode('1234');
    const body = expectStatus(await post('/api/v1/auth/login/code', { phone: '13807461234', code }), 200);
    expect(body.user.name).toBe('张三');
  });

  it('closes the development-messages page in production, and keeps codes out of the database there', async () => {
    t.config.production = true;
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as('admin') });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'DEVELOPMENT_MESSAGES_CLOSED', message: expect.stringContaining('生产模式下不提供开发短信页面') });
    } finally {
      t.config.production = false;
    }
    const before = await recentDevelopmentMessages(t.db, 200);
    await developmentChannel(t.db, pino({ level: 'silent' }), true).send({ phone: '13712340077', purpose: 'login', code: '123456', text: '验证码 123456', at: t.clock.now() });
    expect(await recentDevelopmentMessages(t.db, 200)).toHaveLength(before.length);
  });

  it('signs a new account up at the phone level, and an item needing a verified identity says how to get it', async () => {
    const phone = '13712340088';
    await askCode(phone, 'signup');
    const signed = expectStatus(await post('/api/v1/auth/signup', { phone, code: await lastCode('0088'), name: '孙八', password: PASSWORD }), 200);
    expect(signed.user).toMatchObject({ realNameLevel: 'phone', realNameLevelName: '手机号实名', idNumberMasked: null });
    const headers = { authorization: `Bearer ${signed.token as string}`, 'idempotency-key': randomUUID() };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers, payload: { itemCodes: ['XK00119001'], form: {}, attachments: [] } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('网上申请“食品经营许可”须达到“统一身份认证实名”实名等级，您的账号目前为“手机号实名”。请退出后点击登录页的“统一身份认证登录”完成实名认证，或携带身份证件到政务服务大厅综合窗口核验。');
  });

  it('shows development messages to administrators only', async () => {
    for (const who of ['zhangsan', 'jianguan', 'chuangkou']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as(who) });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages' })).statusCode).toBe(401);
  });

  it('never puts a code into any answer', async () => {
    const res = await post('/api/v1/auth/codes', { phone: '13712340041', purpose: 'signup' }, nextAddress());
    const code = await lastCode('0041');
    expect(res.body).not.toContain(code);
    const signed = await post('/api/v1/auth/signup', { phone: '13712340041', code, name: '钱七', password: PASSWORD });
    expect(signed.body).not.toContain(code);
    expect(signed.body).not.toContain(PASSWORD);
  });
});
