import { z } from 'zod';

/**
 * Response shapes of random inspections (双随机、一公开) and credit flags: the server serializes through them, so a
 * field nobody declared here never leaves. A flag's citizen ID number arrives masked unless the reader may see it
 * (present.ts, policy.ts); a plan never carries its secret seed before the draw.
 */
const Instant = z.string().describe('ISO 8601 instant');
const CodeName = z.object({ code: z.string(), name: z.string() });

// ---- credit flags

export const CreditFlagResponse = z
  .object({
    id: z.string(),
    uscc: z.string().nullable(),
    idNumber: z.string().nullable().describe('citizen ID number: masked (431127********0329) unless the reader is the person or may raise flags'),
    subjectName: z.string(),
    reason: z.string(),
    source: z.enum(['inspection', 'commitment', 'manual']),
    sourceName: z.string(),
    sourceRef: z.string().nullable(),
    startsAt: Instant,
    endsAt: Instant.describe('the instant the flag lapses'),
    endsOn: z.string().describe('the last day (Asia/Shanghai) the flag stands'),
    status: z.enum(['active', 'revoked']),
    standing: z.boolean().describe('in force now'),
    revokedAt: Instant.nullable(),
  })
  .meta({ id: 'CreditFlag' });

export const CreditFlagAppealResponse = z
  .object({
    id: z.string(),
    flagId: z.string(),
    statement: z.string(),
    filedAt: Instant,
    decision: z.enum(['revoked', 'upheld']).nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: Instant.nullable(),
  })
  .meta({ id: 'CreditFlagAppeal' });

export const CreditFlagListResponse = z.object({ items: z.array(CreditFlagResponse) });
export const CreditFlagDetailResponse = CreditFlagResponse.extend({ appeals: z.array(CreditFlagAppealResponse) });
export const MyCreditFlagsResponse = z.object({ items: z.array(CreditFlagDetailResponse) });
export const PendingCreditFlagAppealsResponse = z.object({ items: z.array(CreditFlagAppealResponse.extend({ flag: CreditFlagResponse })) });

// ---- pools

export const PoolOptionsResponse = z.object({
  townships: z.array(CodeName),
  industries: z.array(z.string()),
  licenceTypes: z.array(CodeName),
  riskLevels: z.array(CodeName),
  qualifications: z.array(CodeName),
  departments: z.array(z.object({ code: z.string(), name: z.string(), qualification: z.string().nullable(), checklist: z.array(z.string()) })).describe('departments that inspect, with their default checklist'),
});

export const SubjectListResponse = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      uscc: z.string(),
      name: z.string(),
      industry: z.string(),
      township: CodeName,
      riskLevel: z.enum(['low', 'medium', 'high']),
      riskName: z.string(),
      licenceTypes: z.array(z.string()),
      address: z.string().describe('business premises'),
    }),
  ),
});

export const InspectorListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      badgeNo: z.string(),
      name: z.string(),
      department: z.object({ code: z.string().optional(), name: z.string().optional() }),
      qualifications: z.array(CodeName),
      active: z.boolean(),
    }),
  ),
});

export const ConflictResponse = z.object({ inspectorId: z.string(), uscc: z.string(), reason: z.string() });

// ---- plans and results

export const InspectionResultResponse = z
  .object({
    id: z.string(),
    planId: z.string(),
    planTitle: z.string(),
    visitId: z.string(),
    position: z.number().int().describe('order of the subject in the draw'),
    uscc: z.string(),
    subjectName: z.string(),
    townshipName: z.string().nullable(),
    department: CodeName,
    inspectors: z.array(z.object({ name: z.string(), badgeNo: z.string() })),
    checklist: z.array(z.string()),
    recorded: z.boolean(),
    outcome: z.enum(['compliant', 'problems', 'referred']).nullable(),
    outcomeName: z.string(),
    findings: z.string().nullable(),
    checks: z.array(z.object({ item: z.string(), ok: z.boolean() })).nullable(),
    serious: z.boolean(),
    rectifyDays: z.number().int().nullable(),
    rectifyDueOn: z.string().nullable(),
    rectifiedAt: Instant.nullable(),
    rectificationNote: z.string().nullable(),
    inspectedOn: z.string().nullable(),
    recordedAt: Instant.nullable(),
  })
  .meta({ id: 'InspectionResult' });

const ResultWithAddress = InspectionResultResponse.extend({ address: z.string().nullable().describe('business premises') });

export const InspectionPlanResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'published', 'drawn']),
    statusName: z.string(),
    departments: z.array(z.object({ code: z.string(), name: z.string(), qualification: z.string().nullable(), checklist: z.array(z.string()) })),
    joint: z.boolean().describe('several departments inspect together (联合抽查)'),
    filter: z.record(z.string(), z.unknown()).describe('how the subject pool was filtered'),
    sampling: z.union([z.object({ kind: z.literal('size'), size: z.number().int() }), z.object({ kind: z.literal('rate'), percent: z.number() })]),
    stratifyBy: z.enum(['none', 'region', 'risk']),
    inspectorsPerVisit: z.number().int(),
    createdAt: Instant,
    seedCommitment: z.string().nullable().describe('hash of the seed, published before the draw'),
    planDigest: z.string().nullable(),
    publishedAt: Instant.nullable(),
    seed: z.string().nullable().describe('revealed at the draw'),
    drawnAt: Instant.nullable(),
    drawDigest: z.string().nullable(),
    populationCount: z.number().int().nullable(),
    sampleCount: z.number().int().nullable(),
  })
  .meta({ id: 'InspectionPlan' });

export const InspectionPlanListResponse = z.object({ items: z.array(InspectionPlanResponse) });
export const InspectionPlanDetailResponse = InspectionPlanResponse.extend({ results: z.array(InspectionResultResponse) });

export const InspectionTasksResponse = z.object({
  inspector: z.object({ name: z.string(), badgeNo: z.string() }).nullable().describe('null when the user is not in the inspector pool'),
  items: z.array(ResultWithAddress),
});
export const InspectionResultDetailResponse = ResultWithAddress;

// ---- public pages (一公开)

/** A draw recomputed from a published plan file and its revealed seed: anyone can compare it with the published one. */
export const DrawResultResponse = z
  .object({
    format: z.literal('banshi-draw-result/1'),
    planId: z.string(),
    seedCommitment: z.string(),
    seed: z.string(),
    populationCount: z.number().int(),
    sampleCount: z.number().int(),
    strata: z.array(z.object({ key: z.string(), population: z.number().int(), quota: z.number().int() })),
    visits: z.array(
      z.object({
        position: z.number().int(),
        subject: z.string(),
        stratum: z.string(),
        inspectors: z.record(z.string(), z.array(z.string())).describe('department code → inspector ids, in the order drawn'),
        shortfall: z.array(z.string()).describe('departments that could not field enough eligible inspectors'),
      }),
    ),
    visitsDigest: z.string().describe('SM3 over the canonical JSON of visits'),
    planDigest: z.string(),
  })
  .meta({ id: 'DrawResult' });

/** The published plan file, verbatim (format `banshi-draw-plan/1`), the input of a redraw. */
export const DrawPlanFileResponse = z.record(z.string(), z.unknown()).describe('the plan file as published');
export const InspectionResultListResponse = z.object({ items: z.array(InspectionResultResponse) });
