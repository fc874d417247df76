import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { scheduleDailyReconciliations } from './index.js';
import { accept, caseOf, decide, deliver, getApplication, submissionBody } from '../../test/helpers/applications.js';
import { pdfText } from '../../test/helpers/pdf.js';
import { startPaySandbox, type RunningSandbox } from './index.js';

/**
 * Payment against the sandbox payment platform running as its own process, over HTTP both ways: the platform's
 * notifications reach this app listening on a port, as they would in production.
 */
let t: TestApp;
let sandbox: RunningSandbox;
let base: string;
const TRANSFER = 'QR00601001'; // charged after approval; results wait for payment
const MORTGAGE = 'QR00601002'; // charged at acceptance

const send = async (method: 'GET' | 'POST', user: string | null, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: user ? await t.as(user) : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
const get = async (user: string | null, url: string, status = 200) => expectStatus<any>(await send('GET', user, url), status);
const post = async (user: string | null, url: string, payload: unknown, status = 200) => expectStatus<any>(await send('POST', user, url, payload), status);
const control = async (path: string, body: unknown = {}) => (await fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;
const logged = async (orderNo: string) => (await t.db.query<{ outcome: string }>('SELECT outcome FROM payment_notifications WHERE order_no = $1 ORDER BY seq', [orderNo])).map((r) => r.outcome);

async function submit(user: string, code: string) {
  const body = await submissionBody(t, { user, itemCodes: [code] });
  const { enterpriseName: _n, legalRepresentative: _l, ...form } = body.form as Record<string, unknown>;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as(user)), 'idempotency-key': randomUUID() }, payload: { ...body, form } });
  return expectStatus<{ id: string }>(res, 201).id;
}

/** An approved 不动产转移登记 of 张三 with its 80-yuan bill unpaid. */
async function unpaidBill(): Promise<{ applicationId: string; billId: string }> {
  const id = await submit('zhangsan', TRANSFER);
  await accept(t, id);
  await decide(t, caseOf(await getApplication(t, id), TRANSFER));
  const bill = (await get('zhangsan', '/api/v1/bills')).bills.find((b: { applicationId: string }) => b.applicationId === id);
  return { applicationId: id, billId: bill.id };
}

beforeAll(async () => {
  sandbox = await startPaySandbox();
  t = await createTestApp({ now: '2026-03-02T10:00:00+08:00', config: { payment: sandbox.config } });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  t.config.publicUrl = base;
});
afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

describe('paying a bill online through the payment platform', () => {
  let paid: { applicationId: string; billId: string; orderNo: string };

  it('lets only the applicant open the payment, and the platform’s notification arrives before the browser returns', async () => {
    const { applicationId, billId } = await unpaidBill();
    await post('xiangwei', `/api/v1/bills/${billId}/pay`, {}, 404);
    await post('xiangyin-chuangkou', `/api/v1/bills/${billId}/pay`, {}, 404);
    expect((await post('chuangkou', `/api/v1/bills/${billId}/pay`, {}, 403)).code).toBe('FORBIDDEN');
    const order = await post('zhangsan', `/api/v1/bills/${billId}/pay`, {});
    expect(order.payUrl.startsWith(sandbox.url)).toBe(true);
    expect(order.qrSvg).toContain('<svg');
    expect(order.sandbox).toBe(true);
    // the same open order is offered again, not a second one
    expect((await post('zhangsan', `/api/v1/bills/${billId}/pay`, {})).orderNo).toBe(order.orderNo);

    // the citizen confirms on the platform's page: it notifies us, then sends the browser back
    const page = await (await fetch(order.payUrl)).text();
    expect(page).toContain('80.00 元');
    expect(page).toContain('确认支付');
    const confirmed = await fetch(`${order.payUrl}/confirm`, { method: 'POST', redirect: 'manual' });
    expect(confirmed.status).toBe(303);
    expect(await logged(order.orderNo)).toEqual(['accepted']);
    expect((await get('zhangsan', `/api/v1/bills/${billId}`)).status).toBe('paid');
    const back = await fetch(confirmed.headers.get('location')!, { redirect: 'manual' });
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe(`/portal/bills?bill=${billId}`);

    const bill = await get('zhangsan', `/api/v1/bills/${billId}`);
    expect(bill).toMatchObject({ status: 'paid', statusName: '已缴费' });
    expect(bill.receiptId).toBeTruthy();
    // paid: the results may be handed over now
    expect((await deliver(t, applicationId)).statusCode).toBe(200);
    paid = { applicationId, billId, orderNo: order.orderNo };
  });

  it('ignores a repeated notification and a forged one, logging both, and changes nothing', async () => {
    const again = await control(`/sandbox/orders/${paid.orderNo}/notify`);
    expect(again.notified).toBe(200); // answered SUCCESS so that the platform stops
    const forged = await control(`/sandbox/orders/${paid.orderNo}/forge`, { amount: 1 });
    expect(forged.notified).toBeNull();
    const bare = await send('POST', null, '/api/v1/payments/notify', { orderNo: paid.orderNo, amount: 8000, status: 'PAID', merchantId: sandbox.config.merchantId, tradeNo: 'T1', paidAt: '2026-03-02T02:00:00.000Z', sign: '00'.repeat(64) });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().message).toBe('签名验证失败，通知已记录并忽略');
    expect(await logged(paid.orderNo)).toEqual(['accepted', 'duplicate', 'forged', 'forged']);
    expect(await t.db.query('SELECT 1 FROM payment_receipts WHERE bill_id = $1', [paid.billId])).toHaveLength(1);
    expect(await t.db.query("SELECT 1 FROM payment_orders WHERE bill_id = $1 AND status = 'paid'", [paid.billId])).toHaveLength(1);
  });

  it('settles by asking the platform when the browser returns before any notification', async () => {
    const { billId } = await unpaidBill();
    const order = await post('zhangsan', `/api/v1/bills/${billId}/pay`, {});
    await control(`/sandbox/orders/${order.orderNo}/pay`, { notify: false });
    expect((await get('zhangsan', `/api/v1/bills/${billId}`)).status).toBe('unpaid');
    const back = await fetch(`${base}/api/v1/payments/return?orderNo=${order.orderNo}`, { redirect: 'manual' });
    expect(back.status).toBe(302);
    expect((await get('zhangsan', `/api/v1/bills/${billId}`)).status).toBe('paid');
    // the notification that comes afterwards is a duplicate
    await control(`/sandbox/orders/${order.orderNo}/notify`);
    expect(await logged(order.orderNo)).toEqual(['duplicate']);
  });

  it('issues a 非税收入 electronic receipt as a PDF with real Chinese text, to the payer and the region’s clerk only', async () => {
    const res = await send('GET', 'zhangsan', `/api/v1/bills/${paid.billId}/receipt.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\s+/g, '');
    for (const s of ['湖南省非税收入一般缴款书（电子）', '张三', '不动产登记费（住宅）', '捌拾元整', '蓝山县不动产登记中心', '发改价格规〔2016〕2559号']) expect(text).toContain(s);
    expect((await send('GET', 'chuangkou', `/api/v1/bills/${paid.billId}/receipt.pdf`)).statusCode).toBe(200);
    expect((await send('GET', 'xiangwei', `/api/v1/bills/${paid.billId}/receipt.pdf`)).statusCode).toBe(404);
    expect((await send('GET', 'xiangyin-chuangkou', `/api/v1/bills/${paid.billId}/receipt.pdf`)).statusCode).toBe(404);
  });
});

describe('the counter, refunds and reconciliation', () => {
  it('records cash taken at the window by a clerk of the region, and nobody else', async () => {
    const { billId } = await unpaidBill();
    expect((await post('xiangyin-chuangkou', `/api/v1/bills/${billId}/counter-payment`, { method: 'cash' }, 404)).code).toBe('FEE_BILL_NOT_FOUND');
    await post('zhangsan', `/api/v1/bills/${billId}/counter-payment`, { method: 'cash' }, 403);
    expect((await post('chuangkou', `/api/v1/bills/${billId}/counter-payment`, { method: 'bitcoin' }, 400)).message).toMatch(/[\u4e00-\u9fa5]/);
    const bill = await post('chuangkou', `/api/v1/bills/${billId}/counter-payment`, { method: 'pos', reference: 'POS20260302001' });
    expect(bill).toMatchObject({ status: 'paid' });
    expect(bill.receiptId).toBeTruthy();
    const twice = await post('chuangkou', `/api/v1/bills/${billId}/counter-payment`, { method: 'cash' }, 409);
    expect(twice.message).toBe('该缴费通知已缴费，无需缴费');
    expect(pdfText((await send('GET', 'zhangsan', `/api/v1/bills/${billId}/receipt.pdf`)).rawPayload)).toContain('窗口 POS 刷卡缴费');
  });

  it('refunds a fee paid at acceptance through the platform when the item is refused', async () => {
    const id = await submit('zhangsan', MORTGAGE);
    await accept(t, id);
    const bill = (await get('zhangsan', '/api/v1/bills')).bills.find((b: { applicationId: string }) => b.applicationId === id);
    const order = await post('zhangsan', `/api/v1/bills/${bill.id}/pay`, {});
    await control(`/sandbox/orders/${order.orderNo}/pay`);
    expect((await get('zhangsan', `/api/v1/bills/${bill.id}`)).status).toBe('paid');
    await decide(t, caseOf(await getApplication(t, id), MORTGAGE), 'deny', '抵押物已被查封，不予登记');
    expect((await get('zhangsan', `/api/v1/bills/${bill.id}`))).toMatchObject({ status: 'refunding', statusName: '退费中' });
    await t.drain();
    expect((await get('zhangsan', `/api/v1/bills/${bill.id}`))).toMatchObject({ status: 'refunded', statusName: '已退费' });
    const [refund] = await t.db.query<{ status: string; amount_fen: number }>('SELECT status, amount_fen FROM payment_refunds WHERE bill_id = $1', [bill.id]);
    expect(refund).toMatchObject({ status: 'done', amount_fen: 8000 });
  });

  it('finds a difference planted in the platform’s statement and lists it for the supervisor only', async () => {
    await control('/sandbox/statement-lines', { orderNo: 'JF20260302UNKNOWN01', tradeNo: 'T20260302PLANTED', kind: 'pay', amount: 2000, at: '2026-03-02T03:00:00.000Z' });
    expect((await post('chuangkou', '/api/v1/payments/reconciliations', { day: '2026-03-02' }, 403)).code).toBe('FORBIDDEN');
    expect((await post('jianguan', '/api/v1/payments/reconciliations', { day: '2026-02-30' }, 400)).message).toMatch(/[\u4e00-\u9fa5]/);
    const asked = await post('jianguan', '/api/v1/payments/reconciliations', { day: '2026-03-02' }, 202);
    expect(asked).toMatchObject({ status: 'pending', statusName: '对账中', dayText: '2026年3月2日' });
    await t.drain();
    const [done] = (await get('jianguan', '/api/v1/payments/reconciliations')).reconciliations;
    expect(done).toMatchObject({ status: 'done', statusName: '已完成' });
    // everything this platform took and refunded online that day matches: the two online payments, the refunded one, its refund
    expect(done.matched).toBe(4);
    expect(done.differences).toEqual([
      { kind: 'missing-here', kindName: '支付平台有、本平台无', movement: 'pay', movementName: '缴费', orderNo: 'JF20260302UNKNOWN01', tradeNo: 'T20260302PLANTED', ours: '无记录', theirs: '20.00 元' },
    ]);
    await get('chuangkou', '/api/v1/payments/reconciliations', 403);
    expect((await get('xiangyin-jianguan', '/api/v1/payments/reconciliations')).reconciliations).toEqual([]);
  });

  it('reconciles each paying region’s day by itself once the statement is ready, once however often the timer runs', async () => {
    t.clock.set('2026-03-03T01:30:00+08:00');
    expect(await scheduleDailyReconciliations(t)).toBe(0); // yesterday's statement is not ready before 02:00
    t.clock.set('2026-03-03T03:00:00+08:00');
    expect(await scheduleDailyReconciliations(t)).toBe(1);
    expect(await scheduleDailyReconciliations(t)).toBe(0);
    await t.drain();
    const list = (await get('jianguan', '/api/v1/payments/reconciliations')).reconciliations;
    const daily = list.filter((r: { originName: string }) => r.originName === '每日自动对账');
    expect(daily).toHaveLength(1);
    // the same day as the supervisor's run: the same planted difference, found without anybody asking
    expect(daily[0]).toMatchObject({ day: '2026-03-02', status: 'done', matched: 4, differences: [{ kind: 'missing-here', orderNo: 'JF20260302UNKNOWN01' }] });
    expect(list.find((r: { originName: string }) => r.originName === '监管人员发起')).toBeTruthy();
    expect((await get('xiangyin-jianguan', '/api/v1/payments/reconciliations')).reconciliations).toEqual([]);
  });
});
