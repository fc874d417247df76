import type { Audience } from '../core/index.js';
import { hasRole, type Actor } from '../identity/index.js';

export type RatingAction = 'recordVisit' | 'answerRectification' | 'followUp' | 'appeal' | 'decideAppeal' | 'viewDepartment' | 'manageSettings';

/** Who may do what with ratings. `departmentId` is the department the rating or rectification belongs to. */
export function can(actor: Actor | null, action: RatingAction, departmentId?: string): boolean {
  if (!actor) return false;
  const ownDepartment = !!departmentId && actor.departmentId === departmentId;
  switch (action) {
    case 'recordVisit':
      return hasRole(actor, 'clerk');
    case 'answerRectification':
    case 'appeal':
      // the department that handled the matter answers for it (DESIGN: the head answers bad ratings; reviewers prepare it)
      return ownDepartment && hasRole(actor, 'head', 'reviewer');
    case 'followUp':
      // calling the rater back is done by the department or by the bureau's 好差评 office
      return (ownDepartment && hasRole(actor, 'head', 'reviewer')) || hasRole(actor, 'supervisor');
    case 'decideAppeal':
    case 'manageSettings':
      return hasRole(actor, 'supervisor', 'admin');
    case 'viewDepartment':
      return (ownDepartment && hasRole(actor, 'head', 'reviewer', 'clerk')) || hasRole(actor, 'supervisor', 'admin');
  }
}

/**
 * Who sees a rater's phone in full: the rater, and those who must call them back about a bad rating (the department
 * and the bureau's 好差评 office, `followUp`) on the rectification desk. A list of ratings is for reading the service,
 * not for calling anyone: masked.
 */
export function raterAudience(actor: Actor | null, r: { department_id: string; rater_user_id: string | null }, rectification: boolean): Audience {
  if (actor && r.rater_user_id === actor.userId) return 'full';
  return rectification && can(actor, 'followUp', r.department_id) ? 'full' : 'masked';
}
