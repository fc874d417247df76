import { z } from 'zod';

/** Amounts are kept in 分 (integers); shown in 元 with two decimals. */
export const AmountRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: z.number().int().min(0) }),
  /** so much per unit; `field` of the application form gives the count (1 when absent), `free` units are not charged */
  z.object({ kind: z.literal('perUnit'), price: z.number().int().min(0), unit: z.string().min(1).max(10), field: z.string().max(40).optional(), free: z.number().int().min(0).default(0) }),
  /** by a figure of the form (an area, a count): the first tier whose `upTo` the figure does not exceed */
  z.object({ kind: z.literal('tiered'), field: z.string().min(1).max(40), unit: z.string().min(1).max(10), tiers: z.array(z.object({ upTo: z.number().nullable(), amount: z.number().int().min(0) })).min(1) }),
]);
export type AmountRule = z.infer<typeof AmountRuleSchema>;

export const ExemptionSchema = z.object({ code: z.string().min(1).max(32), name: z.string().min(1).max(40), basis: z.string().min(1).max(300) });
export type Exemption = z.infer<typeof ExemptionSchema>;

export interface CatalogueFee {
  code: string;
  name: string;
  departmentCode: string;
  legalBasis: string;
  rule: AmountRule;
  exemptions: Exemption[];
  collector: string;
}

export interface BillLine {
  code: string;
  name: string;
  legalBasis: string;
  /** what the rule gives, before any exemption */
  amountFen: number;
  /** how it was reckoned, in words (80.00 元/件; 2 本 × 10.00 元) */
  reckoning: string;
  exemption: Exemption | null;
  /** what is due: 0 when exempt */
  dueFen: number;
  collector: string;
}

export const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

function figure(form: Record<string, unknown>, field: string | undefined): number | null {
  if (!field) return null;
  const v = form[field];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** What a fee's rule gives on an application's form. Pure. */
export function reckon(rule: AmountRule, form: Record<string, unknown>): { amountFen: number; reckoning: string } {
  switch (rule.kind) {
    case 'fixed':
      return { amountFen: rule.amount, reckoning: yuan(rule.amount) };
    case 'perUnit': {
      const count = Math.floor(figure(form, rule.field) ?? 1);
      const charged = Math.max(0, count - rule.free);
      return { amountFen: charged * rule.price, reckoning: `${charged} ${rule.unit} × ${yuan(rule.price)}${rule.free ? `（${rule.free} ${rule.unit}免收）` : ''}` };
    }
    case 'tiered': {
      const f = figure(form, rule.field) ?? 0;
      const tier = rule.tiers.find((t) => t.upTo === null || f <= t.upTo) ?? rule.tiers[rule.tiers.length - 1]!;
      return { amountFen: tier.amount, reckoning: `${f} ${rule.unit}，${tier.upTo === null ? '最高档' : `${tier.upTo} ${rule.unit}以下档`}：${yuan(tier.amount)}` };
    }
  }
}

/** The bill's lines: each fee reckoned, and waived where the applicant qualifies for one of its exemptions. Pure. */
export function billLines(fees: readonly CatalogueFee[], form: Record<string, unknown>, qualifies: readonly string[]): BillLine[] {
  return fees.map((f) => {
    const { amountFen, reckoning } = reckon(f.rule, form);
    const exemption = amountFen > 0 ? (f.exemptions.find((e) => qualifies.includes(e.code)) ?? null) : null;
    return { code: f.code, name: f.name, legalBasis: f.legalBasis, amountFen, reckoning, exemption, dueFen: exemption ? 0 : amountFen, collector: f.collector };
  });
}

/**
 * What an applicant qualifies for, from the application: a business that declares itself 小型 or 微型 (or 个体工商户)
 * is a small or micro enterprise (财税〔2016〕79号 counts 个体工商户 among them).
 */
export function qualifyingExemptions(applicantKind: 'citizen' | 'business', form: Record<string, unknown>): string[] {
  const out: string[] = [];
  const scale = String(form.enterpriseScale ?? '');
  if (applicantKind === 'business' && (/小型|微型/.test(scale) || form.smallMicro === true || form.enterpriseType === '个体工商户')) out.push('small-micro');
  if (form.minimumLivingAllowance === true) out.push('dibao');
  return out;
}

export const BILL_STATUSES = ['unpaid', 'paid', 'exempt', 'cancelled', 'refunding', 'refunded'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];
export const billStatusNames: Record<BillStatus, string> = {
  unpaid: '待缴费',
  paid: '已缴费',
  exempt: '已免缴',
  cancelled: '已撤销',
  refunding: '退费中',
  refunded: '已退费',
};
export const pointNames = { acceptance: '受理时缴费', decision: '准予决定后缴费' } as const;
