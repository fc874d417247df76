import { z } from 'zod';

/**
 * Response shapes of the ratings API (好差评): the server serializes through them, so a field nobody declared here never
 * leaves. Rater names and phone numbers arrive already masked for the audience (present.ts, policy.ts).
 */
const Instant = z.string().describe('ISO 8601 instant');
const Channel = z.enum(['online', 'window']);
const Grade = z.enum(['good', 'neutral', 'bad']);
const IndicatorName = z.object({ code: z.string(), name: z.string() });

export const LevelsResponse = z.object({
  levels: z.array(z.object({ level: z.number().int().min(1).max(5), code: z.string(), name: z.string(), grade: Grade })),
  channels: z.array(z.object({ channel: Channel, name: z.string(), indicators: z.array(IndicatorName) })),
});

export const HandlingResponse = z
  .object({
    id: z.string(),
    channel: Channel,
    channelName: z.string(),
    applicationId: z.string().nullable(),
    itemCode: z.string().nullable(),
    itemName: z.string(),
    departmentId: z.string(),
    handledAt: Instant,
    indicators: z.array(IndicatorName).describe('indicators the rater is asked about on this channel'),
  })
  .meta({ id: 'RatingHandling' });

export const VisitResponse = HandlingResponse.extend({ ratingCode: z.string().nullable().describe('code the rater types or scans to rate this visit') });
export const HandlingByCodeResponse = HandlingResponse.extend({ rated: z.boolean() });

export const RectificationResponse = z
  .object({
    id: z.string(),
    ratingId: z.string(),
    departmentId: z.string(),
    status: z.enum(['open', 'answered', 'closed', 'withdrawn', 'voided']),
    statusName: z.string(),
    followUpRequired: z.boolean(),
    openedAt: Instant,
    workingDays: z.number().int(),
    dueDate: z.string().nullable(),
    finding: z.string().nullable(),
    action: z.string().nullable(),
    answeredAt: Instant.nullable(),
    onTime: z.boolean().nullable(),
    followUp: z
      .object({ method: z.string().nullable(), methodName: z.string().nullable(), result: z.string().nullable(), resultName: z.string().nullable(), note: z.string().nullable(), at: Instant })
      .nullable(),
    closedAt: Instant.nullable(),
  })
  .meta({ id: 'Rectification' });

export const AppealResponse = z
  .object({
    id: z.string(),
    ratingId: z.string(),
    departmentId: z.string(),
    reasonKind: z.enum(['mistaken', 'malicious']),
    reasonName: z.string(),
    explanation: z.string(),
    filedAt: Instant,
    status: z.enum(['pending', 'upheld', 'rejected']),
    statusName: z.string(),
    decisionNote: z.string().nullable(),
    decidedAt: Instant.nullable(),
  })
  .meta({ id: 'RatingAppeal' });

export const RatingResponse = z
  .object({
    id: z.string(),
    handlingId: z.string(),
    channel: Channel,
    channelName: z.string(),
    departmentId: z.string(),
    itemCode: z.string().nullable(),
    itemName: z.string(),
    level: z.number().int().min(1).max(5),
    levelName: z.string(),
    grade: Grade,
    gradeName: z.string(),
    indicators: z.array(z.object({ code: z.string(), name: z.string(), level: z.number().int().nullable(), levelName: z.string().nullable() })),
    comment: z.string().nullable(),
    realName: z.boolean().describe('rated under the rater’s real name'),
    raterName: z.string().nullable(),
    raterPhone: z.string().nullable().describe('masked (138****5678) unless the reader is the rater or must call them back'),
    ratedAt: Instant,
    updatedAt: Instant,
    editableUntil: Instant,
    status: z.enum(['valid', 'voided']),
    voidReason: z.string().nullable(),
    voidedAt: Instant.nullable(),
    rectification: RectificationResponse.nullable(),
    appeal: AppealResponse.nullable(),
  })
  .meta({ id: 'Rating' });

export const RatingListResponse = z.object({ items: z.array(RatingResponse) });
export const MyRatingsResponse = z.object({ toRate: z.array(HandlingResponse), ratings: z.array(RatingResponse) });

export const RectificationListResponse = z.object({
  items: z.array(
    RectificationResponse.extend({
      itemName: z.string(),
      channel: Channel,
      level: z.number().int(),
      ratedAt: Instant,
      realName: z.boolean(),
      comment: z.string().nullable(),
      raterName: z.string().nullable(),
      raterPhone: z.string().nullable(),
      ratingStatus: z.string(),
    }),
  ),
});

export const RectificationDetailResponse = RectificationResponse.extend({ rating: RatingResponse });

export const AppealListResponse = z.object({
  items: z.array(AppealResponse.extend({ itemName: z.string(), level: z.number().int(), comment: z.string().nullable() })),
});

const Rates = z.object({
  total: z.number().int(),
  good: z.number().int(),
  neutral: z.number().int(),
  bad: z.number().int(),
  goodRate: z.number().nullable().describe('percent, one decimal; null when nothing was rated'),
  neutralRate: z.number().nullable(),
  badRate: z.number().nullable(),
  rectifications: z.number().int(),
  rectifiedOnTime: z.number().int(),
  rectificationOnTimeRate: z.number().nullable(),
});

export const StatisticsResponse = z.object({
  period: z.string(),
  periodKind: z.enum(['month', 'quarter']),
  by: z.enum(['department', 'item']),
  items: z.array(Rates.extend({ key: z.string(), name: z.string() })),
  total: Rates,
});

export const SettingsResponse = z.object({
  editHours: z.number().int().describe('hours after rating during which the rater may change it'),
  rectificationDays: z.number().int().describe('working days a department has to rectify after a bad rating'),
});
