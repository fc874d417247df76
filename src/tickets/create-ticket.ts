import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { departmentByCode, regionPattern, type Actor } from '../identity/index.js';
import { searchKnowledge } from './knowledge.js';
import { can } from './policy.js';
import { recordEvent } from './record.js';
import type { TicketKind } from './rules.js';
import { minimumMatches, searchTerms } from './search-terms.js';
import * as store from './store.js';

export interface CreateTicketInput {
  kind: TicketKind;
  title: string;
  content: string;
  categoryCode?: string;
  /** Operators say how the request came in; the public files online. */
  source?: 'phone' | 'online' | 'window';
  requesterName?: string;
  requesterPhone?: string;
}

/**
 * A 12345 request, entered by an operator (from a call) or by the public online. The answer carries the
 * knowledge-base entries that may already answer it, and open tickets that may be the same matter.
 */
export async function createTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor | null, input: CreateTicketInput) {
  const operator = can(actor, 'operate');
  const requesterName = input.requesterName?.trim() || (!operator ? actor?.orgName ?? actor?.name : undefined);
  const requesterPhone = input.requesterPhone?.trim() || null;
  if (!requesterName || (!actor && !requesterPhone)) throw new AppError('TICKET_CONTACT_REQUIRED');
  const now = deps.clock.now();
  const text = `${input.title}\n${input.content}`;
  const terms = searchTerms(text);
  const ticket = await deps.db.transaction(async (tx) => {
    if (input.categoryCode && !(await store.categoryByCode(tx, input.categoryCode))) throw new AppError('TICKET_CATEGORY_UNKNOWN', { code: input.categoryCode });
    // the hotline of the demo county; a requester's own region code would come with cross-region hotlines
    const region = actor?.regionCode ?? (await departmentByCode(tx, 'xzsp'))?.region_code ?? '431127';
    const t = await store.insertTicket(tx, {
      id: newId(),
      kind: input.kind,
      category_code: input.categoryCode || null,
      title: input.title.trim(),
      content: input.content.trim(),
      source: operator ? input.source ?? 'phone' : 'online',
      region_code: region,
      entered_by: operator ? actor!.userId : null,
      requester_user_id: operator ? null : actor?.userId ?? null,
      requester_name: requesterName,
      requester_phone: requesterPhone,
      status: 'registered',
      created_at: now,
      updated_at: now,
    }, shanghaiDateOf(now));
    await store.indexTicket(tx, t.id, terms);
    await recordEvent(tx, t, { action: 'registered', at: now, actorId: actor?.userId ?? null, data: { kind: t.kind, source: t.source } });
    return t;
  });
  const suggestions = await searchKnowledge(deps.db, text, 5, { suggest: true });
  const since = new Date(now.getTime() - 90 * 86400_000);
  const possibleDuplicates = operator ? await store.similarTickets(deps.db, terms, Math.max(3, minimumMatches(terms.length) * 2), ticket.id, since, 5, actor?.regionCode ? regionPattern(actor.regionCode) : null) : [];
  return { ticket, suggestions, possibleDuplicates };
}
