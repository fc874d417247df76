import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getApplication, ITEMS, submissionBody, uploadPdf } from '../../test/helpers/applications.js';
import { makeIdNumber } from '../core/index.js';

/** 帮代办 with consent: a principal authorises an agent online, and revokes; filings rely on a live authorisation. */
let t: TestApp;
let xiaoli: Record<string, string>;
let xiaowang: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  xiaoli = await signUpCitizen('13712345001', '李小丽');
  xiaowang = await signUpCitizen('13712345002', '王小旺');
});
afterAll(() => t.close());

/** A citizen signs up with a code from the development channel, as anyone would. */
async function signUpCitizen(phone: string, name: string) {
  expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { phone, purpose: 'signup' } }), 200);
  const messages = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/admin/development-messages', headers: await t.as('admin') }), 200);
  const code = /验证码 (\d{6})/.exec(messages.items[0].text)![1];
  const res = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { phone, code, name, password: 'Daiban#2026x' } }), 200);
  return { authorization: `Bearer ${res.token as string}` };
}

const headersOf = async (who: string | Record<string, string>) => (typeof who === 'string' ? t.as(who) : who);
async function grant(principal: string | Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/authorisations', headers: await headersOf(principal), payload });
}
async function file(agent: string | Record<string, string>, agentUser: string, authorisationId: string, itemCodes: string[] = [ITEMS.food]) {
  const body = await submissionBody(t, { user: agentUser, itemCodes, extra: { authorisationId } });
  return t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await headersOf(agent)), 'idempotency-key': randomUUID() }, payload: body });
}
const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications'))[0]!.n;

describe('authorising an agent online', () => {
  it('lets the staff agent file for the business within the grant; the business sees the filing and who made it', async () => {
    const a = expectStatus(await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validUntil: '2026-03-31' }), 201);
    expect(a).toMatchObject({ agentName: '赵帮办', agentKindName: '帮代办员', stateName: '有效', validFrom: '2026-03-02', scope: [{ kind: 'item', code: ITEMS.food }] });
    const filed = expectStatus(await file('daiban', 'daiban', a.id), 201);
    const app = await getApplication(t, filed.id, 'xiangwei');
    expect(app.channel).toBe('agent');
    expect(app.applicant.orgName).toBe('蓝山县湘味餐饮店');
    expect(app.authorisation).toMatchObject({ authorisationId: a.id, validUntil: '2026-03-31' });
    const filings = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/authorisations/filings', headers: await t.as('xiangwei') }), 200);
    expect(filings.items).toContainEqual(expect.objectContaining({ id: filed.id, agentName: '赵帮办', authorisationId: a.id, statusName: '已提交，待受理' }));
    const received = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/authorisations', headers: await t.as('daiban') }), 200);
    expect(received.items).toContainEqual(expect.objectContaining({ id: a.id, role: 'agent', principalName: '李湘味（蓝山县湘味餐饮店）' }));
  });

  it('refuses the agent once the principal has revoked, and files nothing', async () => {
    const a = expectStatus(await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validUntil: '2026-03-31' }), 201);
    // only the principal may revoke: to anyone else the grant does not exist
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/authorisations/${a.id}/revoke`, headers: await t.as('daiban') })).statusCode).toBe(404);
    const revoked = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/authorisations/${a.id}/revoke`, headers: await t.as('xiangwei') }), 200);
    expect(revoked.stateName).toBe('已撤销');
    const before = await count();
    const res = await file('daiban', 'daiban', a.id);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'AUTHORISATION_REVOKED', message: '申请人已撤销该授权，不能再代为申请' });
    expect(await count()).toBe(before);
  });

  it('refuses an item the grant does not name', async () => {
    const a = expectStatus(await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validUntil: '2026-03-31' }), 201);
    const res = await file('daiban', 'daiban', a.id, [ITEMS.fireSafety]);
    expect(res.json()).toMatchObject({ code: 'AUTHORISATION_OUT_OF_SCOPE', message: `该授权不包括“${ITEMS.fireSafety}”` });
  });

  it('lets one citizen file for another, and no third person can use that grant', async () => {
    const a = expectStatus(await grant('xiangwei', { agent: '137 1234 5001', itemCodes: [ITEMS.food], validUntil: '2026-04-30' }), 201);
    expect(a).toMatchObject({ agentName: '李小丽', agentKindName: '个人' });
    // another citizen, and the staff agent, are told the grant does not exist
    for (const [who, uploader] of [[xiaowang, 'xiaowang'], ['daiban', 'daiban']] as const) {
      const res = await fileAs(who, uploader, a.id);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('AUTHORISATION_NOT_FOUND');
    }
    const filed = expectStatus(await fileAs(xiaoli, 'xiaoli', a.id), 201);
    const filings = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/authorisations/filings', headers: await t.as('xiangwei') }), 200);
    expect(filings.items).toContainEqual(expect.objectContaining({ id: filed.id, agentName: '李小丽' }));
  });

  it('refuses a grant that has run out, and one not yet begun', async () => {
    const later = expectStatus(await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validFrom: '2026-03-04', validUntil: '2026-03-05' }), 201);
    expect(later.stateName).toBe('未开始');
    expect((await file('daiban', 'daiban', later.id)).json().code).toBe('AUTHORISATION_OUT_OF_PERIOD');
    t.clock.set('2026-03-06T09:00:00+08:00');
    try {
      const res = await file('daiban', 'daiban', later.id);
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('该授权的有效期为 2026-03-04 至 2026-03-05，今天不在期内');
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('grants only to an agent or a registered citizen, for at most a year, and only by applicants', async () => {
    for (const agent of ['chuangkou', 'xiangwei', 'nobody-here', '13700000000']) {
      const res = await grant('xiangwei', { agent, itemCodes: [ITEMS.food], validUntil: '2026-03-31' });
      expect(res.statusCode, agent).toBe(400);
      expect(res.json().code).toBe('AGENT_NOT_ELIGIBLE');
    }
    expect((await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validUntil: '2027-03-03' })).json().code).toBe('AUTHORISATION_PERIOD_INVALID');
    expect((await grant('xiangwei', { agent: 'daiban', itemCodes: [ITEMS.food], validFrom: '2026-03-01', validUntil: '2026-03-31' })).json().code).toBe('AUTHORISATION_PERIOD_INVALID');
    expect((await grant('xiangwei', { agent: 'daiban', itemCodes: ['XK99999999'], validUntil: '2026-03-31' })).statusCode).toBe(404);
    expect((await grant('daiban', { agent: 'zhangsan', itemCodes: [ITEMS.food], validUntil: '2026-03-31' })).statusCode).toBe(403);
  });
});

/** Uploads as a signed-up citizen need their headers: submissionBody signs demo accounts in by name. */
async function fileAs(who: string | Record<string, string>, label: string, authorisationId: string) {
  if (typeof who === 'string') return file(who, who, authorisationId);
  const body = await submissionBody({ ...t, as: async () => who }, { user: label, itemCodes: [ITEMS.food], extra: { authorisationId } });
  return t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...who, 'idempotency-key': randomUUID() }, payload: body });
}

describe('the real-name level of an item filed by an agent', () => {
  it('is the principal’s: an agent cannot file an item needing a verified identity for a principal who never had one', async () => {
    // 李小丽 signed up with her phone only; 食品经营许可 needs an identity verified by the identity platform
    const a = expectStatus(await grant(xiaoli, { agent: 'daiban', itemCodes: [ITEMS.food], validUntil: '2026-03-31' }), 201);
    const before = await count();
    const res = await file('daiban', 'daiban', a.id);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'REAL_NAME_LEVEL_TOO_LOW', message: expect.stringContaining('申请人（委托人）的账号目前为“手机号实名”') });
    expect(res.json().message).toContain('统一身份认证');
    expect(await count()).toBe(before);
  });

  it('holds for a staff agent filing on a paper authorisation letter too, and lets a verified principal through', async () => {
    const paper = async (applicant: Record<string, unknown>) => {
      const body = await submissionBody(t, { user: 'daiban', itemCodes: [ITEMS.food] });
      const letterUploadId = await uploadPdf(t, 'daiban', '授权委托书');
      return t.app.inject({
        method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('daiban')), 'idempotency-key': randomUUID() },
        payload: { ...body, applicant, authorisation: { letterUploadId, scope: '代为申请食品经营许可', validUntil: '2026-06-30' } },
      });
    };
    // a person with no account, or with a phone-only one: the platform knows of no identity check
    const unknown = await paper({ kind: 'citizen', name: '周某', idNumber: makeIdNumber('431127', '19800101', '013') });
    expect(unknown.statusCode).toBe(403);
    expect(unknown.json().message).toContain('申请人（委托人）的账号目前为“未实名认证”');
    const phoneOnly = await paper({ kind: 'citizen', name: '李小丽', username: '13712345001' });
    expect(phoneOnly.json().code).toBe('REAL_NAME_LEVEL_TOO_LOW');
    // 李湘味's business was verified at the counter
    expectStatus(await paper({ kind: 'business', name: '李湘味', username: 'xiangwei' }), 201);
  });
});
