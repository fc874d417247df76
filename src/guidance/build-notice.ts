/**
 * 一次性告知单: everything the applicant needs to know before applying, derived from the answers —
 * items and their authorities, conditions, each material once with why it is needed (which items, which legal
 * basis) and whether an e-licence can stand in, fees, time limits (legal and promised working days,
 * 即办件/承诺件), visits and place.
 */
import { answerLabel } from './answer-questionnaire.js';
import type { Answers, FeeView, QuestionView } from './model.js';
import type { Selection, SelectedMaterial } from './select-items.js';

export const itemKindLabels: Record<string, string> = {
  licence: '行政许可',
  confirmation: '行政确认',
  filing: '行政备案',
  benefit: '行政给付',
  adjudication: '行政裁决',
  award: '行政奖励',
  other: '其他行政权力',
  'public-service': '公共服务',
};

/** An e-licence the applicant already holds (from the licences module). */
export interface HeldLicence {
  licenceId: string;
  typeCode: string;
  typeName: string;
}

export interface NoticeItem {
  versionId: string;
  itemCode: string;
  name: string;
  itemKind: string;
  itemKindLabel: string;
  authority: { code: string; name: string };
  legalBasis: string;
  conditions: string[];
  fees: FeeView[];
  legalDays: number;
  promisedDays: number;
  handling: 'immediate' | 'promised';
  handlingLabel: '即办件' | '承诺件';
  commitment: boolean;
  visits: number;
  place: string;
  produces: string | null;
  /** Handled once these items have concluded (their result is needed). */
  after: Array<{ itemCode: string; itemName: string; reason: string }>;
  note: string | null;
}

export interface NoticeMaterial extends SelectedMaterial {
  /** Set when the applicant holds an e-licence that stands in for this material: no upload needed. */
  reuse: HeldLicence | null;
  /** Set when another item of this same application issues the e-licence that stands in for it. */
  producedBy: { itemCode: string; itemName: string } | null;
}

export interface Notice {
  /** Set once the notice is stored: the number printed on it. */
  id?: string;
  title: '一次性告知单';
  subject: { kind: 'bundle' | 'item'; code: string; name: string };
  generatedAt: string;
  answers: Array<{ question: string; text: string; answer: Answers[string]; label: string; dataElement?: string }>;
  items: NoticeItem[];
  materials: NoticeMaterial[];
  /** Names of the licence types mentioned (e-licences that can stand in for a material). */
  licenceTypeNames: Record<string, string>;
  summary: {
    itemCount: number;
    materialCount: number;
    requiredMaterialCount: number;
    reusableMaterialCount: number;
    authorities: string[];
    totalFee: number;
    /** Items are handled in parallel: the longest limit bounds the whole. */
    legalDays: number;
    promisedDays: number;
    /** The bundle's promise in hours, when it has one (开办企业 5 小时). */
    promisedHours: number | null;
    immediate: boolean;
    /** One window serves the whole bundle: the visits of the most demanding item. */
    visits: number;
    places: string[];
  };
}

export interface NoticeInput {
  subject: Notice['subject'];
  questions: readonly QuestionView[];
  answers: Answers;
  selection: Selection;
  generatedAt: Date;
  heldLicences?: readonly HeldLicence[];
  licenceTypeNames?: Record<string, string>;
  /** A bundle's own promise replaces the longest item limit as the promised time. */
  /** `staged`: the bundle's stages follow one another (工程建设项目), so its promise is their total, not the longest item's */
  bundlePromise?: { days: number; hours: number | null; place: string; staged?: boolean };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function buildNotice(input: NoticeInput): Notice {
  const { selection } = input;
  const items: NoticeItem[] = selection.items.map(({ item, conditions, after, note }) => ({
    versionId: item.versionId,
    itemCode: item.itemCode,
    name: item.name,
    itemKind: item.itemKind,
    itemKindLabel: itemKindLabels[item.itemKind] ?? item.itemKind,
    authority: item.authority,
    legalBasis: item.legalBasis,
    conditions: conditions.map((c) => c.text),
    fees: item.fees,
    legalDays: item.legalDays,
    promisedDays: item.immediate ? 0 : item.promisedDays,
    handling: item.immediate ? 'immediate' : 'promised',
    handlingLabel: item.immediate ? '即办件' : '承诺件',
    commitment: item.commitment,
    visits: item.visits,
    place: item.place,
    produces: item.produces ?? null,
    after: after ?? [],
    note: note ?? null,
  }));
  const held = input.heldLicences ?? [];
  const materials: NoticeMaterial[] = selection.materials.map((m) => {
    const maker = items.find((i) => i.produces && m.acceptsLicenceTypes.includes(i.produces) && !m.neededBy.some((n) => n.versionId === i.versionId));
    return {
      ...m,
      reuse: held.find((h) => m.acceptsLicenceTypes.includes(h.typeCode)) ?? null,
      producedBy: maker ? { itemCode: maker.itemCode, itemName: maker.name } : null,
    };
  });
  const answers = input.questions
    .filter((q) => q.key in input.answers)
    .map((q) => ({ question: q.key, text: q.text, answer: input.answers[q.key]!, label: answerLabel(q, input.answers[q.key]!), ...(q.dataElement ? { dataElement: q.dataElement } : {}) }));
  return {
    title: '一次性告知单',
    subject: input.subject,
    generatedAt: input.generatedAt.toISOString(),
    answers,
    items,
    materials,
    licenceTypeNames: Object.fromEntries(
      uniq(materials.flatMap((m) => m.acceptsLicenceTypes)).map((t) => [t, input.licenceTypeNames?.[t] ?? held.find((h) => h.typeCode === t)?.typeName ?? t]),
    ),
    summary: {
      itemCount: items.length,
      materialCount: materials.length,
      requiredMaterialCount: materials.filter((m) => m.required).length,
      reusableMaterialCount: materials.filter((m) => m.reuse || m.producedBy).length,
      authorities: uniq(items.map((i) => i.authority.name)),
      totalFee: items.reduce((s, i) => s + i.fees.reduce((t, f) => t + f.amount, 0), 0),
      legalDays: Math.max(0, ...items.map((i) => i.legalDays)),
      promisedDays: input.bundlePromise?.staged ? input.bundlePromise.days : input.bundlePromise ? Math.min(input.bundlePromise.days, Math.max(0, ...items.map((i) => i.promisedDays))) : Math.max(0, ...items.map((i) => i.promisedDays)),
      promisedHours: input.bundlePromise?.hours ?? null,
      immediate: items.length > 0 && items.every((i) => i.handling === 'immediate'),
      visits: Math.max(0, ...items.map((i) => i.visits)),
      places: uniq([...(input.bundlePromise?.place ? [input.bundlePromise.place] : []), ...items.map((i) => i.place)].filter(Boolean)),
    },
  };
}
