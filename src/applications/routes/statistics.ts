import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, requireActor } from '../../identity/index.js';
import { canSeeIntegrityStats } from '../policy.js';
import { departmentMap } from '../load-application.js';
import { DecidedWithoutReviewResponse, errors, GuideIntegrityResponse } from '../responses.js';
import * as caseStore from '../store/cases.js';

/** Issue 10: what is asked outside the guide, and decisions recorded without the reviewing steps, per department. */
export function statisticsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/statistics/guide-integrity', { schema: { tags: ['statistics'], summary: '按部门：清单外例外次数、未经审核即作出决定的办件数', response: { 200: GuideIntegrityResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!canSeeIntegrityStats(actor)) throw new AppError('FORBIDDEN');
    const m = await departmentMap(deps.db);
    const rows = await caseStore.departmentIntegrityStats(deps.db, actorRegionPattern(actor));
    return {
      items: rows.map((x) => ({
        department: { id: x.department_id, code: m.get(x.department_id)?.code ?? null, name: m.get(x.department_id)?.name ?? null },
        exceptionsRequested: x.exceptions_requested,
        exceptionsApproved: x.exceptions_approved,
        decided: x.decided,
        decidedWithoutReview: x.decided_without_review,
      })),
    };
  });
  r.get('/api/v1/statistics/decided-without-review', { schema: { tags: ['statistics'], summary: '未经审核步骤即作出决定的办件（两头办理预警）', querystring: z.object({ departmentId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: DecidedWithoutReviewResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!canSeeIntegrityStats(actor)) throw new AppError('FORBIDDEN');
    const rows = await caseStore.casesDecidedWithoutReview(deps.db, req.query.departmentId ?? null, actorRegionPattern(actor), req.query.limit);
    return { items: rows.map((c) => ({ caseId: c.id, applicationId: c.application_id, number: c.number, itemName: c.item_name, departmentId: c.department_id, decidedAt: c.decided_at?.toISOString() ?? null, decidedBy: c.decided_by, result: c.status })) };
  });
}
