import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { appendAudit } from '../audit/index.js';
import { canStep, stepNames, ticketStatusNames, type TicketStep } from './rules.js';
import { inReach } from './policy.js';
import * as store from './store.js';

/**
 * Loads a ticket for a change, refusing a step its state does not allow. Staff act only on tickets of their region
 * and the regions below it; another region's ticket is not found.
 */
export async function ticketFor(tx: Queryable, id: string, step: TicketStep, actor: Actor | null): Promise<store.TicketRow> {
  const t = await store.ticketById(tx, id, true);
  if (!t || !inReach(actor, t)) throw new AppError('TICKET_NOT_FOUND');
  if (!canStep(t.status, step)) throw new AppError('TICKET_STATE', { status: ticketStatusNames[t.status], step: stepNames[step] });
  return t;
}

/** Every change lands in the ticket's timeline and in its audit chain, in the same transaction. */
export async function recordEvent(
  tx: Queryable,
  t: store.TicketRow,
  e: { action: string; at: Date; actorId: string | null; from?: string | null; to?: string | null; reason?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await store.insertEvent(tx, { ticket_id: t.id, at: e.at, actor_id: e.actorId, action: e.action, from_department_id: e.from ?? null, to_department_id: e.to ?? null, reason: e.reason ?? null });
  await appendAudit(tx, { chain: `ticket:${t.id}`, actorId: e.actorId, action: `ticket.${e.action}`, data: { from: e.from ?? null, to: e.to ?? null, reason: e.reason ?? null, ...e.data }, at: e.at });
}
