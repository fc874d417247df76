import { AppError, newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue } from '../outbox/index.js';
import { billLines, qualifyingExemptions, type BillStatus } from './rules.js';
import * as store from './store.js';

/** The outbox topic of a bill to refund ({ billId, reason }), handled by the payments module. */
export const REFUND_TOPIC = 'bills.refund';

/** What the applications module tells about a case when its item's fees fall due. */
export interface BillingCase {
  applicationId: string;
  applicationNumber: string;
  caseId: string;
  userId: string | null;
  payerName: string;
  applicantKind: 'citizen' | 'business';
  form: Record<string, unknown>;
  regionCode: string;
  itemCode: string;
  itemName: string;
  /** the item version's fees (only their names are read: amounts come from the catalogue) */
  fees: ReadonlyArray<{ name: string; amount: number }>;
  deliveryAfterPayment: boolean;
}

/**
 * Raises the case's bill at a point (受理 or 决定) from the fee catalogue, with the exemptions the applicant qualifies
 * for and their basis. Nothing when the item charges nothing; a bill whose every line is waived is recorded as 已免缴.
 * Once per case and point.
 */
export async function raiseBill(tx: Queryable, c: BillingCase, point: 'acceptance' | 'decision', at: Date): Promise<store.BillRow | null> {
  const charged = c.fees.filter((f) => f.amount > 0).map((f) => f.name);
  if (charged.length === 0) return null;
  const listed = await store.activeFeesNamed(tx, charged);
  // the catalog refused to publish a version with an unlisted fee; one delisted since is not charged (清单之外无收费)
  const fees = charged.map((n) => listed.find((f) => f.name === n)).filter((f) => f !== undefined);
  if (fees.length === 0) return null;
  // the item's own form fields are named after it (QR00601002.enterpriseScale); the rules read them by their key
  const prefix = `${c.itemCode}.`;
  const form = { ...c.form, ...Object.fromEntries(Object.entries(c.form).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v])) };
  const lines = billLines(fees, form, qualifyingExemptions(c.applicantKind, form));
  const total = lines.reduce((s, l) => s + l.dueFen, 0);
  return store.insertBill(tx, {
    id: newId(), application_id: c.applicationId, application_number: c.applicationNumber, case_id: c.caseId, user_id: c.userId, payer_name: c.payerName,
    region_code: c.regionCode, item_code: c.itemCode, item_name: c.itemName, point, lines, total_fen: total, status: total > 0 ? 'unpaid' : 'exempt',
    delivery_after_payment: c.deliveryAfterPayment, created_at: at,
  });
}

/** 缴费后出件: refuses to hand over the results of cases whose bills, where the item says so, are still unpaid. */
export async function refuseDeliveryWhileUnpaid(q: Queryable, applicationId: string, caseIds: readonly string[]): Promise<void> {
  const unpaid = (await store.billsOfApplication(q, applicationId)).filter((b) => caseIds.includes(b.case_id) && b.delivery_after_payment && b.status === 'unpaid');
  if (unpaid.length) throw new AppError('FEE_UNPAID_BEFORE_DELIVERY', { items: [...new Set(unpaid.map((b) => `“${b.item_name}”`))].join('、') });
}

/**
 * The case was refused or withdrawn: an unpaid bill is cancelled; a paid one is marked 退费中 and queued for the
 * payments module to refund. Runs in the caller's transaction.
 */
export async function closeBillsOfCase(tx: Queryable, caseId: string, reason: string, at: Date): Promise<store.BillRow[]> {
  const toRefund: store.BillRow[] = [];
  for (const b of await store.billsOfCase(tx, caseId)) {
    if (b.status === 'unpaid') await store.moveBill(tx, b.id, ['unpaid'], 'cancelled', { closed_at: at, close_reason: reason });
    else if (b.status === 'paid') {
      const moved = await store.moveBill(tx, b.id, ['paid'], 'refunding', { closed_at: at, close_reason: reason });
      if (!moved) continue;
      toRefund.push(moved);
      // the payments module refunds it through whichever way it was paid
      await enqueue(tx, REFUND_TOPIC, { billId: b.id, reason }, { dedupeKey: `bill-refund:${b.id}` });
    }
  }
  return toRefund;
}

/** Marks a bill paid (once): false when it was paid already or is no longer payable. */
export async function markBillPaid(tx: Queryable, billId: string, at: Date): Promise<boolean> {
  return !!(await store.moveBill(tx, billId, ['unpaid'], 'paid', { paid_at: at }));
}

export async function markBillRefunded(tx: Queryable, billId: string, at: Date): Promise<boolean> {
  return !!(await store.moveBill(tx, billId, ['refunding'], 'refunded', { closed_at: at }));
}

export async function moveBillStatus(tx: Queryable, billId: string, from: BillStatus[], to: BillStatus, at: Date, reason?: string) {
  return store.moveBill(tx, billId, from, to, { closed_at: at, ...(reason ? { close_reason: reason } : {}) });
}
