import { z } from 'zod';
import { IsoDateString, PERSONAL_CLASSES, REAL_NAME_LEVELS } from '../core/index.js';
import { ConditionSchema } from './condition.js';
import { ITEM_KINDS, LEVELS } from './item-code.js';

/** Schemas of the catalog's content: the API bodies, the JSON import format and the stored guide documents. */

export const DATA_ELEMENT_TYPES = ['text', 'uscc', 'idNumber', 'phone', 'date', 'number', 'enum', 'address'] as const;
export type DataElementType = (typeof DATA_ELEMENT_TYPES)[number];

const Key = z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/, '代码须以小写字母开头，只含字母和数字');
const LicenceType = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '证照类型代码格式不正确（如 business-licence）');
const Text = (max: number) => z.string().trim().min(1).max(max);

export const DataElementSchema = z.strictObject({
  code: Key,
  name: Text(40),
  type: z.enum(DATA_ELEMENT_TYPES),
  options: z.array(Text(40)).max(50).default([]),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  maxLength: z.number().int().positive().nullable().default(null),
  description: z.string().max(200).default(''),
  /** personal data class (公民身份号码, 电话, 住址, 姓名); by the type when omitted: decides how values are masked */
  personal: z.enum(PERSONAL_CLASSES).optional(),
});
export type DataElement = z.infer<typeof DataElementSchema>;

export const MATERIAL_FORMS = ['original', 'copy', 'originalAndCopy', 'electronic'] as const;
export const materialFormNames: Record<(typeof MATERIAL_FORMS)[number], string> = {
  original: '原件',
  copy: '复印件',
  originalAndCopy: '原件及复印件',
  electronic: '电子件',
};

/** 申请材料: one document an item requires, and what may satisfy it instead of an upload. */
export const MaterialSpecSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, '材料代码只能包含字母、数字和连字符'),
  name: Text(100),
  required: z.boolean(),
  form: z.enum(MATERIAL_FORMS),
  count: z.number().int().min(1).max(99).default(1),
  legalBasis: Text(300),
  /** data elements that, once filled in and verified, make the upload unnecessary */
  satisfiedByElements: z.array(Key).max(20).default([]),
  /** an e-licence of this type satisfies the material (免提交) */
  satisfiedByLicence: LicenceType.nullable().default(null),
  condition: ConditionSchema.nullable().default(null),
  note: z.string().max(300).default(''),
});
export type MaterialSpec = z.infer<typeof MaterialSpecSchema>;

/** A field of the item's form: bound to a data element (shared across items) or item-specific. */
export const FormFieldSchema = z
  .strictObject({
    key: Key,
    label: Text(60),
    element: Key.nullable().default(null),
    type: z.enum(DATA_ELEMENT_TYPES).nullable().default(null),
    options: z.array(Text(40)).max(50).default([]),
    required: z.boolean().default(true),
    condition: ConditionSchema.nullable().default(null),
    /** personal data class of an item-specific field; by the bound element or the type when omitted */
    personal: z.enum(PERSONAL_CLASSES).optional(),
  })
  .refine((f) => f.element !== null || f.type !== null, { message: '表单字段须绑定数据元或注明类型', path: ['type'] });
export type FormField = z.infer<typeof FormFieldSchema>;

export const FeeSchema = z.strictObject({
  name: Text(60),
  amount: z.number().min(0).max(100_000_000),
  unit: z.string().max(20).default('元'),
  basis: Text(300),
});
export type Fee = z.infer<typeof FeeSchema>;

export const StepSchema = z.strictObject({
  name: Text(30),
  description: Text(300),
});
export type Step = z.infer<typeof StepSchema>;

export const AutoApprovalSchema = z.strictObject({
  rule: ConditionSchema,
  description: Text(300),
});
export type AutoApproval = z.infer<typeof AutoApprovalSchema>;

export const APPLICANT_TYPES = ['citizen', 'enterprise', 'both'] as const;

/** Everything an author writes for one version of an item (办事指南 and its rules). */
export const ItemInputSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
  name: Text(100),
  kind: z.enum(ITEM_KINDS),
  departmentCode: z.string().trim().min(1).max(32),
  level: z.enum(LEVELS).default('county'),
  /** 实施编码; derived from code, level, region and the authority's USCC when omitted */
  implementationCode: z.string().trim().max(41).nullable().default(null),
  applicantType: z.enum(APPLICANT_TYPES).default('both'),
  legalBasis: Text(1000),
  handling: z.enum(['immediate', 'promised']),
  legalDays: z.number().int().min(0).max(3650),
  promisedDays: z.number().int().min(0).max(3650),
  fees: z.array(FeeSchema).max(20).default([]),
  /** when the bill of its fees is raised: at acceptance (受理时缴费) or after an approving decision (决定后缴费) */
  feeCharged: z.enum(['acceptance', 'decision']).default('decision'),
  /** 缴费后出件: results are handed over only once the bill is paid */
  deliveryAfterPayment: z.boolean().default(false),
  place: Text(200),
  officeHours: z.string().max(200).default('法定工作日 上午 8:00—12:00，下午 14:30—17:30'),
  phone: z.string().max(40).default(''),
  conditions: z.array(Text(300)).max(30).default([]),
  steps: z.array(StepSchema).max(20).default([]),
  visitsNeeded: z.number().int().min(0).max(5),
  onlineCapable: z.boolean(),
  authorisedToWindow: z.boolean(),
  decidedOnPlatform: z.boolean(),
  commitmentAllowed: z.boolean().default(false),
  commitmentText: z.string().max(2000).nullable().default(null),
  autoApproval: AutoApprovalSchema.nullable().default(null),
  producesLicenceType: LicenceType.nullable().default(null),
  keywords: z.array(Text(20)).max(30).default([]),
  materials: z.array(MaterialSpecSchema).max(60).default([]),
  formFields: z.array(FormFieldSchema).max(80).default([]),
  /** 容缺受理: codes of the materials the window may accept as owed (with a due date); any other must be in hand */
  pendingAllowed: z.array(z.string().regex(/^[A-Za-z0-9-]{1,32}$/)).max(30).default([]),
  /** what follows when owed materials never arrive: the approval is revoked (撤销), or the decision becomes 不予许可 */
  pendingLapse: z.enum(['deny', 'revoke']).default('deny'),
  /** 实名等级 an applicant's account needs to file online (null: any signed-in applicant) */
  realNameLevel: z.enum(REAL_NAME_LEVELS).nullable().default(null),
});
export type ItemInput = z.infer<typeof ItemInputSchema>;
export type ItemInputRaw = z.input<typeof ItemInputSchema>;

export const QuestionSchema = z
  .strictObject({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, '问题代码只能包含字母、数字和下划线'),
    text: Text(200),
    type: z.enum(['yesNo', 'choice', 'number']),
    options: z.array(z.strictObject({ value: Text(40), label: Text(60) })).max(20).default([]),
    unit: z.string().max(10).default(''),
    help: z.string().max(300).default(''),
    condition: ConditionSchema.nullable().default(null),
    /** The data element this question asks for (经营面积 → businessArea): the answer fills that field of the form, and the form's final value answers it. */
    dataElement: Key.nullable().default(null),
  })
  .refine((q) => q.type !== 'choice' || q.options.length >= 2, { message: '选择题至少需要两个选项', path: ['options'] });
export type Question = z.infer<typeof QuestionSchema>;

export const DependencySchema = z.strictObject({
  itemCode: z.string().trim().min(1).max(20),
  /** what the dependent item takes from the other's result: a data element (uscc) or a licence type */
  element: Key.nullable().default(null),
  licenceType: LicenceType.nullable().default(null),
  reason: Text(200),
});
export type Dependency = z.infer<typeof DependencySchema>;

export const BundleMemberSchema = z.strictObject({
  itemCode: z.string().trim().min(1).max(20),
  /** only if … (e.g. the applicant sells alcohol); null: always part of the bundle */
  condition: ConditionSchema.nullable().default(null),
  dependsOn: z.array(DependencySchema).max(10).default([]),
  stage: z.string().max(32).nullable().default(null),
  note: z.string().max(200).default(''),
});
export type BundleMember = z.infer<typeof BundleMemberSchema>;

export const StageSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,31}$/),
  name: Text(40),
  promisedDays: z.number().int().min(0).max(3650),
});
export type Stage = z.infer<typeof StageSchema>;

/** 一件事: several items applied for once; its questionnaire decides which apply. */
export const BundleInputSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,47}$/, '一件事代码只能包含小写字母、数字和连字符'),
  name: Text(60),
  audience: z.enum(APPLICANT_TYPES),
  description: Text(1000),
  keywords: z.array(Text(20)).max(30).default([]),
  promisedDays: z.number().int().min(0).max(3650),
  /** a tighter promise in hours, e.g. 开办企业 in 5 hours */
  promisedHours: z.number().int().min(1).max(240).nullable().default(null),
  place: Text(200),
  members: z.array(BundleMemberSchema).min(1).max(40),
  questions: z.array(QuestionSchema).max(60).default([]),
  stages: z.array(StageSchema).max(10).default([]),
});
export type BundleInput = z.infer<typeof BundleInputSchema>;
export type BundleInputRaw = z.input<typeof BundleInputSchema>;

export const AbolishedCertificateSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,47}$/),
  name: Text(60),
  aliases: z.array(Text(60)).max(20).default([]),
  replacedBy: z.enum(['dataCheck', 'commitment', 'licenceReuse']),
  licenceType: LicenceType.nullable().default(null),
  how: Text(300),
  basis: Text(300),
  abolishedOn: IsoDateString,
});
export type AbolishedCertificate = z.infer<typeof AbolishedCertificateSchema>;

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
}

/** One version of an item as every other module sees it. */
export interface ServiceItemVersion extends Omit<ItemInput, 'departmentCode' | 'implementationCode'> {
  versionId: string;
  itemId: string;
  version: number;
  status: VersionStatus;
  implementationCode: string;
  department: DepartmentRef;
  regionCode: string;
  immediate: boolean;
  createdAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
  /** 生效日期 of a draft published for a later date (null: not scheduled). */
  effectiveOn: string | null;
}

export interface BundleVersion extends BundleInput {
  versionId: string;
  bundleId: string;
  version: number;
  status: VersionStatus;
  createdAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
}

/** A whole catalog as one document: the JSON import/export format and what the workbook maps to. */
export const CatalogDocumentSchema = z.strictObject({
  format: z.literal('banshi-catalog').default('banshi-catalog'),
  version: z.literal(1).default(1),
  dataElements: z.array(DataElementSchema).default([]),
  abolishedCertificates: z.array(AbolishedCertificateSchema).default([]),
  items: z.array(ItemInputSchema).default([]),
  bundles: z.array(BundleInputSchema).default([]),
});
export type CatalogDocument = z.infer<typeof CatalogDocumentSchema>;
export type CatalogDocumentRaw = z.input<typeof CatalogDocumentSchema>;
