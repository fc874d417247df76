import { AppError } from '../core/index.js';
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { isWithinRegion } from './regions.js';

export type IdentityAction = 'listUsers' | 'manageUsers';

/** Who may do what with accounts and departments. */
export function can(actor: Actor | null, action: IdentityAction): boolean {
  switch (action) {
    case 'listUsers':
      return hasRole(actor, 'supervisor', 'admin', 'head');
    case 'manageUsers':
      return hasRole(actor, 'admin');
  }
}

/** The administrator acting, or FORBIDDEN for anyone else. */
export function requireAdministrator(actor: Actor): Actor & { regionCode: string } {
  if (!can(actor, 'manageUsers') || !actor.regionCode) throw new AppError('FORBIDDEN');
  return actor as Actor & { regionCode: string };
}

/** An administrator acts only within their own region's tree (DESIGN invariant 10). */
export function assertInRegion(actor: Actor & { regionCode: string }, regionCode: string | null | undefined): void {
  if (!isWithinRegion(regionCode, actor.regionCode)) throw new AppError('REGION_OUT_OF_SCOPE', { region: actor.regionCode.trim() });
}
