import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import type { TicketKind } from './rules.js';
import * as store from './store.js';

/** The operator sets the ticket's kind and category (the category decides the department and the deadline). */
export async function classifyTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { kind?: TicketKind; categoryCode: string }) {
  if (!can(actor, 'operate')) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'classify', actor);
    if (!(await store.categoryByCode(tx, input.categoryCode))) throw new AppError('TICKET_CATEGORY_UNKNOWN', { code: input.categoryCode });
    const now = deps.clock.now();
    const saved = await store.saveTicket(tx, { ...t, kind: input.kind ?? t.kind, category_code: input.categoryCode, updated_at: now });
    await recordEvent(tx, saved, { action: 'classified', at: now, actorId: actor.userId, data: { kind: saved.kind, categoryCode: input.categoryCode } });
    return saved;
  });
}
