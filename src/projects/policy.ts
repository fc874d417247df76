import { hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { ProjectRow } from './store.js';

export type ProjectAction = 'view' | 'file' | 'openReview' | 'reviseDrawings' | 'giveOpinion' | 'scheduleAcceptance' | 'recordFinding' | 'issueCertificate' | 'manageZones';

/** The building company reaches its own projects; staff reach the projects of their region and the regions below it. */
export const inReach = (actor: Actor, p: Pick<ProjectRow, 'applicant_user_id' | 'region_code'>): boolean =>
  p.applicant_user_id === actor.userId || (actor.kind === 'staff' && inActorRegion(actor, p.region_code));

/**
 * Who does what: the company files its stages and drawings; each department concerned gives its own opinion and
 * finding; the lead department (住建) schedules the visit and issues the certificate; the bureau's supervisors keep
 * the zones and their assessments.
 */
export function can(actor: Actor | null, action: ProjectAction, p?: ProjectRow, ctx: { departmentCode?: string | null; leadCode?: string } = {}): boolean {
  if (!actor) return false;
  if (action === 'manageZones') return hasRole(actor, 'supervisor') && (!p || inActorRegion(actor, p.region_code));
  if (!p || !inReach(actor, p)) return false;
  const own = p.applicant_user_id === actor.userId;
  const staffHere = actor.kind === 'staff' && inActorRegion(actor, p.region_code);
  switch (action) {
    case 'view':
      return own || (staffHere && hasRole(actor, 'clerk', 'reviewer', 'head', 'supervisor', 'inspector'));
    case 'file':
    case 'openReview':
    case 'reviseDrawings':
      return own;
    case 'giveOpinion':
    case 'recordFinding':
      return staffHere && hasRole(actor, 'reviewer', 'head', 'inspector') && !!ctx.departmentCode;
    case 'scheduleAcceptance':
    case 'issueCertificate':
      return staffHere && hasRole(actor, 'reviewer', 'head') && !!ctx.departmentCode && ctx.departmentCode === ctx.leadCode;
  }
  return false;
}
