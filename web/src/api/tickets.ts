/**
 * 12345 tickets and the knowledge base (src/tickets/routes.ts), named after the server's document. The `…Expected`
 * shapes are what the pages read while a route does not declare its answer; each gives way to the declared type as soon
 * as the document has one (then they can go).
 */
import type { AnswerOf } from './typed';

type TicketKindExpected = 'consultation' | 'complaint' | 'suggestion' | 'help';
type TicketStatusExpected = 'registered' | 'dispatched' | 'returned' | 'answered' | 'merged' | 'closed';

export interface DeadlineLite {
  dueOn: string;
  status: string;
  colour: 'green' | 'yellow' | 'red' | 'closed' | 'suspended' | null;
}

interface TicketExpected {
  id: string;
  number: string;
  kind: TicketKindExpected;
  kindName: string;
  categoryCode: string | null;
  title: string;
  content: string;
  source: 'phone' | 'online' | 'window';
  requesterName: string;
  requesterPhone: string | null;
  status: TicketStatusExpected;
  statusName: string;
  departmentId: string | null;
  dispatchedAt: string | null;
  dueDate: string | null;
  answer: string | null;
  answeredAt: string | null;
  onTime: boolean | null;
  duplicateOf: string | null;
  rating: { level: number; levelName: string; comment: string | null; at: string } | null;
  createdAt: string;
  updatedAt: string;
  deadline?: DeadlineLite | null;
}

interface TicketDetailExpected extends TicketExpected {
  events: Array<{ at: string; action: string; actionName: string; fromDepartmentId: string | null; toDepartmentId: string | null; reason: string | null }>;
  duplicates: Array<{ id: string; number: string; title: string; status: TicketStatusExpected; createdAt: string }>;
  deadline: (DeadlineLite & { workingDays: number; calendarMissing: boolean }) | null;
}

interface CategoryExpected {
  code: string;
  name: string;
  departmentId: string;
  workingDays: number;
  sort: number;
}

interface KnowledgeExpected {
  id: string;
  title: string;
  question: string;
  answer: string;
  categoryCode: string | null;
  matched?: number;
  relevance?: number;
}

interface CreatedExpected {
  ticket: TicketExpected;
  suggestions: KnowledgeExpected[];
  possibleDuplicates: Array<{ id: string; number: string; title: string; status: TicketStatusExpected; matched: number }>;
}

export type Ticket = AnswerOf<'/api/v1/tickets', 'get', { items: TicketExpected[] }>['items'][number];
export type TicketKind = Ticket['kind'];
export type TicketStatus = Ticket['status'];
export type TicketDetail = AnswerOf<'/api/v1/tickets/{id}', 'get', TicketDetailExpected>;
export type Category = AnswerOf<'/api/v1/tickets/categories', 'get', { items: CategoryExpected[] }>['items'][number];
export type Knowledge = AnswerOf<'/api/v1/knowledge', 'get', { items: KnowledgeExpected[] }>['items'][number];
export type Created = AnswerOf<'/api/v1/tickets', 'post', CreatedExpected>;
export type SimilarTickets = AnswerOf<'/api/v1/tickets/{id}/similar', 'get', { items: Array<{ id: string; number: string; title: string; status: TicketStatus }> }>;

export const TICKET_KINDS: TicketKind[] = ['consultation', 'complaint', 'suggestion', 'help'];
