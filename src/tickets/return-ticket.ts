import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { closeDeadline } from './deadlines.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import * as store from './store.js';

/**
 * 退回: the department sends the ticket back to the operators with a reason (not its duty, unclear request). Its
 * deadline leaves the department's lists without counting as concluded; dispatching again starts a new one.
 */
export async function returnTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { reason: string }) {
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'return', actor);
    if (!can(actor, 'handle', t)) throw new AppError('FORBIDDEN');
    const now = deps.clock.now();
    await closeDeadline(tx, 'ticket', t.id, now, { withdrawn: true });
    const saved = await store.saveTicket(tx, { ...t, status: 'returned', department_id: null, due_date: null, updated_at: now });
    await recordEvent(tx, saved, { action: 'returned', at: now, actorId: actor.userId, from: t.department_id, reason: input.reason.trim() });
    return saved;
  });
}
