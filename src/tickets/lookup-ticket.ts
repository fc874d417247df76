import { z } from 'zod';
import { AppError, type AppDeps } from '../core/index.js';
import { normalisePhone } from '../identity/index.js';
import { eventNames, ticketKindNames, ticketStatusNames } from './rules.js';
import * as store from './store.js';

/** The steps a caller is told about: the desk's classification and merging stay inside. */
const callerSteps = new Set(['registered', 'dispatched', 'transferred', 'answered', 'rated', 'duplicate-answered']);

/**
 * A 12345 caller follows a ticket without an account: its number and the phone number given when it was registered.
 * Only progress leaves (kind, state, deadline, steps); the request, the answer and the names stay behind a sign-in.
 */
export async function lookupTicket(deps: Pick<AppDeps, 'db'>, input: { number: string; phone: string }) {
  const t = await store.ticketByNumber(deps.db, input.number.trim());
  const given = normalisePhone(input.phone);
  const held = t?.requester_phone ? (normalisePhone(t.requester_phone) ?? t.requester_phone.replace(/\D/g, '')) : null;
  if (!t || !held || (given ?? input.phone.replace(/\D/g, '')) !== held) throw new AppError('TICKET_PROGRESS_NOT_FOUND');
  const events = await store.eventsOf(deps.db, t.id);
  return {
    number: t.number,
    kindName: ticketKindNames[t.kind],
    status: t.status,
    statusName: ticketStatusNames[t.status],
    createdAt: t.created_at.toISOString(),
    dueDate: t.due_date,
    answered: !!t.answered_at,
    answeredAt: t.answered_at?.toISOString() ?? null,
    steps: events.filter((e) => callerSteps.has(e.action)).map((e) => ({ at: e.at.toISOString(), text: eventNames[e.action] ?? '' })),
  };
}

export const TicketProgressResponse = z.object({
  number: z.string(),
  kindName: z.string(),
  status: z.string(),
  statusName: z.string(),
  createdAt: z.string(),
  dueDate: z.string().nullable(),
  answered: z.boolean(),
  answeredAt: z.string().nullable(),
  steps: z.array(z.object({ at: z.string(), text: z.string() })),
});
