import { AppError, newId, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { resumeDeadline, suspendDeadline } from './deadlines.js';
import { can, inReach } from './policy.js';
import * as store from './store.js';

async function forHandling(tx: Parameters<typeof store.requestById>[0], actor: Actor, id: string) {
  const r = await store.requestById(tx, id, true);
  if (!r || !inReach(actor, r)) throw new AppError('DISCLOSURE_NOT_FOUND');
  if (!can(actor, 'handle', r)) throw new AppError('FORBIDDEN');
  if (r.status === 'answered') throw new AppError('DISCLOSURE_ANSWERED');
  return r;
}

/** 征求第三方意见 (第三十二条): the clock stops while the third party is consulted. */
export async function startConsultation(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { thirdParty: string; question: string }): Promise<store.RequestRow> {
  return deps.db.transaction(async (tx) => {
    const r = await forHandling(tx, actor, id);
    if (r.status === 'consulting') throw new AppError('DISCLOSURE_CONSULTING');
    const now = deps.clock.now();
    await store.insertConsultation(tx, { id: newId(), request_id: id, third_party: input.thirdParty.trim(), question: input.question.trim(), sent_at: now, sent_by: actor.userId });
    await suspendDeadline(tx, 'disclosure', id, { at: now, kind: 'consultation', reason: `征求${input.thirdParty.trim()}意见` });
    await appendAudit(tx, { chain: `disclosure:${id}`, actorId: actor.userId, action: 'disclosure.consultationStarted', data: { thirdParty: input.thirdParty.trim() }, at: now });
    return store.saveRequest(tx, { ...r, status: 'consulting', due_date: null });
  });
}

/** The third party's opinion arrives (or its time ran out): the clock runs again and the due date moves by the days stopped. */
export async function endConsultation(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { opinion: 'agrees' | 'objects' | 'no-reply'; note?: string }): Promise<store.RequestRow> {
  return deps.db.transaction(async (tx) => {
    const r = await forHandling(tx, actor, id);
    const open = await store.openConsultation(tx, id);
    if (r.status !== 'consulting' || !open) throw new AppError('DISCLOSURE_NOT_CONSULTING');
    const now = deps.clock.now();
    await store.closeConsultation(tx, open.id, now, input.opinion, input.note?.trim() || null);
    const d = await resumeDeadline(tx, 'disclosure', id, now);
    await appendAudit(tx, { chain: `disclosure:${id}`, actorId: actor.userId, action: 'disclosure.consultationEnded', data: { opinion: input.opinion, dueOn: d.dueOn }, at: now });
    return store.saveRequest(tx, { ...r, status: 'received', due_date: d.dueOn });
  });
}
