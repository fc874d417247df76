/**
 * 材料齐全: for every material each item's guide asks for, how the application satisfies it. Pure: the same rule at
 * submission (draft or direct), at acceptance (受理, 容缺受理) and on the clerk's screen.
 */
import { conditionHolds, type FiledItem } from './catalog-port.js';
import { fieldsOfItem } from './form-port.js';
import { materialKey } from './guide-rules.js';
import type { PendingMaterial } from './store/rows.js';

export type MaterialState =
  /** a file was uploaded for it */
  | { state: 'uploaded'; attachmentIds: string[] }
  /** 免提交: an e-licence the applicant holds stands in for it */
  | { state: 'reused'; licenceId: string; licenceType: string }
  /** another item of this application issues the e-licence that stands in for it */
  | { state: 'produced'; byItemCode: string; byItemName: string }
  /** 容缺: owed, with a due date */
  | { state: 'pending'; dueDate: string; receivedAt: string | null; checkedAt: string | null; lapsedAt: string | null }
  | { state: 'missing' }
  /** optional and not provided, or its condition does not apply */
  | { state: 'notNeeded' };

export interface MaterialLine {
  itemCode: string;
  itemName: string;
  materialCode: string;
  name: string;
  required: boolean;
  legalBasis: string;
  /** on the item's own 容缺 list */
  mayBeOwed: boolean;
  status: MaterialState;
}

export interface HeldAttachment {
  id: string;
  kind: 'upload' | 'licence';
  licenceId: string | null;
  licenceType: string | null;
  materialKeys: readonly string[];
}

export interface CompletenessInput {
  items: readonly FiledItem[];
  answers: Record<string, unknown>;
  form: Record<string, unknown>;
  /** licence types the applicant holds now (for material conditions such as "already licensed") */
  heldLicenceTypes: readonly string[];
  attachments: readonly HeldAttachment[];
  pending: readonly Pick<PendingMaterial, 'itemCode' | 'materialCode' | 'dueDate' | 'receivedAt' | 'checkedAt' | 'lapsedAt'>[];
}

export function materialLines(input: CompletenessInput): MaterialLine[] {
  const produced = input.items.filter((i) => i.producesLicenceType);
  const licences = [...new Set([...input.heldLicenceTypes, ...produced.map((i) => i.producesLicenceType!)])];
  const out: MaterialLine[] = [];
  for (const item of input.items) {
    const fields = fieldsOfItem(input.form, item.code);
    for (const m of item.materials) {
      const key = materialKey(item.code, m.code);
      const base = { itemCode: item.code, itemName: item.name, materialCode: m.code, name: m.name, required: m.required, legalBasis: m.legalBasis, mayBeOwed: item.pendingAllowed.includes(m.code) };
      const applies = conditionHolds(m.condition, { answers: input.answers, fields, licences });
      const files = input.attachments.filter((a) => a.kind === 'upload' && a.materialKeys.includes(key));
      const licence = input.attachments.find((a) => a.kind === 'licence' && a.materialKeys.includes(key));
      const maker = m.satisfiedByLicence ? produced.find((i) => i.code !== item.code && i.producesLicenceType === m.satisfiedByLicence) : undefined;
      const owed = input.pending.find((p) => p.itemCode === item.code && p.materialCode === m.code);
      let status: MaterialState;
      if (licence) status = { state: 'reused', licenceId: licence.licenceId!, licenceType: licence.licenceType! };
      else if (owed) status = { state: 'pending', dueDate: owed.dueDate, receivedAt: owed.receivedAt, checkedAt: owed.checkedAt ?? null, lapsedAt: owed.lapsedAt ?? null };
      else if (files.length) status = { state: 'uploaded', attachmentIds: files.map((f) => f.id) };
      else if (maker) status = { state: 'produced', byItemCode: maker.code, byItemName: maker.name };
      else status = m.required && applies ? { state: 'missing' } : { state: 'notNeeded' };
      out.push({ ...base, status });
    }
  }
  return out;
}

export const missingLines = (lines: readonly MaterialLine[]) => lines.filter((l) => l.status.state === 'missing');

/** The list an error shows: each missing material by name and item, saying which may be owed (容缺). */
export function describeMissing(lines: readonly MaterialLine[]): { materials: string; missing: Array<{ itemCode: string; itemName: string; materialCode: string; name: string; mayBeOwed: boolean }> } {
  return {
    materials: lines.map((l) => `${l.itemName}：${l.name}${l.mayBeOwed ? '（可容缺受理，须注明补交期限）' : ''}`).join('；'),
    missing: lines.map((l) => ({ itemCode: l.itemCode, itemName: l.itemName, materialCode: l.materialCode, name: l.name, mayBeOwed: l.mayBeOwed })),
  };
}
