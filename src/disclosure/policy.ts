import { hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { RequestRow } from './store.js';

export type DisclosureAction = 'file' | 'handle' | 'extend' | 'view' | 'register';

/** The disclosure office of the receiving agency handles requests; its head (or the bureau's supervisor) approves an extension. */
/** The applicant reaches their own request; staff reach the requests of their region and the regions below it. */
export const inReach = (actor: Actor, r: Pick<RequestRow, 'applicant_user_id' | 'region_code'>): boolean =>
  r.applicant_user_id === actor.userId || actor.kind !== 'staff' || inActorRegion(actor, r.region_code);

export function can(actor: Actor | null, action: DisclosureAction, r?: RequestRow): boolean {
  if (!actor) return false;
  if (r && !inReach(actor, r)) return false;
  const ownOffice = !!r && actor.departmentId === r.department_id;
  switch (action) {
    case 'file':
      return true;
    case 'handle':
      return ownOffice && hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor');
    case 'extend':
      return ownOffice && hasRole(actor, 'head', 'supervisor');
    case 'view':
      return !!r && (r.applicant_user_id === actor.userId || (ownOffice && hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor')) || hasRole(actor, 'supervisor', 'admin'));
    case 'register':
      return hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor', 'admin');
  }
}
