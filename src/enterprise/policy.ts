import { hasRole, isWithinRegion, type Actor } from '../identity/index.js';

/**
 * Who sees which part of an enterprise file (一企一档): the business itself sees all of it; supervisors what the
 * departments of their region (and the regions below it) hold; a department's staff what concerns their department
 * (its licences, its cases, its inspections) and whether a credit flag stands (they must refuse fast lanes); anyone
 * else sees nothing.
 */
export type EnterpriseViewer =
  | { scope: 'self' }
  | { scope: 'all'; regionCode: string }
  | { scope: 'department'; departmentId: string; regionCode: string };

export function viewerOf(actor: Actor, uscc: string): EnterpriseViewer | null {
  if (actor.kind === 'business' && actor.uscc === uscc) return { scope: 'self' };
  if (!actor.regionCode) return null;
  if (hasRole(actor, 'supervisor', 'admin')) return { scope: 'all', regionCode: actor.regionCode };
  if (hasRole(actor, 'clerk', 'reviewer', 'head', 'inspector') && actor.departmentId) return { scope: 'department', departmentId: actor.departmentId, regionCode: actor.regionCode };
  return null;
}

/** Whether a record of a department (in a region) concerns the viewer. */
export const concerns = (viewer: EnterpriseViewer, department: { id: string; region_code: string } | null | undefined) =>
  viewer.scope === 'self' ||
  (!!department && isWithinRegion(department.region_code, viewer.regionCode) && (viewer.scope === 'all' || department.id === viewer.departmentId));
