import { z } from 'zod';
import { SUSPENSION_KINDS } from './types.js';

/** Response shapes of the supervision API: the server serializes through them (nothing undeclared leaves). */
const CardCounts = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), suspended: z.number().int(), calendarMissing: z.number().int() });
const GroupCardCounts = z.object({ id: z.string().nullable(), name: z.string().nullable(), red: z.number().int(), yellow: z.number().int(), green: z.number().int() });

export const CardCountsResponse = z.union([CardCounts, z.object({ items: z.array(GroupCardCounts).describe('按部门或承办人') })]);

const Efficiency = {
  closed: z.number().int(),
  onTimeRate: z.number().nullable().describe('按期办结率（0–1）'),
  averageUsedDays: z.number().nullable(),
  averagePromisedDays: z.number().nullable(),
  averageLegalDays: z.number().nullable(),
  compressionRate: z.number().nullable().describe('承诺时限较法定时限压缩的比例（0–1）'),
  immediateRate: z.number().nullable(),
  promisedDaysTotal: z.number(),
  legalDaysTotal: z.number(),
};

export const EfficiencyReportResponse = z
  .object({
    period: z.enum(['week', 'quarter']),
    from: z.string(),
    to: z.string(),
    total: z.object(Efficiency),
    trend: z.array(z.object({ periodStart: z.string(), ...Efficiency })),
    byDepartment: z.array(z.object({ departmentId: z.string(), departmentName: z.string().nullable(), ...Efficiency })),
  })
  .meta({ id: 'EfficiencyReport' });

export const DashboardResponse = z.object({
  today: CardCounts,
  byDepartment: z.array(GroupCardCounts),
  weekly: EfficiencyReportResponse,
  quarterly: EfficiencyReportResponse,
  calendarWarning: z.object({ code: z.literal('NEXT_YEAR_CALENDAR_MISSING'), year: z.number().int(), message: z.string() }).nullable(),
  staffingGaps: z.array(z.object({ departmentId: z.string(), name: z.string() })).describe('有已发布事项却无在岗审批人员的部门'),
});

export const WatchPageResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      subjectKind: z.string(),
      subjectId: z.string(),
      title: z.string(),
      department: z.object({ id: z.string(), name: z.string() }),
      assignee: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
      windowId: z.string().nullable(),
      status: z.enum(['open', 'suspended']),
      colour: z.enum(['green', 'yellow', 'red', 'suspended']),
      acceptedOn: z.string(),
      dueOn: z.string().nullable(),
      workingDaysLeft: z.number().int().nullable().describe('剩余工作日（含当日）；红牌为超期天数（负数）'),
      calendarMissing: z.boolean(),
      missingYears: z.array(z.number().int()),
    }),
  ),
  nextCursor: z.string().nullable(),
});

/** A deadline as every module shows it (present.ts): its inputs, to explain it, and its computed dates. */
export const DeadlineResponse = z
  .object({
    id: z.string(),
    subjectKind: z.string(),
    subjectId: z.string(),
    title: z.string(),
    departmentId: z.string(),
    assigneeId: z.string().nullable(),
    windowId: z.string().nullable(),
    regionCode: z.string(),
    startedAt: z.string(),
    acceptedOn: z.string(),
    workingDays: z.number().int(),
    legalWorkingDays: z.number().int().nullable(),
    immediate: z.boolean(),
    extensionDays: z.number().int(),
    totalWorkingDays: z.number().int(),
    suspensions: z.array(z.object({ kind: z.enum(SUSPENSION_KINDS), reason: z.string().nullable(), fromAt: z.string(), from: z.string(), toAt: z.string().nullable(), to: z.string().nullable() })),
    extensions: z.array(z.object({ workingDays: z.number().int(), reason: z.string(), at: z.string(), approvedBy: z.string().nullable() })),
    history: z.array(
      z.object({
        at: z.string(),
        event: z.enum(['tracked', 'suspended', 'resumed', 'extended', 'recomputed', 'closed']),
        dueOn: z.string().nullable(),
        calendarVersion: z.string(),
        note: z.string().optional(),
      }),
    ),
    calendarVersion: z.string(),
    calendarMissing: z.boolean(),
    missingYears: z.array(z.number().int()),
    status: z.enum(['open', 'suspended', 'closed']),
    dueOn: z.string().nullable(),
    yellowFrom: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedOn: z.string().nullable(),
    usedWorkingDays: z.number().nullable(),
    onTime: z.boolean().nullable(),
    colour: z.enum(['green', 'yellow', 'red', 'suspended', 'closed']).optional(),
  })
  .meta({ id: 'Deadline' });

/** 督办: who urged the handler of a yellow or red deadline, when, and what they wrote. */
export const UrgeResponse = z.object({
  id: z.string(),
  deadlineId: z.string(),
  urgedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  urgedAt: z.string().describe('督办时间（UTC，页面按北京时间显示）'),
  colour: z.enum(['yellow', 'red']),
  colourName: z.string().describe('督办时的预警：黄牌、红牌'),
  message: z.string(),
  notifiedCount: z.number().int().describe('收到督办消息的人数'),
});
export const UrgeListResponse = z.object({ deadlineId: z.string().nullable(), items: z.array(UrgeResponse) });

export const ExplainedDeadlineResponse = DeadlineResponse.extend({
  days: z
    .array(
      z.object({
        date: z.string(),
        day: z.number().int().nullable().describe('计入时限的第几个工作日'),
        reason: z.enum(['counted', 'suspended', 'weekend', 'holiday', 'regional']),
        name: z.string().optional(),
        unknownYear: z.boolean().optional(),
      }),
    )
    .describe('从受理次日到到期日，逐日说明是否计入时限'),
  recomputedDueOn: z.string().nullable().describe('按记录的输入在同一日历版本上复算的到期日'),
  urges: z.array(UrgeResponse).describe('督办记录，按时间先后'),
});

export const YellowRuleResponse = z.object({ minDays: z.number().int(), fraction: z.number() });
export const YellowRuleChangeResponse = YellowRuleResponse.extend({ recomputed: z.number().int().describe('重新计算的在办期限数') });
