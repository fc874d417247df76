import { AppError, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import { inActorRegion, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { closeDeadline } from './deadlines.js';
import { closesOnAnswer } from './rules.js';
import { can } from './policy.js';
import * as store from './store.js';

const stateNames: Record<string, string> = { open: '待整改', answered: '待回访', closed: '已办结', withdrawn: '已撤回', voided: '已作废' };
export const rectificationStateName = (s: string): string => stateNames[s] ?? s;

/** The department records what it found and what it did; the rater is told the outcome. */
export async function answerRectification(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { finding: string; action: string }): Promise<store.RectificationRow> {
  return deps.db.transaction(async (tx) => {
    const r = await store.rectificationById(tx, id, true);
    if (!r || !inActorRegion(actor, await store.regionOfRating(tx, r.rating_id))) throw new AppError('RECTIFICATION_NOT_FOUND');
    if (!can(actor, 'answerRectification', r.department_id)) throw new AppError('FORBIDDEN');
    if (r.status !== 'open') throw new AppError('RECTIFICATION_STATE', { status: rectificationStateName(r.status), action: '反馈整改结果' });
    const now = deps.clock.now();
    const closed = await closeDeadline(tx, 'rectification', id, now);
    const closes = closesOnAnswer(r.follow_up_required);
    await store.answerRectification(tx, id, { finding: input.finding.trim(), action: input.action.trim(), at: now, by: actor.userId, onTime: closed.onTime ?? true, closes });
    await appendAudit(tx, { chain: `rating:${r.rating_id}`, actorId: actor.userId, action: 'rectification.answered', data: { rectificationId: id, finding: input.finding, action: input.action, onTime: closed.onTime }, at: now });
    const rating = await store.ratingById(tx, r.rating_id);
    if (rating?.rater_user_id) {
      await notify(tx, {
        userId: rating.rater_user_id,
        title: '您的评价已有整改反馈',
        body: `您对“${rating.item_name}”的评价，办理部门已核实整改：${input.action.trim()}`,
        link: '/ratings/mine',
        key: `rectification-answered:${id}`,
      });
    }
    return (await store.rectificationById(tx, id))!;
  });
}
