/**
 * 一表申请: one form for a set of item versions. A field bound to a data element is asked once for all
 * items (required if any item requires it); the rest are grouped under their item. Values are prefilled from
 * the applicant's profile and from the data of e-licences they already hold, and each prefilled value says
 * where it came from. The applicant's own answer stands: prefill fills only empty fields, and where a record
 * disagrees with what the applicant answered (questionnaire or form) both are shown and the applicant chooses.
 */
import { evaluateCondition, readsFields, type Condition } from './conditions.js';
import { checkField } from './field-check.js';
import type { Answers, DataElementView, FieldView, ItemView, ProfileKey } from './model.js';

export interface PrefillLicence {
  licenceId: string;
  typeCode: string;
  typeName?: string;
  /** The licence's data, keyed by data element code. */
  data: Record<string, unknown>;
}

/** Where prefill values come from; injected so the rules stay pure and testable. */
export interface PrefillSources {
  profile?: Partial<Record<ProfileKey, string | null>>;
  licences?: readonly PrefillLicence[];
}

export interface FieldUse {
  versionId: string;
  itemCode: string;
  itemName: string;
}

export interface MergedField extends FieldView {
  /** The key the form data uses: the data element code, or `<itemCode>.<fieldKey>` for an item's own field. */
  name: string;
  usedBy: FieldUse[];
}

export interface PrefillOrigin {
  source: 'profile' | 'licence' | 'answer';
  profileKey?: ProfileKey;
  licenceId?: string;
  licenceType?: string;
  licenceTypeName?: string;
  /** source 'answer': the questionnaire question answered */
  question?: string;
}

/** A field whose record (profile, licence) says something else than the applicant answered: the applicant chooses. */
export interface PrefillConflict {
  /** What the applicant gave, which stands unless they pick the other. */
  given: { value: unknown; source: 'answer' | 'form'; question?: string };
  /** What the record says. */
  recorded: { value: unknown; origin: PrefillOrigin };
}

export interface MergedForm {
  /** The questionnaire answers the form was built for: field conditions on answers are decided with them. */
  answers: Answers;
  items: FieldUse[];
  common: MergedField[];
  groups: Array<FieldUse & { fields: MergedField[] }>;
  values: Record<string, unknown>;
  prefilled: Record<string, PrefillOrigin>;
  conflicts: Record<string, PrefillConflict>;
}

const useOf = (i: ItemView): FieldUse => ({ versionId: i.versionId, itemCode: i.itemCode, itemName: i.name });

function fromElement(el: DataElementView | undefined, f: FieldView): Omit<MergedField, 'usedBy'> {
  return {
    ...f,
    name: f.dataElement!,
    label: el?.name ?? f.label,
    type: el?.type ?? f.type,
    ...(el?.options ?? f.options ? { options: el?.options ?? f.options } : {}),
    ...(el?.maxLength ?? f.maxLength ? { maxLength: el?.maxLength ?? f.maxLength } : {}),
  };
}

function prefillOf(el: DataElementView, sources: PrefillSources): { value: unknown; origin: PrefillOrigin } | null {
  if (el.profileKey) {
    const v = sources.profile?.[el.profileKey];
    if (v) return { value: v, origin: { source: 'profile', profileKey: el.profileKey } };
  }
  // Licences in the order of the element's preferred types; with no preference, in the order given (newest first).
  const licences = sources.licences ?? [];
  const ordered = el.licenceTypes ? el.licenceTypes.flatMap((t) => licences.filter((l) => l.typeCode === t)) : licences;
  for (const lic of ordered) {
    const v = lic.data[el.code];
    if (v !== undefined && v !== null && v !== '') return { value: v, origin: { source: 'licence', licenceId: lic.licenceId, licenceType: lic.typeCode, ...(lic.typeName ? { licenceTypeName: lic.typeName } : {}) } };
  }
  return null;
}

export interface MergeOptions {
  answers?: Answers;
  /** Keep fields whose condition on the answers does not hold (for the form's schema, which lists every field). */
  everyField?: boolean;
  prefill?: PrefillSources;
  /** Questionnaire answers to questions bound to a data element: data element code → answer. */
  answered?: Record<string, { value: unknown; question: string }>;
  /** What the applicant already entered in the form (a saved draft): never overwritten. */
  entered?: Record<string, unknown>;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** Two values of one field that mean the same ('120' and 120, ' 张三' and '张三'). */
const sameValue = (a: unknown, b: unknown) => String(a).trim() === String(b).trim();

/** A field whose condition reads only answers is dropped now if it does not hold; one on form fields stays, decided at validation. */
const askedFor = (f: FieldView, answers: Answers, held: string[]) => readsFields(f.visibleIf) || evaluateCondition(f.visibleIf, { answers, licences: held });

/** A shared field is asked whenever any of its items asks it. */
function eitherCondition(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  if (!a || !b) return undefined;
  return { any: [a, b] };
}

/** The same question in two items' own fields: same key, label, type and options. */
const signature = (f: FieldView) => JSON.stringify([f.key, f.label, f.type, f.options ?? []]);

/**
 * Item-specific fields (bound to no data element) that several items ask identically, such as 是否委托他人办理:
 * asked once too. A key that is also a data element code stays with its item, so names never collide.
 */
function sharedFreeFields(items: readonly ItemView[], elements: ReadonlyMap<string, DataElementView>): Set<string> {
  const count = new Map<string, number>();
  for (const item of items) {
    for (const sig of new Set(item.formFields.filter((f) => !f.dataElement && !elements.has(f.key)).map(signature))) count.set(sig, (count.get(sig) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([sig]) => sig));
}

/**
 * The values conditions read (`{ field: … }`): by merged name and by each item's own key, so a condition written
 * against an item's form finds its value in the merged data.
 */
export function conditionFields(form: Pick<MergedForm, 'common' | 'groups'>, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(form)) {
    const v = data[f.name];
    if (v === undefined) continue;
    out[f.name] = v;
    out[f.key] ??= v;
  }
  return out;
}

export function buildMergedForm(items: readonly ItemView[], elements: ReadonlyMap<string, DataElementView>, opts: MergeOptions = {}): MergedForm {
  const answers = opts.answers ?? {};
  const sources = opts.prefill ?? {};
  const held = (sources.licences ?? []).map((l) => l.typeCode);
  const common = new Map<string, MergedField>();
  const groups: MergedForm['groups'] = [];
  const shared = sharedFreeFields(items, elements);
  for (const item of items) {
    const own: MergedField[] = [];
    for (const f of item.formFields) {
      if (!opts.everyField && !askedFor(f, answers, held)) continue;
      const name = f.dataElement ?? (shared.has(signature(f)) ? f.key : null);
      if (!name) {
        own.push({ ...f, name: `${item.itemCode}.${f.key}`, usedBy: [useOf(item)] });
        continue;
      }
      const seen = common.get(name);
      if (!seen) {
        common.set(name, { ...(f.dataElement ? fromElement(elements.get(f.dataElement), f) : { ...f, name }), usedBy: [useOf(item)] });
        continue;
      }
      if (!seen.usedBy.some((u) => u.versionId === item.versionId)) seen.usedBy.push(useOf(item));
      seen.required ||= f.required;
      const either = eitherCondition(seen.visibleIf, f.visibleIf);
      if (either) seen.visibleIf = either;
      else delete seen.visibleIf;
      // The tightest bounds of all items that ask it, so the one answer satisfies every item.
      if (f.min !== undefined) seen.min = Math.max(seen.min ?? f.min, f.min);
      if (f.max !== undefined) seen.max = Math.min(seen.max ?? f.max, f.max);
      if (f.maxLength !== undefined) seen.maxLength = Math.min(seen.maxLength ?? f.maxLength, f.maxLength);
    }
    groups.push({ ...useOf(item), fields: own });
  }
  const values: Record<string, unknown> = {};
  const prefilled: Record<string, PrefillOrigin> = {};
  const conflicts: Record<string, PrefillConflict> = {};
  for (const field of common.values()) {
    const entered = opts.entered?.[field.name];
    const answered = opts.answered?.[field.name];
    const fromAnswer = answered && !isEmpty(answered.value) ? checkField(field, answered.value) : null;
    const given = !isEmpty(entered)
      ? { value: entered, source: 'form' as const }
      : fromAnswer && !('error' in fromAnswer)
        ? { value: fromAnswer.value, source: 'answer' as const, question: answered!.question }
        : null;
    if (given?.source === 'answer') {
      values[field.name] = given.value;
      prefilled[field.name] = { source: 'answer', question: given.question! };
    }
    const el = elements.get(field.name);
    const hit = el && prefillOf(el, sources);
    if (!hit) continue;
    // A value the field would reject (a licence's '10万元' in a number field) is left for the applicant to fill in.
    const checked = checkField(field, hit.value);
    if ('error' in checked) continue;
    if (given) {
      // The applicant's answer stands; a record that says otherwise is offered beside it, never put in its place.
      if (!sameValue(given.value, checked.value)) conflicts[field.name] = { given, recorded: { value: checked.value, origin: hit.origin } };
      continue;
    }
    values[field.name] = checked.value;
    prefilled[field.name] = hit.origin;
  }
  return { answers, items: items.map(useOf), common: [...common.values()], groups, values, prefilled, conflicts };
}

/** Every field of a merged form, common first. */
export const fieldsOf = (form: Pick<MergedForm, 'common' | 'groups'>): MergedField[] => [...form.common, ...form.groups.flatMap((g) => g.fields)];
