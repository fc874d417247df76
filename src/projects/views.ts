import type { AppDeps } from '../core/index.js';
import { presentAcceptance, presentProject, presentReview } from './present.js';
import type { ProjectState } from './project-state.js';
import * as store from './store.js';

/** A review as its readers see it: opinions, departments' names and the merged notice. */
export async function reviewView(deps: Pick<AppDeps, 'db'>, r: store.ReviewRow, own: boolean) {
  const [opinions, names] = await Promise.all([store.opinionsOf(deps.db, r.id), store.departmentNames(deps.db, r.departments)]);
  return presentReview(r, opinions, names, own);
}

export async function acceptanceView(deps: Pick<AppDeps, 'db'>, a: store.AcceptanceRow) {
  const [findings, names] = await Promise.all([store.findingsOf(deps.db, a.id), store.departmentNames(deps.db, a.departments)]);
  return presentAcceptance(a, findings, names);
}

/** The project page's data: stages, the current drawing review, the joint acceptance, the totals. */
export async function projectView(deps: Pick<AppDeps, 'db'>, s: ProjectState, own: boolean) {
  const review = s.reviews.at(-1);
  return presentProject(s, {
    review: review ? await reviewView(deps, review, own) : null,
    acceptance: s.acceptance ? await acceptanceView(deps, s.acceptance) : null,
  });
}
