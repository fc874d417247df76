import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { actorRegionPattern, hasRole, inActorRegion, requireActor, requireWholeTree } from '../identity/index.js';
import { answerRectification } from './answer-rectification.js';
import { appealRating } from './appeal-rating.js';
import { decideAppeal } from './decide-appeal.js';
import { editRating } from './edit-rating.js';
import { followUpRectification } from './follow-up-rectification.js';
import { channelNames, INDICATORS, LEVELS } from './levels.js';
import { can, raterAudience } from './policy.js';
import { presentAppeal, presentHandling, presentRaterContact, presentRating, presentRectification } from './present.js';
import { ratingStatistics } from './rating-statistics.js';
import {
  AppealListResponse, AppealResponse, HandlingByCodeResponse, LevelsResponse, MyRatingsResponse, RatingListResponse, RatingResponse,
  RectificationDetailResponse, RectificationListResponse, RectificationResponse, SettingsResponse, StatisticsResponse, VisitResponse,
} from './responses.js';
import { myRatings, ratingsForStaff } from './rating-views.js';
import { recordVisit } from './record-visit.js';
import * as store from './store.js';
import { submitRating } from './submit-rating.js';

const tags = ['ratings'];
const Id = z.object({ id: z.uuid() });
const Indicators = z.record(z.string().max(40), z.number().int().min(1).max(5)).describe('各评价指标等级，5 非常满意 … 1 非常不满意；overall 为整体满意度');
const Text = (max: number) => z.string().trim().min(1).max(max);

export function ratingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/ratings/levels', { schema: { tags, summary: '评价等级与各渠道评价指标', response: { 200: LevelsResponse, ...errors } } }, async () => ({
    levels: LEVELS.map((l) => ({ level: l.level, code: l.code, name: l.zh, grade: l.grade })),
    channels: (['online', 'window'] as const).map((c) => ({ channel: c, name: channelNames[c], indicators: INDICATORS[c].map((i) => ({ code: i.code, name: i.zh })) })),
  }));

  r.post('/api/v1/ratings/visits', {
    schema: { tags, summary: '窗口登记一次办事（一次一评），生成评价码', body: z.object({
      itemName: Text(200), itemCode: z.string().trim().max(60).optional(), departmentId: z.uuid().optional(),
      raterUserId: z.uuid().optional(), raterName: z.string().trim().max(50).optional(), raterPhone: z.string().trim().regex(/^1\d{10}$/).optional(),
    }), response: { 200: VisitResponse, ...errors } },
  }, async (req) => {
    const h = await recordVisit(deps, requireActor(req), req.body);
    return { ...presentHandling(h), ratingCode: h.rating_code };
  });

  r.get('/api/v1/ratings/handlings/by-code/:code', { schema: { tags, summary: '按评价码查询待评价的窗口办事', params: z.object({ code: z.string().trim().regex(/^[A-Z2-9]{8}$/i) }), response: { 200: HandlingByCodeResponse, ...errors } } }, async (req) => {
    const h = await store.handlingByCode(deps.db, req.params.code.toUpperCase());
    if (!h) throw new AppError('RATING_HANDLING_NOT_FOUND');
    const rated = await store.ratingOfHandling(deps.db, h.id);
    return { ...presentHandling(h), rated: !!rated };
  });

  r.post('/api/v1/ratings', {
    schema: { tags, summary: '提交评价（一事一评 / 一次一评）', body: z.object({
      handlingId: z.uuid().optional(), ratingCode: z.string().trim().regex(/^[A-Z2-9]{8}$/i).optional(),
      indicators: Indicators, comment: z.string().trim().max(1000).optional(),
      raterName: z.string().trim().max(50).optional(), raterPhone: z.string().trim().regex(/^1\d{10}$/).optional(),
    }), response: { 201: RatingResponse, ...errors } },
  }, async (req, reply) => {
    const rating = await submitRating(deps, req.actor, req.body);
    const rect = await store.liveRectificationOf(deps.db, rating.id);
    reply.status(201);
    return presentRating(rating, { audience: 'full', rectification: rect });
  });

  r.patch('/api/v1/ratings/:id', { schema: { tags, summary: '在规定时间内修改评价', params: Id, body: z.object({ indicators: Indicators, comment: z.string().trim().max(1000).optional() }), response: { 200: RatingResponse, ...errors } } }, async (req) => {
    const rating = await editRating(deps, requireActor(req), req.params.id, req.body);
    return presentRating(rating, { audience: 'full', rectification: await store.liveRectificationOf(deps.db, rating.id) });
  });

  r.get('/api/v1/ratings/mine', { schema: { tags, summary: '我的评价与整改反馈', response: { 200: MyRatingsResponse, ...errors } } }, async (req) => myRatings(deps.db, requireActor(req).userId));

  r.get('/api/v1/ratings', {
    schema: { tags, summary: '评价列表（部门、监管）', querystring: z.object({ departmentId: z.uuid().optional(), grade: z.enum(['good', 'neutral', 'bad']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: RatingListResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const departmentId = hasRole(actor, 'supervisor', 'admin') ? req.query.departmentId : actor.departmentId ?? undefined;
    if (!can(actor, 'viewDepartment', departmentId ?? actor.departmentId ?? undefined)) throw new AppError('FORBIDDEN');
    return { items: await ratingsForStaff(deps.db, { departmentId, grade: req.query.grade, regionPattern: actorRegionPattern(actor), limit: req.query.limit }) };
  });

  r.get('/api/v1/ratings/rectifications', {
    schema: { tags, summary: '差评整改工作台', querystring: z.object({ status: z.enum(['open', 'answered', 'closed', 'withdrawn', 'voided']).optional(), departmentId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: RectificationListResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const departmentId = hasRole(actor, 'supervisor', 'admin') ? req.query.departmentId : actor.departmentId ?? undefined;
    if (!can(actor, 'viewDepartment', departmentId ?? actor.departmentId ?? undefined)) throw new AppError('FORBIDDEN');
    const rows = await store.listRectifications(deps.db, { departmentId, status: req.query.status, regionPattern: actorRegionPattern(actor), limit: req.query.limit });
    return {
      items: rows.map((x) => ({ ...presentRectification(x), itemName: x.item_name, channel: x.channel, level: x.level, ratedAt: x.rated_at.toISOString(), realName: x.real_name, ...presentRaterContact(x, raterAudience(actor, x, true)), ratingStatus: x.rating_status })),
    };
  });

  r.get('/api/v1/ratings/rectifications/:id', { schema: { tags, summary: '整改单详情', params: Id, response: { 200: RectificationDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const x = await store.rectificationById(deps.db, req.params.id);
    if (!x || !inActorRegion(actor, await store.regionOfRating(deps.db, x.rating_id))) throw new AppError('RECTIFICATION_NOT_FOUND');
    if (!can(actor, 'viewDepartment', x.department_id)) throw new AppError('FORBIDDEN');
    const rating = (await store.ratingById(deps.db, x.rating_id))!;
    const appeals = await store.appealsOfRatings(deps.db, [rating.id]);
    return { ...presentRectification(x), rating: presentRating(rating, { audience: raterAudience(actor, rating, true), appeal: appeals[0] }) };
  });

  r.post('/api/v1/ratings/rectifications/:id/answer', { schema: { tags, summary: '部门反馈核实情况与整改措施', params: Id, body: z.object({ finding: Text(2000), action: Text(2000) }), response: { 200: RectificationResponse, ...errors } } }, async (req) =>
    presentRectification(await answerRectification(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/ratings/rectifications/:id/follow-up', {
    schema: { tags, summary: '回访评价人', params: Id, body: z.object({ method: z.enum(['phone', 'sms', 'visit', 'online']), result: z.enum(['satisfied', 'basic', 'dissatisfied', 'unreachable']), note: z.string().trim().max(1000).optional() }), response: { 200: RectificationResponse, ...errors } },
  }, async (req) => presentRectification(await followUpRectification(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/ratings/:id/appeals', { schema: { tags, summary: '部门申诉复核（误评、恶意差评）', params: Id, body: z.object({ reasonKind: z.enum(['mistaken', 'malicious']), explanation: Text(2000) }), response: { 201: AppealResponse, ...errors } } }, async (req, reply) => {
    const a = await appealRating(deps, requireActor(req), req.params.id, req.body);
    reply.status(201);
    return presentAppeal(a);
  });

  r.get('/api/v1/ratings/appeals', { schema: { tags, summary: '申诉列表', querystring: z.object({ status: z.enum(['pending', 'upheld', 'rejected']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: AppealListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const departmentId = hasRole(actor, 'supervisor', 'admin') ? undefined : actor.departmentId ?? undefined;
    if (!can(actor, 'viewDepartment', departmentId)) throw new AppError('FORBIDDEN');
    const rows = await store.listAppeals(deps.db, { status: req.query.status, departmentId, regionPattern: actorRegionPattern(actor), limit: req.query.limit });
    return { items: rows.map((a) => ({ ...presentAppeal(a), itemName: a.item_name, level: a.level, comment: a.comment })) };
  });

  r.post('/api/v1/ratings/appeals/:id/decision', { schema: { tags, summary: '监管复核申诉', params: Id, body: z.object({ uphold: z.boolean(), note: Text(1000) }), response: { 200: AppealResponse, ...errors } } }, async (req) =>
    presentAppeal(await decideAppeal(deps, requireActor(req), req.params.id, req.body)));

  r.get('/api/v1/public/ratings/statistics', {
    schema: { tags, summary: '好差评统计公开（按部门或事项，按月或季度）', querystring: z.object({ period: z.string().trim().max(10), by: z.enum(['department', 'item']).default('department') }), response: { 200: StatisticsResponse, ...errors } },
  }, async (req) => ratingStatistics(deps, req.query));

  r.get('/api/v1/ratings/settings', { schema: { tags, summary: '好差评设置', response: { 200: SettingsResponse, ...errors } } }, async () => store.ratingSettings(deps.db));

  r.put('/api/v1/ratings/settings', {
    schema: { tags, summary: '修改好差评设置（修改时限、整改工作日）', body: z.object({ editHours: z.number().int().min(1).max(720).optional(), rectificationDays: z.number().int().min(1).max(60).optional() }), response: { 200: SettingsResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'manageSettings')) throw new AppError('FORBIDDEN');
    await requireWholeTree(deps.db, actor);
    const now = deps.clock.now();
    await deps.db.transaction(async (tx) => {
      for (const [k, v] of Object.entries(req.body)) if (v !== undefined) await store.putRatingSetting(tx, k as 'editHours', v, now, actor.userId);
    });
    return store.ratingSettings(deps.db);
  });
}
