import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { actorRegionPattern, requireActor } from '../identity/index.js';
import { deadlinesOf } from '../supervision/index.js';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { finalAnswers } from './final-answers.js';
import { FEEDBACK_PARTS, FEEDBACK_STEPS, flagGuide } from './flag-guide.js';
import { handleGuideFeedback } from './handle-guide-feedback.js';
import { licencesOfActor, licenceTypeNames } from './holder-licences.js';
import { getNotice, issueBundleNotice, issueItemNotice } from './issue-notice.js';
import { loadBundle, loadElements } from './load-guide.js';
import { buildMergedForm } from './merge-form.js';
import { formJsonSchema } from './form-schema.js';
import {
  AnswerCheckResponse,
  FeedbackStatsByItemResponse,
  FeedbackStatsResponse,
  FormCheckResponse,
  GuideFeedbackResponse,
  MergedFormResponse,
  NoticeResponse,
  QuestionnaireResponse,
} from './responses.js';
import { checkMergedForm, mergedFormFor } from './merged-form-for.js';
import { inReach } from './feedback-reach.js';
import { can } from './policy.js';
import { presentFeedback, presentQuestionnaire } from './present.js';
import { renderNoticeHtml } from './render-notice-html.js';
import { renderNoticePdf } from './render-notice-pdf.js';
import { selectForBundle } from './select-items.js';
import * as store from './store.js';

const tags = ['guidance'];
const Answers = z.record(z.string().max(64), z.union([z.boolean(), z.number(), z.string().max(200)])).describe('问卷回答：问题代码 → 是/否、选项值或数字');
const CodeParams = z.object({ code: z.string().trim().min(1).max(48) });
const IdParams = z.object({ id: z.uuid() });
const FormTarget = z
  .object({
    noticeId: z.uuid().optional().describe('按告知单中的事项生成表单'),
    itemVersionIds: z.array(z.uuid()).min(1).max(40).optional().describe('或直接指定事项版本'),
    answers: Answers.optional(),
  })
  .refine((t) => t.noticeId || t.itemVersionIds, { message: '请提供 noticeId 或 itemVersionIds', path: ['itemVersionIds'] });
const FeedbackBody = z.object({
  itemVersionId: z.uuid(),
  step: z.enum(FEEDBACK_STEPS).describe('在哪一步发现'),
  kind: z.enum(['wrong', 'unclear']).describe('wrong 内容有误 · unclear 表述不清'),
  part: z.enum(FEEDBACK_PARTS).describe('指南的哪一部分'),
  materialCode: z.string().trim().min(1).max(32).optional(),
  description: z.string().trim().min(2).max(1000),
  applicationId: z.uuid().optional(),
});

export function guidanceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const noticeDeps = { db: deps.db, clock: deps.clock, licencesOf: licencesOfActor, licenceTypeNames };

  r.get('/api/v1/guidance/bundles/:code/questionnaire', { schema: { tags, summary: '一件事的导办问卷', params: CodeParams, response: { 200: QuestionnaireResponse, ...errors } } }, async (req) =>
    presentQuestionnaire(await loadBundle(deps.db, req.params.code)),
  );

  r.get('/api/v1/guidance/bundles/:code/form-schema', {
    schema: {
      tags,
      summary: '一件事合并表单的 JSON Schema（字段名、类型、必填与显示条件）',
      description: '申请（POST /api/v1/applications）的 form 按此填写：数据元字段以数据元代码为名，事项自有字段为 <事项编码>.<字段键>。列出一件事所有事项的全部字段；按问卷回答才出现的字段带 x-visibleIf。',
      params: CodeParams,
      response: { 200: z.record(z.string(), z.unknown()).describe('JSON Schema（2020-12）'), ...errors },
    },
  }, async (req) => {
    const [bundle, elements] = await Promise.all([loadBundle(deps.db, req.params.code), loadElements(deps.db)]);
    const form = buildMergedForm(bundle.items.map((b) => b.item), elements, { everyField: true });
    return formJsonSchema(form, { id: `/api/v1/guidance/bundles/${encodeURIComponent(bundle.code)}/form-schema`, title: `${bundle.name}：合并表单` });
  });

  r.post(
    '/api/v1/guidance/bundles/:code/check',
    {
      schema: {
        tags,
        summary: '检查问卷回答（下一步要回答的问题和已选中的事项）；附表单内容时按表单最终填写的数值重新确定事项',
        params: CodeParams,
        body: z.object({ answers: Answers, form: z.record(z.string().max(100), z.unknown()).optional().describe('合并表单的最终内容：与问题对应的数据元（如经营面积）以表单为准') }),
        response: { 200: AnswerCheckResponse, ...errors },
      },
    },
    async (req) => {
      const bundle = await loadBundle(deps.db, req.params.code);
      const result = answerQuestionnaire(bundle.questions, req.body.form ? finalAnswers(bundle.questions, req.body.answers, req.body.form) : req.body.answers);
      const selection = selectForBundle(bundle, { answers: result.answers });
      return {
        answers: result.answers,
        complete: result.complete,
        visibleQuestions: result.visible.map((q) => q.key),
        errors: result.errors,
        items: selection.items.map((s) => ({ itemCode: s.item.itemCode, name: s.item.name, authority: s.item.authority.name })),
        materialCount: selection.materials.length,
      };
    },
  );

  r.post('/api/v1/guidance/bundles/:code/notice', { schema: { tags, summary: '根据问卷回答生成一次性告知单', params: CodeParams, body: z.object({ answers: Answers }), response: { 201: NoticeResponse, ...errors } } }, async (req, reply) => {
    const notice = await issueBundleNotice(noticeDeps, req.params.code, req.body.answers, req.actor);
    return reply.status(201).send({ ...notice, links: links(notice.id) });
  });

  r.post('/api/v1/guidance/items/:code/notice', { schema: { tags, summary: '单个事项的一次性告知单', params: CodeParams, response: { 201: NoticeResponse, ...errors } } }, async (req, reply) => {
    const notice = await issueItemNotice(noticeDeps, req.params.code, req.actor);
    return reply.status(201).send({ ...notice, links: links(notice.id) });
  });

  r.get('/api/v1/notices/:id', { schema: { tags, summary: '一次性告知单（JSON）', params: IdParams, response: { 200: NoticeResponse, ...errors } } }, async (req) => {
    const row = await getNotice(deps.db, req.params.id, req.actor);
    return { ...row.content, id: row.id, links: links(row.id) };
  });

  r.get('/api/v1/notices/:id/html', { schema: { tags, summary: '一次性告知单（可打印网页）', params: IdParams } }, async (req, reply) => {
    const row = await getNotice(deps.db, req.params.id, req.actor);
    return reply.type('text/html; charset=utf-8').send(renderNoticeHtml(row.content));
  });

  r.get('/api/v1/notices/:id/pdf', { schema: { tags, summary: '一次性告知单（PDF）', params: IdParams } }, async (req, reply) => {
    const row = await getNotice(deps.db, req.params.id, req.actor);
    const pdf = await renderNoticePdf(row.content);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="notice-${row.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`一次性告知单-${row.content.subject.name}.pdf`)}`)
      .send(Buffer.from(pdf));
  });

  r.post('/api/v1/guidance/forms/merged', { schema: { tags, summary: '一表申请：合并表单（含预填；与申请人回答不一致的记录并列供选择）', body: z.intersection(FormTarget, z.object({ data: z.record(z.string().max(100), z.unknown()).optional().describe('已填写的内容（草稿）：保留，不被预填覆盖') })), response: { 200: MergedFormResponse, ...errors } } }, async (req) =>
    mergedFormFor({ db: deps.db, clock: deps.clock, licencesOf: licencesOfActor }, req.body, requireActor(req)),
  );

  r.post('/api/v1/guidance/forms/check', { schema: { tags, summary: '校验合并表单填写内容', body: z.intersection(FormTarget, z.object({ data: z.record(z.string().max(100), z.unknown()) })), response: { 200: FormCheckResponse, ...errors } } }, async (req) =>
    checkMergedForm(deps.db, req.body, req.body.data, req.actor, shanghaiDateOf(deps.clock.now())),
  );

  r.post('/api/v1/guide-feedback', { schema: { tags, summary: '指南纠错：反映办事指南有误或不清楚', body: FeedbackBody, response: { 201: GuideFeedbackResponse, ...errors } } }, async (req, reply) => {
    const row = await flagGuide(deps, requireActor(req), req.body);
    const deadline = (await deadlinesOf(deps.db, 'guide-feedback', [row.id])).get(row.id);
    return reply.status(201).send(presentFeedback(row, deadline));
  });

  r.get(
    '/api/v1/guide-feedback',
    { schema: { tags, summary: '指南纠错列表（申请人看自己的，部门看本部门的，监管看全部）', querystring: z.object({ status: z.enum(['open', 'resolved', 'dismissed']).optional(), itemCode: z.string().max(20).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: z.object({ items: z.array(GuideFeedbackResponse) }), ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const scope = can(actor, 'listAllFeedback') ? { regionPattern: actorRegionPattern(actor) } : actor.kind === 'staff' && actor.departmentId ? { departmentId: actor.departmentId } : { reporterId: actor.userId };
      const rows = await store.listFeedback(deps.db, { ...scope, itemCode: req.query.itemCode ?? null, status: req.query.status ?? null, limit: req.query.limit });
      const deadlines = await deadlinesOf(deps.db, 'guide-feedback', rows.map((x) => x.id), { now: deps.clock.now() });
      return { items: rows.map((x) => presentFeedback(x, deadlines.get(x.id))) };
    },
  );

  r.get('/api/v1/guide-feedback/:id', { schema: { tags, summary: '一条指南纠错', params: IdParams, response: { 200: GuideFeedbackResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const row = await store.feedbackById(deps.db, req.params.id);
    if (!row || !can(actor, 'viewFeedback', row) || !(await inReach(deps.db, actor, row))) throw new AppError('GUIDE_FEEDBACK_NOT_FOUND');
    return presentFeedback(row, (await deadlinesOf(deps.db, 'guide-feedback', [row.id], { now: deps.clock.now() })).get(row.id));
  });

  r.post(
    '/api/v1/guide-feedback/:id/handle',
    { schema: { tags, summary: '主管部门处理指南纠错', params: IdParams, body: z.object({ outcome: z.enum(['resolved', 'dismissed']), response: z.string().trim().min(2).max(1000) }), response: { 200: GuideFeedbackResponse, ...errors } } },
    async (req) => {
      const row = await handleGuideFeedback(deps, requireActor(req), req.params.id, req.body);
      return presentFeedback(row, (await deadlinesOf(deps.db, 'guide-feedback', [row.id], { now: deps.clock.now() })).get(row.id));
    },
  );

  r.get('/api/v1/guide-feedback/stats/by-item', { schema: { tags, summary: '各事项的指南纠错统计（监管看板）', response: { 200: FeedbackStatsByItemResponse, ...errors } } }, async (req) => {
    if (!can(requireActor(req), 'listAllFeedback')) throw new AppError('FORBIDDEN');
    const rows = await store.feedbackCounts(deps.db, {});
    return { items: rows.map((row) => ({ itemCode: row.item_code, itemName: row.item_name, departmentId: row.department_id, total: row.total, open: row.open, resolved: row.resolved, dismissed: row.dismissed, wrong: row.wrong, unclear: row.unclear })) };
  });

  r.get('/api/v1/guide-feedback/stats', { schema: { tags, summary: '事项的指南纠错统计', querystring: z.object({ itemCode: z.string().trim().min(1).max(20) }), response: { 200: FeedbackStatsResponse, ...errors } } }, async (req) => {
    const code = req.query.itemCode;
    const [row] = await store.feedbackCounts(deps.db, { itemCodes: [code] });
    return row
      ? { itemCode: row.item_code, itemName: row.item_name, total: row.total, open: row.open, resolved: row.resolved, dismissed: row.dismissed, wrong: row.wrong, unclear: row.unclear }
      : { itemCode: code, itemName: null, total: 0, open: 0, resolved: 0, dismissed: 0, wrong: 0, unclear: 0 };
  });
}

const links = (id: string) => ({ json: `/api/v1/notices/${id}`, html: `/api/v1/notices/${id}/html`, pdf: `/api/v1/notices/${id}/pdf` });
