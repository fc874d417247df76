import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, hasRole, requireActor } from '../../identity/index.js';
import { closeCommitmentCheck } from '../close-commitment-check.js';
import { caseDeadlines } from '../deadlines-port.js';
import { decideCase } from '../decide-case.js';
import { extendCase } from '../extend-case.js';
import { canCase } from '../policy.js';
import { departmentMap, presentCase } from '../present.js';
import { requestMore, supplyMore } from '../request-more.js';
import { reviewCase } from '../review-case.js';
import { CommitmentCheckBody, DecideBody, ExtendBody, IdParams, RequestMoreBody, ReviewBody, SiteCheckBody, SiteCheckResultBody, SupplyBody } from '../schemas.js';
import { recordSiteCheckResult, requestSiteCheck } from '../site-check.js';
import * as store from '../store/applications.js';
import * as caseStore from '../store/cases.js';
import type { CaseRow, SiteCheckRow } from '../store/rows.js';

const tags = ['cases'];

const presentSiteCheck = (s: SiteCheckRow) => ({
  id: s.id,
  applicationId: s.application_id,
  caseIds: s.case_ids,
  scheduledFor: s.scheduled_for.toISOString(),
  address: s.address,
  requestedBy: s.requested_by,
  requestedAt: s.requested_at.toISOString(),
  results: s.results,
});

/** 并联审批: each department's inbox, review, joint site checks, requests for more, decisions, extensions. */
export function caseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const one = async (c: CaseRow) => {
    const m = await departmentMap(deps.db);
    const d = await caseDeadlines(deps.db, c.started_at ? [c.id] : [], deps.clock.now());
    return presentCase(c, m, d.get(c.id));
  };

  r.get('/api/v1/cases', { schema: { tags, summary: '本部门待办（审核人员收件箱）', querystring: z.object({ all: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(200).default(50) }) } }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'reviewer', 'head') || !actor.departmentId) throw new AppError('FORBIDDEN');
    const rows = await caseStore.inboxOf(deps.db, actor.departmentId, actorRegionPattern(actor), req.query.all !== 'true', req.query.limit);
    const m = await departmentMap(deps.db);
    const d = await caseDeadlines(deps.db, rows.filter((c) => c.started_at).map((c) => c.id), deps.clock.now());
    return { items: rows.map((c) => ({ ...presentCase(c, m, d.get(c.id)), number: c.number, title: c.title, applicantName: c.applicant_name })) };
  });

  r.get('/api/v1/cases/:id', { schema: { tags, summary: '事项办件详情', params: IdParams } }, async (req) => {
    const actor = requireActor(req);
    const c = await store.caseById(deps.db, req.params.id);
    if (!c || !canCase(actor, 'viewCase', c)) throw new AppError('CASE_NOT_FOUND');
    return one(c);
  });

  r.post('/api/v1/cases/:id/review', { schema: { tags, summary: '开始审核', params: IdParams, body: ReviewBody } }, async (req) => one(await reviewCase(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/decide', { schema: { tags, summary: '决定：准予或不予许可（须说明理由）', params: IdParams, body: DecideBody } }, async (req) => one(await decideCase(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/request-more', { schema: { tags, summary: '审核补正告知（一次性；只能引用办事指南；暂停计时）', params: IdParams, body: RequestMoreBody } }, async (req) => one(await requestMore(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/supply-more', { schema: { tags, summary: '申请人提交审核补正材料（恢复计时）', params: IdParams, body: SupplyBody } }, async (req) => one(await supplyMore(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/extend', { schema: { tags, summary: '延期（部门负责人批准）', params: IdParams, body: ExtendBody } }, async (req) => {
    const d = await extendCase(deps, requireActor(req), req.params.id, req.body);
    return { dueOn: d.dueOn, extensionDays: d.extensionDays, totalWorkingDays: d.totalWorkingDays };
  });

  r.post('/api/v1/site-checks', { schema: { tags, summary: '发起（联合）现场核查：一次上门，多个部门的事项', body: SiteCheckBody } }, async (req, reply) => {
    reply.status(201);
    return presentSiteCheck(await requestSiteCheck(deps, requireActor(req), req.body));
  });
  r.post('/api/v1/site-checks/:id/results', { schema: { tags, summary: '登记本部门的核查结果', params: IdParams, body: SiteCheckResultBody } }, async (req) => one(await recordSiteCheckResult(deps, requireActor(req), req.params.id, req.body)));

  r.get('/api/v1/commitment-checks', { schema: { tags, summary: '告知承诺事后核查任务（本部门）', querystring: z.object({ status: z.enum(['open', 'confirmed', 'breached']).optional() }) } }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'reviewer', 'head', 'inspector', 'supervisor')) throw new AppError('FORBIDDEN');
    const rows = await caseStore.commitmentChecksOf(deps.db, hasRole(actor, 'supervisor') ? null : actor.departmentId, actorRegionPattern(actor), req.query.status ?? null);
    return { items: rows.map((k) => ({ id: k.id, caseId: k.case_id, number: k.number, itemName: k.item_name, status: k.status, createdAt: k.created_at.toISOString(), doneAt: k.done_at?.toISOString() ?? null, note: k.note })) };
  });
  r.post('/api/v1/commitment-checks/:id/close', { schema: { tags, summary: '完成告知承诺核查', params: IdParams, body: CommitmentCheckBody } }, async (req) => closeCommitmentCheck(deps, requireActor(req), req.params.id, req.body));
}
