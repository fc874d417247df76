import { hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { BillRow } from './store.js';

export type BillAction = 'view' | 'pay' | 'collect' | 'supervise';

/**
 * Only the applicant sees and pays their bill online; the clerks of its region (or above) see it and record a payment
 * at the counter; supervisors of the region read the bills and the reconciliation.
 */
export function can(actor: Actor | null, action: BillAction, bill: Pick<BillRow, 'user_id' | 'region_code'>): boolean {
  if (!actor) return false;
  const own = actor.kind !== 'staff' && bill.user_id === actor.userId;
  const here = actor.kind === 'staff' && inActorRegion(actor, bill.region_code);
  switch (action) {
    case 'view':
      return own || (here && hasRole(actor, 'clerk', 'supervisor', 'head'));
    case 'pay':
      return own;
    case 'collect':
      return here && hasRole(actor, 'clerk');
    case 'supervise':
      return here && hasRole(actor, 'supervisor');
  }
}
