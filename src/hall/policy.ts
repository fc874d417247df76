import { hasRole, inActorRegion, type Actor } from '../identity/index.js';

export type HallAction = 'book' | 'checkIn' | 'call' | 'setRules' | 'viewTimes';

/**
 * Applicants book for themselves; the hall's clerks (of its region or a region above) issue numbers and call them;
 * the bureau's supervisors set the booking rules and read the waiting figures.
 */
export function can(actor: Actor | null, action: HallAction, hallRegion?: string): boolean {
  if (!actor) return false;
  const here = hallRegion === undefined || (actor.kind === 'staff' && inActorRegion(actor, hallRegion));
  switch (action) {
    case 'book':
      return actor.kind !== 'staff' && hasRole(actor, 'applicant');
    case 'checkIn':
    case 'call':
      return here && hasRole(actor, 'clerk');
    case 'setRules':
      return here && hasRole(actor, 'supervisor');
    case 'viewTimes':
      return here && hasRole(actor, 'supervisor', 'admin', 'head', 'clerk');
  }
}
