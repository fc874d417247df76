import { AppError } from '../core/index.js';
import { actorRegionPattern, hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { Scope } from './store-board.js';

export type SupervisionAction = 'watch' | 'statistics' | 'configure' | 'urge';

/** Who may do what: a supervisor sees their region's tree, a head their department, a reviewer or clerk their own deadlines. */
export function can(actor: Actor | null, action: SupervisionAction): boolean {
  switch (action) {
    case 'watch':
      return hasRole(actor, 'supervisor', 'admin', 'head', 'reviewer', 'clerk');
    case 'statistics':
      return hasRole(actor, 'supervisor', 'admin', 'head');
    case 'configure':
      return hasRole(actor, 'supervisor', 'admin');
    case 'urge':
      return hasRole(actor, 'supervisor', 'head');
  }
}

/**
 * Narrows the filters a caller asked for to what they may see; asking for another department or person is FORBIDDEN,
 * not silently cut. Everyone is bounded by their region and the regions below it.
 */
export function scopeFor(actor: Actor, asked: Omit<Scope, 'regionPattern'>): Scope {
  const requested: Scope = { ...asked, regionPattern: actorRegionPattern(actor) };
  if (hasRole(actor, 'supervisor', 'admin')) return requested;
  if (hasRole(actor, 'head')) {
    if (!actor.departmentId || (requested.departmentId && requested.departmentId !== actor.departmentId)) throw new AppError('FORBIDDEN');
    return { ...requested, departmentId: actor.departmentId };
  }
  if (hasRole(actor, 'reviewer', 'clerk')) {
    if (requested.assigneeId && requested.assigneeId !== actor.userId) throw new AppError('FORBIDDEN');
    if (requested.departmentId && requested.departmentId !== actor.departmentId) throw new AppError('FORBIDDEN');
    return { ...requested, assigneeId: actor.userId };
  }
  throw new AppError('FORBIDDEN');
}

export function canSeeDeadline(actor: Actor, d: { departmentId: string; assigneeId: string | null; regionCode: string }): boolean {
  if (!inActorRegion(actor, d.regionCode)) return false;
  if (hasRole(actor, 'supervisor', 'admin')) return true;
  if (hasRole(actor, 'head') && actor.departmentId === d.departmentId) return true;
  return d.assigneeId === actor.userId;
}

/** 督办: a supervisor of the deadline's region (or one above it), or the head of its department there. */
export function canUrge(actor: Actor, d: { departmentId: string; regionCode: string }): boolean {
  if (!inActorRegion(actor, d.regionCode)) return false;
  if (hasRole(actor, 'supervisor')) return true;
  return hasRole(actor, 'head') && actor.departmentId === d.departmentId;
}

/** Who may read the urges of a deadline: whoever may see it, and the reviewers of its department (a queue not yet taken). */
export function canSeeUrges(actor: Actor, d: { departmentId: string; assigneeId: string | null; regionCode: string }): boolean {
  return canSeeDeadline(actor, d) || (inActorRegion(actor, d.regionCode) && !!actor.departmentId && actor.departmentId === d.departmentId);
}
