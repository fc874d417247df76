import { z } from 'zod';

const Instant = z.string().describe('ISO 8601 instant');

export const PaymentStartResponse = z.object({
  orderNo: z.string(),
  payUrl: z.string().describe('统一公共支付平台的支付页'),
  qrSvg: z.string().describe('支付页地址的二维码（SVG），手机扫码支付'),
  sandbox: z.boolean().describe('沙箱支付平台（不发生真实扣款）'),
});

export const NotifyAnswer = z.object({ code: z.enum(['SUCCESS', 'FAIL']), message: z.string() });

export const ReconciliationResponse = z
  .object({
    id: z.string(),
    day: z.string(),
    dayText: z.string(),
    status: z.enum(['pending', 'done', 'failed']),
    statusName: z.string(),
    originName: z.string().describe('每日自动对账, or 监管人员发起'),
    requestedAt: Instant,
    doneAt: Instant.nullable(),
    matched: z.number().int().describe('相符笔数'),
    differences: z.array(
      z.object({
        kind: z.enum(['missing-here', 'missing-there', 'amount']),
        kindName: z.string(),
        movement: z.enum(['pay', 'refund']),
        movementName: z.string(),
        orderNo: z.string(),
        tradeNo: z.string().nullable(),
        ours: z.string().describe('本平台记录金额'),
        theirs: z.string().describe('支付平台对账单金额'),
      }),
    ),
    error: z.string().nullable(),
  })
  .meta({ id: 'Reconciliation' });

export const ReconciliationsResponse = z.object({ reconciliations: z.array(ReconciliationResponse) });
