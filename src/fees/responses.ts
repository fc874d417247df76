import { z } from 'zod';

/** Response shapes of the fee catalogue and the bills. */
const Instant = z.string().describe('ISO 8601 instant');
const Exemption = z.object({ code: z.string(), name: z.string(), basis: z.string() });

export const CatalogueFeeResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    departmentCode: z.string(),
    legalBasis: z.string().describe('收费依据'),
    rule: z.string().describe('收费标准（文字）'),
    exemptions: z.array(Exemption).describe('减免情形及其依据'),
    collector: z.string().describe('执收单位'),
  })
  .meta({ id: 'CatalogueFee' });

export const FeeCatalogueResponse = z.object({ fees: z.array(CatalogueFeeResponse) });

export const BillResponse = z
  .object({
    id: z.string(),
    number: z.string().describe('缴费通知书编号'),
    applicationId: z.string(),
    applicationNumber: z.string(),
    itemCode: z.string(),
    itemName: z.string(),
    payerName: z.string(),
    point: z.enum(['acceptance', 'decision']),
    pointName: z.string(),
    lines: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        legalBasis: z.string(),
        amountFen: z.number().int(),
        amountText: z.string(),
        reckoning: z.string(),
        exemption: Exemption.nullable(),
        dueFen: z.number().int(),
        dueText: z.string(),
      }),
    ),
    totalFen: z.number().int().describe('应缴金额（分）'),
    totalText: z.string().describe('应缴金额，如 80.00 元'),
    status: z.enum(['unpaid', 'paid', 'exempt', 'cancelled', 'refunding', 'refunded']),
    statusName: z.string(),
    deliveryAfterPayment: z.boolean().describe('缴费后出件'),
    createdAt: Instant,
    paidAt: Instant.nullable(),
    closeReason: z.string().nullable(),
    receiptId: z.string().nullable().describe('非税收入电子票据（已缴费时）'),
  })
  .meta({ id: 'Bill' });

export const BillsResponse = z.object({ bills: z.array(BillResponse), unpaidCount: z.number().int(), unpaidTotalText: z.string() });
