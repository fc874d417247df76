import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../../core/index.js';
import { departmentById, inActorRegion, requireActor } from '../../identity/index.js';
import { can } from '../policy.js';
import { InspectionResultDetailResponse, InspectionResultResponse, InspectionTasksResponse } from '../responses.js';
import { confirmRectification } from '../confirm-rectification.js';
import { presentResults } from '../present-results.js';
import { recordInspectionResult } from '../record-result.js';
import { RecordResultSchema } from '../schemas.js';
import { inspectorOfUser } from '../store/pools.js';
import { resultView, tasksOfInspector } from '../store/visits.js';

const tags = ['inspections'];

export function resultRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/inspections/tasks',
    { schema: { tags, summary: '我的检查任务', querystring: z.object({ status: z.enum(['pending', 'recorded', 'all']).default('all') }), response: { 200: InspectionTasksResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'inspect')) throw new AppError('FORBIDDEN');
      const me = await inspectorOfUser(deps.db, actor.userId);
      if (!me) return { inspector: null, items: [] };
      const rows = await tasksOfInspector(deps.db, me.id, req.query.status === 'all' ? null : req.query.status === 'pending');
      const items = await presentResults(deps.db, rows);
      return { inspector: { name: me.name, badgeNo: me.badge_no }, items: items.map((x, n) => ({ ...x, address: rows[n]!.address })) };
    },
  );

  r.get('/api/v1/inspections/results/:id', { schema: { tags, summary: '检查结果记录', params: z.object({ id: z.uuid() }), response: { 200: InspectionResultDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const row = await resultView(deps.db, req.params.id);
    if (!row || !inActorRegion(actor, (await departmentById(deps.db, row.department_id))?.region_code)) throw new AppError('NOT_FOUND');
    const me = can(actor, 'inspect') ? await inspectorOfUser(deps.db, actor.userId) : undefined;
    if (!can(actor, 'viewPlans') || (can(actor, 'inspect') && !actor.roles.includes('supervisor') && !(me && row.inspector_ids.includes(me.id)))) {
      throw new AppError('FORBIDDEN');
    }
    return { ...(await presentResults(deps.db, [row]))[0]!, address: row.address };
  });

  r.post(
    '/api/v1/inspections/results/:id',
    { schema: { tags, summary: '录入检查结果', params: z.object({ id: z.uuid() }), body: RecordResultSchema, response: { 200: InspectionResultResponse, ...errors } } },
    async (req) => {
      const row = await recordInspectionResult(deps, requireActor(req), req.params.id, req.body);
      return (await presentResults(deps.db, [row]))[0]!;
    },
  );

  r.post(
    '/api/v1/inspections/results/:id/rectified',
    { schema: { tags, summary: '确认整改完成', params: z.object({ id: z.uuid() }), body: z.object({ note: z.string().trim().min(2).max(2000).describe('复查情况') }), response: { 200: InspectionResultResponse, ...errors } } },
    async (req) => {
      const row = await confirmRectification(deps, requireActor(req), req.params.id, req.body.note);
      return (await presentResults(deps.db, [row]))[0]!;
    },
  );
}
