import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../core/index.js';
import { userByUsername } from './index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ITEMS, submissionBody, submit } from '../../test/helpers/applications.js';
import { ACR, signInThroughProvince, startProvinceIdp, type ProvinceIdp } from '../../test/helpers/province-idp.js';

let t: TestApp;
let idp: ProvinceIdp;
let base: string;
let uscc: string;
let zhangId: string;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  idp = await startProvinceIdp();
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  t.config.oidc = idp.register(`${base}/api/v1/auth/oidc/callback`);
  uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
  zhangId = (await userByUsername(t.db, 'zhangsan'))!.id_number!;
  idp.accounts.set('phone-citizen', { password: 'pw', acr: ACR.phone, claims: { name: '陈手机', id_number: makeIdNumber('431127', '19930303', '035') } });
  idp.accounts.set('verified-citizen', { password: 'pw', acr: ACR.provider, claims: { name: '王芳', id_number: makeIdNumber('431127', '19920415', '026') } });
  idp.accounts.set('phone-business', { password: 'pw', acr: ACR.phone, claims: { name: '周小店', id_number: makeIdNumber('431127', '19870707', '013'), uscc: makeUscc('92', '431127', 'MA4R3C5D'), org_name: '蓝山县周记小店', legal_representative: true } });
  idp.accounts.set('other-business', { password: 'pw', acr: ACR.provider, claims: { name: '刘面馆', id_number: makeIdNumber('431127', '19880808', '017'), uscc: makeUscc('91', '431127', 'MA4R9Y6K'), org_name: '蓝山县刘记面馆有限公司', legal_representative: true } });
  for (const login of ['phone-citizen', 'verified-citizen', 'phone-business', 'other-business']) headers[login] = await signInThroughProvince(base, login, 'pw');
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const grant = async (body: Record<string, unknown>, user = 'xiangwei') =>
  t.app.inject({ method: 'POST', url: '/api/v1/business/handlers', headers: await t.as(user), payload: { name: '张三', idNumber: zhangId, itemCodes: [ITEMS.food], validUntil: '2026-06-30', reason: '店长代办食品经营许可', ...body } });

async function fileFor(user: string, itemCodes: string[], h?: Record<string, string>) {
  const body = await submissionBody(t, { user: h ? 'xiangwei' : user, itemCodes });
  return t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(h ?? (await t.as(user))), 'idempotency-key': randomUUID() }, payload: { ...body, ...(h ? { attachments: [] } : {}), business: { uscc } } });
}

describe('经办人 authorisations of a business', () => {
  let handlerId: string;

  it('lets the verified legal representative authorise a person for named items until a day, recorded with why', async () => {
    const h = expectStatus(await grant({}), 201);
    handlerId = h.id;
    expect(h).toMatchObject({ name: '张三', itemCodes: [ITEMS.food], validUntil: '2026-06-30', status: 'live', statusName: '有效', orgName: '蓝山县湘味餐饮店' });
    expect(h.idNumberMasked).not.toBe(zhangId);
    const list = expectStatus(await t.app.inject({ url: '/api/v1/business/handlers', headers: await t.as('xiangwei') }), 200);
    expect(list).toMatchObject({ verified: true, items: [expect.objectContaining({ id: handlerId })] });
    expect(JSON.stringify(list)).not.toContain(zhangId);
    const history = expectStatus(await t.app.inject({ url: '/api/v1/business/handlers/history', headers: await t.as('xiangwei') }), 200);
    expect(history.items).toEqual([expect.objectContaining({ actionName: '授权经办人', name: '张三', reason: '店长代办食品经营许可' })]);
    expect(JSON.stringify(history)).not.toContain(zhangId);
  });

  it('lets the 经办人 see the business and file for it; the enterprise file says who filed what', async () => {
    const mine = expectStatus(await t.app.inject({ url: '/api/v1/business/handling-for', headers: await t.as('zhangsan') }), 200);
    expect(mine.items).toEqual([expect.objectContaining({ uscc, orgName: '蓝山县湘味餐饮店' })]);
    const filed = expectStatus(await fileFor('zhangsan', [ITEMS.food]), 201);
    const own = await submit(t, { user: 'xiangwei', itemCodes: [ITEMS.liquor] });
    const file = expectStatus(await t.app.inject({ url: '/api/v1/enterprises/mine', headers: await t.as('xiangwei') }), 200);
    expect(file.applications.find((a: { id: string }) => a.id === filed.id)).toMatchObject({ filedBy: { name: '张三', role: '经办人' }, applicantName: '蓝山县湘味餐饮店' });
    expect(file.applications.find((a: { id: string }) => a.id === own.id)).toMatchObject({ filedBy: { name: '李湘味', role: '法定代表人' } });
    const list = expectStatus(await t.app.inject({ url: '/api/v1/enterprises/mine/applications', headers: await t.as('xiangwei') }), 200);
    expect(list.applications.find((a: { id: string }) => a.id === filed.id)).toMatchObject({ filedBy: { name: '张三', role: '经办人' } });
    expect((await t.app.inject({ url: '/api/v1/enterprises/mine/applications', headers: await t.as('zhangsan') })).statusCode).toBe(403);
    // the business sees the application as its own, and so does the one who filed it
    for (const user of ['xiangwei', 'zhangsan']) expectStatus(await t.app.inject({ url: `/api/v1/applications/${filed.id}`, headers: await t.as(user) }), 200);
  });

  it('refuses an item outside the authorisation, naming it', async () => {
    const res = await fileFor('zhangsan', [ITEMS.liquor]);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'HANDLER_OUT_OF_SCOPE', message: expect.stringContaining('酒类零售经营备案') });
  });

  it('refuses a verified person the business never authorised, and a person known only by a phone', async () => {
    const stranger = await fileFor('', [ITEMS.food], headers['verified-citizen']);
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json()).toMatchObject({ code: 'HANDLER_NOT_AUTHORISED', message: expect.stringContaining('法定代表人') });
    const phone = await fileFor('', [ITEMS.food], headers['phone-citizen']);
    expect(phone.statusCode).toBe(403);
    expect(phone.json().code).toBe('HANDLER_NOT_VERIFIED');
  });

  it('lets only the legal representative of this business revoke, once, and the 经办人 can no longer file', async () => {
    const other = await t.app.inject({ method: 'POST', url: `/api/v1/business/handlers/${handlerId}/revoke`, headers: headers['other-business'], payload: { reason: '不是我们的' } });
    expect(other.statusCode).toBe(404);
    const byCitizen = await t.app.inject({ method: 'POST', url: `/api/v1/business/handlers/${handlerId}/revoke`, headers: await t.as('zhangsan'), payload: { reason: '自己撤销' } });
    expect(byCitizen.statusCode).toBe(403);
    const revoked = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/business/handlers/${handlerId}/revoke`, headers: await t.as('xiangwei'), payload: { reason: '店长离职' } }), 200);
    expect(revoked).toMatchObject({ status: 'revoked', statusName: '已撤销', revokeReason: '店长离职' });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/business/handlers/${handlerId}/revoke`, headers: await t.as('xiangwei'), payload: { reason: '再撤一次' } })).statusCode).toBe(409);
    const res = await fileFor('zhangsan', [ITEMS.food]);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('HANDLER_NOT_AUTHORISED');
  });

  it('ends an authorisation after its last day', async () => {
    expectStatus(await grant({ itemCodes: null, validUntil: '2026-03-03' }), 201);
    expectStatus(await fileFor('zhangsan', [ITEMS.liquor]), 201);
    t.clock.set('2026-03-04T09:00:00+08:00');
    try {
      const res = await fileFor('zhangsan', [ITEMS.liquor]);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('HANDLER_NOT_AUTHORISED');
      const list = expectStatus(await t.app.inject({ url: '/api/v1/business/handlers', headers: await t.as('xiangwei') }), 200);
      expect(list.items.map((h: { statusName: string }) => h.statusName).sort()).toEqual(['已到期', '已撤销']);
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('refuses end dates in the past or more than three years ahead, and the representative naming themselves', async () => {
    expect((await grant({ validUntil: '2026-03-01' })).json()).toMatchObject({ code: 'HANDLER_VALID_UNTIL_INVALID', message: expect.stringContaining('2029-03-02') });
    expect((await grant({ validUntil: '2029-03-03' })).statusCode).toBe(400);
    const self = (await userByUsername(t.db, 'xiangwei'))!;
    expect((await grant({ name: '李湘味', idNumber: self.id_number })).json().code).toBe('HANDLER_IS_LEGAL_REPRESENTATIVE');
  });

  it('lets no business known only by a phone authorise anyone, and no citizen open the page', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/business/handlers', headers: headers['phone-business'], payload: { name: '张三', idNumber: zhangId, itemCodes: null, validUntil: '2026-06-30' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'BUSINESS_NOT_VERIFIED', message: expect.stringContaining('统一身份认证') });
    expect((await t.app.inject({ url: '/api/v1/business/handlers', headers: await t.as('zhangsan') })).statusCode).toBe(403);
  });
});

describe('real-name level of items', () => {
  it('refuses an item that needs an identity-verified account to one verified by phone, saying what to do', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/applications', headers: { ...headers['phone-citizen'], 'idempotency-key': randomUUID() },
      payload: { itemCodes: [ITEMS.food], form: {}, attachments: [] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'REAL_NAME_LEVEL_TOO_LOW' });
    expect(res.json().message).toMatch(/食品经营许可.*统一身份认证实名.*手机号实名.*统一身份认证登录.*窗口/);
    const en = await t.app.inject({
      method: 'POST', url: '/api/v1/applications?lang=en', headers: { ...headers['phone-citizen'], 'idempotency-key': randomUUID() },
      payload: { itemCodes: [ITEMS.food], form: {}, attachments: [] },
    });
    expect(en.json().message).toContain('phone-verified');
  });

  it('lets the same account save a draft but not submit it', async () => {
    const draft = expectStatus(await t.app.inject({
      method: 'POST', url: '/api/v1/applications', headers: { ...headers['phone-citizen'], 'idempotency-key': randomUUID() },
      payload: { itemCodes: [ITEMS.food], form: {}, attachments: [], draft: true },
    }), 201);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, headers: headers['phone-citizen'], payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('REAL_NAME_LEVEL_TOO_LOW');
  });
});
