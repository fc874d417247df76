/**
 * The shapes guidance works on: a narrow view of the catalog (bundles, questionnaires, item versions,
 * material specs, data elements, form fields). `from-catalog.ts` maps the catalog's own types onto these,
 * so the pure rules here do not change when the catalog grows.
 */
import type { Condition } from './conditions.js';

export type AnswerValue = boolean | string | number;
export type Answers = Record<string, AnswerValue>;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface QuestionView {
  key: string;
  text: string;
  help?: string;
  kind: 'yesno' | 'choice' | 'number';
  options?: Array<{ value: string; label: string }>;
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
  /** Shown (and required) only when this holds on the earlier answers. */
  visibleIf?: Condition;
  /** The data element the question asks for: its answer fills that field of the merged form. */
  dataElement?: string;
}

export interface MaterialView {
  /** Shared across items: the same code in two items is the same document, asked once. */
  code: string;
  name: string;
  /** 原件 / 复印件 / 电子件 … as the guide words it. */
  form: string;
  copies: number;
  required: boolean;
  /** Needed only when this holds on the answers. */
  requiredIf?: Condition;
  /** Why the item needs it: the legal basis shown to the applicant. */
  legalBasis: string;
  /** Licence type codes of e-licences that can stand in for this material (免提交). */
  acceptsLicenceTypes: string[];
  /** Data elements that, once filled in and verified, make the upload unnecessary. */
  satisfiedByElements?: string[];
  note?: string;
}

export interface ConditionView {
  text: string;
  appliesIf?: Condition;
}

export interface FeeView {
  name: string;
  /** Yuan; 0 means free of charge. */
  amount: number;
  unit?: string;
  legalBasis?: string;
}

export type FieldType = 'text' | 'address' | 'textarea' | 'number' | 'date' | 'enum' | 'boolean' | 'uscc' | 'idNumber' | 'phone' | 'email';

export interface FieldView {
  key: string;
  /** Bound to a data element: then asked once across the whole merged form. */
  dataElement?: string;
  label: string;
  type: FieldType;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  min?: number;
  max?: number;
  maxLength?: number;
  unit?: string;
  /** Asked only when this holds (on the answers, or on other fields of the form). */
  visibleIf?: Condition;
}

export type ProfileKey = 'name' | 'idNumber' | 'uscc' | 'orgName' | 'phone';

export interface DataElementView {
  code: string;
  name: string;
  type: FieldType;
  options?: Array<{ value: string; label: string }>;
  min?: number;
  max?: number;
  maxLength?: number;
  /** Filled from the signed-in applicant's profile. */
  profileKey?: ProfileKey;
  /** Filled from the applicant's existing licences of these types (their data under the element's code). */
  licenceTypes?: string[];
}

export interface ItemView {
  versionId: string;
  itemCode: string;
  name: string;
  itemKind: string;
  authority: { id: string; code: string; name: string };
  legalDays: number;
  promisedDays: number;
  immediate: boolean;
  commitment: boolean;
  legalBasis: string;
  conditions: ConditionView[];
  materials: MaterialView[];
  fees: FeeView[];
  visits: number;
  place: string;
  /** Licence type code the item issues, if any. */
  produces?: string;
  formFields: FieldView[];
}

export interface BundleItemView {
  item: ItemView;
  /** Selected only when this holds on the answers; always when absent. */
  includeIf?: Condition;
  /** Items whose result this one needs first (e.g. the business licence before the food permit). */
  dependsOn?: Array<{ itemCode: string; reason: string }>;
  /** The bundle's word on this item (e.g. 第一步：领取营业执照). */
  note?: string;
}

export interface BundleView {
  code: string;
  versionId: string;
  name: string;
  description: string;
  /** The bundle's own promise, tighter than the sum of its items (e.g. 开办企业 in 5 hours). */
  promisedDays: number;
  promisedHours: number | null;
  place: string;
  /** 工程建设项目: stages filed one after another, so the promise is the bundle's total */
  staged?: boolean;
  questions: QuestionView[];
  items: BundleItemView[];
}

/** An e-licence the applicant holds, as guidance needs it (see holder-licences.ts). */
export interface HolderLicence {
  licenceId: string;
  typeCode: string;
  typeName: string;
  /** The licence's data keyed by data element code (enterpriseName, uscc, businessAddress …). */
  data: Record<string, unknown>;
}
