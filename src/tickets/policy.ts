import type { Audience } from '../core/index.js';
import { hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { TicketRow } from './store.js';

export type TicketAction = 'operate' | 'handle' | 'transfer' | 'view' | 'rate' | 'manageKnowledge' | 'manageCategories';

/** Hotline operators (话务员) work in the approval bureau: its clerks and supervisors enter, classify and dispatch. */
const isOperator = (a: Actor) => hasRole(a, 'clerk', 'supervisor');
const handlesIt = (a: Actor, t: TicketRow) => !!t.department_id && a.departmentId === t.department_id && hasRole(a, 'reviewer', 'head', 'clerk');

/** The requester reaches their own ticket; staff reach the tickets of their region and the regions below it. */
export const inReach = (actor: Actor | null, t: Pick<TicketRow, 'region_code' | 'requester_user_id'>): boolean =>
  !actor || (!!t.requester_user_id && t.requester_user_id === actor.userId) || actor.kind !== 'staff' || inActorRegion(actor, t.region_code);

export function can(actor: Actor | null, action: TicketAction, t?: TicketRow): boolean {
  if (!actor) return false;
  if (t && !inReach(actor, t)) return false;
  switch (action) {
    case 'operate':
      return isOperator(actor);
    case 'handle':
      return !!t && handlesIt(actor, t);
    case 'transfer':
      return !!t && (isOperator(actor) || handlesIt(actor, t));
    case 'view':
      return !!t && (isOperator(actor) || handlesIt(actor, t) || t.requester_user_id === actor.userId || hasRole(actor, 'admin'));
    case 'rate':
      return !!t && (t.requester_user_id === actor.userId || (!t.requester_user_id && isOperator(actor)));
    case 'manageKnowledge':
      return hasRole(actor, 'clerk', 'supervisor', 'reviewer', 'head', 'admin');
    case 'manageCategories':
      return hasRole(actor, 'supervisor', 'admin');
  }
}

/**
 * Who sees the requester's phone (and numbers typed into the request) in full: the requester, the operator who took the
 * call, the department that must answer them, and an operator while the call-back for a rating is due (answered, not
 * yet rated, no account to rate online). Everyone else, supervisors included, sees 138****5678.
 */
export function requesterAudience(actor: Actor | null, t: TicketRow): Audience {
  if (!actor) return 'masked';
  const callBackDue = !t.requester_user_id && t.status === 'answered' && !t.rating_level && isOperator(actor);
  return t.requester_user_id === actor.userId || t.entered_by === actor.userId || handlesIt(actor, t) || callBackDue ? 'full' : 'masked';
}
