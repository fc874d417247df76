import { z } from 'zod';
import { APPLICATION_STATUSES, CASE_STATUSES } from './state.js';
import { DOCUMENT_KINDS } from './statutory-document-rules.js';

/**
 * Response shapes of the applications API: the server serializes through them, so a field nobody declared here never
 * leaves (a new column on a row stays inside until someone decides, and declares, that it may be shown).
 */
const Json = z.record(z.string(), z.unknown());
const Instant = z.string().describe('ISO 8601 时刻');

export { ErrorResponse, errors } from '../core/index.js';

const Department = z.object({ id: z.string(), code: z.string(), name: z.string(), regionCode: z.string() });

const DeadlineBrief = z
  .object({
    dueOn: z.string().nullable(),
    status: z.string(),
    colour: z.enum(['green', 'yellow', 'red', 'suspended', 'closed']).nullable(),
    calendarMissing: z.boolean(),
    workingDays: z.number(),
    extensionDays: z.number(),
    statusName: z.string(),
    suspensions: z.number(),
    pauses: z.array(z.object({ kind: z.string(), kindName: z.string(), reason: z.string().nullable(), from: z.string(), to: z.string().nullable() })).meta({ description: '暂停计时的期间（补正、特别程序等），不计入办理时限' }),
    assigneeId: z.string().nullable().meta({ description: '办理人（null：部门待办队列）' }),
  })
  .nullable();

const CorrectionItem = z.object({
  kind: z.enum(['material', 'condition', 'exception']),
  itemCode: z.string(),
  ref: z.string(),
  title: z.string(),
  legalBasis: z.string().nullable(),
  problem: z.string(),
});

export const CaseResponse = z.object({
  id: z.string(),
  applicationId: z.string(),
  itemCode: z.string(),
  itemVersionId: z.string(),
  itemName: z.string(),
  department: Department.nullable(),
  status: z.enum(CASE_STATUSES),
  statusName: z.string(),
  version: z.number(),
  mode: z.enum(['standard', 'commitment', 'auto']),
  promisedDays: z.number(),
  immediate: z.boolean(),
  dependsOn: z.array(z.string()),
  authorisedToWindow: z.boolean(),
  decidedOnPlatform: z.boolean(),
  startedAt: Instant.nullable(),
  reviewedAt: Instant.nullable(),
  siteCheckId: z.string().nullable(),
  moreRequest: z.object({ items: z.array(CorrectionItem), requestedAt: z.string(), requestedBy: z.string() }).nullable(),
  decision: z
    .object({ result: z.enum(['approved', 'denied']), reasons: z.string().nullable(), at: Instant, by: z.string().nullable(), byRule: Json.nullable(), withoutReview: z.boolean() })
    .nullable(),
  commitment: Json.nullable(),
  licenceId: z.string().nullable(),
  deliveredAt: Instant.nullable(),
  deadline: DeadlineBrief,
  specialProcedures: z.array(
    z.object({ id: z.string(), kind: z.string(), kindName: z.string(), reason: z.string(), startedAt: Instant, plannedEnd: z.string().nullable(), endedAt: Instant.nullable(), outcome: z.string().nullable() }),
  ).meta({ description: '特别程序（听证、检验检测、专家评审等）：期间不计入办理时限' }),
}).meta({ id: 'Case' });

export const CaseInboxResponse = z.object({
  items: z.array(CaseResponse.extend({ number: z.string(), title: z.string(), applicantName: z.string() })),
});

const Pickup = z.object({
  mode: z.enum(['together', 'each']),
  method: z.enum(['window', 'post']),
  recipient: z.string().nullish(),
  phone: z.string().nullish(),
  address: z.string().nullish(),
});

/** Who vouched for the applicant: an agent's letter (帮代办) or the clerk who checked identity at the counter. */
export const Authorisation = z.union([
  z
    .object({ letterUploadId: z.string(), letterSha256: z.string(), scope: z.string(), validUntil: z.string(), agentId: z.string(), recordedAt: Instant })
    .describe('帮代办：申请人签署的授权委托书'),
  z
    .object({ authorisationId: z.string(), scope: z.string(), validFrom: z.string(), validUntil: z.string(), agentId: z.string(), recordedAt: Instant })
    .describe('帮代办：申请人在网上给予的授权'),
]);
export type Authorisation = z.infer<typeof Authorisation>;

export const ApplicationResponse = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusName: z.string(),
  version: z.number(),
  title: z.string(),
  bundleCode: z.string().nullable(),
  bundleVersionId: z.string().nullable(),
  channel: z.string(),
  applicant: z.object({
    kind: z.enum(['citizen', 'business']),
    name: z.string(),
    idNumber: z.string().nullable().describe('公民身份号码：无权查看完整号码的角色看到 431127********0329'),
    uscc: z.string().nullable(),
    orgName: z.string().nullable(),
    phone: z.string().nullable().describe('手机号码：无权查看的角色看到 138****5678'),
    userId: z.string().nullable(),
  }),
  submittedBy: z.string(),
  authorisation: Authorisation.nullable(),
  channelName: z.string().describe('网上申报、窗口收件'),
  counterIntake: z
    .object({
      clerkId: z.string(),
      clerkName: z.string(),
      windowName: z.string().nullable(),
      windowRegion: z.string(),
      windowRegionName: z.string(),
      identityCheck: z.enum(['idCardRead', 'idCardInspected']),
      identityCheckName: z.string(),
      presenterName: z.string(),
      scans: z.number(),
      checkedAt: Instant,
    })
    .nullable()
    .describe('窗口收件：录入的窗口人员、窗口、身份核验方式、扫描上传的材料份数'),

  answers: Json,
  form: Json.describe('一表申请的填报内容：个人信息按数据元的类别脱敏'),
  pickup: Pickup,
  authorityRegion: z.string(),
  acceptance: z
    .object({
      at: Instant,
      by: z.string().nullable(),
      department: Department.nullable(),
      region: z.string().nullable(),
      crossRegion: z.boolean(),
      authorityRegion: z.string(),
      authorities: z.array(Department.nullable()),
      checks: Json.nullable(),
    })
    .nullable(),
  correction: z.object({ items: z.array(CorrectionItem), requestedAt: z.string(), requestedBy: z.string(), suppliedAt: z.string().optional(), dueOn: z.string().optional().meta({ description: '补正期限（逾期未补正视为撤回）' }) }).nullable(),
  refusal: z.object({ reason: z.string(), legalBasis: z.string(), cited: z.array(CorrectionItem), at: z.string(), by: z.string() }).nullable(),
  pending: z.array(z.object({ itemCode: z.string(), materialCode: z.string(), name: z.string(), dueDate: z.string(), receivedAt: z.string().nullable(), checkedAt: z.string().nullable().optional(), lapsedAt: z.string().nullable().optional(), deadline: DeadlineBrief })),
  cases: z.array(CaseResponse),
  documents: z
    .array(z.object({ id: z.string(), kind: z.enum(DOCUMENT_KINDS), title: z.string(), number: z.string(), caseId: z.string().nullable(), issuedAt: Instant, url: z.string() }))
    .meta({ description: '办件文书：受理通知书、补正告知书、不予受理通知书、不予许可决定书、准予许可决定书（无证照的事项）' }),
  attachments: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['upload', 'licence']),
      uploadId: z.string().nullable(),
      sha256: z.string().nullable(),
      licenceId: z.string().nullable(),
      licenceType: z.string().nullable(),
      materials: z.array(z.object({ itemCode: z.string(), materialCode: z.string() })),
      round: z.number(),
      addedAt: Instant,
    }),
  ),
  outcome: z.object({ granted: z.array(z.string()), denied: z.array(z.string()) }).nullable(),
  delivery: Json.nullable(),
  createdAt: Instant,
  submittedAt: Instant.nullable(),
  concludedAt: Instant.nullable(),
  deliveredAt: Instant.nullable(),
  fullView: z.boolean().optional().describe('查看者能看到完整个人信息：可下载办件历史的存证证明（GET /applications/{id}/audit-proof）'),
}).meta({ id: 'Application' });

export const DeliveryResponse = ApplicationResponse.extend({
  delivered: z.array(z.object({ caseId: z.string(), itemName: z.string(), granted: z.boolean(), licenceId: z.string().nullable() })),
  complete: z.boolean(),
});

export const SubmissionResponse = z.object({ id: z.string(), number: z.string(), status: z.enum(APPLICATION_STATUSES), statusName: z.string(), version: z.number(), title: z.string(), submittedAt: Instant.nullable() });

export const ApplicationListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(APPLICATION_STATUSES),
      version: z.number(),
      applicantName: z.string(),
      channel: z.string(),
      channelName: z.string(),
      submittedAt: Instant.nullable(),
      crossRegion: z.boolean(),
    }),
  ),
});

export const TimelineResponse = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      at: Instant,
      action: z.string(),
      actionName: z.string(),
      actor: z.object({ id: z.string().nullable(), name: z.string() }),
      caseId: z.string().nullable(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      reason: z.string().nullable(),
      data: Json.describe('事件记录的数据：个人信息按类别脱敏'),
      hash: z.string(),
    }),
  ),
});

export const SiteCheckResponse = z.object({
  id: z.string(),
  applicationId: z.string(),
  caseIds: z.array(z.string()),
  scheduledFor: Instant,
  address: z.string(),
  requestedBy: z.string(),
  requestedAt: Instant,
  results: z.record(z.string(), z.object({ result: z.enum(['pass', 'fail']), note: z.string(), by: z.string(), at: z.string() })),
});

/** 现场核查 as staff read them: each department's finding in words. */
export const SiteCheckListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      scheduledFor: Instant,
      address: z.string(),
      requestedBy: z.string().nullable().describe('发起核查的审核人员'),
      requestedAt: Instant,
      joint: z.boolean().describe('联合勘验：一次上门核查多个部门的事项'),
      cases: z.array(
        z.object({
          caseId: z.string(),
          itemName: z.string(),
          departmentName: z.string().nullable(),
          result: z.enum(['pass', 'fail']).nullable(),
          resultName: z.string().describe('符合、不符合、待登记'),
          note: z.string().nullable().describe('核查情况'),
          recordedBy: z.string().nullable(),
          recordedAt: Instant.nullable(),
        }),
      ),
    }),
  ),
});

export const ExtensionResponse = z.object({ dueOn: z.string().nullable(), extensionDays: z.number(), totalWorkingDays: z.number() });

export const CommitmentChecksResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      number: z.string(),
      itemName: z.string(),
      status: z.string(),
      statusName: z.string(),
      createdAt: Instant,
      dueOn: z.string().nullable().meta({ description: '核查期限（工作日计算）' }),
      deadline: z.object({ colour: z.string().nullable(), status: z.string() }).nullable(),
      doneAt: Instant.nullable(),
      note: z.string().nullable(),
      licenceAction: z.enum(['suspend', 'revoke']).nullable(),
      licenceId: z.string().nullable(),
    }),
  ),
});

export const GuideExceptionResponse = z.object({
  id: z.string(),
  applicationId: z.string(),
  caseId: z.string().nullable(),
  departmentId: z.string(),
  context: z.enum(['correction', 'refusal', 'requestMore']),
  cited: z.string(),
  reason: z.string(),
  status: z.enum(['requested', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedAt: Instant,
  decidedBy: z.string().nullable(),
  decidedAt: Instant.nullable(),
  decisionNote: z.string().nullable(),
  usedAt: Instant.nullable(),
});

export const GuideExceptionListResponse = z.object({ items: z.array(GuideExceptionResponse) });

export const GuideIntegrityResponse = z.object({
  items: z.array(
    z.object({
      department: z.object({ id: z.string(), code: z.string().nullable(), name: z.string().nullable() }),
      exceptionsRequested: z.number(),
      exceptionsApproved: z.number(),
      decided: z.number(),
      decidedWithoutReview: z.number(),
    }),
  ),
});

export const DecidedWithoutReviewResponse = z.object({
  items: z.array(
    z.object({
      caseId: z.string(),
      applicationId: z.string(),
      number: z.string(),
      itemName: z.string(),
      departmentId: z.string(),
      decidedAt: Instant.nullable(),
      decidedBy: z.string().nullable(),
      result: z.string(),
    }),
  ),
});

/** 材料核验: how each material the guide lists is satisfied (uploaded, reused e-licence, produced here, owed, missing). */
export const MaterialsResponse = z.object({
  complete: z.boolean().describe('没有“未提供”的必需材料'),
  items: z.array(
    z.object({
      itemCode: z.string(),
      itemName: z.string(),
      materialCode: z.string(),
      name: z.string(),
      required: z.boolean(),
      legalBasis: z.string(),
      mayBeOwed: z.boolean().describe('在事项的容缺受理清单上'),
      state: z.enum(['uploaded', 'reused', 'produced', 'pending', 'missing', 'notNeeded']),
      stateName: z.string(),
      licence: z.object({ id: z.string(), type: z.string(), typeName: z.string().nullable(), link: z.string() }).nullable().describe('免提交：调用的电子证照'),
      attachmentIds: z.array(z.string()),
      producedBy: z.object({ itemCode: z.string(), itemName: z.string() }).nullable().describe('免提交：由本次办理的事项核发'),
      pending: z.object({ dueDate: z.string(), receivedAt: z.string().nullable(), checkedAt: z.string().nullable(), lapsedAt: z.string().nullable() }).nullable().describe('容缺：补交期限与进展'),
    }),
  ),
});

export const CommitmentCheckClosedResponse = z.object({
  id: z.string(),
  status: z.enum(['confirmed', 'breached']),
  creditFlag: z.object({ id: z.string(), endsAt: Instant }).nullable().describe('核查不实：对申请人作出的失信标记'),
  licence: z.object({ id: z.string(), action: z.enum(['suspend', 'revoke']) }).nullable().describe('核查不实：对依承诺核发的证照的处理'),
});

/** 帮代办授权 as the principal and the agent see it. */
export const AgentAuthorisationResponse = z
  .object({
    id: z.string(),
    role: z.enum(['principal', 'agent']).describe('我是授权人（principal）还是代办人（agent）'),
    principalName: z.string(),
    agentName: z.string(),
    agentKindName: z.string(),
    scope: z.array(z.object({ kind: z.enum(['item', 'bundle']), code: z.string(), name: z.string() })).describe('授权代办的事项和一件事'),
    validFrom: z.string(),
    validUntil: z.string(),
    state: z.enum(['live', 'revoked', 'expired', 'pending']),
    stateName: z.string(),
    grantedAt: Instant,
    revokedAt: Instant.nullable(),
  })
  .meta({ id: 'AgentAuthorisation' });

export const AgentAuthorisationListResponse = z.object({ items: z.array(AgentAuthorisationResponse) });

export const FilingsOnBehalfResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(APPLICATION_STATUSES),
      statusName: z.string(),
      agentName: z.string(),
      authorisationId: z.string().nullable(),
      submittedAt: Instant,
    }),
  ),
});
