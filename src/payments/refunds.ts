import { newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { billById, markBillRefunded, REFUND_TOPIC } from '../fees/index.js';
import { registerOutboxHandler } from '../outbox/index.js';
import { LATE_PAYMENT_TOPIC } from './pay.js';
import { jobClock, provider } from './provider.js';
import * as store from './store.js';

/**
 * 退费: the bill of a refused case was paid. Paid online, the platform refunds it (a refund already made is not made
 * again: the platform answers with the first); paid at the counter, the refund is recorded for the counter to pay out.
 * A failure leaves the job to be retried.
 */
async function refundBill(tx: Queryable, payload: Record<string, unknown>): Promise<void> {
  const billId = String(payload.billId);
  const reason = String(payload.reason ?? '退费');
  const bill = await billById(tx, billId, true);
  if (!bill || bill.status !== 'refunding') return;
  const order = (await store.ordersOfBill(tx, billId)).find((o) => o.status === 'paid');
  const at = jobClock(tx).now();
  if (!order) {
    await markBillRefunded(tx, billId, at);
    return;
  }
  let refund = await store.refundOfOrder(tx, order.id);
  if (!refund) {
    refund = { id: newId(), refund_no: `R${order.order_no}`, bill_id: billId, order_id: order.id, amount_fen: order.amount_fen, reason, status: 'requested', requested_at: at, done_at: null, error: null };
    await store.insertRefund(tx, refund);
  }
  if (order.channel === 'online') await provider(tx).refund({ orderNo: order.order_no, refundNo: refund.refund_no, amountFen: order.amount_fen, reason, at });
  await store.finishRefund(tx, refund.id, 'done', at, null);
  await markBillRefunded(tx, billId, at);
}

/** A payment that came after the bill was paid another way or closed: returned in full. */
async function refundLatePayment(tx: Queryable, payload: Record<string, unknown>): Promise<void> {
  const order = await store.orderByNo(tx, String(payload.orderNo), true);
  if (!order || (await store.refundOfOrder(tx, order.id))) return;
  const at = jobClock(tx).now();
  const refund = { id: newId(), refund_no: `R${order.order_no}`, bill_id: order.bill_id, order_id: order.id, amount_fen: order.amount_fen, reason: '重复缴费或缴费时办件已终止，原路退回', status: 'requested' as const, requested_at: at, done_at: null, error: null };
  await store.insertRefund(tx, refund);
  await provider(tx).refund({ orderNo: order.order_no, refundNo: refund.refund_no, amountFen: order.amount_fen, reason: refund.reason, at });
  await store.finishRefund(tx, refund.id, 'done', at, null);
}

registerOutboxHandler(REFUND_TOPIC, refundBill);
registerOutboxHandler(LATE_PAYMENT_TOPIC, refundLatePayment);
