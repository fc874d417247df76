import type { Queryable } from '../db/index.js';

/** The payments module's SQL: orders, notifications, refunds, receipts, reconciliations. */

export interface OrderRow {
  id: string;
  order_no: string;
  bill_id: string;
  amount_fen: number;
  channel: 'online' | 'cash' | 'pos';
  status: 'created' | 'paid' | 'closed';
  pay_url: string | null;
  trade_no: string | null;
  created_at: Date;
  paid_at: Date | null;
  recorded_by: string | null;
  reference: string | null;
}

export async function insertOrder(q: Queryable, o: OrderRow): Promise<void> {
  await q.query(
    `INSERT INTO payment_orders (id, order_no, bill_id, amount_fen, channel, status, pay_url, trade_no, created_at, paid_at, recorded_by, reference)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [o.id, o.order_no, o.bill_id, o.amount_fen, o.channel, o.status, o.pay_url, o.trade_no, o.created_at, o.paid_at, o.recorded_by, o.reference],
  );
}

export async function orderByNo(q: Queryable, orderNo: string, lock = false): Promise<OrderRow | null> {
  return (await q.query<OrderRow>(`SELECT * FROM payment_orders WHERE order_no = $1${lock ? ' FOR UPDATE' : ''}`, [orderNo]))[0] ?? null;
}

export async function ordersOfBill(q: Queryable, billId: string): Promise<OrderRow[]> {
  return q.query<OrderRow>('SELECT * FROM payment_orders WHERE bill_id = $1 ORDER BY created_at DESC', [billId]);
}

export async function setOrderPaid(q: Queryable, id: string, tradeNo: string, paidAt: Date): Promise<boolean> {
  return (await q.query(`UPDATE payment_orders SET status = 'paid', trade_no = $2, paid_at = $3 WHERE id = $1 AND status = 'created' RETURNING id`, [id, tradeNo, paidAt])).length === 1;
}

export async function closeOrder(q: Queryable, id: string): Promise<void> {
  await q.query(`UPDATE payment_orders SET status = 'closed' WHERE id = $1 AND status = 'created'`, [id]);
}

/** Online payments the platform made on a Beijing day, and the refunds done that day: our side of the statement. */
export async function onlineMovementsOn(q: Queryable, day: string): Promise<Array<{ order_no: string; trade_no: string | null; kind: 'pay' | 'refund'; amount_fen: number; bill_id: string; region_code: string }>> {
  return q.query(
    `SELECT o.order_no, o.trade_no, 'pay' AS kind, o.amount_fen, o.bill_id, trim(b.region_code) AS region_code
       FROM payment_orders o JOIN bills b ON b.id = o.bill_id
      WHERE o.channel = 'online' AND o.paid_at IS NOT NULL AND (o.paid_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date
     UNION ALL
     SELECT o.order_no, o.trade_no, 'refund' AS kind, r.amount_fen, o.bill_id, trim(b.region_code) AS region_code
       FROM payment_refunds r JOIN payment_orders o ON o.id = r.order_id JOIN bills b ON b.id = o.bill_id
      WHERE o.channel = 'online' AND r.status = 'done' AND (r.done_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date`,
    [day],
  );
}

export async function logNotification(q: Queryable, n: { id: string; received_at: Date; order_no: string | null; outcome: string; body: unknown }): Promise<void> {
  await q.query('INSERT INTO payment_notifications (id, received_at, order_no, outcome, body) VALUES ($1, $2, $3, $4, $5)', [n.id, n.received_at, n.order_no, n.outcome, JSON.stringify(n.body)]);
}

export async function notificationsOf(q: Queryable, orderNo: string): Promise<Array<{ outcome: string; received_at: Date }>> {
  return q.query('SELECT outcome, received_at FROM payment_notifications WHERE order_no = $1 ORDER BY seq', [orderNo]);
}

export interface RefundRow {
  id: string;
  refund_no: string;
  bill_id: string;
  order_id: string;
  amount_fen: number;
  reason: string;
  status: 'requested' | 'done' | 'failed';
  requested_at: Date;
  done_at: Date | null;
  error: string | null;
}

export async function insertRefund(q: Queryable, r: RefundRow): Promise<boolean> {
  return (await q.query(
    `INSERT INTO payment_refunds (id, refund_no, bill_id, order_id, amount_fen, reason, status, requested_at, done_at, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (order_id) DO NOTHING RETURNING id`,
    [r.id, r.refund_no, r.bill_id, r.order_id, r.amount_fen, r.reason, r.status, r.requested_at, r.done_at, r.error],
  )).length === 1;
}

export async function refundOfOrder(q: Queryable, orderId: string): Promise<RefundRow | null> {
  return (await q.query<RefundRow>('SELECT * FROM payment_refunds WHERE order_id = $1', [orderId]))[0] ?? null;
}

export async function finishRefund(q: Queryable, id: string, status: 'done' | 'failed', at: Date, error: string | null): Promise<void> {
  await q.query('UPDATE payment_refunds SET status = $2, done_at = $3, error = $4 WHERE id = $1', [id, status, at, error]);
}

export interface ReceiptRow {
  id: string;
  number: string;
  check_code: string;
  bill_id: string;
  order_id: string;
  amount_fen: number;
  issued_at: Date;
}

export async function insertReceipt(q: Queryable, r: ReceiptRow): Promise<void> {
  await q.query('INSERT INTO payment_receipts (id, number, check_code, bill_id, order_id, amount_fen, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (bill_id) DO NOTHING', [
    r.id, r.number, r.check_code, r.bill_id, r.order_id, r.amount_fen, r.issued_at,
  ]);
}

export async function receiptOfBill(q: Queryable, billId: string): Promise<ReceiptRow | null> {
  return (await q.query<ReceiptRow>('SELECT * FROM payment_receipts WHERE bill_id = $1', [billId]))[0] ?? null;
}

export async function receiptIdsOf(q: Queryable, billIds: readonly string[]): Promise<Map<string, string>> {
  if (billIds.length === 0) return new Map();
  const rows = await q.query<{ id: string; bill_id: string }>('SELECT id, bill_id FROM payment_receipts WHERE bill_id = ANY($1::uuid[])', [billIds]);
  return new Map(rows.map((r) => [r.bill_id, r.id]));
}

export async function nextReceiptSeq(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: string }>(`SELECT nextval('payment_receipt_numbers') AS n`);
  return Number(row!.n);
}

export interface ReconciliationRow {
  id: string;
  day: string;
  region_code: string;
  requested_by: string | null;
  requested_at: Date;
  status: 'pending' | 'done' | 'failed';
  matched: number;
  differences: Difference[];
  error: string | null;
  done_at: Date | null;
}

export interface Difference {
  kind: 'missing-here' | 'missing-there' | 'amount';
  movement: 'pay' | 'refund';
  orderNo: string;
  tradeNo: string | null;
  oursFen: number | null;
  theirsFen: number | null;
  regionCode: string | null;
}

const RECON = `id, to_char(day, 'YYYY-MM-DD') AS day, trim(region_code) AS region_code, requested_by, requested_at, status, matched, differences, error, done_at`;

export async function insertReconciliation(q: Queryable, r: Pick<ReconciliationRow, 'id' | 'day' | 'region_code' | 'requested_by' | 'requested_at'>): Promise<void> {
  await q.query(`INSERT INTO payment_reconciliations (id, day, region_code, requested_by, requested_at, status) VALUES ($1, $2, $3, $4, $5, 'pending')`, [r.id, r.day, r.region_code, r.requested_by, r.requested_at]);
}

/** The daily run's own reconciliation of a region's day, once: false when it was already recorded. */
export async function insertDailyReconciliation(q: Queryable, r: { id: string; day: string; region_code: string; requested_at: Date }): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO payment_reconciliations (id, day, region_code, requested_by, requested_at, status) VALUES ($1, $2, $3, NULL, $4, 'pending')
     ON CONFLICT (day, region_code) WHERE requested_by IS NULL DO NOTHING RETURNING id`,
    [r.id, r.day, r.region_code, r.requested_at],
  );
  return rows.length > 0;
}

/** The regions whose bills are paid through this platform: each is reconciled daily. */
export async function payingRegions(q: Queryable): Promise<string[]> {
  return (await q.query<{ region_code: string }>('SELECT DISTINCT trim(region_code) AS region_code FROM bills ORDER BY 1')).map((r) => r.region_code);
}

export async function reconciliationById(q: Queryable, id: string): Promise<ReconciliationRow | null> {
  return (await q.query<ReconciliationRow>(`SELECT ${RECON} FROM payment_reconciliations WHERE id = $1`, [id]))[0] ?? null;
}

export async function reconciliationsOf(q: Queryable, pattern: string): Promise<ReconciliationRow[]> {
  return q.query<ReconciliationRow>(`SELECT ${RECON} FROM payment_reconciliations WHERE region_code LIKE $1 ORDER BY day DESC, requested_at DESC LIMIT 60`, [pattern]);
}

export async function finishReconciliation(q: Queryable, id: string, r: { status: 'done' | 'failed'; matched: number; differences: Difference[]; error: string | null; at: Date }): Promise<void> {
  await q.query('UPDATE payment_reconciliations SET status = $2, matched = $3, differences = $4, error = $5, done_at = $6 WHERE id = $1', [id, r.status, r.matched, JSON.stringify(r.differences), r.error, r.at]);
}
