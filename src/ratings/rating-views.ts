import type { Audience } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { presentHandling, presentRating } from './present.js';
import * as store from './store.js';

/** Attaches each rating's latest rectification and appeal. */
async function withOutcome(q: Queryable, ratings: store.RatingRow[], audience: Audience) {
  const ids = ratings.map((r) => r.id);
  const [rects, appeals] = await Promise.all([store.rectificationsOfRatings(q, ids), store.appealsOfRatings(q, ids)]);
  return ratings.map((r) =>
    presentRating(r, {
      audience,
      rectification: rects.find((x) => x.rating_id === r.id),
      appeal: appeals.find((a) => a.rating_id === r.id),
    }),
  );
}

/** What a rater sees: handlings still to rate, and their ratings with the department's response. */
export async function myRatings(q: Queryable, userId: string) {
  const handlings = await store.handlingsOfRater(q, userId, 200);
  const ratings = await store.ratingsOfRater(q, userId, 200);
  return {
    toRate: handlings.filter((h) => !h.rating_id).map(presentHandling),
    ratings: await withOutcome(q, ratings, 'full'),
  };
}

export async function ratingsForStaff(q: Queryable, f: store.RatingListFilter) {
  return withOutcome(q, await store.listRatings(q, f), 'masked');
}

/** The ratings a business gave (for the enterprise file 一企一档), newest first. */
export async function ratingsOf(q: Queryable, who: { uscc: string; limit?: number }) {
  return withOutcome(q, await store.ratingsOfUscc(q, who.uscc, who.limit ?? 100), 'masked');
}
