import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainEntries, verifyAudit } from '../audit/index.js';
import { userByUsername } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { licenceStatus } from './index.js';

let t: TestApp;
let uscc: string;
beforeAll(async () => {
  t = await createTestApp();
  uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
});
afterAll(() => t.close());

const post = async (url: string, payload: unknown, user = 'scjg-shenhe') => t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.as(user) });
const messages = async (user: string) => expectStatus(await t.app.inject({ url: '/api/v1/messages', headers: await t.as(user) }), 200).items as Array<{ title: string; body: string }>;

/** A food permit issued on paper before the platform, registered by the market regulator's administrator (one per shop). */
let shops = 0;
async function issueFoodPermit() {
  shops += 1;
  return expectStatus(
    await post(
      '/api/v1/licences',
      { type: 'food-business-permit', holderId: uscc, holderName: '蓝山县湘味餐饮店', reason: '纸质证照，按原证登记', data: { name: '蓝山县湘味餐饮店', businessItems: '热食类食品制售', address: `蓝山县塔峰镇舜峰路${shops}号` } },
      'scjg-guanli',
    ),
    200,
  );
}

describe('licence lifecycle', () => {
  it('tells the holder when a licence is issued, suspended, reinstated and revoked, and audits every step', async () => {
    const l = await issueFoodPermit();
    expect(l).toMatchObject({ typeName: '食品经营许可证', issuerName: '蓝山县市场监督管理局', validUntil: '2031-03-01', status: 'valid' });
    expectStatus(await post(`/api/v1/licences/${l.id}/suspend`, { reason: '食品安全检查不合格，限期整改' }), 200);
    expect((await post(`/api/v1/licences/${l.id}/suspend`, { reason: '再次暂停' })).json().code).toBe('LICENCE_ALREADY_SUSPENDED');
    expectStatus(await post(`/api/v1/licences/${l.id}/reinstate`, { reason: '整改合格' }), 200);
    expectStatus(await post(`/api/v1/licences/${l.id}/revoke`, { reason: '擅自改变经营项目' }), 200);
    expect((await post(`/api/v1/licences/${l.id}/change`, { data: { businessItems: '热食类食品制售；冷食类食品制售' }, reason: '增加经营项目' })).json().code).toBe('LICENCE_REVOKED');

    await t.drain();
    const titles = (await messages('xiangwei')).map((m) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['食品经营许可证已签发', '食品经营许可证已被暂停', '食品经营许可证已恢复', '食品经营许可证已被撤销']));
    const actions = (await chainEntries(t.db, `licence:${l.id}`)).map((e) => e.action);
    expect(actions).toEqual(['register', 'suspend', 'reinstate', 'revoke']);
    expect((await verifyAudit(t.db, t.config)).ok).toBe(true);
  });

  it('renews into a new version with a later end, and expires it when the day passes', async () => {
    const l = await issueFoodPermit();
    const renewed = expectStatus(await post(`/api/v1/licences/${l.id}/renew`, {}), 200);
    expect(renewed).toMatchObject({ version: 2, validUntil: '2036-03-01' });
    expect(renewed.identifier.split('.').at(-2)).toBe('002');

    // Background work runs at a later time; requests are made today (sessions would have expired by then).
    const drainAt = async (at: string) => {
      t.clock.set(at);
      await t.drain();
      t.clock.set('2026-03-02T09:00:00+08:00');
    };
    // The first end date passes: the renewed licence stays valid, nobody is told it expired.
    await drainAt('2031-03-02T09:00:00+08:00');
    expect((await messages('xiangwei')).some((m) => m.title.includes('已过期'))).toBe(false);
    // The renewed end date passes: the holder is told, and the licence reads expired.
    await drainAt('2036-03-02T09:00:00+08:00');
    expect((await messages('xiangwei')).some((m) => m.title === '食品经营许可证已过期' && m.body.includes('2036-03-01'))).toBe(true);
    expect((await licenceStatus(t.db, l.id, new Date('2036-03-02T09:00:00+08:00')))!.status).toBe('expired');
    expect((await licenceStatus(t.db, l.id, new Date('2036-03-01T23:59:00+08:00')))!.status).toBe('valid');
    expect((await chainEntries(t.db, `licence:${l.id}`)).map((e) => e.action)).toEqual(['register', 'renew', 'expire']);
  });

  it('lets only the issuing department manage a licence', async () => {
    const l = await issueFoodPermit();
    expect((await post(`/api/v1/licences/${l.id}/suspend`, { reason: '越权操作' }, 'wjj-shenhe')).statusCode).toBe(403);
    expect((await post(`/api/v1/licences/${l.id}/suspend`, { reason: '越权操作' }, 'xiangwei')).statusCode).toBe(403);
    expect((await post(`/api/v1/licences/${l.id}/suspend`, { reason: '' })).statusCode).toBe(400);
    expect(expectStatus(await t.app.inject({ url: `/api/v1/licences/${l.id}/status`, headers: await t.as('xiangwei') }), 200).status).toBe('valid');
  });
});
