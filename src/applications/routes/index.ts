import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../core/index.js';
import { applicationRoutes, noticeRoutes } from './applications.js';
import { authorisationRoutes } from './authorisations.js';
import { caseRoutes } from './cases.js';
import { registerPendingLapse } from '../lapse-pending.js';
import { materialRoutes } from './materials.js';
import { progressRoutes } from './progress.js';
import { statisticsRoutes } from './statistics.js';
import { windowRoutes } from './window.js';

export function applicationsModuleRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerPendingLapse(deps);
  applicationRoutes(app, deps);
  noticeRoutes(app, deps);
  windowRoutes(app, deps);
  materialRoutes(app, deps);
  caseRoutes(app, deps);
  statisticsRoutes(app, deps);
  authorisationRoutes(app, deps);
  progressRoutes(app, deps);
}
