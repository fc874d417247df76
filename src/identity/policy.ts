import type { Actor } from './actor.js';
import { hasRole } from './actor.js';

export type IdentityAction = 'listDepartments' | 'listUsers' | 'manageUsers';

/** Who may do what with accounts and departments. */
export function can(actor: Actor | null, action: IdentityAction): boolean {
  switch (action) {
    case 'listDepartments':
      return true;
    case 'listUsers':
      return hasRole(actor, 'supervisor', 'admin', 'head');
    case 'manageUsers':
      return hasRole(actor, 'admin');
  }
}
