import { hasRole, type Actor } from '../identity/index.js';

export type CalendarAction = 'read' | 'manage';

/** Anyone may read the calendar (the portal shows expected dates); the bureau's administrators change it. */
export function can(actor: Actor | null, action: CalendarAction): boolean {
  return action === 'read' ? true : hasRole(actor, 'admin', 'supervisor');
}
