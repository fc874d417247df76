import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, readsFor, type AppDeps } from '../../core/index.js';
import { AuditErrors, ChainProof, proveChain } from '../../audit/index.js';
import { applicationChain } from '../events.js';
import { formClassesOf } from '../catalog-port.js';
import { EXTENSION_OF, readUpload, sendContent, type MediaType } from '../../files/index.js';
import { actorRegionPattern, hasRole, requireActor } from '../../identity/index.js';
import { choosePickup } from '../choose-pickup.js';
import { can, personalAudience } from '../policy.js';
import { caseClocks, caseDeadlines, type Deadline } from '../deadlines-port.js';
import { departmentMap, loadApplicationView } from '../load-application.js';
import { acceptanceNoticePdf, correctionNoticePdf } from '../notice-pdf.js';
import { presentApplication, presentApplicationListItem, presentSubmission } from '../present.js';
import { ApplicationListResponse, ApplicationResponse, errors, SiteCheckListResponse, SubmissionResponse, TimelineResponse } from '../responses.js';
import { siteChecksOf } from '../site-checks-of.js';
import { receivePending } from '../receive-pending.js';
import { IdParams, ListQuery, PickupInput, ReceivePendingBody, SubmitBody, SupplyBody } from '../schemas.js';
import * as store from '../store/applications.js';
import * as docStore from '../store/documents.js';
import type { DocumentRow } from '../store/documents.js';
import { documentPdfOf } from '../statutory-documents.js';
import { submitApplication } from '../submit-application.js';
import { submitDraft } from '../submit-draft.js';
import { supplyCorrection } from '../supply-correction.js';
import { loadTimeline, presentTimeline } from '../timeline.js';
import type { ApplicationRow, AttachmentRow, CaseRow } from '../store/rows.js';
import type { SpecialProcedureRow } from '../store/special-procedures.js';

const tags = ['applications'];

/** Loads an application the actor may see, or answers 404 (no hint that it exists). */
export async function visibleApplication(deps: AppDeps, actor: ReturnType<typeof requireActor>, id: string) {
  const app = await store.applicationById(deps.db, id);
  if (!app) throw new AppError('APPLICATION_NOT_FOUND');
  const cases = await store.casesOf(deps.db, id);
  if (!can(actor, 'view', app, cases.map((c) => c.department_id))) throw new AppError('APPLICATION_NOT_FOUND');
  return { app, cases };
}

/** The application as the actor may see it: loaded, then presented for the audience the policy puts them in. */
export async function showApplication(
  deps: AppDeps,
  actor: ReturnType<typeof requireActor>,
  app: ApplicationRow,
  cases?: CaseRow[],
  deadlines?: Map<string, Deadline>,
  held: { attachments?: AttachmentRow[]; procedures?: Map<string, SpecialProcedureRow[]>; documents?: DocumentRow[] } = {},
) {
  const view = await loadApplicationView(deps.db, app, deps.clock.now(), { cases, deadlines, ...held });
  return presentApplication(view, personalAudience(actor, app, view.cases.map((c) => c.department_id)));
}

export function applicationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/applications', {
    schema: {
      tags,
      summary: '提交申请（或保存草稿）。提交须带 Idempotency-Key 请求头：重试返回同一办件',
      description: '“一件事”申请须带问卷回答（answers）：服务端按回答和申请人持有的证照重新确定应办事项，itemCodes 与之不一致的返回 422 ITEMS_DO_NOT_MATCH_ANSWERS（列出应办、多选、漏选的事项），不会自行增减；草稿在提交时检查。',
      body: SubmitBody,
      headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
      response: { 200: SubmissionResponse, 201: SubmissionResponse, ...errors },
    },
  }, async (req, reply) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'applicant', 'agent', 'clerk')) throw new AppError('FORBIDDEN');
    const { application, created } = await submitApplication(deps, actor, req.body, req.headers['idempotency-key'] ?? null);
    reply.status(created ? 201 : 200);
    return presentSubmission(application);
  });

  r.get('/api/v1/applications', { schema: { tags, summary: '办件列表：申请人看自己的；窗口看待处理的', querystring: ListQuery, response: { 200: ApplicationListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const statuses = req.query.status?.split(',').filter(Boolean);
    const window = hasRole(actor, 'clerk', 'supervisor', 'admin');
    if (!window && !hasRole(actor, 'applicant', 'agent')) throw new AppError('FORBIDDEN');
    const rows = await store.listApplications(await readsFor(deps, req), window
      ? { regionPattern: actorRegionPattern(actor), statuses, limit: req.query.limit }
      : { applicantUserId: actor.userId, statuses, limit: req.query.limit });
    // a list is for finding an application, not for checking identity: every row under the masked rule
    return { items: rows.map((a) => presentApplicationListItem(a, 'masked')) };
  });

  r.get('/api/v1/applications/:id', { schema: { tags, summary: '办件详情', params: IdParams, response: { 200: ApplicationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    // the application and its parts in one read; the same answer as visibleApplication for one the actor may not see
    const whole = await store.applicationWithParts(deps.db, req.params.id);
    if (!whole || !can(actor, 'view', whole.app, whole.cases.map((c) => c.department_id))) throw new AppError('APPLICATION_NOT_FOUND');
    return showApplication(deps, actor, whole.app, whole.cases, caseClocks(whole.cases, whole.clocks, deps.clock.now()), whole);
  });

  r.get('/api/v1/applications/:id/site-checks', { schema: { tags, summary: '现场核查及各部门核查结果（工作人员）', params: IdParams, response: { 200: SiteCheckListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
    const { app: a, cases } = await visibleApplication(deps, actor, req.params.id);
    return siteChecksOf(deps, a.id, cases);
  });

  r.get('/api/v1/applications/:id/timeline', { schema: { tags, summary: '办件时间线（审计链）', params: IdParams, response: { 200: TimelineResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const { app: a, cases } = await visibleApplication(deps, actor, req.params.id);
    const audience = personalAudience(actor, a, cases.map((c) => c.department_id));
    const classes = await formClassesOf(deps.db, cases.map((c) => c.item_version_id));
    return { items: presentTimeline(await loadTimeline(deps.db, req.params.id), audience, classes) };
  });

  r.get('/api/v1/applications/:id/audit-proof', {
    schema: {
      tags,
      summary: '办件历史的包含证明（可离线用 banshi audit check-proof 对照公开的签名树根核对）',
      description: '与办件详情同一访问规则：看不到办件的返回 404。证明含记录原文，只给能看到完整个人信息的人（申请人、代办人、窗口及办理部门审核人），其他可查看者返回 403；记录尚未封存时返回 409。',
      params: IdParams,
      response: { 200: ChainProof, ...errors },
    },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const { app: a, cases } = await visibleApplication(deps, actor, req.params.id);
    if (personalAudience(actor, a, cases.map((c) => c.department_id)) !== 'full') throw new AppError(AuditErrors.AUDIT_PROOF_FULL_VIEW_ONLY);
    const proof = await proveChain(deps.db, applicationChain(a.id), a.number);
    if (!proof) throw new AppError(AuditErrors.AUDIT_PROOF_NOT_SEALED);
    reply.header('content-disposition', `attachment; filename="banshi-audit-proof-${a.number}.json"`);
    return proof;
  });

  r.post('/api/v1/applications/:id/submit', { schema: { tags, summary: '提交草稿', params: IdParams, body: z.strictObject({ version: z.number().int().min(1).optional() }).default({}), response: { 200: ApplicationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const a = await submitDraft(deps, actor, req.params.id, req.body);
    return showApplication(deps, actor, a);
  });

  r.post('/api/v1/applications/:id/corrections', { schema: { tags, summary: '提交补正材料（一次补齐）', params: IdParams, body: SupplyBody, response: { 200: ApplicationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const a = await supplyCorrection(deps, actor, req.params.id, req.body);
    return showApplication(deps, actor, a);
  });

  r.put('/api/v1/applications/:id/pickup', { schema: { tags, summary: '选择结果领取方式（出件前可更改）', params: IdParams, body: PickupInput.extend({ version: z.number().int().min(1).optional() }), response: { 200: ApplicationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const a = await choosePickup(deps, actor, req.params.id, req.body);
    return showApplication(deps, actor, a);
  });

  r.post('/api/v1/applications/:id/pending-materials', { schema: { tags, summary: '补交容缺材料', params: IdParams, body: ReceivePendingBody, response: { 200: ApplicationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const a = await receivePending(deps, actor, req.params.id, req.body);
    return showApplication(deps, actor, a);
  });

  r.get('/api/v1/applications/:id/attachments/:attachmentId/content', {
    schema: { tags, summary: '下载办件附件', params: z.object({ id: z.uuid(), attachmentId: z.uuid() }), response: errors },
  }, async (req, reply) => {
    const actor = requireActor(req);
    await visibleApplication(deps, actor, req.params.id);
    const att = (await store.attachmentsOf(deps.db, req.params.id)).find((x) => x.id === req.params.attachmentId);
    if (!att?.upload_id) throw new AppError('FILE_NOT_FOUND');
    const { upload, content } = await readUpload(deps, att.upload_id);
    return sendContent(reply, upload.mediaType, upload.originalName, EXTENSION_OF[upload.mediaType as MediaType], content);
  });
}

export function noticeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const send = (reply: import('fastify').FastifyReply, name: string, pdf: Uint8Array) => {
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `inline; filename="notice.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
    return reply.send(Buffer.from(pdf));
  };
  r.get('/api/v1/applications/:id/documents/:documentId/content', { schema: { tags, summary: '下载办件文书（PDF）', params: z.object({ id: z.uuid(), documentId: z.uuid() }), response: errors } }, async (req, reply) => {
    await visibleApplication(deps, requireActor(req), req.params.id);
    const doc = await docStore.documentById(deps.db, req.params.documentId);
    if (!doc || doc.application_id !== req.params.id) throw new AppError('DOCUMENT_NOT_FOUND');
    return send(reply, `${doc.title}-${doc.number}.pdf`, await documentPdfOf(deps.db, doc));
  });
  /** The kept document of a kind, when the application has one (applications filed before documents were kept have none). */
  const kept = async (reply: import('fastify').FastifyReply, applicationId: string, kind: 'acceptance' | 'correction') => {
    const doc = await docStore.latestDocumentOf(deps.db, applicationId, kind);
    return doc ? send(reply, `${doc.title}-${doc.number}.pdf`, await documentPdfOf(deps.db, doc)) : null;
  };
  r.get('/api/v1/applications/:id/acceptance-notice.pdf', { schema: { tags, summary: '受理通知书（PDF）', params: IdParams, response: errors } }, async (req, reply) => {
    const actor = requireActor(req);
    const { app: a, cases } = await visibleApplication(deps, actor, req.params.id);
    if (!a.accepted_at) throw new AppError('INVALID_TRANSITION', { status: a.status, action: 'acceptanceNotice' });
    const official = await kept(reply, a.id, 'acceptance');
    if (official) return official;
    const m = await departmentMap(deps.db);
    const deadlines = await caseDeadlines(deps.db, cases.filter((c) => c.started_at).map((c) => c.id), deps.clock.now());
    const audience = personalAudience(actor, a, cases.map((c) => c.department_id));
    const pdf = await acceptanceNoticePdf({ app: a, cases, deadlines, departmentName: (id) => (id ? m.get(id)?.name ?? '' : ''), audience });
    return send(reply, `受理通知书-${a.number}.pdf`, pdf);
  });
  r.get('/api/v1/applications/:id/correction-notice.pdf', { schema: { tags, summary: '一次性补正告知书（PDF）', params: IdParams, response: errors } }, async (req, reply) => {
    const actor = requireActor(req);
    const { app: a, cases } = await visibleApplication(deps, actor, req.params.id);
    if (!a.correction) throw new AppError('INVALID_TRANSITION', { status: a.status, action: 'correctionNotice' });
    const official = await kept(reply, a.id, 'correction');
    if (official) return official;
    const m = await departmentMap(deps.db);
    const audience = personalAudience(actor, a, cases.map((c) => c.department_id));
    const pdf = await correctionNoticePdf({ app: a, departmentName: (id) => (id ? m.get(id)?.name ?? '' : ''), audience });
    return send(reply, `一次性补正告知书-${a.number}.pdf`, pdf);
  });
}
