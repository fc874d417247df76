import { hasRole, inActorRegion, type Actor } from '../identity/index.js';

export type CalendarAction = 'read' | 'manage';

/** Anyone may read the calendar (the portal shows expected dates); the bureau's administrators change it. */
export function can(actor: Actor | null, action: CalendarAction): boolean {
  return action === 'read' ? true : hasRole(actor, 'admin', 'supervisor');
}

/** A regional day off is set or cancelled only by the bureau of that region or a region above it. */
export const canManageRegion = (actor: Actor | null, regionCode: string): boolean => can(actor, 'manage') && inActorRegion(actor, regionCode);
