import { z } from 'zod';
import { ConditionSchema } from '../catalog/index.js';
import { DeadlineResponse } from '../supervision/index.js';

/** Response shapes of guidance: the server serialises through them (nothing undeclared leaves). */
const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Option = z.object({ value: z.string(), label: z.string() });
const AnswerValue = z.union([z.boolean(), z.number(), z.string()]);

export const QuestionnaireResponse = z.object({
  bundle: z.object({ code: z.string(), versionId: z.string(), name: z.string(), description: z.string(), promisedDays: z.number(), promisedHours: z.number().nullable(), place: z.string() }),
  questions: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      help: z.string().nullable(),
      kind: z.enum(['yesno', 'choice', 'number']),
      options: z.array(Option),
      unit: z.string().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      visibleIf: ConditionSchema.nullable(),
      visibleIfText: z.string().nullable(),
    }),
  ),
  items: z.array(z.object({ itemCode: z.string(), versionId: z.string(), name: z.string(), authority: z.string(), includeIf: ConditionSchema.nullable(), includeIfText: z.string() })),
});

export const AnswerCheckResponse = z.object({
  answers: z.record(z.string(), AnswerValue).describe('最终回答：附表单内容时，与问题对应的数据元以表单为准'),
  complete: z.boolean(),
  visibleQuestions: z.array(z.string()),
  errors: z.array(z.object({ question: z.string(), code: z.string(), message: Bilingual })),
  items: z.array(z.object({ itemCode: z.string(), name: z.string(), authority: z.string() })),
  materialCount: z.number(),
});

const Fee = z.object({ name: z.string(), amount: z.number(), unit: z.string().optional(), legalBasis: z.string().optional() });
const HeldLicence = z.object({ licenceId: z.string(), typeCode: z.string(), typeName: z.string() });

export const NoticeResponse = z
  .object({
    id: z.string().describe('告知单编号'),
    title: z.literal('一次性告知单'),
    subject: z.object({ kind: z.enum(['bundle', 'item']), code: z.string(), name: z.string() }),
    generatedAt: z.string(),
    answers: z.array(z.object({ question: z.string(), text: z.string(), answer: AnswerValue, label: z.string(), dataElement: z.string().optional().describe('与该问题对应的数据元（表单最终填写的数值为准）') })),
    items: z.array(
      z.object({
        versionId: z.string(),
        itemCode: z.string(),
        name: z.string(),
        itemKind: z.string(),
        itemKindLabel: z.string(),
        authority: z.object({ code: z.string(), name: z.string() }),
        legalBasis: z.string(),
        conditions: z.array(z.string()),
        fees: z.array(Fee),
        legalDays: z.number(),
        promisedDays: z.number(),
        handling: z.enum(['immediate', 'promised']),
        handlingLabel: z.string(),
        commitment: z.boolean(),
        visits: z.number(),
        place: z.string(),
        produces: z.string().nullable(),
        after: z.array(z.object({ itemCode: z.string(), itemName: z.string(), reason: z.string() })),
        note: z.string().nullable(),
      }),
    ),
    materials: z.array(
      z.object({
        key: z.string(),
        code: z.string(),
        name: z.string(),
        form: z.string(),
        copies: z.number(),
        required: z.boolean(),
        note: z.string().optional(),
        conditionText: z.string().optional(),
        neededBy: z.array(z.object({ versionId: z.string(), itemCode: z.string(), itemName: z.string(), authorityName: z.string(), legalBasis: z.string(), required: z.boolean(), acceptsLicenceTypes: z.array(z.string()) })),
        acceptsLicenceTypes: z.array(z.string()),
        satisfiedByElements: z.array(z.string()),
        reuse: HeldLicence.nullable().describe('申请人持有可替代此材料的电子证照：免提交'),
        producedBy: z.object({ itemCode: z.string(), itemName: z.string() }).nullable().describe('同一申请中另一事项将核发替代此材料的证照'),
      }),
    ),
    licenceTypeNames: z.record(z.string(), z.string()),
    summary: z.object({
      itemCount: z.number(),
      materialCount: z.number(),
      requiredMaterialCount: z.number(),
      reusableMaterialCount: z.number(),
      authorities: z.array(z.string()),
      totalFee: z.number(),
      legalDays: z.number(),
      promisedDays: z.number(),
      promisedHours: z.number().nullable(),
      immediate: z.boolean(),
      visits: z.number(),
      places: z.array(z.string()),
    }),
    links: z.object({ json: z.string(), html: z.string(), pdf: z.string() }),
  })
  .meta({ id: 'Notice' });

const FieldUse = z.object({ versionId: z.string(), itemCode: z.string(), itemName: z.string() });
const MergedField = z.object({
  name: z.string().describe('表单数据中的字段名：数据元代码，或 <事项编码>.<字段键>'),
  key: z.string(),
  dataElement: z.string().optional(),
  label: z.string(),
  type: z.enum(['text', 'address', 'textarea', 'number', 'date', 'enum', 'boolean', 'uscc', 'idNumber', 'phone', 'email']),
  required: z.boolean(),
  options: z.array(Option).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().optional(),
  unit: z.string().optional(),
  visibleIf: ConditionSchema.optional(),
  usedBy: z.array(FieldUse),
});

const PrefillOrigin = z.object({
  source: z.enum(['profile', 'licence', 'answer']),
  profileKey: z.string().optional(),
  licenceId: z.string().optional(),
  licenceType: z.string().optional(),
  licenceTypeName: z.string().optional(),
  question: z.string().optional(),
});

export const MergedFormResponse = z
  .object({
    answers: z.record(z.string(), AnswerValue),
    items: z.array(FieldUse),
    common: z.array(MergedField),
    groups: z.array(FieldUse.extend({ fields: z.array(MergedField) })),
    values: z.record(z.string(), z.unknown()).describe('预填的值'),
    prefilled: z.record(z.string(), PrefillOrigin),
    conflicts: z
      .record(z.string(), z.object({ given: z.object({ value: z.unknown(), source: z.enum(['answer', 'form']), question: z.string().optional() }), recorded: z.object({ value: z.unknown(), origin: PrefillOrigin }) }))
      .describe('预填记录与申请人回答不一致的字段：申请人的回答为准，可改选记录中的值'),
  })
  .meta({ id: 'MergedForm' });

export const FormCheckResponse = z.object({
  valid: z.boolean(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: Bilingual })),
  warnings: z.array(z.object({ field: z.string(), code: z.string(), message: Bilingual })),
  values: z.record(z.string(), z.unknown()),
});

/** 指南纠错: what an applicant or a clerk reported about a guide, and what the department made of it. */
export const GuideFeedbackResponse = z
  .object({
    id: z.string(),
    itemCode: z.string(),
    itemVersionId: z.string(),
    itemName: z.string(),
    departmentId: z.string(),
    reporterKind: z.enum(['applicant', 'staff']),
    step: z.string().describe('在哪一步发现'),
    kind: z.enum(['wrong', 'unclear']),
    kindName: z.string(),
    part: z.string(),
    partName: z.string(),
    materialCode: z.string().nullable(),
    description: z.string(),
    applicationId: z.string().nullable(),
    status: z.enum(['open', 'resolved', 'dismissed']),
    response: z.string().nullable().describe('主管部门的答复'),
    handledAt: z.string().nullable(),
    createdAt: z.string(),
    deadline: DeadlineResponse.nullable().describe('答复期限'),
  })
  .meta({ id: 'GuideFeedback' });

const FeedbackCounts = {
  itemCode: z.string(),
  total: z.number().int(),
  open: z.number().int(),
  resolved: z.number().int(),
  dismissed: z.number().int(),
  wrong: z.number().int(),
  unclear: z.number().int(),
};

export const FeedbackStatsByItemResponse = z.object({ items: z.array(z.object({ ...FeedbackCounts, itemName: z.string(), departmentId: z.string() })) });
export const FeedbackStatsResponse = z.object({ ...FeedbackCounts, itemName: z.string().nullable() });
