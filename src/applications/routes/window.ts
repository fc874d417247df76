import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, requireActor } from '../../identity/index.js';
import { acceptApplication } from '../accept-application.js';
import { deliverResults } from '../deliver.js';
import { decideGuideException, requestGuideException } from '../guide-exceptions.js';
import { canApproveExceptions } from '../policy.js';
import { presentException } from '../present.js';
import { ApplicationResponse, DeliveryResponse, errors, GuideExceptionListResponse, GuideExceptionResponse } from '../responses.js';
import { refuseApplication } from '../refuse-application.js';
import { requestCorrection } from '../request-correction.js';
import { AcceptBody, CorrectionBody, DecideExceptionBody, DeliverBody, ExceptionBody, IdParams, RefuseBody } from '../schemas.js';
import * as caseStore from '../store/cases.js';
import type { ApplicationRow } from '../store/rows.js';
import { showApplication } from './applications.js';

const tags = ['window'];

/** 综合窗口: accept, accept with pending materials, one-time correction notice, refusal, delivery. */
export function windowRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const show = async (req: FastifyRequest, a: ApplicationRow) => showApplication(deps, requireActor(req), a);
  const applicationResponse = { 200: ApplicationResponse, ...errors };

  r.post('/api/v1/applications/:id/accept', { schema: { tags, summary: '受理 / 容缺受理（pending 列出欠缺材料及期限）；异地代收须确认身份与形式审查', params: IdParams, body: AcceptBody, response: applicationResponse } }, async (req) => {
    const actor = requireActor(req);
    // the response shows the cases and clocks as the acceptance left them, without reading them again
    const accepted = await acceptApplication(deps, actor, req.params.id, req.body);
    return showApplication(deps, actor, accepted.app, accepted.cases, accepted.deadlines, { attachments: accepted.attachments, procedures: accepted.procedures, documents: accepted.documents });
  });

  r.post('/api/v1/applications/:id/request-correction', { schema: { tags, summary: '一次性补正告知（只能引用办事指南所列材料和条件，或已批准的例外）', params: IdParams, body: CorrectionBody, response: applicationResponse } }, async (req) =>
    show(req, await requestCorrection(deps, requireActor(req), req.params.id, req.body)),
  );

  r.post('/api/v1/applications/:id/refuse', { schema: { tags, summary: '不予受理（理由、法律依据、所涉指南内容）', params: IdParams, body: RefuseBody, response: applicationResponse } }, async (req) =>
    show(req, await refuseApplication(deps, requireActor(req), req.params.id, req.body)),
  );

  r.post('/api/v1/applications/:id/deliver', { schema: { tags, summary: '出件（窗口或邮寄；统一出件或逐项出件）', params: IdParams, body: DeliverBody, response: { 200: DeliveryResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const result = await deliverResults(deps, actor, req.params.id, req.body);
    return { ...(await showApplication(deps, actor, result.app, result.cases, result.deadlines, result.parts)), delivered: result.delivered, complete: result.complete };
  });

  r.post('/api/v1/applications/:id/guide-exceptions', { schema: { tags, summary: '申请清单外例外（须监管人员批准，按部门计数）', params: IdParams, body: ExceptionBody, response: { 201: GuideExceptionResponse, ...errors } } }, async (req, reply) => {
    const e = await requestGuideException(deps, requireActor(req), req.params.id, req.body);
    reply.status(201);
    return presentException(e);
  });

  r.get('/api/v1/guide-exceptions', { schema: { tags, summary: '清单外例外申请', querystring: z.object({ status: z.enum(['requested', 'approved', 'rejected']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: GuideExceptionListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!canApproveExceptions(actor)) throw new AppError('FORBIDDEN');
    return { items: (await caseStore.listGuideExceptions(deps.db, actorRegionPattern(actor), req.query.status ?? null, req.query.limit)).map(presentException) };
  });

  r.post('/api/v1/guide-exceptions/:id/decide', { schema: { tags, summary: '批准或驳回清单外例外', params: IdParams, body: DecideExceptionBody, response: { 200: GuideExceptionResponse, ...errors } } }, async (req) =>
    presentException(await decideGuideException(deps, requireActor(req), req.params.id, req.body)),
  );
}
