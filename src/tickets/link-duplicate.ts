import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { closeDeadline } from './deadlines.js';
import { tellRequester } from './answer-ticket.js';
import { can, inReach } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import * as store from './store.js';

/**
 * 并案: a ticket about a matter already raised is linked to the first ticket (the master). It stops its own clock and
 * gets the master's answer — at once if there is one, else when the master is answered.
 */
export async function linkDuplicate(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { masterId: string; note?: string }) {
  if (!can(actor, 'operate')) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'link', actor);
    const master = await store.ticketById(tx, input.masterId);
    if (!master || !inReach(actor, master)) throw new AppError('TICKET_NOT_FOUND');
    if (master.id === t.id || master.duplicate_of || master.status === 'merged') throw new AppError('TICKET_DUPLICATE_SELF');
    const now = deps.clock.now();
    if (t.status === 'dispatched') await closeDeadline(tx, 'ticket', t.id, now);
    const answered = master.answer !== null;
    const saved = await store.saveTicket(tx, {
      ...t,
      duplicate_of: master.id,
      status: answered ? 'answered' : 'merged',
      department_id: master.department_id,
      due_date: master.due_date,
      answer: master.answer,
      answered_at: answered ? now : null,
      answered_by: answered ? master.answered_by : null,
      updated_at: now,
    });
    await recordEvent(tx, saved, { action: 'merged', at: now, actorId: actor.userId, reason: input.note?.trim() || `与工单 ${master.number} 为同一事项`, data: { masterId: master.id } });
    if (answered) await tellRequester(tx, saved);
    // tickets already linked to this one follow it to the master
    for (const d of await store.duplicatesOf(tx, t.id)) await store.saveTicket(tx, { ...d, duplicate_of: master.id, updated_at: now });
    return (await store.ticketById(tx, t.id))!;
  });
}
