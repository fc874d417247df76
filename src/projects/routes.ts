import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { actorRegionPattern, regionPattern, requireActor } from '../identity/index.js';
import { verifyUrlOf } from '../licences/index.js';
import { createProject } from './create-project.js';
import { acceptanceCertificatePdf, drawingReviewNoticePdf } from './documents.js';
import { giveOpinion, openDrawingReview, reachableReview, reviseDrawings } from './drawing-review.js';
import { fileStage, stageNotice } from './file-stage.js';
import { NoticeResponse } from '../guidance/index.js';
import { issueCertificate, reachableAcceptance, recordFinding, scheduleAcceptance } from './joint-acceptance.js';
import { can, inReach } from './policy.js';
import { presentSummary, presentZone } from './present.js';
import { loadProject, projectState } from './project-state.js';
import { AcceptanceResponse, AssessmentResponse, DrawingReviewResponse, ProjectListResponse, ProjectResponse, StageFilingResponse, ZoneListResponse, ZoneResponse } from './responses.js';
import { presentAssessment } from './present.js';
import { APPROVAL_TYPES, ASSESSMENT_KINDS } from './rules.js';
import * as store from './store.js';
import { acceptanceView, projectView, reviewView } from './views.js';
import { linkZoneAdministration, recordAssessment, registerZone } from './zones.js';

const tags = ['projects'];
const Id = z.object({ id: z.uuid() });
const Text = (max: number) => z.string().trim().min(1).max(max);
const RegionCode = z.string().trim().regex(/^[1-9]\d{5}$/, '行政区划代码为 6 位数字');
const ZoneCode = z.string().trim().regex(/^[a-z][a-z0-9-]{1,47}$/, '园区代码只能包含小写字母、数字和连字符');
const AdminRegionCode = z.string().trim().regex(/^[1-9]\d{8}$/, '园区管理机构所在区划为 9 位数字').describe('开发区管理机构的行政区划（如 431127400）');
const Uploads = z.array(z.uuid()).min(1).max(50).describe('POST /api/v1/files 返回的文件 id（施工图一套）');
const MaterialRef = z.strictObject({ itemCode: z.string().trim().min(1).max(48), materialCode: z.string().trim().min(1).max(32) });

const StageFilingBody = z.strictObject({
  itemCodes: z.array(z.string().trim().min(1).max(48)).max(20).optional().describe('本阶段申报的事项；不填则按问卷回答确定'),
  answers: z.record(z.string(), z.unknown()).optional().describe('一件事问卷的回答（决定本阶段适用的事项）'),
  form: z.record(z.string().max(64), z.unknown()),
  attachments: z.array(z.strictObject({ uploadId: z.uuid(), materials: z.array(MaterialRef).min(1).max(20) })).max(100).default([]),
  licences: z.array(z.strictObject({ licenceId: z.uuid(), materials: z.array(MaterialRef).min(1).max(20) })).max(40).optional().describe('免提交：以持有的电子证照代替材料'),
  pickup: z.strictObject({
    mode: z.enum(['together', 'each']), method: z.enum(['window', 'post']),
    recipient: z.string().trim().max(40).nullish(), phone: z.string().trim().max(20).nullish(), address: z.string().trim().max(200).nullish(),
  }).nullish(),
});

function sendPdf(reply: FastifyReply, name: string, pdf: Uint8Array) {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
  return reply.send(Buffer.from(pdf));
}

export function projectRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ---- zones and 区域评估 ----
  r.get('/api/v1/public/zones', {
    schema: { tags, summary: '园区及其区域评估成果（公开）', querystring: z.object({ region: RegionCode.optional() }), response: { 200: ZoneListResponse, ...errors } },
  }, async (req) => {
    // a province's or a city's code (430000, 431100) covers the zones of its counties
    const zones = await store.listZones(deps.db, req.query.region ? regionPattern(req.query.region) : null);
    const assessments = await store.assessmentsOf(deps.db, zones.map((z) => z.code));
    return { zones: zones.map((z) => presentZone(z, assessments)) };
  });

  r.post('/api/v1/zones', {
    schema: { tags, summary: '登记园区（开发区、工业园区）', body: z.strictObject({ code: ZoneCode, name: Text(60), regionCode: RegionCode, adminRegionCode: AdminRegionCode.nullish(), areaKm2: z.number().positive().max(100000).nullish() }), response: { 201: ZoneResponse, ...errors } },
  }, async (req, reply) => {
    const zone = await registerZone(deps, requireActor(req), req.body);
    reply.status(201);
    return presentZone(zone, []);
  });

  r.patch('/api/v1/zones/:code', {
    schema: {
      tags, summary: '园区关联（或解除）管理机构的行政区划：此后园区内项目的赋权事项在该区划的窗口办理', params: z.object({ code: ZoneCode }),
      body: z.strictObject({ adminRegionCode: AdminRegionCode.nullable() }),
      response: { 200: ZoneResponse, ...errors },
    },
  }, async (req) => {
    const zone = await linkZoneAdministration(deps, requireActor(req), req.params.code, req.body.adminRegionCode);
    return presentZone(zone, await store.assessmentsOf(deps.db, [zone.code]));
  });

  r.post('/api/v1/zones/:code/assessments', {
    schema: {
      tags, summary: '记录区域评估成果（园区内项目不再单独提交其覆盖的材料）', params: z.object({ code: ZoneCode }),
      body: z.strictObject({
        kind: z.enum(Object.keys(ASSESSMENT_KINDS) as [keyof typeof ASSESSMENT_KINDS, ...Array<keyof typeof ASSESSMENT_KINDS>]).describe(Object.entries(ASSESSMENT_KINDS).map(([k, v]) => `${k} ${v}`).join(' · ')),
        title: Text(100), conclusion: Text(1000), covers: z.array(MaterialRef).min(1).max(40).describe('评估成果代替的申请材料'),
        validUntil: z.iso.date().nullish(),
      }),
      response: { 201: AssessmentResponse, ...errors },
    },
  }, async (req, reply) => {
    const a = await recordAssessment(deps, requireActor(req), req.params.code, req.body);
    reply.status(201);
    return presentAssessment(a);
  });

  // ---- projects and their stages ----
  r.post('/api/v1/projects', {
    schema: {
      tags, summary: '登记工程建设项目（赋投资项目代码）',
      body: z.strictObject({
        name: Text(100), address: Text(200), regionCode: RegionCode, zoneCode: ZoneCode.nullish(),
        industryCode: z.string().regex(/^\d{2}$/, '行业代码为 2 位数字').default('47').describe('国民经济行业大类代码，47 房屋建筑业'),
        approvalType: z.enum(Object.keys(APPROVAL_TYPES) as ['01', '02', '03']).default('03').describe('01 审批 · 02 核准 · 03 备案'),
        buildingArea: z.number().positive().max(10_000_000).nullish(),
      }),
      response: { 201: ProjectResponse, ...errors },
    },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const p = await createProject(deps, actor, req.body);
    reply.status(201);
    return projectView(deps, await projectState(deps, p), true);
  });

  r.get('/api/v1/projects', {
    schema: { tags, summary: '我的工程建设项目（建设单位）或本区划的项目（工作人员）', response: { 200: ProjectListResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const rows = actor.kind === 'staff' ? await store.listProjects(deps.db, { regionPattern: actorRegionPattern(actor) }) : await store.listProjects(deps.db, { applicantUserId: actor.userId });
    const visible = rows.filter((p) => can(actor, 'view', p));
    const zones = new Map((await store.listZones(deps.db, null)).map((z) => [z.code, z]));
    const items = [];
    for (const p of visible) items.push(presentSummary(p, p.zone_code ? zones.get(p.zone_code) ?? null : null, await projectState(deps, p)));
    return { items };
  });

  r.get('/api/v1/projects/:id', { schema: { tags, summary: '项目详情：各阶段进度、用时与承诺时限', params: Id, response: { 200: ProjectResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const p = await store.projectById(deps.db, req.params.id);
    if (!p || !inReach(actor, p)) throw new AppError('PROJECT_NOT_FOUND');
    if (!can(actor, 'view', p)) throw new AppError('FORBIDDEN');
    return projectView(deps, await projectState(deps, p), p.applicant_user_id === actor.userId);
  });

  r.post('/api/v1/projects/:id/stages/:stage/filing', {
    schema: {
      tags, summary: '申报一个审批阶段（上一阶段出件后才能申报）。须带 Idempotency-Key 请求头：重试返回同一办件（200，内容相同）',
      params: z.object({ id: z.uuid(), stage: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,31}$/) }),
      headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
      body: StageFilingBody, response: { 200: StageFilingResponse, 201: StageFilingResponse, ...errors },
    },
  }, async (req, reply) => {
    const out = await fileStage(deps, requireActor(req), req.params.id, req.params.stage, req.body, req.headers['idempotency-key'] ?? null);
    reply.status(out.created ? 201 : 200);
    return { applicationId: out.application.id, number: out.application.number, status: out.application.status, coveredByZone: out.coveredByZone };
  });

  r.post('/api/v1/projects/:id/stages/:stage/notice', {
    schema: {
      tags, summary: '申报本阶段：生成本阶段事项的一次性告知单（本阶段尚不能申报时说明原因）',
      params: z.object({ id: z.uuid(), stage: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,31}$/) }),
      body: z.strictObject({ answers: z.record(z.string().max(64), z.union([z.boolean(), z.number(), z.string().max(200)])).default({}).describe('决定本阶段事项的问题回答') }),
      response: { 201: NoticeResponse, ...errors },
    },
  }, async (req, reply) => {
    const notice = await stageNotice(deps, requireActor(req), req.params.id, req.params.stage, req.body.answers);
    reply.status(201);
    return { ...notice, links: { json: `/api/v1/notices/${notice.id}`, html: `/api/v1/notices/${notice.id}/html`, pdf: `/api/v1/notices/${notice.id}/pdf` } };
  });

  // ---- 联合审图 ----
  r.post('/api/v1/projects/:id/drawing-reviews', {
    schema: { tags, summary: '提交施工图联合审查（各部门同一轮审查）', params: Id, body: z.strictObject({ uploadIds: Uploads }), response: { 201: DrawingReviewResponse, ...errors } },
  }, async (req, reply) => {
    const review = await openDrawingReview(deps, requireActor(req), req.params.id, req.body.uploadIds);
    reply.status(201);
    return reviewView(deps, review, true);
  });

  r.get('/api/v1/drawing-reviews/:id', { schema: { tags, summary: '联合审图：各部门意见与合并告知', params: Id, response: { 200: DrawingReviewResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const { review, project } = await reachableReview(deps, actor, req.params.id);
    if (!can(actor, 'view', project)) throw new AppError('FORBIDDEN');
    return reviewView(deps, review, project.applicant_user_id === actor.userId);
  });

  r.post('/api/v1/drawing-reviews/:id/opinions', {
    schema: { tags, summary: '本部门出具审图意见（每轮一次）', params: Id, body: z.strictObject({ verdict: z.enum(['pass', 'revise', 'reject']).describe('pass 合格 · revise 需修改 · reject 不合格'), opinion: Text(2000) }), response: { 200: DrawingReviewResponse, ...errors } },
  }, async (req) => reviewView(deps, await giveOpinion(deps, requireActor(req), req.params.id, req.body), false));

  r.post('/api/v1/drawing-reviews/:id/revision', {
    schema: { tags, summary: '按合并意见提交修改后的施工图（只允许一次）', params: Id, body: z.strictObject({ uploadIds: Uploads }), response: { 200: DrawingReviewResponse, ...errors } },
  }, async (req) => reviewView(deps, await reviseDrawings(deps, requireActor(req), req.params.id, req.body.uploadIds), true));

  r.get('/api/v1/drawing-reviews/:id/notice.pdf', { schema: { tags, summary: '施工图联合审查意见书（PDF）', params: Id, response: errors } }, async (req, reply) => {
    const actor = requireActor(req);
    const { review, project } = await reachableReview(deps, actor, req.params.id);
    if (!can(actor, 'view', project)) throw new AppError('FORBIDDEN');
    const opinions = await store.opinionsOf(deps.db, review.id);
    const pdf = await drawingReviewNoticePdf({ project, status: review.status, round: review.round, opinions, at: review.concluded_at ?? opinions.at(-1)?.recorded_at ?? review.opened_at });
    return sendPdf(reply, `施工图联合审查意见书-${project.project_code}.pdf`, pdf);
  });

  // ---- 联合验收 ----
  r.post('/api/v1/projects/:id/joint-acceptance', {
    schema: { tags, summary: '安排竣工联合验收（一次现场验收，各部门同时参加）', params: Id, body: z.strictObject({ scheduledFor: z.iso.datetime({ offset: true }), place: Text(200) }), response: { 201: AcceptanceResponse, ...errors } },
  }, async (req, reply) => {
    const a = await scheduleAcceptance(deps, requireActor(req), req.params.id, { scheduledFor: new Date(req.body.scheduledFor), place: req.body.place });
    reply.status(201);
    return acceptanceView(deps, a);
  });

  r.get('/api/v1/joint-acceptances/:id', { schema: { tags, summary: '联合验收：各部门验收意见与意见书', params: Id, response: { 200: AcceptanceResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const { acceptance, project } = await reachableAcceptance(deps, actor, req.params.id);
    if (!can(actor, 'view', project)) throw new AppError('FORBIDDEN');
    return acceptanceView(deps, acceptance);
  });

  r.post('/api/v1/joint-acceptances/:id/findings', {
    schema: { tags, summary: '本部门记录现场验收意见', params: Id, body: z.strictObject({ verdict: z.enum(['pass', 'fail']).describe('pass 验收合格 · fail 不合格须整改'), findings: Text(2000) }), response: { 200: AcceptanceResponse, ...errors } },
  }, async (req) => acceptanceView(deps, await recordFinding(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/joint-acceptances/:id/certificate', {
    schema: { tags, summary: '出具竣工联合验收意见书（电子证照）', params: Id, response: { 200: AcceptanceResponse, ...errors } },
  }, async (req) => acceptanceView(deps, (await issueCertificate(deps, requireActor(req), req.params.id)).acceptance));

  r.get('/api/v1/joint-acceptances/:id/certificate.pdf', { schema: { tags, summary: '竣工联合验收意见书（PDF）', params: Id, response: errors } }, async (req, reply) => {
    const actor = requireActor(req);
    const { acceptance, project } = await reachableAcceptance(deps, actor, req.params.id);
    if (!can(actor, 'view', project)) throw new AppError('FORBIDDEN');
    if (acceptance.status !== 'issued') throw new AppError('ACCEPTANCE_NOT_READY', { departments: '意见书尚未出具' });
    const [findings, lead] = await Promise.all([store.findingsOf(deps.db, acceptance.id), store.departmentNames(deps.db, [acceptance.departments[0]!])]);
    const pdf = await acceptanceCertificatePdf({
      project, acceptance, findings, issuerName: lead.get(acceptance.departments[0]!)?.name ?? '', identifier: acceptance.licence_identifier ?? '',
      payloadUrl: verifyUrlOf(deps.config, acceptance.licence_payload ?? ''),
    });
    return sendPdf(reply, `竣工联合验收意见书-${project.project_code}.pdf`, pdf);
  });
}

