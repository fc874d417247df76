import { AppError, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { isBad } from './levels.js';
import { canEditRating, rectificationAfterEdit } from './rules.js';
import { endRectification, openRectification } from './open-rectification.js';
import { indicatorsOrThrow } from './submit-rating.js';
import * as store from './store.js';

/** The rater changes their rating within the configured time; the rectification follows the new grade. */
export async function editRating(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, ratingId: string, input: { indicators: Record<string, number>; comment?: string }): Promise<store.RatingRow> {
  return deps.db.transaction(async (tx) => {
    const before = await store.ratingById(tx, ratingId, true);
    if (!before) throw new AppError('RATING_NOT_FOUND');
    if (before.rater_user_id !== actor.userId) throw new AppError('RATING_NOT_YOURS');
    const now = deps.clock.now();
    const verdict = canEditRating(before, now);
    const settings = await store.ratingSettings(tx);
    if (!verdict.ok) throw new AppError(verdict.reason, { hours: settings.editHours });
    const { level, indicators } = indicatorsOrThrow(before.channel, input.indicators, input.comment);
    const after = await store.updateRatingContent(tx, ratingId, level, indicators, input.comment?.trim() || null, now);
    await appendAudit(tx, { chain: `rating:${ratingId}`, actorId: actor.userId, action: 'rating.edited', data: { from: before.level, to: level, indicators }, at: now });
    const live = await store.liveRectificationOf(tx, ratingId);
    const step = rectificationAfterEdit(isBad(before.level), isBad(level), live);
    if (step === 'open') {
      const handling = await store.handlingById(tx, before.handling_id);
      await openRectification(tx, after, handling!.region_code, settings, now, actor.userId);
    } else if (step === 'withdraw' && live) {
      await endRectification(tx, live, 'withdrawn', now);
      await appendAudit(tx, { chain: `rating:${ratingId}`, actorId: actor.userId, action: 'rectification.withdrawn', data: { rectificationId: live.id }, at: now });
    }
    return after;
  });
}
