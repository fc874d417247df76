import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../core/index.js';
import { creditFlagRoutes } from './credit-flags.js';
import { planRoutes } from './plans.js';
import { poolRoutes } from './pools.js';
import { publicInspectionRoutes } from './public.js';
import { resultRoutes } from './results.js';

/** Every route of random inspections and credit flags. */
export function inspectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  creditFlagRoutes(app, deps);
  poolRoutes(app, deps);
  planRoutes(app, deps);
  resultRoutes(app, deps);
  publicInspectionRoutes(app, deps);
}
