import { z } from 'zod';
import { IsoDateString } from '../core/index.js';

/** Request bodies of the applications API: validated at the edge, trusted inside (STYLE 5). */
const Code = z.string().trim().min(1).max(48);
const MaterialRef = z.strictObject({ itemCode: Code, materialCode: z.string().trim().min(1).max(32) });
const DateOnly = IsoDateString;
const Version = z.number().int().min(1).optional().describe('乐观锁版本号：与当前版本不符时返回 409 CONFLICT');

export const AttachmentInput = z.strictObject({
  uploadId: z.uuid().describe('POST /api/v1/files 返回的文件 id'),
  materials: z.array(MaterialRef).min(1).max(20).describe('该文件满足的全部材料'),
});

export const PickupInput = z.strictObject({
  mode: z.enum(['together', 'each']).describe('together 统一出件；each 逐项出件'),
  method: z.enum(['window', 'post']).describe('window 窗口领取；post 邮寄'),
  recipient: z.string().trim().max(40).nullish(),
  phone: z.string().trim().max(20).nullish(),
  address: z.string().trim().max(200).nullish(),
});

export const SubmitBody = z.strictObject({
  bundleCode: Code.nullish(),
  itemCodes: z.array(Code).min(1).max(40),
  answers: z.record(z.string(), z.unknown()).optional(),
  form: z.record(z.string().max(64), z.unknown()),
  attachments: z.array(AttachmentInput).max(100).default([]),
  licences: z.array(z.strictObject({ licenceId: z.uuid(), materials: z.array(MaterialRef).min(1).max(20) })).max(40).optional().describe('免提交：以持有的电子证照代替材料'),
  commitments: z.array(z.strictObject({ itemCode: Code, signedBy: z.string().trim().min(1).max(40) })).max(40).optional(),
  applicant: z
    .strictObject({
      username: z.string().trim().max(64).nullish(),
      kind: z.enum(['citizen', 'business']),
      name: z.string().trim().min(1).max(100),
      idNumber: z.string().trim().length(18).nullish(),
      uscc: z.string().trim().length(18).nullish(),
      orgName: z.string().trim().max(100).nullish(),
      phone: z.string().trim().max(20).nullish(),
    })
    .nullish(),
  authorisation: z.strictObject({ letterUploadId: z.uuid(), scope: z.string().trim().min(1).max(200), validUntil: DateOnly }).nullish(),
  counter: z
    .strictObject({
      identityCheck: z.enum(['idCardRead', 'idCardInspected']).describe('idCardRead 读取居民身份证芯片；idCardInspected 人工查验身份证原件'),
      presenterName: z.string().trim().min(1).max(40).nullish().describe('到窗口办理的人（法定代表人、经办人）；不填即申请人本人'),
    })
    .nullish()
    .describe('窗口收件（综合窗口人员为到窗口办事的申请人录入）：身份核验方式；材料由窗口扫描上传'),
  authorisationId: z.uuid().nullish().describe('帮代办：申请人在网上给予本人的有效授权（申请人即授权人）；授权已撤销、不在有效期或不含所办事项的，拒绝提交'),
  business: z.strictObject({ uscc: z.string().trim().length(18) }).nullish().describe('经办人为企业申请：企业的统一社会信用代码（须持有该企业法定代表人的有效授权）'),
  pickup: PickupInput.nullish(),
  windowRegion: z.string().trim().regex(/^[1-9]\d{5}(\d{3}(\d{3})?)?$/, '行政区划代码为 6、9 或 12 位数字').nullish()
    .describe('异地代收代办：递交材料、核验身份的窗口所在行政区划；不填为审批机关所在地的窗口（窗口人员代为提交时为其本窗口）'),
  draft: z.boolean().default(false),
});

export const Citation = z.strictObject({
  kind: z.enum(['material', 'condition', 'exception']),
  itemCode: Code,
  ref: z.string().trim().min(1).max(300).describe('材料代码、条件序号（从 1 起）或例外申请 id'),
  problem: z.string().trim().min(1).max(500),
});

/** 异地代收代办: a window outside the deciding authority's region confirms these for every action it takes. */
const WindowChecks = z.strictObject({ identity: z.boolean(), formalCompleteness: z.boolean() })
  .describe('异地代收代办：已核验申请人身份、已进行材料形式审查（本地区以外的窗口受理、补正告知、不予受理均须确认）');

export const AcceptBody = z.strictObject({
  version: Version,
  checks: WindowChecks.optional(),
  pending: z.array(z.strictObject({ itemCode: Code, materialCode: z.string().trim().min(1).max(32), dueDate: DateOnly })).max(30).optional(),
  note: z.string().trim().max(500).nullish(),
  confirmPilotCode: z.boolean().optional().describe('已核对原件，确认校验码不符但组织机构代码一致的统一社会信用代码（早期试点代码）'),
});

export const CorrectionBody = z.strictObject({ version: Version, items: z.array(Citation).min(1).max(50), checks: WindowChecks.optional() });
export const SupplyBody = z.strictObject({
  attachments: z.array(AttachmentInput).max(100).default([]),
  form: z.record(z.string().max(64), z.unknown()).optional(),
  note: z.string().trim().max(500).nullish(),
});
export const RefuseBody = z.strictObject({
  version: Version,
  reason: z.string().trim().min(1).max(500),
  legalBasis: z.string().trim().min(1).max(500),
  cited: z.array(Citation).min(1).max(50),
  checks: WindowChecks.optional(),
});
export const DeliverBody = z.strictObject({
  version: Version,
  caseIds: z.array(z.uuid()).min(1).max(40).optional(),
  method: z.enum(['window', 'post']).optional(),
  recipient: z.string().trim().max(40).nullish(),
  phone: z.string().trim().max(20).nullish(),
  address: z.string().trim().max(200).nullish(),
  trackingNumber: z.string().trim().max(40).nullish(),
});
export const ReceivePendingBody = z.strictObject({ itemCode: Code, materialCode: z.string().trim().min(1).max(32), uploadId: z.uuid() });
export const ExceptionBody = z.strictObject({
  context: z.enum(['correction', 'refusal', 'requestMore']),
  itemCode: Code,
  cited: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1).max(500),
});
export const DecideExceptionBody = z.strictObject({ approve: z.boolean(), note: z.string().trim().max(500).nullish() });

export const ReviewBody = z.strictObject({ version: Version, note: z.string().trim().max(500).nullish() });
export const DecideBody = z.strictObject({ version: Version, decision: z.enum(['approve', 'deny']), reasons: z.string().trim().max(1000) });
export const RequestMoreBody = z.strictObject({ version: Version, items: z.array(Citation).min(1).max(50) });
export const SpecialProcedureBody = z.strictObject({
  kind: z.enum(['hearing', 'tender', 'testing', 'appraisal', 'expertReview']).describe('听证 hearing · 招标拍卖 tender · 检验检测检疫 testing · 鉴定 appraisal · 专家评审 expertReview'),
  reason: z.string().trim().min(1).max(500),
  plannedEnd: IsoDateString.nullish().describe('预计结束日期'),
});
export const SpecialProcedureEndBody = z.strictObject({ outcome: z.string().trim().min(1).max(1000) });
export const ExtendBody = z.strictObject({ workingDays: z.number().int().min(1).max(60), reason: z.string().trim().min(1).max(300) });
export const SiteCheckBody = z.strictObject({
  caseIds: z.array(z.uuid()).min(1).max(20),
  scheduledFor: z.iso.datetime({ offset: true }),
  address: z.string().trim().min(1).max(200),
});
export const SiteCheckResultBody = z.strictObject({ caseId: z.uuid(), result: z.enum(['pass', 'fail']), note: z.string().trim().min(1).max(500) });
export const CommitmentCheckBody = z.strictObject({
  outcome: z.enum(['confirmed', 'breached']),
  note: z.string().trim().min(1).max(500),
  licenceAction: z.enum(['suspend', 'revoke']).optional().describe('核查不实时对据此发放的证照：suspend 责令整改并暂停；revoke 撤销（默认）'),
});

export const IdParams = z.object({ id: z.uuid() });
export const ListQuery = z.object({
  status: z.string().max(100).optional().describe('逗号分隔的状态'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
