import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, maskData, readsFor, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, hasRole, requireActor } from '../../identity/index.js';
import { closeCommitmentCheck } from '../close-commitment-check.js';
import { decideCase } from '../decide-case.js';
import { commitmentCheckDeadlines } from '../deadlines-port.js';
import { extendCase } from '../extend-case.js';
import { loadCaseViews, type CaseViews } from '../load-application.js';
import { canCase, caseAudience } from '../policy.js';
import { presentCase, presentSiteCheck } from '../present.js';
import { CaseInboxResponse, CaseResponse, CommitmentCheckClosedResponse, CommitmentChecksResponse, errors, ExtensionResponse, SiteCheckResponse } from '../responses.js';
import { requestMore, supplyMore } from '../request-more.js';
import { reviewCase } from '../review-case.js';
import { CommitmentCheckBody, DecideBody, ExtendBody, IdParams, RequestMoreBody, ReviewBody, SiteCheckBody, SiteCheckResultBody, SpecialProcedureBody, SpecialProcedureEndBody, SupplyBody } from '../schemas.js';
import { endSpecialProcedure, startSpecialProcedure } from '../special-procedure.js';
import { recordSiteCheckResult, requestSiteCheck } from '../site-check.js';
import * as store from '../store/applications.js';
import * as caseStore from '../store/cases.js';
import type { CaseRow } from '../store/rows.js';

const tags = ['cases'];

/** 并联审批: each department's inbox, review, joint site checks, requests for more, decisions, extensions. */
export function caseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const one = async (req: FastifyRequest, c: CaseRow, views?: CaseViews) => presentCase(c, views ?? (await loadCaseViews(deps.db, [c], deps.clock.now())), caseAudience(req.actor, c));
  // a change that read the case's views inside its transaction
  const shown = (req: FastifyRequest, r: { c: CaseRow; views: CaseViews }) => one(req, r.c, r.views);
  const caseResponse = { 200: CaseResponse, ...errors };

  r.get('/api/v1/cases', { schema: { tags, summary: '本部门待办（审核人员收件箱）', querystring: z.object({ all: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: CaseInboxResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'reviewer', 'head') || !actor.departmentId) throw new AppError('FORBIDDEN');
    const q = await readsFor(deps, req);
    const rows = await caseStore.inboxOf(q, actor.departmentId, actorRegionPattern(actor), req.query.all !== 'true', req.query.limit);
    const views = await loadCaseViews(q, rows, deps.clock.now());
    return { items: rows.map((c) => ({ ...presentCase(c, views, caseAudience(actor, c)), number: c.number, title: c.title, applicantName: c.applicant_name })) };
  });

  r.get('/api/v1/cases/:id', { schema: { tags, summary: '事项办件详情', params: IdParams, response: caseResponse } }, async (req) => {
    const actor = requireActor(req);
    const c = await store.caseById(deps.db, req.params.id);
    if (!c || !canCase(actor, 'viewCase', c)) throw new AppError('CASE_NOT_FOUND');
    return one(req, c);
  });

  r.post('/api/v1/cases/:id/review', { schema: { tags, summary: '开始审核', params: IdParams, body: ReviewBody, response: caseResponse } }, async (req) => shown(req, await reviewCase(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/decide', { schema: { tags, summary: '决定：准予或不予许可（须说明理由）', params: IdParams, body: DecideBody, response: caseResponse } }, async (req) => shown(req, await decideCase(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/request-more', { schema: { tags, summary: '审核补正告知（一次性；只能引用办事指南；暂停计时）', params: IdParams, body: RequestMoreBody, response: caseResponse } }, async (req) => one(req, await requestMore(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/supply-more', { schema: { tags, summary: '申请人提交审核补正材料（恢复计时）', params: IdParams, body: SupplyBody, response: caseResponse } }, async (req) => one(req, await supplyMore(deps, requireActor(req), req.params.id, req.body)));
  r.post('/api/v1/cases/:id/extend', { schema: { tags, summary: '延期（部门负责人批准）', params: IdParams, body: ExtendBody, response: { 200: ExtensionResponse, ...errors } } }, async (req) => {
    const d = await extendCase(deps, requireActor(req), req.params.id, req.body);
    return { dueOn: d.dueOn, extensionDays: d.extensionDays, totalWorkingDays: d.totalWorkingDays };
  });

  r.post('/api/v1/cases/:id/special-procedures', { schema: { tags, summary: '启动特别程序（听证、检验检测、专家评审等；暂停计时；承办人或部门负责人）', params: IdParams, body: SpecialProcedureBody, response: caseResponse } }, async (req) => {
    const actor = requireActor(req);
    await startSpecialProcedure(deps, actor, req.params.id, req.body);
    return one(req, (await store.caseById(deps.db, req.params.id))!);
  });
  r.post('/api/v1/cases/:id/special-procedures/end', { schema: { tags, summary: '结束特别程序（登记结果；恢复计时）', params: IdParams, body: SpecialProcedureEndBody, response: caseResponse } }, async (req) => {
    const actor = requireActor(req);
    await endSpecialProcedure(deps, actor, req.params.id, req.body);
    return one(req, (await store.caseById(deps.db, req.params.id))!);
  });

  r.post('/api/v1/site-checks', { schema: { tags, summary: '发起（联合）现场核查：一次上门，多个部门的事项', body: SiteCheckBody, response: { 201: SiteCheckResponse, ...errors } } }, async (req, reply) => {
    reply.status(201);
    return presentSiteCheck(await requestSiteCheck(deps, requireActor(req), req.body), 'full');
  });
  r.post('/api/v1/site-checks/:id/results', { schema: { tags, summary: '登记本部门的核查结果', params: IdParams, body: SiteCheckResultBody, response: caseResponse } }, async (req) => one(req, await recordSiteCheckResult(deps, requireActor(req), req.params.id, req.body)));

  r.get('/api/v1/commitment-checks', { schema: { tags, summary: '告知承诺事后核查任务（本部门）', querystring: z.object({ status: z.enum(['open', 'confirmed', 'breached']).optional() }), response: { 200: CommitmentChecksResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'reviewer', 'head', 'inspector', 'supervisor')) throw new AppError('FORBIDDEN');
    const rows = await caseStore.commitmentChecksOf(deps.db, hasRole(actor, 'supervisor') ? null : actor.departmentId, actorRegionPattern(actor), req.query.status ?? null);
    const deadlines = await commitmentCheckDeadlines(deps.db, rows.map((k) => k.id), deps.clock.now());
    const names: Record<string, string> = { open: '待核查', confirmed: '核查属实', breached: '核查不实' };
    return {
      items: rows.map((k) => {
        const d = deadlines.get(k.id);
        return maskData({
          id: k.id, caseId: k.case_id, number: k.number, itemName: k.item_name, status: k.status, statusName: names[k.status] ?? k.status,
          createdAt: k.created_at.toISOString(), dueOn: k.due_on, deadline: d ? { colour: d.colour ?? null, status: d.status } : null,
          doneAt: k.done_at?.toISOString() ?? null, note: k.note, licenceAction: k.licence_action, licenceId: k.licence_id,
        }, 'masked');
      }),
    };
  });
  r.post('/api/v1/commitment-checks/:id/close', { schema: { tags, summary: '完成告知承诺核查', params: IdParams, body: CommitmentCheckBody, response: { 200: CommitmentCheckClosedResponse, ...errors } } }, async (req) => closeCommitmentCheck(deps, requireActor(req), req.params.id, req.body));
}
