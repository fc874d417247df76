import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, readsFor, type AppDeps } from '../core/index.js';
import { requireActor, requireWholeTree } from '../identity/index.js';
import { changeYellowRule } from './change-yellow-rule.js';
import { dashboard } from './dashboard.js';
import { efficiencyStatistics } from './efficiency-statistics.js';
import { explainDeadline } from './explain-deadline.js';
import { can, canSeeDeadline, canSeeUrges, scopeFor } from './policy.js';
import { yellowRuleOf } from './recompute.js';
import { CardCountsResponse, DashboardResponse, EfficiencyReportResponse, ExplainedDeadlineResponse, UrgeListResponse, UrgeResponse, WatchPageResponse, YellowRuleChangeResponse, YellowRuleResponse } from './responses.js';
import * as store from './store.js';
import { urgeDeadline, urgesOfDeadline } from './urge-deadline.js';
import { cardCounts, cardCountsBy, watchList } from './watch-lists.js';

const tags = ['supervision'];
const ScopeQuery = z.object({
  departmentId: z.uuid().optional().describe('部门'),
  assigneeId: z.uuid().optional().describe('承办人'),
  windowId: z.string().min(1).max(100).optional().describe('窗口'),
  subjectKind: z.string().min(1).max(50).optional().describe('事项类别：case、ticket、rectification …'),
});
const ListQuery = ScopeQuery.extend({
  colour: z.enum(['red', 'yellow', 'green', 'open', 'suspended', 'calendar-missing']).default('red').describe('红牌、黄牌、绿色、全部在办、暂停计时、日历缺失'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const StatsQuery = z.object({
  period: z.enum(['week', 'quarter']).default('week'),
  periods: z.coerce.number().int().min(1).max(104).optional(),
  departmentId: z.uuid().optional(),
  subjectKind: z.string().min(1).max(50).optional(),
});
const UrgeBody = z.strictObject({
  message: z.string({ error: '请填写督办意见' }).trim().min(1, '请填写督办意见').max(500, '督办意见请控制在 500 字以内').describe('督办意见：发给承办人，记入期限和审计日志'),
});
const YellowRuleBody = z.object({
  minDays: z.number().int().min(0).max(30).describe('黄牌窗口至少几个工作日'),
  fraction: z.number().min(0).max(1).describe('或时限的比例，取较长者'),
});

export function supervisionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const guard = (req: Parameters<typeof requireActor>[0], action: 'watch' | 'statistics' | 'configure') => {
    const actor = requireActor(req);
    if (!can(actor, action)) throw new AppError('FORBIDDEN');
    return actor;
  };

  r.get('/api/v1/supervision/dashboard', { schema: { tags, summary: '监管看板：红黄牌与效能统计', querystring: ScopeQuery, response: { 200: DashboardResponse, ...errors } } }, async (req) => {
    const actor = guard(req, 'statistics');
    return dashboard(await readsFor(deps, req), deps.clock.now(), scopeFor(actor, req.query));
  });

  r.get('/api/v1/supervision/counts', { schema: { tags, summary: '红黄牌数量（按部门或承办人）', querystring: ScopeQuery.extend({ by: z.enum(['total', 'department', 'assignee']).default('total') }), response: { 200: CardCountsResponse, ...errors } } }, async (req) => {
    const actor = guard(req, 'watch');
    const { by, ...rest } = req.query;
    const scope = scopeFor(actor, rest);
    const now = deps.clock.now();
    const q = await readsFor(deps, req);
    return by === 'total' ? cardCounts(q, now, scope) : { items: await cardCountsBy(q, now, by, scope) };
  });

  r.get('/api/v1/supervision/deadlines', { schema: { tags, summary: '期限清单（红牌、黄牌、暂停、日历缺失）', querystring: ListQuery, response: { 200: WatchPageResponse, ...errors } } }, async (req) => {
    const actor = guard(req, 'watch');
    const { colour, cursor, limit, ...rest } = req.query;
    return watchList(await readsFor(deps, req), deps.clock.now(), colour, scopeFor(actor, rest), { cursor, limit });
  });

  r.get('/api/v1/supervision/deadlines/:id', { schema: { tags, summary: '期限详情与逐日说明', params: z.object({ id: z.uuid() }), response: { 200: ExplainedDeadlineResponse, ...errors } } }, async (req) => {
    const actor = guard(req, 'watch');
    const row = await store.byId(deps.db, req.params.id);
    if (!row || !canSeeDeadline(actor, { departmentId: row.department_id, assigneeId: row.assignee_id, regionCode: row.region_code })) throw new AppError('DEADLINE_NOT_FOUND');
    return explainDeadline(deps.db, row, deps.clock.now());
  });

  r.post(
    '/api/v1/supervision/deadlines/:id/urges',
    { schema: { tags, summary: '督办：对黄牌、红牌期限发出督办意见，通知承办人并记入期限和审计日志', params: z.object({ id: z.uuid() }), body: UrgeBody, response: { 201: UrgeResponse, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!can(actor, 'urge')) throw new AppError('FORBIDDEN');
      reply.status(201);
      return urgeDeadline(deps, actor, req.params.id, req.body.message);
    },
  );

  r.get(
    '/api/v1/supervision/subjects/:kind/:subjectId/urges',
    { schema: { tags, summary: '某一办理对象（子件、工单……）当前期限的督办记录', params: z.object({ kind: z.string().min(1).max(50), subjectId: z.string().min(1).max(100) }), response: { 200: UrgeListResponse, ...errors } } },
    async (req) => {
      const actor = guard(req, 'watch');
      const row = await store.latestOf(deps.db, req.params.kind, req.params.subjectId);
      if (!row) return { deadlineId: null, items: [] };
      if (!canSeeUrges(actor, { departmentId: row.department_id, assigneeId: row.assignee_id, regionCode: row.region_code.trim() })) throw new AppError('DEADLINE_NOT_FOUND');
      return { deadlineId: row.id, items: await urgesOfDeadline(deps.db, row.id) };
    },
  );

  r.get('/api/v1/supervision/statistics', { schema: { tags, summary: '效能统计（按周、按季度）', querystring: StatsQuery, response: { 200: EfficiencyReportResponse, ...errors } } }, async (req) => {
    const actor = guard(req, 'statistics');
    const scope = scopeFor(actor, { departmentId: req.query.departmentId });
    return efficiencyStatistics(deps.db, deps.clock.now(), { ...req.query, departmentId: scope.departmentId, regionPattern: scope.regionPattern });
  });

  r.get('/api/v1/supervision/settings/yellow-rule', { schema: { tags, summary: '黄牌规则', response: { 200: YellowRuleResponse, ...errors } } }, async (req) => {
    guard(req, 'watch');
    return yellowRuleOf(deps.db);
  });

  r.put('/api/v1/supervision/settings/yellow-rule', { schema: { tags, summary: '调整黄牌规则（重新计算在办期限）', body: YellowRuleBody, response: { 200: YellowRuleChangeResponse, ...errors } } }, async (req) => {
    await requireWholeTree(deps.db, guard(req, 'configure'));
    const result = await deps.db.transaction((tx) => changeYellowRule(tx, req.body, deps.clock.now()));
    return { ...req.body, ...result };
  });
}
