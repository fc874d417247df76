import type { FastifyRequest } from 'fastify';
import { AppError, type Lang } from '../core/index.js';
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
