import { createHash, randomUUID } from 'node:crypto';
import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { billById, canOnBill, markBillPaid, type BillRow } from '../fees/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { enqueue } from '../outbox/index.js';
import { provider } from './provider.js';
import * as store from './store.js';

export const LATE_PAYMENT_TOPIC = 'payments.refund-late';

const baseUrl = (deps: Pick<AppDeps, 'config'>) => deps.config.publicUrl ?? `http://${deps.config.host}:${deps.config.port}`;

async function billFor(db: Queryable, actor: Actor, id: string, action: 'view' | 'pay' | 'collect'): Promise<BillRow> {
  const bill = await billById(db, id);
  // another person's bill, or one outside a clerk's region, does not exist for them
  if (!bill || !canOnBill(actor, 'view', bill)) throw new AppError('FEE_BILL_NOT_FOUND');
  if (!canOnBill(actor, action, bill)) throw new AppError('FORBIDDEN');
  return bill;
}

export const viewableBill = (db: Queryable, actor: Actor, id: string) => billFor(db, actor, id, 'view');

const notPayable = (b: BillRow) => new AppError('FEE_BILL_NOT_PAYABLE', { status: b.status === 'paid' ? '已缴费' : b.status === 'exempt' ? '已免缴' : b.status === 'cancelled' ? '已撤销' : '已退费' });

/**
 * 网上缴费: an order with the payment platform for the bill's amount; the applicant is sent to its page (or scans its QR
 * code). An order still open for the same amount is offered again rather than a second one.
 */
export async function startOnlinePayment(deps: AppDeps, actor: Actor, billId: string): Promise<{ orderNo: string; payUrl: string; qrContent: string; sandbox: boolean }> {
  const bill = await billFor(deps.db, actor, billId, 'pay');
  if (bill.status !== 'unpaid') throw notPayable(bill);
  const open = (await store.ordersOfBill(deps.db, bill.id)).find((o) => o.channel === 'online' && o.status === 'created' && o.amount_fen === bill.total_fen && o.pay_url);
  if (open) return { orderNo: open.order_no, payUrl: open.pay_url!, qrContent: open.pay_url!, sandbox: provider(deps.db).sandbox };
  const at = deps.clock.now();
  const orderNo = `${bill.number}${String(Math.floor(at.getTime() / 1000) % 100000).padStart(5, '0')}${randomUUID().slice(0, 4).toUpperCase()}`;
  const base = baseUrl(deps);
  const p = provider(deps.db);
  const made = await p.createOrder({
    orderNo, amountFen: bill.total_fen, subject: `${bill.item_name}（${bill.lines.filter((l) => l.dueFen > 0).map((l) => l.name).join('、')}）`,
    notifyUrl: `${base}/api/v1/payments/notify`, returnUrl: `${base}/api/v1/payments/return?orderNo=${encodeURIComponent(orderNo)}`, at,
  });
  await store.insertOrder(deps.db, { id: newId(), order_no: orderNo, bill_id: bill.id, amount_fen: bill.total_fen, channel: 'online', status: 'created', pay_url: made.payUrl, trade_no: null, created_at: at, paid_at: null, recorded_by: null, reference: null });
  return { orderNo, payUrl: made.payUrl, qrContent: made.qrContent, sandbox: p.sandbox };
}

export type SettleOutcome = 'accepted' | 'duplicate' | 'unknown-order' | 'amount-mismatch';

/**
 * Records that the platform took the money for an order, once, whoever tells first (the notification, the browser's
 * return, a query): the order is paid, the bill is paid and its receipt issued. A payment for a bill that meanwhile was
 * paid another way or closed is refunded.
 */
export async function settleOrder(db: Db, paid: { orderNo: string; tradeNo: string; amountFen: number; paidAt: Date }, at: Date): Promise<SettleOutcome> {
  return db.transaction(async (tx) => {
    const order = await store.orderByNo(tx, paid.orderNo, true);
    if (!order) return 'unknown-order';
    if (order.status === 'paid') return 'duplicate';
    if (order.amount_fen !== paid.amountFen) return 'amount-mismatch';
    const bill = (await billById(tx, order.bill_id, true))!;
    if (bill.status !== 'unpaid') {
      // paid at the counter meanwhile, or the case was refused: the money goes back
      await store.closeOrder(tx, order.id);
      await enqueue(tx, LATE_PAYMENT_TOPIC, { orderNo: order.order_no, tradeNo: paid.tradeNo, amountFen: paid.amountFen }, { dedupeKey: `late-payment:${order.order_no}` });
      return 'accepted';
    }
    await store.setOrderPaid(tx, order.id, paid.tradeNo, paid.paidAt);
    await markBillPaid(tx, bill.id, at);
    await issueReceipt(tx, bill, order, at);
    return 'accepted';
  });
}

/** 非税收入电子票据: numbered per year, with a check code over its content. */
export async function issueReceipt(tx: Queryable, bill: BillRow, order: store.OrderRow, at: Date): Promise<void> {
  const year = String(new Date(at.getTime() + 8 * 3600_000).getUTCFullYear());
  const number = `${year}${String(await store.nextReceiptSeq(tx)).padStart(6, '0')}`;
  const checkCode = createHash('sha256').update(`${number}|${bill.number}|${order.order_no}|${bill.total_fen}`).digest('hex').slice(0, 6).toUpperCase();
  await store.insertReceipt(tx, { id: newId(), number, check_code: checkCode, bill_id: bill.id, order_id: order.id, amount_fen: bill.total_fen, issued_at: at });
}

/**
 * An asynchronous notification from the platform: believed only with a valid signature, for an order of ours, for its
 * amount; anything else is ignored. Every one is logged with what became of it.
 */
export async function receiveNotification(deps: AppDeps, body: Record<string, unknown>): Promise<SettleOutcome | 'forged'> {
  const at = deps.clock.now();
  const verified = provider(deps.db).verifyNotification(body);
  const outcome = verified ? await settleOrder(deps.db, verified, at) : 'forged';
  await store.logNotification(deps.db, { id: newId(), received_at: at, order_no: typeof body.orderNo === 'string' ? body.orderNo.slice(0, 64) : null, outcome, body });
  return outcome;
}

/** The browser is back from the platform: if no notification has come yet, ask the platform. Returns the bill's id. */
export async function returnFromPlatform(deps: AppDeps, orderNo: string): Promise<string> {
  const order = await store.orderByNo(deps.db, orderNo);
  if (!order) throw new AppError('PAYMENT_ORDER_NOT_FOUND');
  if (order.status === 'created') {
    const q = await provider(deps.db).query(orderNo, deps.clock.now());
    if (q.status === 'PAID' && q.tradeNo && q.paidAt) await settleOrder(deps.db, { orderNo, tradeNo: q.tradeNo, amountFen: q.amountFen, paidAt: q.paidAt }, deps.clock.now());
  }
  return order.bill_id;
}

/** 窗口缴费: cash or POS taken by a clerk of the bill's region. */
export async function recordCounterPayment(deps: AppDeps, actor: Actor, billId: string, input: { method: 'cash' | 'pos'; reference?: string | null }): Promise<BillRow> {
  await billFor(deps.db, actor, billId, 'collect');
  if (!hasRole(actor, 'clerk')) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const bill = (await billById(tx, billId, true))!;
    if (bill.status !== 'unpaid') throw notPayable(bill);
    const at = deps.clock.now();
    const order: store.OrderRow = {
      id: newId(), order_no: `${bill.number}C${String((await store.ordersOfBill(tx, bill.id)).length + 1).padStart(2, '0')}`, bill_id: bill.id, amount_fen: bill.total_fen,
      channel: input.method, status: 'paid', pay_url: null, trade_no: null, created_at: at, paid_at: at, recorded_by: actor.userId, reference: input.reference ?? null,
    };
    await store.insertOrder(tx, order);
    await markBillPaid(tx, bill.id, at);
    await issueReceipt(tx, bill, order, at);
    return (await billById(tx, bill.id))!;
  });
}
