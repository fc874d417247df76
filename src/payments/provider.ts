import { AppError, systemClock, type Clock, type PaymentConfig } from '../core/index.js';
import { perDatabase, type Queryable } from '../db/index.js';
import { signMessage, verifyMessage, type Message, type StatementLine } from './protocol.js';

/**
 * The adapter to the 统一公共支付平台: create an order (a page to send the browser to, and what its QR code holds),
 * query it, refund it, fetch a day's statement, and verify an asynchronous notification. Every request is signed with
 * the merchant's SM2 key; every answer must verify under the platform's key or it is not believed.
 */
export interface PaymentProvider {
  readonly sandbox: boolean;
  createOrder(o: { orderNo: string; amountFen: number; subject: string; notifyUrl: string; returnUrl: string; at: Date }): Promise<{ payUrl: string; qrContent: string }>;
  query(orderNo: string, at: Date): Promise<{ status: 'UNPAID' | 'PAID' | 'CLOSED'; amountFen: number; tradeNo: string | null; paidAt: Date | null }>;
  refund(r: { orderNo: string; refundNo: string; amountFen: number; reason: string; at: Date }): Promise<void>;
  statement(day: string, at: Date): Promise<StatementLine[]>;
  /** A notification's content when its signature verifies under the platform's key and it is for this merchant; else null. */
  verifyNotification(body: Record<string, unknown>): { orderNo: string; tradeNo: string; amountFen: number; paidAt: Date } | null;
}

export function signedHttpProvider(c: PaymentConfig): PaymentProvider {
  async function call(path: string, m: Message): Promise<Record<string, unknown>> {
    const body = signMessage({ ...m, merchantId: c.merchantId }, c.privateKey, c.publicKey);
    let res: Response;
    try {
      res = await fetch(`${c.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    } catch {
      throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE');
    }
    const answer = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (!answer || !verifyMessage(answer, c.platformPublicKey)) throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE');
    if (answer.code !== 'SUCCESS') throw new AppError('PAYMENT_PROVIDER_REFUSED', { reason: String(answer.message ?? res.status) });
    return answer;
  }
  return {
    sandbox: !!c.sandbox,
    async createOrder(o) {
      const a = await call('/gateway/orders', { orderNo: o.orderNo, amount: o.amountFen, subject: o.subject, notifyUrl: o.notifyUrl, returnUrl: o.returnUrl, timestamp: o.at.toISOString() });
      return { payUrl: String(a.payUrl), qrContent: String(a.qrContent ?? a.payUrl) };
    },
    async query(orderNo, at) {
      const a = await call('/gateway/orders/query', { orderNo, timestamp: at.toISOString() });
      const status = a.status === 'PAID' || a.status === 'CLOSED' ? a.status : 'UNPAID';
      return { status, amountFen: Number(a.amount), tradeNo: a.tradeNo ? String(a.tradeNo) : null, paidAt: a.paidAt ? new Date(String(a.paidAt)) : null };
    },
    async refund(r) {
      await call('/gateway/refunds', { orderNo: r.orderNo, refundNo: r.refundNo, amount: r.amountFen, reason: r.reason, timestamp: r.at.toISOString() });
    },
    async statement(day, at) {
      const a = await call('/gateway/statements', { day, timestamp: at.toISOString() });
      return JSON.parse(String(a.lines ?? '[]')) as StatementLine[];
    },
    verifyNotification(body) {
      if (body.merchantId !== c.merchantId || body.status !== 'PAID' || !verifyMessage(body, c.platformPublicKey)) return null;
      const amount = Number(body.amount);
      const paidAt = new Date(String(body.paidAt));
      if (!Number.isInteger(amount) || Number.isNaN(paidAt.getTime()) || typeof body.orderNo !== 'string' || typeof body.tradeNo !== 'string') return null;
      return { orderNo: body.orderNo, tradeNo: body.tradeNo, amountFen: amount, paidAt };
    },
  };
}

/**
 * The provider and clock of the app serving a database, set when its routes are registered. Kept per database, not
 * per process: two apps in one process (a test run, a tool) on two databases never pay through each other's provider.
 */
const slot = perDatabase<{ provider: PaymentProvider | null; clock: Clock }>(() => ({ provider: null, clock: systemClock }));

export function useProvider(q: Queryable, p: PaymentProvider | null, clock: Clock = systemClock): void {
  const s = slot(q);
  s.provider = p;
  s.clock = clock;
}

/** The clock the background jobs on this database read. */
export const jobClock = (q: Queryable): Clock => slot(q).clock;

export function provider(q: Queryable): PaymentProvider {
  const p = slot(q).provider;
  if (!p) throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE');
  return p;
}
