import { z } from 'zod';
import { TICKET_KINDS } from './rules.js';

/**
 * Response shapes of the 12345 tickets API: the server serializes through them, so a field nobody declared here never
 * leaves. The requester's name and phone arrive already masked for the audience (present.ts, policy.ts).
 */
const Instant = z.string().describe('ISO 8601 instant');
const TicketStatus = z.enum(['registered', 'dispatched', 'returned', 'answered', 'merged', 'closed']);
const DeadlineStatus = z.enum(['open', 'suspended', 'closed']);
const DeadlineColour = z.enum(['green', 'yellow', 'red', 'suspended', 'closed']);

export const CategoryResponse = z
  .object({ code: z.string(), name: z.string(), departmentId: z.string(), workingDays: z.number().int().describe('working days to answer'), sort: z.number().int() })
  .meta({ id: 'TicketCategory' });
export const CategoryListResponse = z.object({ items: z.array(CategoryResponse) });

export const TicketResponse = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(TICKET_KINDS),
    kindName: z.string(),
    categoryCode: z.string().nullable(),
    title: z.string(),
    content: z.string(),
    source: z.enum(['phone', 'online', 'window']),
    requesterName: z.string(),
    requesterPhone: z.string().nullable().describe('masked (138****5678) unless the reader handles the ticket or filed it'),
    status: TicketStatus,
    statusName: z.string(),
    departmentId: z.string().nullable(),
    dispatchedAt: Instant.nullable(),
    dueDate: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: Instant.nullable(),
    onTime: z.boolean().nullable(),
    duplicateOf: z.string().nullable().describe('the master ticket this one was merged into'),
    rating: z.object({ level: z.number().int(), levelName: z.string().optional(), comment: z.string().nullable(), at: Instant }).nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Ticket' });

const SimilarTicket = z.object({ id: z.string(), number: z.string(), title: z.string(), status: TicketStatus, matched: z.number().describe('search terms in common') });

export const KnowledgeResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    question: z.string(),
    answer: z.string(),
    categoryCode: z.string().nullable(),
    departmentId: z.string().nullable(),
    status: z.enum(['published', 'retired']),
    updatedAt: Instant,
  })
  .meta({ id: 'KnowledgeEntry' });
const KnowledgeMatch = KnowledgeResponse.extend({ matched: z.number().optional(), relevance: z.number().optional().describe('share of the query’s terms matched, 0–1') });
export const KnowledgeListResponse = z.object({ items: z.array(KnowledgeMatch) });

export const CreatedTicketResponse = z.object({
  ticket: TicketResponse,
  suggestions: z.array(KnowledgeMatch).describe('knowledge-base answers that may already answer the request'),
  possibleDuplicates: z.array(SimilarTicket),
});

export const TicketListResponse = z.object({
  items: z.array(TicketResponse.extend({ deadline: z.object({ dueOn: z.string().nullable(), status: DeadlineStatus, colour: DeadlineColour.nullable() }).nullable() })),
});

export const TicketDetailResponse = TicketResponse.extend({
  events: z.array(z.object({ at: Instant, action: z.string(), actionName: z.string(), fromDepartmentId: z.string().nullable(), toDepartmentId: z.string().nullable(), reason: z.string().nullable() })),
  duplicates: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), status: TicketStatus, createdAt: Instant })),
  deadline: z
    .object({ dueOn: z.string().nullable(), status: DeadlineStatus, colour: DeadlineColour.nullable(), workingDays: z.number(), calendarMissing: z.boolean() })
    .nullable(),
});

export const SimilarTicketsResponse = z.object({ items: z.array(SimilarTicket) });
