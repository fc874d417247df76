import { AppError, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import { inActorRegion, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { appealReasonNames } from './appeal-rating.js';
import { endRectification } from './open-rectification.js';
import { can } from './policy.js';
import * as store from './store.js';

/**
 * The supervisor decides an appeal. Upheld: the rating is voided (kept, with the reason, but out of the statistics)
 * and its rectification ends. Rejected: the rating and its rectification stand.
 */
export async function decideAppeal(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, appealId: string, input: { uphold: boolean; note: string }): Promise<store.AppealRow> {
  if (!can(actor, 'decideAppeal')) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const appeal = await store.appealById(tx, appealId, true);
    if (!appeal || !inActorRegion(actor, await store.regionOfRating(tx, appeal.rating_id))) throw new AppError('APPEAL_NOT_FOUND');
    if (appeal.status !== 'pending') throw new AppError('APPEAL_DECIDED', { status: appeal.status === 'upheld' ? '已支持' : '已驳回' });
    const now = deps.clock.now();
    const note = input.note.trim();
    await store.decideAppeal(tx, appealId, { status: input.uphold ? 'upheld' : 'rejected', note, at: now, by: actor.userId });
    const rating = (await store.ratingById(tx, appeal.rating_id, true))!;
    if (input.uphold) {
      const reason = `${appealReasonNames[appeal.reason_kind]}：${appeal.explanation}（复核意见：${note}）`;
      await store.voidRating(tx, rating.id, reason, now, actor.userId);
      const live = await store.liveRectificationOf(tx, rating.id);
      if (live) await endRectification(tx, live, 'voided', now);
      if (rating.rater_user_id) {
        await notify(tx, { userId: rating.rater_user_id, title: '您的评价经复核已作废', body: `您对“${rating.item_name}”的评价经申诉复核认定为${appealReasonNames[appeal.reason_kind]}，已作废。理由：${note}`, link: '/ratings/mine', key: `rating-voided:${rating.id}` });
      }
    }
    await appendAudit(tx, { chain: `rating:${rating.id}`, actorId: actor.userId, action: input.uphold ? 'appeal.upheld' : 'appeal.rejected', data: { appealId, note }, at: now });
    await notify(tx, { userId: appeal.filed_by, title: input.uphold ? '差评申诉已获支持' : '差评申诉未获支持', body: `“${rating.item_name}”的差评申诉复核意见：${note}`, link: '/ratings/rectifications', key: `appeal-decided:${appealId}` });
    return (await store.appealById(tx, appealId))!;
  });
}
