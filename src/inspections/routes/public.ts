import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../../core/index.js';
import { presentPlan } from '../present.js';
import { DrawPlanFileResponse, DrawResultResponse, InspectionPlanDetailResponse, InspectionPlanListResponse, InspectionResultListResponse } from '../responses.js';
import { presentResults } from '../present-results.js';
import * as plans from '../store/plans.js';
import { recordedResults, resultsOfPlan, type ResultView } from '../store/visits.js';
import { verifyDraw } from '../verify-draw.js';

const tags = ['public'];
const IdParams = z.object({ id: z.uuid() });

/** What the public reads of random inspections (一公开): plans, their commitments and seeds, draws, results. */
export function publicInspectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const present = (rows: ResultView[]) => presentResults(deps.db, rows);
  const publicPlan = async (id: string) => {
    const plan = await plans.planSummaryById(deps.db, id);
    if (!plan || plan.status === 'draft') throw new AppError('NOT_FOUND');
    return plan;
  };

  r.get(
    '/api/v1/public/inspection-plans',
    { schema: { tags, summary: '公示：双随机抽查计划', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }), response: { 200: InspectionPlanListResponse } } },
    async (req) => {
      // published plans are public in every region (一公开)
      const rows = await plans.listPlans(deps.db, { statuses: ['published', 'drawn'], regionPattern: '%', limit: req.query.pageSize, offset: (req.query.page - 1) * req.query.pageSize });
      return { items: rows.map(presentPlan) };
    },
  );

  r.get('/api/v1/public/inspection-plans/:id', { schema: { tags, summary: '公示：抽查计划、抽取名单与检查结果', params: IdParams, response: { 200: InspectionPlanDetailResponse } } }, async (req) => {
    const plan = await publicPlan(req.params.id);
    return { ...presentPlan(plan), results: await present(await resultsOfPlan(deps.db, plan.id)) };
  });

  r.get('/api/v1/public/inspection-plans/:id/plan.json', { schema: { tags, summary: '公示：抽查计划文件（复核抽取的输入）', params: IdParams, response: { 200: DrawPlanFileResponse } } }, async (req, reply) => {
    await publicPlan(req.params.id);
    const full = await plans.planById(deps.db, req.params.id);
    if (!full?.plan_json) throw new AppError('NOT_FOUND');
    reply.header('content-disposition', `attachment; filename="plan-${req.params.id}.json"`);
    return { ...full.plan_json };
  });

  r.get('/api/v1/public/inspection-plans/:id/draw.json', { schema: { tags, summary: '公示：按公布的计划与种子重新计算的抽取结果', params: IdParams, response: { 200: DrawResultResponse } } }, async (req) => {
    const plan = await publicPlan(req.params.id);
    if (!plan.seed) throw new AppError('PLAN_NOT_PUBLISHED');
    const full = await plans.planById(deps.db, plan.id);
    return verifyDraw(full!.plan_json, plan.seed);
  });

  r.post(
    '/api/v1/public/inspections/redraw',
    {
      bodyLimit: 64 * 1024 * 1024,
      schema: { tags, summary: '复核：用计划文件和种子重新抽取（任何人可用）', body: z.object({ plan: z.unknown(), seed: z.string().min(1).max(256) }), response: { 200: DrawResultResponse } },
    },
    async (req) => verifyDraw(req.body.plan, req.body.seed),
  );

  r.get(
    '/api/v1/public/inspection-results',
    {
      schema: {
        tags,
        summary: '公示：双随机抽查结果',
        querystring: z.object({
          uscc: z.string().trim().length(18).optional(),
          planId: z.uuid().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: InspectionResultListResponse },
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await recordedResults(deps.db, { uscc: q.uscc?.toUpperCase(), planId: q.planId, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      return { items: await present(rows) };
    },
  );
}
