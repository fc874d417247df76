import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, departmentById, inActorRegion, requireActor } from '../../identity/index.js';
import { createPlan } from '../create-plan.js';
import { makeDraw } from '../make-draw.js';
import { can } from '../policy.js';
import { InspectionPlanDetailResponse, InspectionPlanListResponse, InspectionPlanResponse } from '../responses.js';
import { presentPlan } from '../present.js';
import { presentResults } from '../present-results.js';
import { publishPlan } from '../publish-plan.js';
import { CreatePlanSchema, DrawSchema, PublishPlanSchema } from '../schemas.js';
import * as plans from '../store/plans.js';
import { resultsOfPlan } from '../store/visits.js';

const tags = ['inspections'];
const IdParams = z.object({ id: z.uuid() });

export function planRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/inspections/plans', { schema: { tags, summary: '草拟双随机抽查计划', body: CreatePlanSchema, response: { 200: InspectionPlanResponse, ...errors } } }, async (req) =>
    presentPlan(await createPlan(deps, requireActor(req), req.body)),
  );

  r.get(
    '/api/v1/inspections/plans',
    { schema: { tags, summary: '抽查计划列表', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }), response: { 200: InspectionPlanListResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'viewPlans')) throw new AppError('FORBIDDEN');
      const rows = await plans.listPlans(deps.db, { statuses: ['draft', 'published', 'drawn'], regionPattern: actorRegionPattern(actor), limit: req.query.pageSize, offset: (req.query.page - 1) * req.query.pageSize });
      return { items: rows.map(presentPlan) };
    },
  );

  r.get('/api/v1/inspections/plans/:id', { schema: { tags, summary: '抽查计划详情（含抽取结果与检查进度）', params: IdParams, response: { 200: InspectionPlanDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'viewPlans')) throw new AppError('FORBIDDEN');
    const plan = await plans.planSummaryById(deps.db, req.params.id);
    if (!plan || !inActorRegion(actor, (await departmentById(deps.db, plan.lead_department_id))?.region_code)) throw new AppError('NOT_FOUND');
    return { ...presentPlan(plan), results: await presentResults(deps.db, await resultsOfPlan(deps.db, plan.id)) };
  });

  r.post('/api/v1/inspections/plans/:id/publish', { schema: { tags, summary: '公布抽查计划（承诺随机种子）', params: IdParams, body: PublishPlanSchema, response: { 200: InspectionPlanResponse, ...errors } } }, async (req) =>
    presentPlan(await publishPlan(deps, requireActor(req), req.params.id, req.body)),
  );

  r.post('/api/v1/inspections/plans/:id/draw', { schema: { tags, summary: '揭示种子并抽取', params: IdParams, body: DrawSchema, response: { 200: InspectionPlanResponse, ...errors } } }, async (req) =>
    presentPlan(await makeDraw(deps, requireActor(req), req.params.id, req.body)),
  );
}
