import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import * as store from './store.js';

/** The requester rates the answer (5 非常满意 … 1 非常不满意); an operator records it for a caller without an account. */
export async function rateTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { level: number; comment?: string }) {
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'rate', actor);
    if (!can(actor, 'rate', t)) throw new AppError('TICKET_NOT_REQUESTER');
    const now = deps.clock.now();
    const saved = await store.saveTicket(tx, { ...t, status: 'closed', rating_level: input.level, rating_comment: input.comment?.trim() || null, rated_at: now, updated_at: now });
    await recordEvent(tx, saved, { action: 'rated', at: now, actorId: actor.userId, data: { level: input.level } });
    return saved;
  });
}
