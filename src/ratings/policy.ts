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
