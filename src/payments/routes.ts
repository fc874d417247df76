import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, beijingDate, errors, IsoDateString, type AppDeps } from '../core/index.js';
import { BillResponse, BillsResponse, billById, billsOfRegion, billsOfUser, presentBill, yuan, type BillRow } from '../fees/index.js';
import { actorRegionPattern, hasRole, requireActor } from '../identity/index.js';
import { renderQrSvg } from '../documents/index.js';
import { receiveNotification, recordCounterPayment, returnFromPlatform, startOnlinePayment, viewableBill } from './pay.js';
import { signedHttpProvider, useProvider } from './provider.js';
import { renderReceiptPdf } from './receipt-pdf.js';
import { requestReconciliation } from './reconcile.js';
import { NotifyAnswer, PaymentStartResponse, ReconciliationResponse, ReconciliationsResponse } from './responses.js';
import * as store from './store.js';

const tags = ['payments'];
const Id = z.object({ id: z.uuid() });
const kindNames = { 'missing-here': '支付平台有、本平台无', 'missing-there': '本平台有、支付平台无', amount: '金额不符' } as const;
const reconStatusNames = { pending: '对账中', done: '已完成', failed: '失败' } as const;

function presentReconciliation(r: store.ReconciliationRow) {
  const money = (fen: number | null) => (fen === null ? '无记录' : yuan(fen));
  return {
    id: r.id, day: r.day, dayText: beijingDate(`${r.day}T12:00:00+08:00`), status: r.status, statusName: reconStatusNames[r.status], originName: r.requested_by ? '监管人员发起' : '每日自动对账', requestedAt: r.requested_at.toISOString(), doneAt: r.done_at?.toISOString() ?? null,
    matched: r.matched,
    differences: r.differences.map((d) => ({ kind: d.kind, kindName: kindNames[d.kind], movement: d.movement, movementName: d.movement === 'pay' ? '缴费' : '退费', orderNo: d.orderNo, tradeNo: d.tradeNo, ours: money(d.oursFen), theirs: money(d.theirsFen) })),
    error: r.error ? '支付平台对账单获取失败，请稍后重新对账' : null,
  };
}

export function paymentsRoutes(app: FastifyInstance, deps: AppDeps): void {
  useProvider(deps.db, deps.config.payment ? signedHttpProvider(deps.config.payment) : null, deps.clock);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const withReceipts = async (bills: BillRow[]) => {
    const ids = await store.receiptIdsOf(deps.db, bills.map((b) => b.id));
    return bills.map((b) => presentBill(b, ids.get(b.id) ?? null));
  };

  r.get('/api/v1/bills', {
    schema: { tags, summary: '缴费通知：申请人本人的；窗口人员和监管人员看本区划的', querystring: z.object({ status: z.enum(['unpaid', 'paid', 'exempt', 'cancelled', 'refunding', 'refunded']).optional() }), response: { 200: BillsResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    let rows: BillRow[];
    if (actor.kind !== 'staff') rows = (await billsOfUser(deps.db, actor.userId)).filter((b) => !req.query.status || b.status === req.query.status);
    else if (hasRole(actor, 'clerk', 'supervisor', 'head')) rows = await billsOfRegion(deps.db, actorRegionPattern(actor), req.query.status ?? null);
    else throw new AppError('FORBIDDEN');
    const unpaid = rows.filter((b) => b.status === 'unpaid');
    return { bills: await withReceipts(rows), unpaidCount: unpaid.length, unpaidTotalText: yuan(unpaid.reduce((s, b) => s + b.total_fen, 0)) };
  });

  r.get('/api/v1/bills/:id', { schema: { tags, summary: '缴费通知详情', params: Id, response: { 200: BillResponse, ...errors } } }, async (req) => {
    const bill = await viewableBill(deps.db, requireActor(req), req.params.id);
    return (await withReceipts([bill]))[0]!;
  });

  r.post('/api/v1/bills/:id/pay', {
    schema: { tags, summary: '网上缴费：在统一公共支付平台下单，返回支付页与二维码（申请人本人）', params: Id, response: { 200: PaymentStartResponse, ...errors } },
  }, async (req) => {
    const started = await startOnlinePayment(deps, requireActor(req), req.params.id);
    return { orderNo: started.orderNo, payUrl: started.payUrl, qrSvg: await renderQrSvg(started.qrContent, { width: 200 }), sandbox: started.sandbox };
  });

  r.post('/api/v1/bills/:id/counter-payment', {
    schema: {
      tags, summary: '窗口缴费：现金或 POS 收款后登记（本区划窗口人员）', params: Id,
      body: z.object({ method: z.enum(['cash', 'pos']), reference: z.string().trim().max(64).optional().describe('POS 凭条号') }),
      response: { 200: BillResponse, ...errors },
    },
  }, async (req) => {
    const bill = await recordCounterPayment(deps, requireActor(req), req.params.id, req.body);
    return (await withReceipts([bill]))[0]!;
  });

  r.get('/api/v1/bills/:id/receipt.pdf', { schema: { tags, summary: '下载非税收入电子票据（PDF）', params: Id } }, async (req, reply) => {
    const bill = await viewableBill(deps.db, requireActor(req), req.params.id);
    const receipt = await store.receiptOfBill(deps.db, bill.id);
    if (!receipt) throw new AppError('PAYMENT_RECEIPT_NOT_FOUND');
    const order = (await store.ordersOfBill(deps.db, bill.id)).find((o) => o.id === receipt.order_id)!;
    const pdf = await renderReceiptPdf(receipt, (await billById(deps.db, bill.id))!, order);
    reply.type('application/pdf').header('content-disposition', `inline; filename="receipt-${receipt.number}.pdf"`);
    return Buffer.from(pdf);
  });

  r.post('/api/v1/payments/notify', {
    schema: {
      tags, summary: '支付结果异步通知（统一公共支付平台调用，须有平台的 SM2 签名）',
      body: z.object({ orderNo: z.string().max(64), sign: z.string().max(256) }).catchall(z.union([z.string().max(512), z.number()])),
      response: { 200: NotifyAnswer, ...errors },
    },
  }, async (req) => {
    const outcome = await receiveNotification(deps, req.body as Record<string, unknown>);
    const ignored = { forged: '签名验证失败', 'unknown-order': '订单不存在', 'amount-mismatch': '金额与订单不符' } as const;
    if (outcome in ignored) throw new AppError('PAYMENT_NOTIFICATION_IGNORED', { reason: ignored[outcome as keyof typeof ignored] });
    return { code: 'SUCCESS' as const, message: outcome === 'duplicate' ? '重复通知，已处理过' : '已入账' };
  });

  r.get('/api/v1/payments/return', {
    schema: { tags, summary: '支付后返回本站：未收到通知时向支付平台查询，再转到缴费页面', querystring: z.object({ orderNo: z.string().trim().min(1).max(64) }) },
  }, async (req, reply) => {
    const billId = await returnFromPlatform(deps, req.query.orderNo);
    return reply.redirect(`/portal/bills?bill=${billId}`, 302);
  });

  r.get('/api/v1/payments/reconciliations', { schema: { tags, summary: '对账结果：本平台记录与支付平台日对账单的差异（监管人员）', response: { 200: ReconciliationsResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (actor.kind !== 'staff' || !hasRole(actor, 'supervisor')) throw new AppError('FORBIDDEN');
    return { reconciliations: (await store.reconciliationsOf(deps.db, actorRegionPattern(actor))).map(presentReconciliation) };
  });

  r.post('/api/v1/payments/reconciliations', {
    schema: { tags, summary: '发起对账（默认对前一日；由后台任务取支付平台对账单比对）', body: z.object({ day: IsoDateString.optional() }), response: { 202: ReconciliationResponse, ...errors } },
  }, async (req, reply) => {
    const rec = await requestReconciliation(deps, requireActor(req), req.body.day);
    reply.status(202);
    return presentReconciliation(rec);
  });
}
