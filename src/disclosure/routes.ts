import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { actorRegionPattern, hasRole, requireActor, type Actor } from '../identity/index.js';
import { answerRequest } from './answer-request.js';
import { endConsultation, startConsultation } from './consult-third-party.js';
import { deadlineOf, deadlinesOf } from './deadlines.js';
import { extendRequest } from './extend-request.js';
import { fileRequest } from './file-request.js';
import { can, inReach } from './policy.js';
import { presentConsultation, presentRequest } from './present.js';
import { ANSWER_TYPES, answerTypeNames, MAX_EXTENSION_DAYS, WITHHOLDING_BASES } from './rules.js';
import { AnswerTypesResponse, DisclosureDetailResponse, DisclosureListResponse, DisclosureRequestResponse, PublicRegisterResponse } from './responses.js';
import * as store from './store.js';

const tags = ['disclosure'];
const Id = z.object({ id: z.uuid() });
const Text = (max: number) => z.string().trim().min(1).max(max);

export function disclosureRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const show = (actor: Actor, x: store.RequestRow) => presentRequest(x, { own: x.applicant_user_id === actor.userId });

  r.get('/api/v1/disclosure/answer-types', { schema: { tags, summary: '答复类型与不予公开的法律依据', response: { 200: AnswerTypesResponse, ...errors } } }, async () => ({
    answerTypes: ANSWER_TYPES.map((t) => ({ type: t, name: answerTypeNames[t] })),
    withholdingBases: [...WITHHOLDING_BASES],
    maxExtensionDays: MAX_EXTENSION_DAYS,
  }));

  r.post('/api/v1/disclosure/requests', {
    schema: { tags, summary: '提交政府信息公开申请', body: z.object({
      description: Text(2000), purpose: z.string().trim().max(500).optional(), format: z.enum(['paper', 'electronic']), delivery: z.enum(['online', 'email', 'post', 'pickup']),
      departmentId: z.uuid().optional(), phone: z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/).optional(), address: z.string().trim().max(200).optional(),
      applicantName: z.string().trim().min(1).max(100).optional(), applicantKind: z.enum(['citizen', 'organisation']).optional(), applicantIdCode: z.string().trim().max(18).optional(),
    }), response: { 201: DisclosureRequestResponse, ...errors } },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const x = await fileRequest(deps, actor, req.body);
    reply.status(201);
    return show(actor, x);
  });

  r.get('/api/v1/disclosure/requests', {
    schema: { tags, summary: '依申请公开登记台账（工作人员）或我的申请', querystring: z.object({ status: z.enum(['received', 'consulting', 'answered']).optional(), year: z.coerce.number().int().min(2000).max(2100).optional(), limit: z.coerce.number().int().min(1).max(500).default(200) }), response: { 200: DisclosureListResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const y = req.query.year;
    const range = y ? { from: new Date(`${y}-01-01T00:00:00+08:00`), to: new Date(`${y + 1}-01-01T00:00:00+08:00`) } : {};
    if (!can(actor, 'register')) {
      const rows = await store.listRequests(deps.db, { applicantUserId: actor.userId, status: req.query.status, limit: req.query.limit, ...range });
      return { items: rows.map((x) => show(actor, x)), summary: null };
    }
    const departmentId = hasRole(actor, 'supervisor', 'admin') ? undefined : actor.departmentId ?? undefined;
    const regionPattern = actorRegionPattern(actor);
    const [rows, s] = await Promise.all([
      store.listRequests(deps.db, { departmentId, regionPattern, status: req.query.status, limit: req.query.limit, ...range }),
      store.registerSummary(deps.db, { departmentId, regionPattern, ...range }),
    ]);
    const deadlines = await deadlinesOf(deps.db, 'disclosure', rows.map((x) => x.id), { now: deps.clock.now() });
    return {
      items: rows.map((x) => { const d = deadlines.get(x.id); return { ...show(actor, x), deadline: d ? { dueOn: d.dueOn, status: d.status, colour: d.colour ?? null } : null }; }),
      summary: { total: s.total, answered: s.answered, onTheSpot: s.on_the_spot, onTime: s.on_time, extended: s.extended, byType: { disclosed: s.disclosed, 'partly-disclosed': s.partly_disclosed, 'not-held': s.not_held, 'not-disclosable': s.not_disclosable } },
    };
  });

  r.get('/api/v1/public/disclosure/register', {
    schema: { tags, summary: '依申请公开情况公示（按机关汇总，不含申请人信息）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: PublicRegisterResponse, ...errors } },
  }, async (req) => {
    const year = req.query.year ?? Number(shanghaiDateOf(deps.clock.now()).slice(0, 4));
    const range = { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
    const sum = (s: store.RegisterSummaryRow) => ({
      total: s.total, answered: s.answered, onTheSpot: s.on_the_spot, onTime: s.on_time, extended: s.extended,
      byType: { disclosed: s.disclosed, 'partly-disclosed': s.partly_disclosed, 'not-held': s.not_held, 'not-disclosable': s.not_disclosable },
    });
    const [total, rows] = await Promise.all([store.registerSummary(deps.db, range), store.registerByDepartment(deps.db, range)]);
    return { year, summary: sum(total), departments: rows.map((x) => ({ department: { id: x.department_id, name: x.department_name }, ...sum(x) })) };
  });

  r.get('/api/v1/disclosure/requests/:id', { schema: { tags, summary: '申请详情、征求意见记录与答复期限', params: Id, response: { 200: DisclosureDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const x = await store.requestById(deps.db, req.params.id);
    if (!x || !inReach(actor, x)) throw new AppError('DISCLOSURE_NOT_FOUND');
    if (!can(actor, 'view', x)) throw new AppError('FORBIDDEN');
    const [consultations, d] = await Promise.all([store.consultationsOf(deps.db, x.id), deadlineOf(deps.db, 'disclosure', x.id, { now: deps.clock.now() })]);
    return {
      ...show(actor, x),
      consultations: consultations.map(presentConsultation),
      deadline: d ? { dueOn: d.dueOn, status: d.status, colour: d.colour ?? null, totalWorkingDays: d.totalWorkingDays, suspensions: d.suspensions, calendarMissing: d.calendarMissing } : null,
    };
  });

  r.post('/api/v1/disclosure/requests/:id/extension', { schema: { tags, summary: '延期答复（仅一次，最长 20 个工作日，告知申请人）', params: Id, body: z.object({ workingDays: z.number().int().min(1).max(60), reason: Text(500) }), response: { 200: DisclosureRequestResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return show(actor, await extendRequest(deps, actor, req.params.id, req.body));
  });

  r.post('/api/v1/disclosure/requests/:id/consultations', { schema: { tags, summary: '征求第三方意见（期间不计时）', params: Id, body: z.object({ thirdParty: Text(200), question: Text(2000) }), response: { 200: DisclosureRequestResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return show(actor, await startConsultation(deps, actor, req.params.id, req.body));
  });

  r.post('/api/v1/disclosure/requests/:id/consultations/close', { schema: { tags, summary: '登记第三方意见，恢复计时', params: Id, body: z.object({ opinion: z.enum(['agrees', 'objects', 'no-reply']), note: z.string().trim().max(1000).optional() }), response: { 200: DisclosureRequestResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return show(actor, await endConsultation(deps, actor, req.params.id, req.body));
  });

  r.post('/api/v1/disclosure/requests/:id/answer', { schema: { tags, summary: '答复申请', params: Id, body: z.object({ type: z.enum(ANSWER_TYPES), text: Text(5000), legalBasisCode: z.string().max(20).optional() }), response: { 200: DisclosureRequestResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return show(actor, await answerRequest(deps, actor, req.params.id, req.body));
  });
}
