/**
 * Pure rules about what a guide lists: material keys, missing materials, and "nothing outside the guide"
 * (清单之外无材料): what a correction, a refusal or a reviewer's request may cite.
 */
import type { FiledItem } from './catalog-port.js';
import type { CorrectionItem } from './store/rows.js';

export const materialKey = (itemCode: string, materialCode: string) => `${itemCode}:${materialCode}`;

export interface MaterialRef {
  itemCode: string;
  materialCode: string;
}

/** The first reference that is not a material of the items' guides, if any. */
export function unknownMaterial(items: readonly FiledItem[], refs: readonly MaterialRef[]): MaterialRef | undefined {
  return refs.find((r) => !items.some((i) => i.code === r.itemCode && i.materials.some((m) => m.code === r.materialCode)));
}

/** Required materials of the guides that no attachment satisfies, as 'itemCode:materialCode'. */
export function missingRequired(items: readonly FiledItem[], supplied: ReadonlySet<string>): Array<{ key: string; itemCode: string; name: string }> {
  const out: Array<{ key: string; itemCode: string; name: string }> = [];
  for (const i of items) for (const m of i.materials) if (m.required && !supplied.has(materialKey(i.code, m.code))) out.push({ key: materialKey(i.code, m.code), itemCode: i.code, name: m.name });
  return out;
}

export interface CitationInput {
  kind: 'material' | 'condition' | 'exception';
  itemCode: string;
  ref: string;
  problem: string;
}

export interface ApprovedException {
  id: string;
  itemCode: string;
  cited: string;
}

export type CitationVerdict =
  | { ok: true; items: CorrectionItem[] }
  | { ok: false; code: 'NOT_IN_GUIDE'; details: { itemCode: string; cited: string } }
  | { ok: false; code: 'EXCEPTION_NOT_APPROVED'; details: { exceptionId: string } };

/**
 * Resolves each citation against the guide version the application was filed against. A material is cited by
 * its code, a condition by its number (1-based) or its exact text; anything else only through an approved exception.
 */
export function resolveCitations(items: readonly FiledItem[], cited: readonly CitationInput[], exceptions: readonly ApprovedException[]): CitationVerdict {
  const out: CorrectionItem[] = [];
  for (const c of cited) {
    const item = items.find((i) => i.code === c.itemCode);
    if (c.kind === 'exception') {
      const ex = exceptions.find((e) => e.id === c.ref);
      if (!ex || ex.itemCode !== c.itemCode) return { ok: false, code: 'EXCEPTION_NOT_APPROVED', details: { exceptionId: c.ref } };
      out.push({ kind: 'exception', itemCode: c.itemCode, ref: c.ref, title: ex.cited, legalBasis: null, problem: c.problem });
      continue;
    }
    if (!item) return { ok: false, code: 'NOT_IN_GUIDE', details: { itemCode: c.itemCode, cited: c.ref } };
    if (c.kind === 'material') {
      const m = item.materials.find((x) => x.code === c.ref || x.name === c.ref);
      if (!m) return { ok: false, code: 'NOT_IN_GUIDE', details: { itemCode: c.itemCode, cited: c.ref } };
      out.push({ kind: 'material', itemCode: item.code, ref: m.code, title: m.name, legalBasis: m.legalBasis, problem: c.problem });
    } else {
      const n = /^\d+$/.test(c.ref) ? Number(c.ref) : item.conditions.indexOf(c.ref) + 1;
      const text = n >= 1 ? item.conditions[n - 1] : undefined;
      if (!text) return { ok: false, code: 'NOT_IN_GUIDE', details: { itemCode: c.itemCode, cited: c.ref } };
      out.push({ kind: 'condition', itemCode: item.code, ref: String(n), title: text, legalBasis: item.legalBasis, problem: c.problem });
    }
  }
  return { ok: true, items: out };
}
