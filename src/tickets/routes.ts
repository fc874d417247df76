import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { actorRegionPattern, departmentById, hasRole, inActorRegion, requireActor, type Actor } from '../identity/index.js';
import { answerTicket } from './answer-ticket.js';
import { classifyTicket } from './classify-ticket.js';
import { createTicket } from './create-ticket.js';
import { deadlineOf, deadlinesOf } from './deadlines.js';
import { dispatchTicket } from './dispatch-ticket.js';
import { presentKnowledge, saveKnowledge, searchKnowledge } from './knowledge.js';
import { linkDuplicate } from './link-duplicate.js';
import { lookupTicket, TicketProgressResponse } from './lookup-ticket.js';
import { can, inReach, requesterAudience } from './policy.js';
import { presentCategory, presentEvent, presentTicket } from './present.js';
import { rateTicket } from './rate-ticket.js';
import {
  CategoryListResponse, CategoryResponse, CreatedTicketResponse, KnowledgeListResponse, KnowledgeResponse, SimilarTicketsResponse,
  TicketDetailResponse, TicketListResponse, TicketResponse,
} from './responses.js';
import { returnTicket } from './return-ticket.js';
import { TICKET_KINDS } from './rules.js';
import { minimumMatches, searchTerms } from './search-terms.js';
import * as store from './store.js';
import { transferTicket } from './transfer-ticket.js';

const tags = ['tickets'];
const Id = z.object({ id: z.uuid() });
const Text = (max: number) => z.string().trim().min(1).max(max);
const Phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请输入手机号或带区号的固定电话');
const KnowledgeBody = z.object({ title: Text(200), question: Text(2000), answer: Text(5000), categoryCode: z.string().max(40).nullish(), departmentId: z.uuid().nullish(), status: z.enum(['published', 'retired']).optional() });

export function ticketsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const show = (actor: Actor | null, t: store.TicketRow) => presentTicket(t, requesterAudience(actor, t));

  r.post('/api/v1/public/tickets/progress', {
    schema: {
      tags,
      summary: '12345 工单进度查询（无需登录）：工单号加登记时留的电话号码',
      description: '只返回进度（类型、状态、办理期限、步骤），不返回诉求内容、答复和姓名；工单号或电话不符一律返回 404。按来源地址限制频率。',
      body: z.strictObject({ number: z.string().trim().min(4, '请输入工单号').max(40, '工单号不超过 40 个字符'), phone: Phone }),
      response: { 200: TicketProgressResponse },
    },
  }, async (req) => lookupTicket(deps, req.body));
  const visible = async (actor: Actor, id: string) => {
    const t = await store.ticketById(deps.db, id);
    if (!t || !inReach(actor, t)) throw new AppError('TICKET_NOT_FOUND');
    if (!can(actor, 'view', t)) throw new AppError('FORBIDDEN');
    return t;
  };

  r.get('/api/v1/tickets/categories', { schema: { tags, summary: '工单分类及办理时限', response: { 200: CategoryListResponse, ...errors } } }, async () => ({ items: (await store.listCategories(deps.db)).map(presentCategory) }));

  r.put('/api/v1/tickets/categories/:code', {
    schema: { tags, summary: '设置工单分类的承办部门与办理时限（工作日）', params: z.object({ code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) }), body: z.object({ name: Text(40), departmentId: z.uuid(), workingDays: z.number().int().min(1).max(60), sort: z.number().int().min(0).max(999).default(0) }), response: { 200: CategoryResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'manageCategories')) throw new AppError('FORBIDDEN');
    const department = await departmentById(deps.db, req.body.departmentId);
    if (!department) throw new AppError('TICKET_DEPARTMENT_UNKNOWN');
    // a category routes calls to a department: the bureau of that department's region (or above) sets it, and only to its own departments
    const current = await store.categoryByCode(deps.db, req.params.code);
    const currentDepartment = current && (await departmentById(deps.db, current.department_id));
    if (!inActorRegion(actor, department.region_code) || (currentDepartment && !inActorRegion(actor, currentDepartment.region_code))) {
      throw new AppError('TICKET_CATEGORY_OUT_OF_REGION', { region: actor.regionCode?.trim() ?? '' });
    }
    return presentCategory(await store.upsertCategory(deps.db, { code: req.params.code, name: req.body.name, department_id: req.body.departmentId, working_days: req.body.workingDays, sort: req.body.sort, updated_at: deps.clock.now() }));
  });

  r.post('/api/v1/tickets', {
    schema: { tags, summary: '登记 12345 诉求（话务员或群众网上提交），返回知识库推荐答案', body: z.object({
      kind: z.enum(TICKET_KINDS), title: Text(100), content: Text(5000), categoryCode: z.string().max(40).optional(),
      source: z.enum(['phone', 'online', 'window']).optional(), requesterName: z.string().trim().min(1).max(50).optional(), requesterPhone: Phone.optional(),
    }), response: { 201: CreatedTicketResponse, ...errors } },
  }, async (req, reply) => {
    const { ticket, suggestions, possibleDuplicates } = await createTicket(deps, req.actor, req.body);
    reply.status(201);
    return { ticket: show(req.actor, ticket), suggestions, possibleDuplicates: possibleDuplicates.map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status, matched: d.matched })) };
  });

  r.get('/api/v1/tickets', {
    schema: { tags, summary: '工单列表（话务员全部，部门本部门，群众本人）', querystring: z.object({ status: z.enum(['registered', 'dispatched', 'returned', 'answered', 'merged', 'closed']).optional(), departmentId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: TicketListResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const f = { status: req.query.status, limit: req.query.limit };
    const rows = can(actor, 'operate') || hasRole(actor, 'admin')
      ? await store.listTickets(deps.db, { ...f, departmentId: req.query.departmentId, regionPattern: actorRegionPattern(actor) })
      : hasRole(actor, 'reviewer', 'head') && actor.departmentId
        ? await store.listTickets(deps.db, { ...f, departmentId: actor.departmentId, regionPattern: actorRegionPattern(actor) })
        : await store.listTickets(deps.db, { ...f, requesterUserId: actor.userId });
    const deadlines = await deadlinesOf(deps.db, 'ticket', rows.map((t) => t.id), { now: deps.clock.now() });
    return { items: rows.map((t) => { const d = deadlines.get(t.id); return { ...show(actor, t), deadline: d ? { dueOn: d.dueOn, status: d.status, colour: d.colour ?? null } : null }; }) };
  });

  r.get('/api/v1/tickets/:id', { schema: { tags, summary: '工单详情、办理过程与期限', params: Id, response: { 200: TicketDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const t = await visible(actor, req.params.id);
    const [events, deadline, duplicates] = await Promise.all([store.eventsOf(deps.db, t.id), deadlineOf(deps.db, 'ticket', t.id, { now: deps.clock.now() }), store.linkedTickets(deps.db, t.id)]);
    return {
      ...show(actor, t),
      events: events.map(presentEvent),
      duplicates: duplicates.map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status, createdAt: d.created_at.toISOString() })),
      deadline: deadline ? { dueOn: deadline.dueOn, status: deadline.status, colour: deadline.colour ?? null, workingDays: deadline.totalWorkingDays, calendarMissing: deadline.calendarMissing } : null };
  });

  r.get('/api/v1/tickets/:id/similar', { schema: { tags, summary: '可能重复的工单（同一事项）', params: Id, response: { 200: SimilarTicketsResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'operate')) throw new AppError('FORBIDDEN');
    const t = await visible(actor, req.params.id);
    const terms = searchTerms(`${t.title}\n${t.content}`);
    const rows = await store.similarTickets(deps.db, terms, Math.max(3, minimumMatches(terms.length) * 2), t.id, new Date(deps.clock.now().getTime() - 90 * 86400_000), 10, actorRegionPattern(actor));
    return { items: rows.map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status, matched: d.matched })) };
  });

  r.post('/api/v1/tickets/:id/classify', { schema: { tags, summary: '工单分类', params: Id, body: z.object({ kind: z.enum(TICKET_KINDS).optional(), categoryCode: z.string().min(1).max(40) }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await classifyTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/dispatch', { schema: { tags, summary: '派单（按分类时限计时）', params: Id, body: z.object({ departmentId: z.uuid().optional(), note: z.string().trim().max(500).optional() }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await dispatchTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/transfer', { schema: { tags, summary: '转办（须说明理由）', params: Id, body: z.object({ departmentId: z.uuid(), reason: Text(500) }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await transferTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/return', { schema: { tags, summary: '退回（须说明理由）', params: Id, body: z.object({ reason: Text(500) }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await returnTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/answer', { schema: { tags, summary: '答复诉求人', params: Id, body: z.object({ answer: Text(5000) }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await answerTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/rating', { schema: { tags, summary: '诉求人评价答复', params: Id, body: z.object({ level: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await rateTicket(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/tickets/:id/duplicate-of', { schema: { tags, summary: '并案：关联同一事项的主工单', params: Id, body: z.object({ masterId: z.uuid(), note: z.string().trim().max(500).optional() }), response: { 200: TicketResponse, ...errors } } }, async (req) =>
    show(req.actor, await linkDuplicate(deps, requireActor(req), req.params.id, req.body)));

  r.get('/api/v1/knowledge', {
    schema: { tags, summary: '12345 知识库检索（中文双字切分）', querystring: z.object({ q: z.string().trim().max(200).optional(), categoryCode: z.string().max(40).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }), response: { 200: KnowledgeListResponse, ...errors } },
  }, async (req) => ({
    items: req.query.q ? await searchKnowledge(deps.db, req.query.q, req.query.limit) : (await store.listKnowledge(deps.db, { categoryCode: req.query.categoryCode, limit: req.query.limit })).map(presentKnowledge),
  }));

  r.post('/api/v1/knowledge', { schema: { tags, summary: '新增知识库条目', body: KnowledgeBody, response: { 201: KnowledgeResponse, ...errors } } }, async (req, reply) => {
    const k = await saveKnowledge(deps, requireActor(req), req.body);
    reply.status(201);
    return presentKnowledge(k);
  });

  r.put('/api/v1/knowledge/:id', { schema: { tags, summary: '修改知识库条目', params: Id, body: KnowledgeBody, response: { 200: KnowledgeResponse, ...errors } } }, async (req) =>
    presentKnowledge(await saveKnowledge(deps, requireActor(req), req.body, req.params.id)));
}
