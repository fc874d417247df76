import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../core/index.js';
import { catalogRoutes } from '../catalog/index.js';
import { guidanceRoutes } from '../guidance/index.js';
import { identityRoutes } from '../identity/index.js';
import { notificationRoutes } from '../notifications/index.js';
import { calendarRoutes } from '../calendar/index.js';
import { supervisionRoutes } from '../supervision/index.js';
import { fileRoutes } from '../files/index.js';
import { applicationRoutes } from '../applications/index.js';
import { inspectionRoutes } from '../inspections/index.js';
import { licenceRoutes } from '../licences/index.js';
import { ratingsRoutes } from '../ratings/index.js';
import { ticketsRoutes } from '../tickets/index.js';
import { disclosureRoutes } from '../disclosure/index.js';
import { enterpriseRoutes } from '../enterprise/index.js';
import { auditRoutes } from '../audit/index.js';
import { hallRoutes } from '../hall/index.js';
import { projectRoutes } from '../projects/index.js';
import { powersRoutes } from '../powers/index.js';
import { feesRoutes } from '../fees/index.js';
import { paymentsRoutes } from '../payments/index.js';

/** Every module contributes its routes here: one line each. */
export const moduleRoutes: Array<(app: FastifyInstance, deps: AppDeps) => void> = [
  identityRoutes,
  notificationRoutes,
  calendarRoutes,
  supervisionRoutes,
  catalogRoutes,
  fileRoutes,
  applicationRoutes,
  inspectionRoutes,
  guidanceRoutes,
  licenceRoutes,
  ratingsRoutes,
  ticketsRoutes,
  disclosureRoutes,
  enterpriseRoutes,
  auditRoutes,
  hallRoutes,
  projectRoutes,
  powersRoutes,
  feesRoutes,
  paymentsRoutes,
];
