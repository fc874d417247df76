/**
 * What applications need from the fees module: a case's bill raised at the point its item declares (受理 or 准予决定),
 * refusal of delivery while a bill the item makes a condition of it is unpaid (缴费后出件), and closing (or refunding)
 * the bills of a case that is refused.
 */
import { closeBillsOfCase, raiseBill, refuseDeliveryWhileUnpaid } from '../fees/index.js';
import type { Queryable } from '../db/index.js';
import { itemVersion } from './catalog-port.js';
import { notifyApplicant } from './notify-applicant.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

export async function billCase(tx: Queryable, app: ApplicationRow, c: CaseRow, point: 'acceptance' | 'decision', at: Date): Promise<void> {
  const item = await itemVersion(tx, c.item_version_id);
  if (!item?.fees || item.feeCharged !== point || !item.fees.some((f) => f.amount > 0)) return;
  const bill = await raiseBill(tx, {
    applicationId: app.id, applicationNumber: app.number, caseId: c.id, userId: app.applicant_user_id,
    payerName: app.applicant.kind === 'business' ? (app.applicant.orgName ?? app.applicant.name) : app.applicant.name,
    applicantKind: app.applicant.kind, form: app.form, regionCode: c.region_code, itemCode: c.item_code, itemName: c.item_name,
    fees: item.fees, deliveryAfterPayment: !!item.deliveryAfterPayment,
  }, point, at);
  if (bill?.status === 'unpaid') {
    const total = `${(bill.total_fen / 100).toFixed(2)} 元`;
    await notifyApplicant(tx, app, `bill:${bill.id}`, '待缴费', `${c.item_name}：应缴 ${total}，请在“我的缴费”中网上缴纳或到窗口缴纳${bill.delivery_after_payment ? '，缴费后出件' : ''}`, at);
  }
}

/**
 * 缴费后出件: delivery is refused while a bill that the item makes a condition of it is unpaid. Only an item that charges
 * a fee and holds its result until payment raises such a bill, and a case's item is the version it was filed against,
 * which never changes: for cases of other items nothing is read.
 */
export async function refuseUnpaidDelivery(q: Queryable, applicationId: string, cases: readonly CaseRow[]): Promise<void> {
  const gated: string[] = [];
  for (const c of cases) {
    const item = await itemVersion(q, c.item_version_id);
    if (item?.deliveryAfterPayment && item.fees?.some((f) => f.amount > 0)) gated.push(c.id);
  }
  if (gated.length) await refuseDeliveryWhileUnpaid(q, applicationId, gated);
}

export async function closeCaseBills(tx: Queryable, caseId: string, reason: string, at: Date): Promise<void> {
  await closeBillsOfCase(tx, caseId, reason, at);
}
