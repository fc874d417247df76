import { hasRole, type Actor } from '../identity/index.js';
import type { LicenceRow } from './store.js';
import type { LicenceType } from './types.js';

export type LicenceAction = 'view' | 'viewUses' | 'manage' | 'register' | 'list' | 'rotateKeys' | 'seeHolderNumber';

/** The licence's holder: the business by its USCC, a person by their ID number. */
export function isHolder(actor: Actor | null, l: Pick<LicenceRow, 'holder_kind' | 'holder_id'>): boolean {
  if (!actor) return false;
  return l.holder_kind === 'business' ? actor.uscc === l.holder_id : actor.idNumber === l.holder_id;
}

const inIssuingDepartment = (actor: Actor, l?: Pick<LicenceRow, 'department_id'>) => !!l && actor.departmentId === l.department_id;

/**
 * Who may do what with licences. Holders see and download their own and read their use log; staff who handle
 * applications (clerks, reviewers, heads) see any licence's live status, as a reused material needs; the issuing
 * department changes, renews, suspends and revokes; supervisors and administrators see everything. Nobody issues a
 * licence by hand: approving a case does; administrators may register one issued outside the platform.
 */
export function can(actor: Actor | null, action: LicenceAction, l?: Pick<LicenceRow, 'holder_kind' | 'holder_id' | 'department_id'>): boolean {
  if (!actor) return false;
  const admin = hasRole(actor, 'admin');
  switch (action) {
    case 'view':
      return (!!l && isHolder(actor, l)) || hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor', 'admin', 'inspector');
    case 'viewUses':
      return (!!l && isHolder(actor, l)) || hasRole(actor, 'supervisor', 'admin') || (hasRole(actor, 'reviewer', 'head') && inIssuingDepartment(actor, l));
    case 'seeHolderNumber':
      // as for applications (one masking rule): the holder, the window that checks identity, and the issuing
      // department's reviewers who decide on it; heads, supervisors and administrators oversee without the full number
      return (!!l && isHolder(actor, l)) || hasRole(actor, 'clerk') || (hasRole(actor, 'reviewer') && inIssuingDepartment(actor, l));
    case 'manage':
      return admin || (hasRole(actor, 'reviewer', 'head') && inIssuingDepartment(actor, l));
    case 'register':
      return admin;
    case 'list':
      return hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor', 'admin');
    case 'rotateKeys':
      return admin;
  }
}

/** Registering a licence issued outside the platform: an administrator of the department that issues the type. */
export function mayRegister(actor: Actor | null, actorDepartmentCode: string | undefined, type: LicenceType): boolean {
  return !!actor && hasRole(actor, 'admin') && actorDepartmentCode === type.department;
}
