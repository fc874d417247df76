import type { Audience } from '../core/index.js';
import { hasRole, inActorRegion, isWithinRegion, type Actor } from '../identity/index.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

export type ApplicationPolicyAction = 'view' | 'window' | 'supply' | 'choosePickup' | 'seeIdNumbers';
export type CasePolicyAction = 'viewCase' | 'handleCase';

type PolicyApplication = Pick<ApplicationRow, 'applicant_user_id' | 'submitted_by'> & Partial<Pick<ApplicationRow, 'authority_region' | 'window_region' | 'delegate_region'>>;

const ownsOrSubmitted = (actor: Actor, app: PolicyApplication) =>
  app.applicant_user_id === actor.userId || app.submitted_by === actor.userId;

/**
 * Staff see an application in the region of the authority that decides it and in the region of the window it is
 * routed to (异地代收代办), and in the regions above them: a clerk elsewhere sees only what is routed to their window.
 */
export const inApplicationRegion = (actor: Actor, app: PolicyApplication): boolean =>
  inActorRegion(actor, app.authority_region) || inActorRegion(actor, app.window_region);

/**
 * The window that may act on an application. One filed under a delegation (赋权 to a development zone or a township)
 * is the delegate's: only staff posted in the delegate's region accept, refuse, ask for corrections and deliver it,
 * and the delegating county's window no longer does (its clerks still see it, the region lying in theirs). Otherwise
 * the deciding authority's window and the window it is routed to.
 */
export const atItsWindow = (actor: Actor, app: PolicyApplication): boolean =>
  app.delegate_region ? isWithinRegion(actor.regionCode, app.delegate_region) : inApplicationRegion(actor, app);

/** Who may do what with an application. `departments`: the departments of its cases (reviewers see those). */
export function can(
  actor: Actor | null,
  action: ApplicationPolicyAction,
  app: PolicyApplication,
  departments: readonly string[] = [],
): boolean {
  if (!actor) return false;
  switch (action) {
    case 'view':
      return (
        ownsOrSubmitted(actor, app) ||
        (hasRole(actor, 'clerk', 'supervisor', 'admin') && inApplicationRegion(actor, app)) ||
        (hasRole(actor, 'reviewer', 'head') && !!actor.departmentId && departments.includes(actor.departmentId) && inApplicationRegion(actor, app))
      );
    case 'window':
      return hasRole(actor, 'clerk') && atItsWindow(actor, app);
    case 'supply':
    case 'choosePickup':
      return ownsOrSubmitted(actor, app) || (hasRole(actor, 'clerk') && atItsWindow(actor, app));
    case 'seeIdNumbers':
      // The numbers are the applicant's own (and whoever filed for them typed them in). The window clerk checks identity
      // against the ID card at the counter (also for 异地代收代办), and the reviewer of a department deciding one of the
      // application's cases matches the person against registers (户籍, 婚姻, 不动产, 市场主体) as the law requires.
      // Supervisors, heads, administrators and other departments watch deadlines and quality, which needs no number.
      return (
        ownsOrSubmitted(actor, app) ||
        hasRole(actor, 'clerk') ||
        (hasRole(actor, 'reviewer') && !!actor.departmentId && departments.includes(actor.departmentId))
      );
  }
}

/**
 * A window action by a clerk outside the deciding authority's region (异地代收代办): the window checks identity and
 * formal completeness, and must say so, whatever it does (accept, refuse, ask for corrections).
 */
export const isCrossRegion = (actor: Actor, app: Pick<ApplicationRow, 'authority_region'>): boolean => !inActorRegion(actor, app.authority_region);

/** The audience an actor is for the personal data of an application (one masking rule per class: core/personal-data). */
export function personalAudience(
  actor: Actor | null,
  app: Pick<ApplicationRow, 'applicant_user_id' | 'submitted_by'>,
  departments: readonly string[],
): Audience {
  return can(actor, 'seeIdNumbers', app, departments) ? 'full' : 'masked';
}

/** A case seen on its own (inbox, case detail): its deciding department's reviewers and the window see numbers in full. */
export function caseAudience(actor: Actor | null, c: Pick<CaseRow, 'department_id'>): Audience {
  return hasRole(actor, 'clerk') || (hasRole(actor, 'reviewer') && actor!.departmentId === c.department_id) ? 'full' : 'masked';
}

/** Reviewers and heads handle only their own department's cases within their region. */
export function canCase(actor: Actor | null, action: CasePolicyAction, c: Pick<CaseRow, 'department_id' | 'region_code'>): boolean {
  if (!actor) return false;
  const own = hasRole(actor, 'reviewer', 'head') && actor.departmentId === c.department_id && inActorRegion(actor, c.region_code);
  switch (action) {
    case 'viewCase':
      return own || (hasRole(actor, 'supervisor', 'admin', 'clerk') && inActorRegion(actor, c.region_code));
    case 'handleCase':
      return own;
  }
}

export const canApproveExceptions = (actor: Actor | null) => hasRole(actor, 'supervisor');
export const canSeeIntegrityStats = (actor: Actor | null) => hasRole(actor, 'supervisor', 'admin', 'head');
