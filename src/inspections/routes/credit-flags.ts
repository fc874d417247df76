import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, IsoDateString, type AppDeps } from '../../core/index.js';
import { requireActor } from '../../identity/index.js';
import { appealCreditFlag, decideCreditFlagAppeal } from '../appeal-credit-flag.js';
import { can } from '../policy.js';
import { CreditFlagAppealResponse, CreditFlagDetailResponse, CreditFlagListResponse, CreditFlagResponse, MyCreditFlagsResponse, PendingCreditFlagAppealsResponse } from '../responses.js';
import { presentAppeal, presentFlag } from '../present.js';
import { raiseCreditFlag } from '../raise-credit-flag.js';
import * as store from '../store/credit-flags.js';

const tags = ['credit-flags'];
const IdParams = z.object({ id: z.uuid() });
const DateString = IsoDateString;

const RaiseBody = z.object({
  uscc: z.string().trim().length(18).optional().describe('统一社会信用代码'),
  idNumber: z.string().trim().length(18).optional().describe('公民身份号码'),
  subjectName: z.string().trim().min(1).max(200).describe('企业或个人名称'),
  reason: z.string().trim().min(2).max(1000).describe('失信事由'),
  endsOn: DateString.optional().describe('标记截止日期（含当日），缺省按规则一年'),
});

// A citizen ID number is looked up in a POST body, never in a URL: URLs end up in server and proxy logs and history.
const ListQuery = z.object({
  uscc: z.string().trim().length(18).optional(),
  standing: z.enum(['true', 'false']).optional().describe('仅列出当前有效的标记'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const SearchBody = z.strictObject({
  uscc: z.string().trim().length(18).optional().describe('统一社会信用代码'),
  idNumber: z.string().trim().length(18).optional().describe('公民身份号码（只放在请求体中，不进入网址和日志）'),
  standing: z.boolean().optional().describe('仅列出当前有效的标记'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** The instant after the last day (Asia/Shanghai) a flag stands. */
const endOfShanghaiDay = (d: string) => new Date(new Date(`${d}T00:00:00+08:00`).getTime() + 24 * 3600 * 1000);

export function creditFlagRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/credit-flags', { schema: { tags, summary: '认定失信标记', body: RaiseBody, response: { 200: CreditFlagResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'raiseFlag')) throw new AppError('FORBIDDEN');
    const now = deps.clock.now();
    const b = req.body;
    const flag = await deps.db.transaction((tx) =>
      raiseCreditFlag(tx, { ...b, source: 'manual', sourceRef: null, startsAt: now, endsAt: b.endsOn ? endOfShanghaiDay(b.endsOn) : undefined, actorId: actor.userId }),
    );
    return presentFlag(flag, now, { full: true });
  });

  const list = async (actor: ReturnType<typeof requireActor>, q: { uscc?: string; idNumber?: string; standing?: boolean; page: number; pageSize: number }) => {
    if (!can(actor, 'viewFlags')) throw new AppError('FORBIDDEN');
    const now = deps.clock.now();
    const rows = await store.listFlags(deps.db, {
      uscc: q.uscc?.toUpperCase(),
      idNumber: q.idNumber?.toUpperCase(),
      activeAt: q.standing ? now : undefined,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    const full = can(actor, 'raiseFlag');
    return { items: rows.map((f) => presentFlag(f, now, { full })) };
  };

  r.get('/api/v1/credit-flags', { schema: { tags, summary: '失信标记列表（按公民身份号码查询请用 POST /api/v1/credit-flags/search）', querystring: ListQuery, response: { 200: CreditFlagListResponse, ...errors } } }, async (req) =>
    list(requireActor(req), { ...req.query, standing: req.query.standing === 'true' }),
  );

  r.post('/api/v1/credit-flags/search', { schema: { tags, summary: '查询失信标记（按统一社会信用代码或公民身份号码，号码放在请求体中）', body: SearchBody, response: { 200: CreditFlagListResponse, ...errors } } }, async (req) =>
    list(requireActor(req), req.body),
  );

  r.get('/api/v1/credit-flags/mine', { schema: { tags, summary: '本企业（本人）的失信标记', response: { 200: MyCreditFlagsResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!actor.uscc && !actor.idNumber) return { items: [] };
    const now = deps.clock.now();
    const lists = await Promise.all([
      actor.uscc ? store.listFlags(deps.db, { uscc: actor.uscc, limit: 100, offset: 0 }) : [],
      actor.kind === 'citizen' && actor.idNumber ? store.listFlags(deps.db, { idNumber: actor.idNumber, limit: 100, offset: 0 }) : [],
    ]);
    const items = [];
    for (const f of lists.flat()) {
      const appeals = await store.appealsOfFlag(deps.db, f.id);
      items.push({ ...presentFlag(f, now, { full: true }), appeals: appeals.map(presentAppeal) });
    }
    return { items };
  });

  r.get('/api/v1/credit-flags/:id', { schema: { tags, summary: '失信标记详情', params: IdParams, response: { 200: CreditFlagDetailResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const f = await store.flagById(deps.db, req.params.id);
    if (!f) throw new AppError('NOT_FOUND');
    const own = can(actor, 'appealFlag', f);
    if (!own && !can(actor, 'viewFlags')) throw new AppError('FORBIDDEN');
    const appeals = await store.appealsOfFlag(deps.db, f.id);
    return { ...presentFlag(f, deps.clock.now(), { full: own || can(actor, 'raiseFlag') }), appeals: appeals.map(presentAppeal) };
  });

  r.post(
    '/api/v1/credit-flags/:id/appeals',
    { schema: { tags, summary: '对失信标记提出申诉', params: IdParams, body: z.object({ statement: z.string().trim().min(5).max(2000).describe('申诉理由') }), response: { 200: CreditFlagAppealResponse, ...errors } } },
    async (req) => presentAppeal(await appealCreditFlag(deps, requireActor(req), req.params.id, req.body.statement)),
  );

  r.get('/api/v1/credit-flag-appeals', { schema: { tags, summary: '待处理的失信申诉', response: { 200: PendingCreditFlagAppealsResponse, ...errors } } }, async (req) => {
    if (!can(requireActor(req), 'decideAppeal')) throw new AppError('FORBIDDEN');
    const now = deps.clock.now();
    const items = [];
    for (const a of await store.pendingAppeals(deps.db, 200)) {
      const f = (await store.flagById(deps.db, a.flag_id))!;
      items.push({ ...presentAppeal(a), flag: presentFlag(f, now, { full: true }) });
    }
    return { items };
  });

  r.post(
    '/api/v1/credit-flag-appeals/:id/decision',
    {
      schema: {
        tags,
        summary: '对失信申诉作出决定',
        params: IdParams,
        body: z.object({ decision: z.enum(['revoked', 'upheld']).describe('revoked 撤销标记 / upheld 维持'), note: z.string().trim().min(2).max(2000) }), response: { 200: CreditFlagAppealResponse, ...errors }
      },
    },
    async (req) => presentAppeal(await decideCreditFlagAppeal(deps, requireActor(req), req.params.id, req.body)),
  );

  r.get(
    '/api/v1/public/credit-flags',
    { schema: { tags, summary: '公示：企业当前的失信标记', querystring: z.object({ uscc: z.string().trim().length(18) }), response: { 200: CreditFlagListResponse, ...errors } } },
    async (req) => {
      const now = deps.clock.now();
      const rows = await store.listFlags(deps.db, { uscc: req.query.uscc.toUpperCase(), activeAt: now, limit: 100, offset: 0 });
      // the public sees businesses' flags only, never a person's number
      return { items: rows.map((f) => ({ ...presentFlag(f, now), idNumber: null })) };
    },
  );
}
