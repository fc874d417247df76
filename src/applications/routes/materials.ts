import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../../core/index.js';
import { departmentById, listRegions, requireActor, userById } from '../../identity/index.js';
import { licenceTypeOf } from '../../licences/index.js';
import { applicationMaterialLines } from '../application-materials.js';
import { checkPending } from '../check-pending.js';
import { refusalNoticePdf } from '../refusal-notice-pdf.js';
import { documentPdfOf } from '../statutory-documents.js';
import { latestDocumentOf } from '../store/documents.js';
import { withdrawApplication } from '../withdraw-application.js';
import { ApplicationResponse, errors, MaterialsResponse } from '../responses.js';
import type { MaterialLine } from '../completeness.js';
import { IdParams } from '../schemas.js';
import { showApplication, visibleApplication } from './applications.js';

const tags = ['applications'];

/** How each material is satisfied, in words a clerk reads (a reused e-licence is 免提交, with its link, never 未提供). */
function presentLine(l: MaterialLine) {
  const s = l.status;
  const stateName = (() => {
    switch (s.state) {
      case 'uploaded':
        return '已上传';
      case 'reused':
        return `免提交：调用电子证照“${licenceTypeOf(s.licenceType)?.name ?? '电子证照'}”`;
      case 'produced':
        return `免提交：由本次办理的“${s.byItemName}”核发`;
      case 'pending':
        return s.lapsedAt ? `逾期未补交（期限 ${s.dueDate}）` : s.checkedAt ? '容缺材料已补交并核验' : s.receivedAt ? '容缺材料已补交，待窗口核验' : `容缺，${s.dueDate} 前补交`;
      case 'missing':
        return '未提供';
      case 'notNeeded':
        return l.required ? '本次无需提交' : '未提供（非必须）';
    }
  })();
  return {
    itemCode: l.itemCode,
    itemName: l.itemName,
    materialCode: l.materialCode,
    name: l.name,
    required: l.required,
    legalBasis: l.legalBasis,
    mayBeOwed: l.mayBeOwed,
    state: s.state,
    stateName,
    licence: s.state === 'reused' ? { id: s.licenceId, type: s.licenceType, typeName: licenceTypeOf(s.licenceType)?.name ?? null, link: `/api/v1/licences/${s.licenceId}/pdf` } : null,
    attachmentIds: s.state === 'uploaded' ? s.attachmentIds : [],
    producedBy: s.state === 'produced' ? { itemCode: s.byItemCode, itemName: s.byItemName } : null,
    pending: s.state === 'pending' ? { dueDate: s.dueDate, receivedAt: s.receivedAt, checkedAt: s.checkedAt, lapsedAt: s.lapsedAt } : null,
  };
}

export function materialRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/applications/:id/materials', { schema: { tags, summary: '材料核验：办事指南所列每份材料的提供情况（上传、免提交、容缺、未提供）', params: IdParams, response: { 200: MaterialsResponse, ...errors } } }, async (req) => {
    const { app: a } = await visibleApplication(deps, requireActor(req), req.params.id);
    const lines = await applicationMaterialLines(deps.db, a, deps.clock.now());
    return { complete: !lines.some((l) => l.status.state === 'missing'), items: lines.map(presentLine) };
  });

  r.get('/api/v1/applications/:id/refusal-notice.pdf', { schema: { tags: ['window'], summary: '不予受理通知书（PDF：理由、法律依据、行政复议和行政诉讼的期限与机关）', params: IdParams } }, async (req, reply) => {
    const { app: a } = await visibleApplication(deps, requireActor(req), req.params.id);
    if (!a.refusal) throw new AppError('INVALID_TRANSITION', { status: a.status, action: '不予受理通知书' });
    const kept = await latestDocumentOf(deps.db, a.id, 'refusal');
    if (kept) {
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `inline; filename="notice.pdf"; filename*=UTF-8''${encodeURIComponent(`不予受理通知书-${kept.number}.pdf`)}`);
      return reply.send(Buffer.from(await documentPdfOf(deps.db, kept)));
    }
    const by = await userById(deps.db, String((a.refusal as { by: string }).by));
    const dept = by?.department_id ? await departmentById(deps.db, by.department_id) : undefined;
    const regionCode = (dept?.region_code ?? a.authority_region).trim();
    const regionName = (await listRegions(deps.db)).find((r) => r.code.trim() === regionCode)?.name ?? '';
    const pdf = await refusalNoticePdf({ app: a, authorityName: dept?.name ?? '', regionName });
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `inline; filename="notice.pdf"; filename*=UTF-8''${encodeURIComponent(`不予受理通知书-${a.number}.pdf`)}`);
    return reply.send(Buffer.from(pdf));
  });

  r.post('/api/v1/applications/:id/withdraw', {
    schema: { tags, summary: '撤回申请（受理前：草稿、待受理、待补正）', params: IdParams, body: z.strictObject({ version: z.number().int().min(1).optional(), reason: z.string().trim().max(300).nullish() }).default({}), response: { 200: ApplicationResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    return showApplication(deps, actor, await withdrawApplication(deps, actor, req.params.id, req.body));
  });

  r.post('/api/v1/applications/:id/pending-materials/check', {
    schema: {
      tags: ['window'],
      summary: '核验补交的容缺材料：通过则补齐（暂缓核发的证照随即核发）；不通过须说明问题，申请人在原期限内重新补交',
      params: IdParams,
      body: z.strictObject({ itemCode: z.string().trim().min(1).max(48), materialCode: z.string().trim().min(1).max(32), accepted: z.boolean(), problem: z.string().trim().max(500).nullish() }),
      response: { 200: ApplicationResponse, ...errors },
    },
  }, async (req) => {
    const actor = requireActor(req);
    return showApplication(deps, actor, await checkPending(deps, actor, req.params.id, req.body));
  });
}
