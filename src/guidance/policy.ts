/** Who may do what in guidance. Guides, questionnaires and notices are public; feedback is signed. */
import { hasRole, type Actor } from '../identity/index.js';
import type { FeedbackRow } from './store.js';

export type GuidanceAction = 'flagGuide' | 'handleFeedback' | 'viewFeedback' | 'listAllFeedback';

export function can(actor: Actor | null, action: GuidanceAction, feedback?: Pick<FeedbackRow, 'department_id' | 'reporter_id'>): boolean {
  if (!actor) return false;
  switch (action) {
    case 'flagGuide':
      // anyone on either side of the counter who reads a guide: applicants, agents, clerks and reviewers
      return hasRole(actor, 'applicant', 'agent', 'clerk', 'reviewer', 'head', 'supervisor');
    case 'handleFeedback':
      // the owner department answers for its guide; the bureau's supervisors may close any
      return hasRole(actor, 'supervisor') || (hasRole(actor, 'reviewer', 'head') && !!feedback && actor.departmentId === feedback.department_id);
    case 'viewFeedback':
      return can(actor, 'handleFeedback', feedback) || (!!feedback && feedback.reporter_id === actor.userId);
    case 'listAllFeedback':
      return hasRole(actor, 'supervisor', 'admin');
  }
}

/** How a reporter is counted: an applicant's view of the guide or the counter's. */
export const reporterKindOf = (actor: Actor): 'applicant' | 'staff' => (actor.kind === 'staff' ? 'staff' : 'applicant');
