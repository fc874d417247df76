import { billStatusNames, pointNames, yuan, type AmountRule, type CatalogueFee } from './rules.js';
import type { BillRow } from './store.js';

export function ruleText(r: AmountRule): string {
  switch (r.kind) {
    case 'fixed':
      return `每件 ${yuan(r.amount)}`;
    case 'perUnit':
      return `每${r.unit} ${yuan(r.price)}${r.free ? `（${r.free} ${r.unit}以内免收）` : ''}`;
    case 'tiered':
      return r.tiers.map((t) => (t.upTo === null ? `其余 ${yuan(t.amount)}` : `${t.upTo} ${r.unit}以下 ${yuan(t.amount)}`)).join('；');
  }
}

export const presentFee = (f: CatalogueFee) => ({
  code: f.code, name: f.name, departmentCode: f.departmentCode, legalBasis: f.legalBasis, rule: ruleText(f.rule), exemptions: f.exemptions, collector: f.collector,
});

export function presentBill(b: BillRow, receiptId: string | null = null) {
  return {
    id: b.id,
    number: b.number,
    applicationId: b.application_id,
    applicationNumber: b.application_number,
    itemCode: b.item_code,
    itemName: b.item_name,
    payerName: b.payer_name,
    point: b.point,
    pointName: pointNames[b.point],
    lines: b.lines.map((l) => ({
      code: l.code, name: l.name, legalBasis: l.legalBasis, amountFen: l.amountFen, amountText: yuan(l.amountFen), reckoning: l.reckoning,
      exemption: l.exemption, dueFen: l.dueFen, dueText: l.exemption ? `免收（${l.exemption.name}）` : yuan(l.dueFen),
    })),
    totalFen: b.total_fen,
    totalText: yuan(b.total_fen),
    status: b.status,
    statusName: billStatusNames[b.status],
    deliveryAfterPayment: b.delivery_after_payment,
    createdAt: b.created_at.toISOString(),
    paidAt: b.paid_at?.toISOString() ?? null,
    closeReason: b.close_reason,
    receiptId,
  };
}
