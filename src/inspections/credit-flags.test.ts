import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { demoAccounts } from '../identity/index.js';
import { activeCreditFlag } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const xiangwei = demoAccounts.find((a) => a.username === 'xiangwei')!;
const zhangsan = demoAccounts.find((a) => a.username === 'zhangsan')!;

async function raise(body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers: await t.as('jianguan'), payload: body });
}

describe('activeCreditFlag', () => {
  it('reports a business flagged by a supervisor, with the reason and the last day it stands', async () => {
    expect(await activeCreditFlag(t.db, { uscc: xiangwei.uscc!, at: t.clock.now() })).toBeNull();
    const flag = expectStatus(await raise({ uscc: xiangwei.uscc, subjectName: xiangwei.orgName, reason: '提供虚假承诺材料', endsOn: '2026-09-30' }), 200);
    expect(flag).toMatchObject({ standing: true, endsOn: '2026-09-30', source: 'manual' });
    const standing = await activeCreditFlag(t.db, { uscc: xiangwei.uscc!, at: t.clock.now() });
    expect(standing).toMatchObject({ id: flag.id, reason: '提供虚假承诺材料', endsOn: '2026-09-30', subjectName: '蓝山县湘味餐饮店' });
    // lower-case input still finds it
    expect(await activeCreditFlag(t.db, { uscc: xiangwei.uscc!.toLowerCase(), at: t.clock.now() })).not.toBeNull();
  });

  it('no longer reports the flag after its end date', async () => {
    expect(await activeCreditFlag(t.db, { uscc: xiangwei.uscc!, at: new Date('2026-09-30T23:59:00+08:00') })).not.toBeNull();
    expect(await activeCreditFlag(t.db, { uscc: xiangwei.uscc!, at: new Date('2026-10-01T00:00:00+08:00') })).toBeNull();
  });

  it('reports a person flagged by ID number, and nobody when neither number is given', async () => {
    expectStatus(await raise({ idNumber: zhangsan.idNumber, subjectName: '张三', reason: '承诺期满未补齐材料' }), 200);
    expect(await activeCreditFlag(t.db, { idNumber: zhangsan.idNumber!, at: t.clock.now() })).toMatchObject({ reason: '承诺期满未补齐材料' });
    expect(await activeCreditFlag(t.db, { at: t.clock.now() })).toBeNull();
  });
});

describe('raising a credit flag', () => {
  it('refuses a USCC with a wrong check character, in Chinese, and stores nothing', async () => {
    const bad = xiangwei.uscc!.slice(0, 16) + (xiangwei.uscc![16] === '1' ? '2' : '1') + xiangwei.uscc![17];
    const res = await raise({ uscc: bad, subjectName: 'x', reason: '测试事由' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_USCC');
    const list = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/credit-flags?uscc=${bad}`, headers: await t.as('jianguan') }), 200);
    expect(list.items).toEqual([]);
  });

  it('is reserved to supervisors', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers: await t.as('chuangkou'), payload: { uscc: xiangwei.uscc, subjectName: 'x', reason: '测试事由' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('appealing a credit flag', () => {
  it('lets the business appeal once and a supervisor revoke the flag, which then stops standing', async () => {
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/credit-flags/mine', headers: await t.as('xiangwei') }), 200);
    const flag = mine.items.find((f: { standing: boolean }) => f.standing);
    expect(flag.reason).toBe('提供虚假承诺材料');

    const other = await t.app.inject({ method: 'POST', url: `/api/v1/credit-flags/${flag.id}/appeals`, headers: await t.as('zhangsan'), payload: { statement: '这不是我的企业' } });
    expect(other.statusCode).toBe(403);

    const appeal = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/credit-flags/${flag.id}/appeals`, headers: await t.as('xiangwei'), payload: { statement: '材料已于次日补正，系系统登记错误' } }), 200);
    const twice = await t.app.inject({ method: 'POST', url: `/api/v1/credit-flags/${flag.id}/appeals`, headers: await t.as('xiangwei'), payload: { statement: '再次申诉，请尽快处理' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('CREDIT_FLAG_APPEAL_OPEN');

    const pending = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/credit-flag-appeals', headers: await t.as('jianguan') }), 200);
    expect(pending.items.map((a: { id: string }) => a.id)).toContain(appeal.id);

    const decided = expectStatus(
      await t.app.inject({ method: 'POST', url: `/api/v1/credit-flag-appeals/${appeal.id}/decision`, headers: await t.as('jianguan'), payload: { decision: 'revoked', note: '经核实补正材料齐全' } }),
      200,
    );
    expect(decided.decision).toBe('revoked');
    expect(await activeCreditFlag(t.db, { uscc: xiangwei.uscc!, at: t.clock.now() })).toBeNull();
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/credit-flag-appeals/${appeal.id}/decision`, headers: await t.as('jianguan'), payload: { decision: 'upheld', note: '重复处理' } });
    expect(again.json().code).toBe('CREDIT_FLAG_APPEAL_DECIDED');
  });

  it('shows the public a business flag but never a person', async () => {
    expectStatus(await raise({ uscc: xiangwei.uscc, subjectName: xiangwei.orgName, reason: '抽查发现严重问题' }), 200);
    const pub = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/public/credit-flags?uscc=${xiangwei.uscc}` }), 200);
    expect(pub.items).toHaveLength(1);
    expect(pub.items[0]).toMatchObject({ reason: '抽查发现严重问题', idNumber: null });
  });
});
