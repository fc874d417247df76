import type { FastifyRequest } from 'fastify';
import { AppError, type Lang, type RealNameLevel } from '../core/index.js';
import { isWithinRegion, regionPattern } from './regions.js';
import type { Role } from './roles.js';

/** Who is acting: resolved from the session cookie on every request. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  kind: 'staff' | 'citizen' | 'business';
  departmentId: string | null;
  regionCode: string | null;
  idNumber: string | null;
  uscc: string | null;
  orgName: string | null;
  /** 实名等级 of an applicant account; null: not verified (and for staff, who are known by their employer). */
  realNameLevel?: RealNameLevel | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
  }
}

export const hasRole = (actor: Actor | null | undefined, ...roles: Role[]): boolean =>
  !!actor && roles.some((r) => actor.roles.includes(r));

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

/** Whether a region code lies in the actor's region or below it (staff see nothing outside it). */
export const inActorRegion = (actor: Actor | null | undefined, code: string | null | undefined): boolean =>
  !!actor && isWithinRegion(code, actor.regionCode);

/**
 * The SQL LIKE pattern of the actor's region and the regions below it, for stores to filter by
 * (`region_code LIKE $n`). An account without a region may not read anything that is scoped by region.
 */
export function actorRegionPattern(actor: Actor): string {
  if (!actor.regionCode) throw new AppError('FORBIDDEN');
  return regionPattern(actor.regionCode);
}
