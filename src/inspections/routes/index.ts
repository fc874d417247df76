import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../core/index.js';
import { creditFlagRoutes } from './credit-flags.js';

/** Every route of random inspections and credit flags. */
export function inspectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  creditFlagRoutes(app, deps);
}
