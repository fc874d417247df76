import { AppError, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { closeDeadline } from './deadlines.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import * as store from './store.js';

async function tellRequester(tx: Queryable, t: store.TicketRow): Promise<void> {
  if (!t.requester_user_id) return;
  await notify(tx, { userId: t.requester_user_id, title: '您的 12345 诉求已答复', body: `${t.number}：${t.title}。答复：${t.answer}`, link: `/tickets/${t.id}`, key: `ticket-answered:${t.id}` });
}

/** The department answers: the clock stops, the requester is told, and duplicates linked to it get the same answer. */
export async function answerTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { answer: string }) {
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'answer', actor);
    if (!can(actor, 'handle', t)) throw new AppError('FORBIDDEN');
    const now = deps.clock.now();
    const closed = await closeDeadline(tx, 'ticket', t.id, now);
    const saved = await store.saveTicket(tx, { ...t, status: 'answered', answer: input.answer.trim(), answered_at: now, answered_by: actor.userId, on_time: closed.onTime, updated_at: now });
    await recordEvent(tx, saved, { action: 'answered', at: now, actorId: actor.userId, data: { onTime: closed.onTime } });
    await tellRequester(tx, saved);
    for (const d of await store.duplicatesOf(tx, t.id)) {
      if (d.status !== 'merged') continue;
      const dup = await store.saveTicket(tx, { ...d, status: 'answered', answer: saved.answer, answered_at: now, answered_by: actor.userId, department_id: saved.department_id, updated_at: now });
      await recordEvent(tx, dup, { action: 'duplicate-answered', at: now, actorId: actor.userId, data: { masterId: t.id } });
      await tellRequester(tx, dup);
    }
    return saved;
  });
}

export { tellRequester };
