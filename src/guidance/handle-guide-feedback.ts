/** The owner department answers a flag: resolved (the guide is or will be corrected) or dismissed, with a reply. */
import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { closeDeadline } from '../supervision/index.js';
import { inReach } from './feedback-reach.js';
import { can } from './policy.js';
import * as store from './store.js';

export async function handleGuideFeedback(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  id: string,
  input: { outcome: 'resolved' | 'dismissed'; response: string },
): Promise<store.FeedbackRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await store.feedbackById(tx, id);
    if (!row || !can(actor, 'viewFeedback', row) || !(await inReach(tx, actor, row))) throw new AppError('GUIDE_FEEDBACK_NOT_FOUND');
    if (!can(actor, 'handleFeedback', row)) throw new AppError('FORBIDDEN');
    if (!(await store.closeFeedback(tx, id, input.outcome, input.response, actor.userId, now))) throw new AppError('GUIDE_FEEDBACK_ALREADY_CLOSED');
    await closeDeadline(tx, 'guide-feedback', id, now);
    await notify(tx, {
      userId: row.reporter_id,
      title: `您对“${row.item_name}”办事指南的反馈已${input.outcome === 'resolved' ? '处理' : '答复'}`,
      body: input.response,
      link: `/guide-feedback/${id}`,
      key: `guide-feedback-closed:${id}`,
    });
    return { ...row, status: input.outcome, response: input.response, handled_by: actor.userId, handled_at: now };
  });
}
