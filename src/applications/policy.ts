import { hasRole, type Actor } from '../identity/index.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

export type ApplicationPolicyAction = 'view' | 'window' | 'supply' | 'choosePickup' | 'seeIdNumbers';
export type CasePolicyAction = 'viewCase' | 'handleCase';

const ownsOrSubmitted = (actor: Actor, app: Pick<ApplicationRow, 'applicant_user_id' | 'submitted_by'>) =>
  app.applicant_user_id === actor.userId || app.submitted_by === actor.userId;

/** Who may do what with an application. `departments`: the departments of its cases (reviewers see those). */
export function can(
  actor: Actor | null,
  action: ApplicationPolicyAction,
  app: Pick<ApplicationRow, 'applicant_user_id' | 'submitted_by'>,
  departments: readonly string[] = [],
): boolean {
  if (!actor) return false;
  switch (action) {
    case 'view':
      return (
        ownsOrSubmitted(actor, app) ||
        hasRole(actor, 'clerk', 'supervisor', 'admin') ||
        (hasRole(actor, 'reviewer', 'head') && !!actor.departmentId && departments.includes(actor.departmentId))
      );
    case 'window':
      return hasRole(actor, 'clerk');
    case 'supply':
    case 'choosePickup':
      return ownsOrSubmitted(actor, app) || hasRole(actor, 'clerk');
    case 'seeIdNumbers':
      // the applicant, whoever filed for them, and the window that checks identity; reviewers and supervisors see masked numbers
      return ownsOrSubmitted(actor, app) || hasRole(actor, 'clerk');
  }
}

/** Reviewers and heads handle only their own department's cases. */
export function canCase(actor: Actor | null, action: CasePolicyAction, c: Pick<CaseRow, 'department_id'>): boolean {
  if (!actor) return false;
  const own = hasRole(actor, 'reviewer', 'head') && actor.departmentId === c.department_id;
  switch (action) {
    case 'viewCase':
      return own || hasRole(actor, 'supervisor', 'admin', 'clerk');
    case 'handleCase':
      return own;
  }
}

export const canApproveExceptions = (actor: Actor | null) => hasRole(actor, 'supervisor');
export const canSeeIntegrityStats = (actor: Actor | null) => hasRole(actor, 'supervisor', 'admin', 'head');
