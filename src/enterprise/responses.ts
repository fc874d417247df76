import { z } from 'zod';
import { InspectionResultResponse } from '../inspections/index.js';
import { LicenceSummaryResponse } from '../licences/index.js';
import { RatingResponse } from '../ratings/index.js';

/**
 * Response shapes of the enterprise file (一企一档): the server serializes through them, so a field nobody declared
 * here never leaves. Each part is the owning module's own shape, cut to what the viewer may see (enterprise-file.ts).
 */
const Instant = z.string().describe('ISO 8601 instant');

export const BusinessApplicationResponse = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    status: z.string(),
    statusName: z.string(),
    channel: z.string(),
    applicantName: z.string().nullable().describe('the business’s name as the application gave it'),
    submittedAt: Instant.nullable(),
    concludedAt: Instant.nullable(),
    deliveredAt: Instant.nullable(),
    filedBy: z.object({ name: z.string().nullable(), role: z.string().describe('法定代表人, 经办人, 综合窗口, 帮代办员 or 申请人') }),
    cases: z.array(z.object({ itemCode: z.string(), itemName: z.string(), departmentId: z.string(), status: z.string(), statusName: z.string(), decidedAt: Instant.nullable() })),
  })
  .meta({ id: 'BusinessApplication' });

export const EnterpriseFileResponse = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    scope: z.enum(['self', 'all', 'department']).describe('what the viewer may see: everything, or what concerns their department'),
    licences: z.array(LicenceSummaryResponse),
    applications: z.array(BusinessApplicationResponse),
    inspections: z.array(InspectionResultResponse),
    ratings: z.array(RatingResponse),
    creditFlag: z.object({ reason: z.string(), sourceName: z.string(), startsAt: Instant, endsOn: z.string() }).nullable(),
    totals: z.object({ licences: z.number().int(), validLicences: z.number().int(), inspections: z.number().int(), ratings: z.number().int(), applications: z.number().int() }).describe('counts a department-scoped viewer may know without seeing the records'),
    generatedAt: Instant,
  })
  .meta({ id: 'EnterpriseFile' });

export const BusinessApplicationsResponse = z.object({ applications: z.array(BusinessApplicationResponse), total: z.number().int() });
