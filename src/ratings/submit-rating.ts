import { AppError, newId, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { badRatingGaps, checkIndicators, isBad, type Channel } from './levels.js';
import { editableUntil } from './rules.js';
import { openRectification } from './open-rectification.js';
import * as store from './store.js';

export interface SubmitRatingInput {
  handlingId?: string;
  /** The code shown at the window: lets a visitor without an account rate the visit. */
  ratingCode?: string;
  indicators: Record<string, number>;
  comment?: string;
  /** A visitor rating by code may leave a name and phone: the rating is then real-name and will be followed up. */
  raterName?: string;
  raterPhone?: string;
}

export function indicatorsOrThrow(channel: Channel, given: Record<string, number>, comment?: string | null) {
  const check = checkIndicators(channel, given);
  if (!check.ok) {
    const list = (xs: string[]) => (xs.length ? xs.join('、') : '无');
    throw new AppError('RATING_INDICATORS_INVALID', { missing: list(check.missing), unknown: list(check.unknown), invalid: list(check.invalid) });
  }
  const gaps = badRatingGaps(channel, check.indicators, comment);
  if (gaps.missing.length) {
    const what = gaps.missing.map((m) => (m === 'dimension' ? '把不满意的方面评为“不满意”或“非常不满意”' : '写明原因（至少 4 个字）')).join('，并');
    throw new AppError('RATING_BAD_NEEDS_REASON', { what });
  }
  return check;
}

/** One rating per handling (一事一评 / 一次一评); a bad one opens a rectification in the same transaction. */
export async function submitRating(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor | null, input: SubmitRatingInput): Promise<store.RatingRow> {
  return deps.db.transaction(async (tx) => {
    let handling: store.HandlingRow | undefined;
    if (input.ratingCode) handling = await store.handlingByCode(tx, input.ratingCode.trim().toUpperCase());
    else if (input.handlingId) {
      if (!actor) throw new AppError('RATING_ANONYMOUS_NEEDS_CODE');
      handling = await store.handlingById(tx, input.handlingId);
    } else throw new AppError('RATING_ANONYMOUS_NEEDS_CODE');
    if (!handling) throw new AppError('RATING_HANDLING_NOT_FOUND');
    // a handling with a known rater is rated by that rater only; a visit without one, by whoever holds its code
    if (handling.rater_user_id && handling.rater_user_id !== actor?.userId) throw new AppError('RATING_NOT_YOURS');
    if (!handling.rater_user_id && !input.ratingCode) throw new AppError('RATING_NOT_YOURS');

    const { level, indicators } = indicatorsOrThrow(handling.channel, input.indicators, input.comment);
    const settings = await store.ratingSettings(tx);
    const now = deps.clock.now();
    const raterName = actor?.name ?? input.raterName?.trim() ?? handling.rater_name;
    const raterPhone = input.raterPhone?.trim() || handling.rater_phone;
    const realName = !!actor || !!(raterName && raterPhone);
    const rating = await store.insertRating(tx, {
      id: newId(),
      handling_id: handling.id,
      channel: handling.channel,
      department_id: handling.department_id,
      item_code: handling.item_code,
      item_name: handling.item_name,
      rater_user_id: actor?.userId ?? null,
      rater_name: raterName ?? null,
      rater_phone: raterPhone ?? null,
      rater_uscc: handling.rater_uscc ?? actor?.uscc ?? null,
      real_name: realName,
      level,
      indicators,
      comment: input.comment?.trim() || null,
      rated_at: now,
      updated_at: now,
      editable_until: editableUntil(now, settings),
      status: 'valid',
      void_reason: null,
      voided_at: null,
      voided_by: null,
    });
    if (!rating) throw new AppError('RATING_ALREADY_GIVEN');
    await appendAudit(tx, { chain: `rating:${rating.id}`, actorId: actor?.userId ?? null, action: 'rating.submitted', data: { handlingId: handling.id, level, indicators, realName }, at: now });
    if (isBad(level)) await openRectification(tx, rating, handling.region_code, settings, now, actor?.userId ?? null);
    return rating;
  });
}
