/**
 * From answers to what applies: the bundle's items whose inclusion condition holds, and their materials,
 * each material once (by its shared code) with every item that needs it and the legal basis of each need.
 */
import { describeCondition, evaluateCondition, readsFields } from './conditions.js';
import type { Answers, BundleView, ConditionView, ItemView, MaterialView } from './model.js';

export interface MaterialNeed {
  versionId: string;
  itemCode: string;
  itemName: string;
  authorityName: string;
  legalBasis: string;
  required: boolean;
  acceptsLicenceTypes: string[];
}

export interface SelectedMaterial {
  /** Identity of the document across items: its code and its name (one code may name per-item forms). */
  key: string;
  code: string;
  name: string;
  form: string;
  copies: number;
  /** Required by at least one item (else optional for all that list it). */
  required: boolean;
  note?: string;
  /** For a material that depends on what the form will say: when it is needed, in words. */
  conditionText?: string;
  neededBy: MaterialNeed[];
  /** Licence types that every item needing it accepts instead: only these spare the applicant the document. */
  acceptsLicenceTypes: string[];
  /** Data elements that, filled in and verified, replace the document for every item needing it. */
  satisfiedByElements: string[];
}

export interface SelectedItem {
  item: ItemView;
  /** The bundle's note on this item. */
  note?: string;
  /** Selected items whose result this one waits for. */
  after?: Array<{ itemCode: string; itemName: string; reason: string }>;
  /** The item's conditions that apply to these answers. */
  conditions: ConditionView[];
}

export interface Selection {
  items: SelectedItem[];
  materials: SelectedMaterial[];
}

/** What conditions are decided on: the answers, and the licence types the applicant already holds. */
export interface SelectionContext {
  answers: Answers;
  heldLicenceTypes?: readonly string[];
  /** Form values (see conditionFields): when given, materials conditional on the form are decided too. */
  fields?: Record<string, unknown>;
}

const ctxOf = (c: SelectionContext) => ({ answers: c.answers, licences: c.heldLicenceTypes ?? [], fields: c.fields ?? {} });

export function selectItems(bundle: BundleView, c: SelectionContext): ItemView[] {
  return bundle.items.filter((b) => evaluateCondition(b.includeIf, ctxOf(c))).map((b) => b.item);
}

/** Before the form is filled in, a material conditional on it is listed (it may be needed); otherwise only when its condition holds. */
const fieldLabels = (item: ItemView) => Object.fromEntries(item.formFields.map((f) => [f.key, f.label]));

const materialKey = (m: Pick<MaterialView, 'code' | 'name'>) => `${m.code}:${m.name}`;

const applies = (m: MaterialView, c: SelectionContext) => (!c.fields && readsFields(m.requiredIf)) || evaluateCondition(m.requiredIf, ctxOf(c));

/**
 * Materials of the given items, de-duplicated in first-seen order. The same code and name is the same document
 * (营业执照副本复印件 needed by four items is brought once); one code under different names stays apart (each
 * item's own application form, the ID card of a different person).
 */
export function collectMaterials(items: readonly ItemView[], c: SelectionContext): SelectedMaterial[] {
  const byCode = new Map<string, SelectedMaterial>();
  for (const item of items) {
    for (const m of item.materials) {
      if (!applies(m, c)) continue;
      const need: MaterialNeed = {
        versionId: item.versionId,
        itemCode: item.itemCode,
        itemName: item.name,
        authorityName: item.authority.name,
        legalBasis: m.legalBasis,
        required: m.required,
        acceptsLicenceTypes: [...m.acceptsLicenceTypes],
      };
      const key = materialKey(m);
      const seen = byCode.get(key);
      if (!seen) {
        byCode.set(key, {
          key,
          code: m.code,
          name: m.name,
          form: m.form,
          copies: m.copies,
          required: m.required,
          ...(m.note ? { note: m.note } : {}),
          ...(!c.fields && readsFields(m.requiredIf) ? { conditionText: `仅当${describeCondition(m.requiredIf!, { fields: fieldLabels(item) })}时需要` } : {}),
          neededBy: [need],
          acceptsLicenceTypes: [...m.acceptsLicenceTypes],
          satisfiedByElements: [...(m.satisfiedByElements ?? [])],
        });
        continue;
      }
      if (seen.neededBy.some((n) => n.versionId === item.versionId)) continue;
      seen.neededBy.push(need);
      seen.required ||= m.required;
      seen.copies = Math.max(seen.copies, m.copies);
      seen.acceptsLicenceTypes = seen.acceptsLicenceTypes.filter((t) => m.acceptsLicenceTypes.includes(t));
      seen.satisfiedByElements = seen.satisfiedByElements.filter((e) => (m.satisfiedByElements ?? []).includes(e));
    }
  }
  return [...byCode.values()];
}

export function selectForItems(items: readonly ItemView[], c: SelectionContext): Selection {
  return {
    items: items.map((item) => ({ item, conditions: item.conditions.filter((x) => evaluateCondition(x.appliesIf, ctxOf(c))) })),
    materials: collectMaterials(items, c),
  };
}

export function selectForBundle(bundle: BundleView, c: SelectionContext): Selection {
  const selection = selectForItems(selectItems(bundle, c), c);
  const chosen = new Map(selection.items.map((s) => [s.item.itemCode, s.item]));
  for (const s of selection.items) {
    const member = bundle.items.find((b) => b.item.versionId === s.item.versionId);
    if (member?.note) s.note = member.note;
    const deps = member?.dependsOn ?? [];
    const after = deps.filter((d) => chosen.has(d.itemCode)).map((d) => ({ itemCode: d.itemCode, itemName: chosen.get(d.itemCode)!.name, reason: d.reason }));
    if (after.length) s.after = after;
  }
  return selection;
}
