/** 12345 tickets and the knowledge base (src/tickets/routes.ts). */
export type TicketKind = 'consultation' | 'complaint' | 'suggestion' | 'help';
export type TicketStatus = 'registered' | 'dispatched' | 'returned' | 'answered' | 'merged' | 'closed';

export interface DeadlineLite {
  dueOn: string;
  status: string;
  colour: 'green' | 'yellow' | 'red' | 'closed' | 'suspended' | null;
}

export interface Ticket {
  id: string;
  number: string;
  kind: TicketKind;
  kindName: string;
  categoryCode: string | null;
  title: string;
  content: string;
  source: 'phone' | 'online' | 'window';
  requesterName: string;
  requesterPhone: string | null;
  status: TicketStatus;
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

export interface TicketDetail extends Ticket {
  events: Array<{ at: string; action: string; actionName: string; fromDepartmentId: string | null; toDepartmentId: string | null; reason: string | null }>;
  duplicates: Array<{ id: string; number: string; title: string; status: TicketStatus; createdAt: string }>;
  deadline: (DeadlineLite & { workingDays: number; calendarMissing: boolean }) | null;
}

export interface Category {
  code: string;
  name: string;
  departmentId: string;
  workingDays: number;
  sort: number;
}

export interface Knowledge {
  id: string;
  title: string;
  question: string;
  answer: string;
  categoryCode: string | null;
  matched?: number;
  relevance?: number;
}

export interface Created {
  ticket: Ticket;
  suggestions: Knowledge[];
  possibleDuplicates: Array<{ id: string; number: string; title: string; status: TicketStatus; matched: number }>;
}

export const TICKET_KINDS: TicketKind[] = ['consultation', 'complaint', 'suggestion', 'help'];
