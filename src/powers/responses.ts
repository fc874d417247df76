import { z } from 'zod';
import { DELEGATION_MODES, POWER_KINDS, REVIEW_CONCLUSIONS, STREAMLINING_ACTIONS } from './rules.js';

const Item = z.object({ code: z.string(), name: z.string().nullable().describe('事项名称（未发布或已废止时为空）') });

export const PowerResponse = z.object({
  id: z.uuid(),
  code: z.string().describe('权力事项编码'),
  kind: z.enum(POWER_KINDS),
  kindName: z.string().describe('权力类型（行政许可、行政处罚 …）'),
  name: z.string(),
  basis: z.string().describe('设定依据'),
  duties: z.array(z.string()).describe('责任事项'),
  accountability: z.string().describe('追责情形'),
  items: z.array(Item).describe('行使该权力的政务服务事项'),
  department: z.object({ code: z.string(), name: z.string() }),
});

export const PowerListResponse = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  departments: z.array(z.object({
    code: z.string(),
    name: z.string(),
    counts: z.array(z.object({ kind: z.enum(POWER_KINDS), kindName: z.string(), count: z.number().int() })).describe('按权力类型计数'),
    powers: z.array(PowerResponse),
  })),
  total: z.number().int(),
});

export const DelegationResponse = z.object({
  id: z.uuid(),
  item: z.object({ code: z.string(), name: z.string() }),
  department: z.object({ id: z.uuid(), name: z.string() }).describe('赋权部门'),
  delegate: z.object({ id: z.uuid(), name: z.string(), regionCode: z.string(), regionName: z.string() }).describe('承接单位'),
  mode: z.enum(DELEGATION_MODES),
  modeName: z.string().describe('赋权方式'),
  modeMeaning: z.string().describe('谁受理、谁决定'),
  basis: z.string().describe('赋权依据'),
  scope: z.string().describe('赋权范围'),
  validFrom: z.string().describe('起始日期（YYYY-MM-DD）'),
  validUntil: z.string().describe('截止日期（YYYY-MM-DD）'),
  state: z.enum(['pending', 'inForce', 'ended', 'revoked']),
  stateName: z.string(),
  revokeReason: z.string().nullable(),
});

export const PublicDelegationsResponse = z.object({ items: z.array(DelegationResponse) });

export const StaffDelegationResponse = DelegationResponse.extend({
  uses: z.number().int().describe('赋权后在承接单位申请的子件数'),
  reviewEveryDays: z.number().int(),
  lastReviewedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable().describe('下次回头看日期'),
  reviewDue: z.boolean().describe('回头看已到期'),
  reviews: z.array(z.object({
    reviewedOn: z.string(),
    reviewerName: z.string().nullable(),
    uses: z.number().int(),
    conclusion: z.enum(REVIEW_CONCLUSIONS),
    conclusionName: z.string(),
    findings: z.string(),
  })),
});
export const StaffDelegationsResponse = z.object({ items: z.array(StaffDelegationResponse) });

export const ReviewReportResponse = z.object({
  asOf: z.string(),
  total: z.number().int(),
  byState: z.array(z.object({ state: z.string(), stateName: z.string(), count: z.number().int() })),
  byMode: z.array(z.object({ mode: z.enum(DELEGATION_MODES), modeName: z.string(), count: z.number().int(), uses: z.number().int() })),
  reviewDue: z.array(StaffDelegationResponse).describe('回头看已到期的赋权'),
  unused: z.array(StaffDelegationResponse).describe('生效 90 天以上仍无人申请的赋权（可能“接不住”或不需要）'),
});

export const StreamliningResponse = z.object({
  id: z.uuid(),
  subject: z.enum(['item', 'bundle']).describe('item 事项；bundle 一件事'),
  subjectName: z.string().describe('事项或一件事'),
  itemCode: z.string().describe('事项或一件事的编码'),
  itemName: z.string(),
  departmentName: z.string().nullable(),
  action: z.enum(STREAMLINING_ACTIONS),
  actionName: z.string(),
  basis: z.string().describe('依据'),
  mergedInto: z.string().nullable().describe('合并时并入的事项或一件事'),
  receivingDepartmentName: z.string().nullable().describe('下放、委托时的承接单位'),
  retired: z.boolean().describe('是否已从目录中废止'),
  retiredName: z.string().describe('已废止或仍在目录中'),
  year: z.number().int(),
  materialsReduced: z.number().int(),
  daysReduced: z.number().int(),
  stepsReduced: z.number().int(),
  reason: z.string(),
  on: z.string().describe('日期（北京时间）'),
});

export const StreamliningReportResponse = z.object({
  year: z.number().int(),
  items: z.number().int().describe('减事项'),
  materials: z.number().int().describe('减材料'),
  days: z.number().int().describe('减时限（工作日）'),
  steps: z.number().int().describe('减环节'),
  bundles: z.number().int().describe('取消或合并的一件事（不计入减事项）'),
  byAction: z.array(z.object({ action: z.enum(STREAMLINING_ACTIONS), actionName: z.string(), count: z.number().int() })),
  actions: z.array(StreamliningResponse),
});

export const ImplementationResponse = z.object({
  id: z.uuid(),
  standardCode: z.string().describe('基本目录事项编码'),
  standardName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  departmentName: z.string().describe('实施主体'),
  implementationCode: z.string().describe('实施编码'),
  itemCode: z.string().nullable(),
  windowName: z.string().describe('办理窗口'),
  fees: z.string().describe('收费'),
  legalDays: z.number().int(),
  promisedDays: z.number().int(),
  authorised: z.boolean().describe('窗口授权'),
  authorisedName: z.string().describe('已授权 / 未授权'),
});
export const ImplementationsResponse = z.object({ items: z.array(ImplementationResponse) });

export const CoverageResponse = z.object({
  standardItems: z.number().int().describe('基本目录事项数'),
  counties: z.array(z.object({
    regionCode: z.string(),
    regionName: z.string(),
    implemented: z.number().int(),
    authorised: z.number().int(),
    share: z.string().describe('实施比例，如 “66.7%”'),
  })),
});

export const IntermediariesResponse = z.object({
  items: z.array(z.object({
    code: z.string(),
    name: z.string(),
    departmentName: z.string(),
    items: z.array(Item).describe('需要该中介服务的事项'),
    basis: z.string(),
    providers: z.string(),
    fee: z.string(),
    days: z.number().int(),
  })),
});
