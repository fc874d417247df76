import { AppError, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import { inActorRegion, type Actor } from '../identity/index.js';
import { can } from './policy.js';
import { rectificationStateName } from './answer-rectification.js';
import * as store from './store.js';

export interface FollowUpInput {
  method: 'phone' | 'sms' | 'visit' | 'online';
  result: 'satisfied' | 'basic' | 'dissatisfied' | 'unreachable';
  note?: string;
}

/** 回访: after the department's answer, the rater is called back; for a real-name rating this closes the rectification. */
export async function followUpRectification(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: FollowUpInput): Promise<store.RectificationRow> {
  return deps.db.transaction(async (tx) => {
    const r = await store.rectificationById(tx, id, true);
    if (!r || !inActorRegion(actor, await store.regionOfRating(tx, r.rating_id))) throw new AppError('RECTIFICATION_NOT_FOUND');
    if (!can(actor, 'followUp', r.department_id)) throw new AppError('FORBIDDEN');
    if (r.followed_up_at) throw new AppError('RECTIFICATION_FOLLOW_UP_DONE');
    // the rater is called back about what was done, so the department must have answered first
    if (r.status !== 'answered' && !(r.status === 'closed' && r.answered_at)) {
      throw new AppError('RECTIFICATION_STATE', { status: rectificationStateName(r.status), action: '回访' });
    }
    const now = deps.clock.now();
    await store.recordFollowUp(tx, id, { method: input.method, result: input.result, note: input.note?.trim() || null, at: now, by: actor.userId, closes: r.status === 'answered' });
    await appendAudit(tx, { chain: `rating:${r.rating_id}`, actorId: actor.userId, action: 'rectification.followedUp', data: { rectificationId: id, method: input.method, result: input.result }, at: now });
    return (await store.rectificationById(tx, id))!;
  });
}
