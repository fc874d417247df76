import { z } from 'zod';
import { PERSONAL_CLASSES, REAL_NAME_LEVELS } from '../core/index.js';
import { ConditionSchema } from './condition.js';
import { ITEM_KINDS, LEVELS } from './item-code.js';
import { APPLICANT_TYPES, DATA_ELEMENT_TYPES, MATERIAL_FORMS } from './types.js';

/** Response shapes of the catalog's public lists: the server serialises through them (nothing undeclared leaves). */
const VersionStatus = z.enum(['draft', 'published', 'retired']);

export const ItemSummaryResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    kindName: z.string(),
    department: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    versionId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    handling: z.enum(['immediate', 'promised']),
    legalDays: z.number(),
    promisedDays: z.number(),
    visitsNeeded: z.number(),
    onlineCapable: z.boolean(),
    authorisedToWindow: z.boolean(),
    decidedOnPlatform: z.boolean(),
    commitmentAllowed: z.boolean(),
    autoApproval: z.boolean(),
    producesLicenceType: z.string().nullable(),
    keywords: z.array(z.string()),
    publishedAt: z.string().nullable(),
    effectiveOn: z.string().nullable().describe('生效日期：定时发布的草稿在该日自动生效'),
  })
  .meta({ id: 'ItemSummary' });

export const ItemListResponse = z.object({ items: z.array(ItemSummaryResponse), total: z.number().int() });

export const BundleSummaryResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    audience: z.enum(APPLICANT_TYPES),
    description: z.string(),
    versionId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    promisedDays: z.number(),
    promisedHours: z.number().nullable(),
    itemCount: z.number().int(),
    keywords: z.array(z.string()),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'BundleSummary' });

export const BundleListResponse = z.object({ items: z.array(BundleSummaryResponse) });

// ---- the guide itself: item and bundle versions as every reader and author sees them

const Department = z.object({ id: z.string(), code: z.string(), name: z.string() });
const Condition = ConditionSchema.nullable();
const DataElementType = z.enum(DATA_ELEMENT_TYPES);

const MaterialSpec = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  form: z.enum(MATERIAL_FORMS),
  count: z.number().int(),
  legalBasis: z.string(),
  satisfiedByElements: z.array(z.string()).describe('填写并核验后可免交此材料的数据元'),
  satisfiedByLicence: z.string().nullable().describe('可免提交此材料的电子证照类型'),
  condition: Condition,
  note: z.string(),
});

const FormField = z.object({
  key: z.string(),
  label: z.string(),
  element: z.string().nullable(),
  type: DataElementType.nullable(),
  options: z.array(z.string()),
  required: z.boolean(),
  condition: Condition,
  personal: z.enum(PERSONAL_CLASSES).optional().describe('个人信息类别（决定脱敏方式）'),
});

export const ItemVersionResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    kindName: z.string(),
    versionId: z.string(),
    itemId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    implementationCode: z.string().describe('实施编码'),
    department: Department,
    regionCode: z.string(),
    level: z.enum(LEVELS),
    applicantType: z.enum(APPLICANT_TYPES),
    legalBasis: z.string(),
    handling: z.enum(['immediate', 'promised']),
    immediate: z.boolean(),
    legalDays: z.number(),
    promisedDays: z.number(),
    fees: z.array(z.object({ name: z.string(), amount: z.number(), unit: z.string(), basis: z.string() })),
    feeCharged: z.enum(['acceptance', 'decision']).describe('收费环节：受理时或准予决定后'),
    deliveryAfterPayment: z.boolean().describe('缴费后出件'),
    place: z.string(),
    officeHours: z.string(),
    phone: z.string().describe('咨询电话（机关电话，非个人信息）'),
    conditions: z.array(z.string()),
    steps: z.array(z.object({ name: z.string(), description: z.string() })),
    visitsNeeded: z.number(),
    onlineCapable: z.boolean(),
    authorisedToWindow: z.boolean(),
    decidedOnPlatform: z.boolean(),
    commitmentAllowed: z.boolean(),
    commitmentText: z.string().nullable(),
    autoApproval: z.object({ rule: ConditionSchema, description: z.string() }).nullable(),
    producesLicenceType: z.string().nullable(),
    keywords: z.array(z.string()),
    materials: z.array(MaterialSpec),
    formFields: z.array(FormField),
    pendingAllowed: z.array(z.string()).describe('容缺受理：窗口可先受理、限期补交的材料代码'),
    pendingLapse: z.enum(['deny', 'revoke']),
    realNameLevel: z.enum(REAL_NAME_LEVELS).nullable(),
    english: z
      .object({ name: z.string(), summary: z.string(), conditions: z.array(z.string()) })
      .nullable()
      .optional()
      .describe('办事指南的英文版本（仅当前发布版本的指南返回；null：没有英文版本，以中文显示）'),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
    effectiveOn: z.string().nullable().describe('生效日期：定时发布的草稿在该日（北京时间）自动成为现行版本'),
  })
  .meta({ id: 'ItemVersion' });

const BundleMember = z.object({
  itemCode: z.string(),
  condition: Condition,
  dependsOn: z.array(z.object({ itemCode: z.string(), element: z.string().nullable(), licenceType: z.string().nullable(), reason: z.string() })),
  stage: z.string().nullable(),
  note: z.string(),
});

const Question = z.object({
  key: z.string(),
  text: z.string(),
  type: z.enum(['yesNo', 'choice', 'number']),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  unit: z.string(),
  help: z.string(),
  condition: Condition,
  dataElement: z.string().nullable().describe('此问题所问的数据元：回答填入表单的同名字段'),
});

export const BundleVersionResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    audience: z.enum(APPLICANT_TYPES),
    description: z.string(),
    versionId: z.string(),
    bundleId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    keywords: z.array(z.string()),
    promisedDays: z.number(),
    promisedHours: z.number().nullable(),
    place: z.string(),
    members: z.array(BundleMember),
    questions: z.array(Question),
    stages: z.array(z.object({ key: z.string(), name: z.string(), promisedDays: z.number() })),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'BundleVersion' });

export const BundleDetailResponse = BundleVersionResponse.extend({ items: z.array(ItemSummaryResponse).describe('成员事项（当前发布版本）') }).meta({ id: 'BundleDetail' });

export const ItemVersionListResponse = z.object({ items: z.array(ItemSummaryResponse) });

export const DataElementResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    type: DataElementType,
    options: z.array(z.string()),
    min: z.number().nullable(),
    max: z.number().nullable(),
    maxLength: z.number().int().nullable(),
    description: z.string(),
    personal: z.enum(PERSONAL_CLASSES).optional(),
  })
  .meta({ id: 'DataElement' });

export const AbolishedCertificateResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    replacedBy: z.enum(['dataCheck', 'commitment', 'licenceReuse']),
    licenceType: z.string().nullable(),
    how: z.string(),
    basis: z.string(),
    abolishedOn: z.string(),
  })
  .meta({ id: 'AbolishedCertificate' });

const VersionRef = z.object({ versionId: z.string(), version: z.number().int(), status: z.string().optional() }).nullable();

export const CatalogHistoryResponse = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      action: z.string(),
      actionName: z.string(),
      actor: z.object({ id: z.string().nullable(), name: z.string() }),
      before: VersionRef,
      after: VersionRef,
      reason: z.string().nullable(),
      hash: z.string(),
    }),
  ),
});

const ShareCounts = z.object({ items: z.number().int(), authorisedToWindow: z.number().int(), decidedOnPlatform: z.number().int(), fully: z.number().int(), share: z.number().describe('百分比，两位小数') });
export const AuthorisedShareResponse = z.object({ overall: ShareCounts, departments: z.array(ShareCounts.extend({ department: Department })) });

const Changes = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export const ImportSummaryResponse = z.object({ dataElements: z.number().int(), abolishedCertificates: z.number().int(), items: Changes, bundles: Changes });
