/**
 * The only place that knows the catalog's shapes: maps published bundle and item versions, material specs,
 * form fields and data elements onto guidance's views.
 */
import { materialFormNames, type BundleVersion, type DataElement, type ServiceItemVersion } from '../catalog/index.js';
import type { BundleView, DataElementView, FieldView, ItemView, ProfileKey, QuestionView } from './model.js';

/** Data elements the applicant's own profile answers. */
export const profileKeyOfElement: Record<string, ProfileKey> = {
  enterpriseName: 'orgName',
  uscc: 'uscc',
  legalRepresentative: 'name',
  legalRepIdNumber: 'idNumber',
  applicantName: 'name',
  applicantIdNumber: 'idNumber',
  contactPhone: 'phone',
};

const opts = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));

export function dataElementView(e: DataElement): DataElementView {
  return {
    code: e.code,
    name: e.name,
    type: e.type,
    ...(e.options.length ? { options: opts(e.options) } : {}),
    ...(e.min !== null ? { min: e.min } : {}),
    ...(e.max !== null ? { max: e.max } : {}),
    ...(e.maxLength !== null ? { maxLength: e.maxLength } : {}),
    ...(profileKeyOfElement[e.code] ? { profileKey: profileKeyOfElement[e.code] } : {}),
  };
}

export function dataElementViews(elements: Iterable<DataElement>): Map<string, DataElementView> {
  return new Map([...elements].map((e) => [e.code, dataElementView(e)]));
}

function fieldView(f: ServiceItemVersion['formFields'][number], elements: ReadonlyMap<string, DataElementView>): FieldView {
  const el = f.element ? elements.get(f.element) : undefined;
  const type = f.type ?? el?.type ?? 'text';
  return {
    key: f.key,
    ...(f.element ? { dataElement: f.element } : {}),
    label: f.label,
    type,
    required: f.required,
    ...(f.options.length ? { options: opts(f.options) } : el?.options ? { options: el.options } : {}),
    ...(el?.min !== undefined ? { min: el.min } : {}),
    ...(el?.max !== undefined ? { max: el.max } : {}),
    ...(el?.maxLength !== undefined ? { maxLength: el.maxLength } : {}),
    ...(f.condition ? { visibleIf: f.condition } : {}),
  };
}

export function itemView(v: ServiceItemVersion, elements: ReadonlyMap<string, DataElementView> = new Map()): ItemView {
  return {
    versionId: v.versionId,
    itemCode: v.code,
    name: v.name,
    itemKind: v.kind,
    authority: { id: v.department.id, code: v.department.code, name: v.department.name },
    legalDays: v.legalDays,
    promisedDays: v.promisedDays,
    immediate: v.immediate,
    commitment: v.commitmentAllowed,
    legalBasis: v.legalBasis,
    conditions: v.conditions.map((text) => ({ text })),
    materials: v.materials.map((m) => ({
      code: m.code,
      name: m.name,
      form: materialFormNames[m.form],
      copies: m.count,
      required: m.required,
      ...(m.condition ? { requiredIf: m.condition } : {}),
      legalBasis: m.legalBasis,
      acceptsLicenceTypes: m.satisfiedByLicence ? [m.satisfiedByLicence] : [],
      satisfiedByElements: m.satisfiedByElements,
      ...(m.note ? { note: m.note } : {}),
    })),
    fees: v.fees.map((f) => ({ name: f.name, amount: f.amount, unit: f.unit, legalBasis: f.basis })),
    visits: v.visitsNeeded,
    place: v.place,
    ...(v.producesLicenceType ? { produces: v.producesLicenceType } : {}),
    formFields: v.formFields.map((f) => fieldView(f, elements)),
  };
}

export function questionView(q: BundleVersion['questions'][number]): QuestionView {
  return {
    key: q.key,
    text: q.text,
    ...(q.help ? { help: q.help } : {}),
    kind: q.type === 'yesNo' ? 'yesno' : q.type,
    ...(q.type === 'choice' ? { options: q.options } : {}),
    // Quantities asked in a questionnaire (areas, seats, counts) are never negative.
    ...(q.type === 'number' ? { min: 0 } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.condition ? { visibleIf: q.condition } : {}),
    ...(q.dataElement ? { dataElement: q.dataElement } : {}),
  };
}

/** A bundle with its members' published item versions; members whose item is not published are left out. */
export function bundleView(b: BundleVersion, items: readonly ServiceItemVersion[], elements: ReadonlyMap<string, DataElementView> = new Map()): BundleView {
  const byCode = new Map(items.map((i) => [i.code, i]));
  return {
    code: b.code,
    versionId: b.versionId,
    name: b.name,
    description: b.description,
    promisedDays: b.promisedDays,
    promisedHours: b.promisedHours,
    place: b.place,
    ...(b.stages.length ? { staged: true } : {}),
    questions: b.questions.map(questionView),
    items: b.members.flatMap((m) => {
      const v = byCode.get(m.itemCode);
      if (!v) return [];
      return [{ item: itemView(v, elements), ...(m.condition ? { includeIf: m.condition } : {}), dependsOn: m.dependsOn.map((d) => ({ itemCode: d.itemCode, reason: d.reason })), ...(m.note ? { note: m.note } : {}) }];
    }),
  };
}
