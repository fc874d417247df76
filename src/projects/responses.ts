import { z } from 'zod';
import { ASSESSMENT_KINDS } from './rules.js';

/** Response shapes of the construction-projects API: what is not declared here never leaves. */
const Instant = z.string().describe('ISO 8601 instant');
const Day = z.string().describe('YYYY-MM-DD (Beijing)');
const StageStatus = z.enum(['locked', 'open', 'filed', 'handling', 'issued']);
const AssessmentKind = z.enum(Object.keys(ASSESSMENT_KINDS) as [keyof typeof ASSESSMENT_KINDS, ...Array<keyof typeof ASSESSMENT_KINDS>]);

export const AssessmentResponse = z.object({
  id: z.string(), kind: AssessmentKind, kindName: z.string(), title: z.string(), conclusion: z.string(),
  covers: z.array(z.object({ itemCode: z.string(), materialCode: z.string() })), validUntil: Day.nullable(), recordedAt: Instant,
});
export const ZoneResponse = z.object({
  code: z.string(), name: z.string(), regionCode: z.string(), regionName: z.string().describe('所在县（市、区）'),
  adminRegion: z.object({ code: z.string(), name: z.string() }).nullable().describe('园区管理机构的行政区划（赋权事项在此办理）；未设管理机构的园区为空'),
  areaKm2: z.number().nullable(), assessments: z.array(AssessmentResponse),
});
export const ZoneListResponse = z.object({ zones: z.array(ZoneResponse) });

const OpinionResponse = z.object({ round: z.number().int(), department: z.string(), departmentCode: z.string(), verdict: z.enum(['pass', 'revise', 'reject']), verdictName: z.string(), opinion: z.string(), reviewer: z.string(), at: Instant });
export const DrawingReviewResponse = z.object({
  id: z.string(), projectId: z.string(), round: z.number().int(), status: z.enum(['reviewing', 'revising', 'passed', 'failed']), statusName: z.string(),
  departments: z.array(z.object({ code: z.string(), name: z.string(), answered: z.boolean() })),
  opinions: z.array(OpinionResponse), mergedNotice: z.string().nullable().describe('一次性合并告知的审查意见（本轮全部部门出具意见后）'),
  openedAt: Instant, concludedAt: Instant.nullable(), revisionsLeft: z.number().int(),
});

const FindingResponse = z.object({ department: z.string(), departmentCode: z.string(), verdict: z.enum(['pass', 'fail']), verdictName: z.string(), findings: z.string(), inspector: z.string(), at: Instant });
export const AcceptanceResponse = z.object({
  id: z.string(), projectId: z.string(), scheduledFor: Instant, scheduledForText: z.string(), place: z.string(), status: z.enum(['scheduled', 'issued']), statusName: z.string(),
  departments: z.array(z.object({ code: z.string(), name: z.string(), recorded: z.boolean() })), findings: z.array(FindingResponse),
  certificate: z.object({ number: z.string(), licenceId: z.string(), identifier: z.string(), issuedAt: Instant, issuedOn: z.string() }).nullable(),
});

const StageResponse = z.object({
  key: z.string(), name: z.string(), promisedDays: z.number().int(), lead: z.object({ code: z.string(), name: z.string() }).nullable(),
  status: StageStatus, statusName: z.string(),
  items: z.array(z.object({ code: z.string(), name: z.string(), departmentName: z.string(), conditional: z.boolean() })),
  questions: z.array(z.object({ key: z.string(), text: z.string(), kind: z.enum(['yesNo', 'choice', 'number']), options: z.array(z.object({ value: z.string(), label: z.string() })), unit: z.string() })).describe('决定本阶段哪些事项适用的问题（申报时回答）'),
  materials: z.array(z.object({ itemCode: z.string(), itemName: z.string(), materialCode: z.string(), name: z.string(), coveredBy: z.string().nullable(), fromLicence: z.string().nullable() })),
  filing: z.object({ applicationId: z.string(), number: z.string(), status: z.string(), statusName: z.string() }).nullable(),
  acceptedOn: Day.nullable(), issuedOn: Day.nullable(), dueOn: Day.nullable(), usedWorkingDays: z.number().int().nullable(), overdue: z.boolean(),
});

export const ProjectSummaryResponse = z.object({
  id: z.string(), projectCode: z.string(), name: z.string(), address: z.string(), regionCode: z.string(),
  zone: z.object({ code: z.string(), name: z.string(), regionName: z.string().nullable().describe('园区所在行政区划（开发区或县）的名称') }).nullable(),
  applicantName: z.string(), createdAt: Instant, currentStage: z.string().nullable().describe('所处阶段名称；全部出件后为空'),
  drawingReviewId: z.string().nullable().describe('最近一次联合审图'), jointAcceptanceId: z.string().nullable().describe('联合验收'),
});
export const ProjectListResponse = z.object({ items: z.array(ProjectSummaryResponse) });

export const ProjectResponse = ProjectSummaryResponse.extend({
  applicantUscc: z.string().nullable(),
  stages: z.array(StageResponse),
  promisedDays: z.number().int(), usedWorkingDays: z.number().int(), withinPromise: z.boolean(), calendarMissing: z.boolean(),
  assessments: z.array(AssessmentResponse),
  drawingReview: DrawingReviewResponse.nullable(),
  acceptance: AcceptanceResponse.nullable(),
});

export const StageFilingResponse = z.object({
  applicationId: z.string(), number: z.string(), status: z.string(),
  coveredByZone: z.array(z.object({ itemCode: z.string(), materialCode: z.string() })).describe('由区域评估成果代替、无须申请人提交的材料'),
});
