import { hasRole, type Actor } from '../identity/index.js';

/**
 * Who sees which part of an enterprise file (一企一档): the business itself and supervisors see all of it;
 * a department's staff see what concerns their department (its licences, its cases, its inspections) and whether a
 * credit flag stands (they must refuse fast lanes); anyone else sees nothing.
 */
export type EnterpriseViewer = { scope: 'self' } | { scope: 'all' } | { scope: 'department'; departmentId: string };

export function viewerOf(actor: Actor, uscc: string): EnterpriseViewer | null {
  if (actor.kind === 'business' && actor.uscc === uscc) return { scope: 'self' };
  if (hasRole(actor, 'supervisor', 'admin')) return { scope: 'all' };
  if (hasRole(actor, 'clerk', 'reviewer', 'head', 'inspector') && actor.departmentId) return { scope: 'department', departmentId: actor.departmentId };
  return null;
}

export const concerns = (viewer: EnterpriseViewer, departmentId: string | null | undefined) =>
  viewer.scope !== 'department' || departmentId === viewer.departmentId;
