import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogDocument } from '../catalog/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, submissionBody } from '../../test/helpers/applications.js';

let t: TestApp;
const TRANSFER = 'QR00601001'; // 不动产转移登记（存量房买卖）
const MORTGAGE = 'QR00601002'; // 不动产抵押登记

const get = async (user: string | null, url: string, status = 200) => expectStatus<any>(await t.app.inject({ method: 'GET', url, headers: user ? await t.as(user) : {} }), status);
const demoItem = (code: string) => structuredClone(demoCatalogDocument().items!.find((i) => i.code === code)!);

/** A new version of a demo item with some of its guide changed, as the county's supervisor would publish it. */
async function publishVersion(code: string, change: Record<string, unknown>) {
  const sup = await t.as('jianguan');
  const payload = { ...demoItem(code), ...change };
  const [open] = await t.db.query<{ id: string }>("SELECT v.id FROM service_item_versions v WHERE v.code = $1 AND v.status = 'draft'", [code]);
  const draft = open
    ? expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${open.id}`, headers: sup, payload }), 200)
    : expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/items/${code}/drafts`, headers: sup, payload }), 201);
  return t.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${draft.versionId}/publish`, headers: sup, payload: {} });
}

/** Files an application for one item with a valid form (the item's own fields named after it). */
async function submit(user: string, code: string, fields: Record<string, unknown> = {}) {
  const body = await submissionBody(t, { user, itemCodes: [code] });
  const { enterpriseName: _n, legalRepresentative: _l, ...form } = body.form as Record<string, unknown>;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as(user)), 'idempotency-key': randomUUID() }, payload: { ...body, form: { ...form, ...fields } } });
  return expectStatus<{ id: string }>(res, 201);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

describe('the fee catalogue (收费目录清单)', () => {
  it('is public, each fee with its legal basis, standard and exemptions', async () => {
    const { fees } = await get(null, '/api/v1/public/fees');
    const registration = fees.find((f: { name: string }) => f.name === '不动产登记费（住宅）');
    expect(registration).toMatchObject({ rule: '每件 80.00 元', collector: '蓝山县不动产登记中心' });
    expect(registration.legalBasis).toContain('发改价格规〔2016〕2559号');
    expect(registration.exemptions[0]).toMatchObject({ name: '小微企业（含个体工商户）' });
    expect(registration.exemptions[0].basis).toContain('财税〔2016〕79号');
    expect(fees.find((f: { name: string }) => f.name === '不动产权属证书工本费').rule).toBe('每本 10.00 元（1 本以内免收）');
  });

  it('refuses to publish an item version charging a fee outside the catalogue (清单之外无收费), and nothing changes', async () => {
    const before = await get(null, `/api/v1/catalog/items/${TRANSFER}`);
    const res = await publishVersion(TRANSFER, { fees: [{ name: '房屋交易手续费', amount: 300, unit: '元/件', basis: '自定' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CATALOG_FEE_NOT_LISTED', message: '收费项目“房屋交易手续费”不在收费目录清单内，清单之外无收费。请先将其列入收费目录，或从办事指南中删除' });
    expect((await get(null, `/api/v1/catalog/items/${TRANSFER}`)).versionId).toBe(before.versionId);
    // a fee waived by law (amount 0) charges nothing and may stand in the guide
    expect((await publishVersion(TRANSFER, { fees: [...demoItem(TRANSFER).fees!, { name: '房屋交易手续费', amount: 0, unit: '元', basis: '免收' }] })).statusCode).toBe(200);
  });
});

describe('bills (缴费通知)', () => {
  it('raises the bill when the item is approved, shows 待缴费 to the applicant only, and holds the results until paid', async () => {
    const { id } = await submit('zhangsan', TRANSFER);
    await accept(t, id);
    expect((await get('zhangsan', '/api/v1/bills')).bills.filter((b: { applicationId: string }) => b.applicationId === id)).toEqual([]); // charged at the decision
    const app = await getApplication(t, id);
    await decide(t, caseOf(app, TRANSFER));
    const mine = await get('zhangsan', '/api/v1/bills');
    const bill = mine.bills.find((b: { applicationId: string }) => b.applicationId === id);
    expect(bill).toMatchObject({ status: 'unpaid', statusName: '待缴费', totalText: '80.00 元', itemName: '不动产转移登记（存量房买卖）', pointName: '准予决定后缴费', deliveryAfterPayment: true });
    expect(bill.lines.map((l: { name: string; dueText: string }) => [l.name, l.dueText])).toEqual([['不动产登记费（住宅）', '80.00 元']]);
    expect(mine.unpaidTotalText).toBe('80.00 元');
    await t.drain();
    const [message] = await t.db.query<{ title: string; body: string }>("SELECT title, body FROM messages WHERE source_key LIKE $1", [`bill:${bill.id}:%`]);
    expect(message).toMatchObject({ title: '待缴费' });
    expect(message!.body).toContain('不动产转移登记（存量房买卖）：应缴 80.00 元，请在“我的缴费”中网上缴纳或到窗口缴纳，缴费后出件');
    // nobody else sees it: another applicant, another county's clerk
    await get('xiangwei', `/api/v1/bills/${bill.id}`, 404);
    await get('xiangyin-chuangkou', `/api/v1/bills/${bill.id}`, 404);
    expect((await get('chuangkou', `/api/v1/bills/${bill.id}`)).number).toBe(bill.number);
    // 缴费后出件
    const held = await deliver(t, id);
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({ code: 'FEE_UNPAID_BEFORE_DELIVERY', message: '“不动产转移登记（存量房买卖）”的费用尚未缴纳，按办事指南须缴费后出件' });
  });

  it('raises the bill at acceptance where the item says so, waiving the fee of a small or micro enterprise with its basis', async () => {
    const { id } = await submit('xiangwei', MORTGAGE, { [`${MORTGAGE}.enterpriseScale`]: '小型' });
    await accept(t, id);
    const bill = (await get('xiangwei', '/api/v1/bills')).bills.find((b: { applicationId: string }) => b.applicationId === id);
    expect(bill).toMatchObject({ status: 'exempt', statusName: '已免缴', totalText: '0.00 元', pointName: '受理时缴费' });
    expect(bill.lines[0]).toMatchObject({ amountText: '80.00 元', dueText: '免收（小微企业（含个体工商户））' });
    expect(bill.lines[0].exemption.basis).toContain('财税〔2016〕79号');
    // nothing to pay: the results are not held back for it
    await decide(t, caseOf(await getApplication(t, id), MORTGAGE));
    expect((await get('xiangwei', `/api/v1/bills/${bill.id}`)).status).toBe('exempt');
  });

  it('cancels an unpaid bill raised at acceptance when the item is refused', async () => {
    const { id } = await submit('zhangsan', MORTGAGE);
    await accept(t, id);
    const bill = (await get('zhangsan', '/api/v1/bills')).bills.find((b: { applicationId: string }) => b.applicationId === id);
    expect(bill).toMatchObject({ status: 'unpaid', pointName: '受理时缴费', totalText: '80.00 元' });
    await decide(t, caseOf(await getApplication(t, id), MORTGAGE), 'deny', '抵押物已被查封，不予登记');
    const after = await get('zhangsan', `/api/v1/bills/${bill.id}`);
    expect(after).toMatchObject({ status: 'cancelled', statusName: '已撤销' });
    expect(after.closeReason).toContain('不予');
  });
});
