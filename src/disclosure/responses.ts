import { z } from 'zod';
import { ANSWER_TYPES } from './rules.js';

/**
 * Response shapes of the disclosure API (依申请公开): the server serializes through them, so a field nobody declared here
 * never leaves. The applicant's ID number and phone arrive masked unless the reader is the applicant (present.ts).
 */
const Instant = z.string().describe('ISO 8601 instant');
const DeadlineStatus = z.enum(['open', 'suspended', 'closed']);
const DeadlineColour = z.enum(['green', 'yellow', 'red', 'suspended', 'closed']);

export const AnswerTypesResponse = z.object({
  answerTypes: z.array(z.object({ type: z.enum(ANSWER_TYPES), name: z.string() })),
  withholdingBases: z.array(z.object({ code: z.string(), article: z.string(), text: z.string() })).describe('legal grounds for withholding (条例 第十四至十六条)'),
  maxExtensionDays: z.number().int(),
});

export const DisclosureRequestResponse = z
  .object({
    id: z.string(),
    number: z.string(),
    applicantKind: z.enum(['citizen', 'organisation']),
    applicantName: z.string(),
    applicantIdCode: z.string().nullable().describe('a citizen’s ID number is masked unless the reader is the applicant; an organisation’s code is public'),
    applicantPhone: z.string().nullable().describe('masked unless the reader is the applicant'),
    departmentId: z.string(),
    description: z.string(),
    purpose: z.string().nullable(),
    format: z.enum(['paper', 'electronic']),
    formatName: z.string(),
    delivery: z.enum(['online', 'email', 'post', 'pickup']),
    deliveryName: z.string(),
    status: z.enum(['received', 'consulting', 'answered']),
    statusName: z.string(),
    receivedAt: Instant,
    dueDate: z.string().nullable(),
    extension: z.object({ at: Instant, workingDays: z.number().int().nullable(), reason: z.string().nullable() }).nullable(),
    answer: z
      .object({
        type: z.enum(ANSWER_TYPES).nullable(),
        typeName: z.string(),
        text: z.string().nullable(),
        legalBasis: z.string().nullable(),
        at: Instant,
        onTheSpot: z.boolean().nullable(),
        onTime: z.boolean().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'DisclosureRequest' });

const ByType = z.object({ disclosed: z.number().int(), 'partly-disclosed': z.number().int(), 'not-held': z.number().int(), 'not-disclosable': z.number().int() });
const Summary = z.object({ total: z.number().int(), answered: z.number().int(), onTheSpot: z.number().int(), onTime: z.number().int(), extended: z.number().int(), byType: ByType });

export const DisclosureListResponse = z.object({
  items: z.array(DisclosureRequestResponse.extend({ deadline: z.object({ dueOn: z.string().nullable(), status: DeadlineStatus, colour: DeadlineColour.nullable() }).nullable().optional() })),
  summary: Summary.nullable().describe('counts of the register (staff only; null for an applicant)'),
});

export const PublicRegisterResponse = z.object({
  year: z.number().int(),
  summary: Summary,
  departments: z.array(Summary.extend({ department: z.object({ id: z.string(), name: z.string() }) })),
});

export const DisclosureDetailResponse = DisclosureRequestResponse.extend({
  consultations: z.array(
    z.object({
      id: z.string(),
      thirdParty: z.string(),
      question: z.string(),
      sentAt: Instant,
      repliedAt: Instant.nullable(),
      opinion: z.enum(['agrees', 'objects', 'no-reply']).nullable(),
      opinionName: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  deadline: z
    .object({
      dueOn: z.string().nullable(),
      status: DeadlineStatus,
      colour: DeadlineColour.nullable(),
      totalWorkingDays: z.number(),
      suspensions: z.array(z.object({ kind: z.string(), reason: z.string().nullable(), fromAt: Instant, from: z.string(), toAt: Instant.nullable(), to: z.string().nullable() })),
      calendarMissing: z.boolean(),
    })
    .nullable(),
});
