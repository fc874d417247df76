import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, beijingDate, errors, IsoDateString, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { getPublishedItemsByCodes } from '../catalog/index.js';
import { actorRegionPattern, hasRole, regionByCode, regionPattern, requireActor } from '../identity/index.js';
import { canManageDelegations, delegateItem, delegationViews, reviewDelegation, revokeDelegation, type DelegationView } from './delegations.js';
import { addImplementation } from './implementations.js';
import { addPower, powerList, powerOfItem } from './power-list.js';
import {
  CoverageResponse, DelegationResponse, ImplementationResponse, ImplementationsResponse, IntermediariesResponse, PowerListResponse, PowerResponse,
  PublicDelegationsResponse, ReviewReportResponse, StaffDelegationResponse, StaffDelegationsResponse, StreamliningReportResponse, StreamliningResponse,
} from './responses.js';
import {
  DELEGATION_MODES, delegationModeMeanings, delegationModeNames, delegationStateNames, fourReductions, POWER_KINDS, powerKindNames, REVIEW_CONCLUSIONS,
  reviewConclusionNames, STREAMLINING_ACTIONS, streamliningActionNames, daysBetween, type DelegationState,
} from './rules.js';
import * as store from './store.js';
import { retireBundleTyped, streamlineItem } from './streamlining.js';

const tags = ['powers'];
const Id = z.object({ id: z.uuid() });
const RegionCode = z.string().regex(/^[1-9]\d{5}(\d{3})?$/, '行政区划代码应为 6 位或 9 位数字');
const Text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`);
const ItemCode = z.string().trim().min(1).max(48);
const Action = z.enum(STREAMLINING_ACTIONS, { error: '请选择精简方式：取消、下放、合并、改备案或委托' }).describe('精简方式：abolish 取消、delegate 下放、merge 合并、toFiling 改备案、entrust 委托');
const Basis = Text(500).describe('依据（文件名称与文号）');
const Receiver = z.string().trim().min(1).max(32).describe('下放、委托时：承接单位的部门编码');
const Note = z.string().trim().max(500, '不能超过 500 个字符').optional().describe('说明');
const NO_KIND = '废止须说明精简方式（取消、下放、合并、改备案或委托）及依据';

type PowerWithItems = Awaited<ReturnType<typeof powerList>>[number];
const presentPower = (p: PowerWithItems | (store.PowerRow & { items?: undefined })) => ({
  id: p.id,
  code: p.code,
  kind: p.kind,
  kindName: powerKindNames[p.kind],
  name: p.name,
  basis: p.basis,
  duties: p.duties,
  accountability: p.accountability,
  items: p.items ?? p.item_codes.map((c) => ({ code: c, name: null })),
  department: { code: p.department_code, name: p.department_name },
});

const presentDelegation = (d: store.DelegationRow & { state: DelegationState }) => ({
  id: d.id,
  item: { code: d.item_code, name: d.item_name },
  department: { id: d.department_id, name: d.department_name },
  delegate: { id: d.delegate_department_id, name: d.delegate_department_name, regionCode: d.delegate_region.trim(), regionName: d.delegate_region_name },
  mode: d.mode,
  modeName: delegationModeNames[d.mode],
  modeMeaning: delegationModeMeanings[d.mode],
  basis: d.basis,
  scope: d.scope,
  validFrom: d.valid_from,
  validUntil: d.valid_until,
  state: d.state,
  stateName: delegationStateNames[d.state],
  revokeReason: d.revoke_reason,
});

/**
 * The power an item carries out and the delegations in force on a day: what an item's guide shows (the API's answer
 * and the portal's server-rendered guide).
 */
export async function publicPowerOfItem(db: AppDeps['db'], code: string, today: string) {
  const p = await powerOfItem(db, code);
  const items = p ? await getPublishedItemsByCodes(db, p.item_codes) : [];
  const views = await delegationViews(db, await store.delegationsOfItem(db, code), today);
  return {
    power: p ? presentPower({ ...p, items: p.item_codes.map((c) => ({ code: c, name: items.find((i) => i.code === c)?.name ?? null })) }) : null,
    delegations: views.filter((v) => v.state === 'inForce').map(presentDelegation),
  };
}

const presentStaffDelegation = (d: DelegationView, reviews: store.ReviewRow[]) => ({
  ...presentDelegation(d),
  uses: d.uses,
  reviewEveryDays: d.review_every_days,
  lastReviewedOn: d.last_reviewed_on,
  nextReviewOn: d.nextReviewOn,
  reviewDue: d.reviewDue,
  reviews: reviews.filter((r) => r.delegation_id === d.id).map((r) => ({
    reviewedOn: r.reviewed_on, reviewerName: r.reviewer_name, uses: r.uses, conclusion: r.conclusion, conclusionName: reviewConclusionNames[r.conclusion], findings: r.findings,
  })),
});

const presentStreamlining = (s: store.StreamliningRow) => ({
  id: s.id,
  subject: s.subject,
  subjectName: s.subject === 'bundle' ? '一件事' : '事项',
  itemCode: s.item_code,
  itemName: s.item_name,
  departmentName: s.department_name,
  action: s.action,
  actionName: streamliningActionNames[s.action],
  basis: s.basis,
  mergedInto: s.merged_into,
  receivingDepartmentName: s.receiving_department_name,
  retired: s.retired,
  retiredName: s.retired ? '已废止' : '仍在目录中',
  year: s.year,
  materialsReduced: s.materials_reduced,
  daysReduced: s.days_reduced,
  stepsReduced: s.steps_reduced,
  reason: s.reason,
  on: beijingDate(s.at),
});

const presentImplementation = (i: store.ImplementationRow) => ({
  id: i.id,
  standardCode: i.standard_code,
  standardName: i.standard_name,
  regionCode: i.region_code.trim(),
  regionName: i.region_name,
  departmentName: i.department_name,
  implementationCode: i.implementation_code,
  itemCode: i.item_code,
  windowName: i.window_name,
  fees: i.fees,
  legalDays: i.legal_days,
  promisedDays: i.promised_days,
  authorised: i.authorised,
  authorisedName: i.authorised ? '已授权' : '未授权',
});

export function powersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDateOf(deps.clock.now());
  const regionOf = async (code: string) => {
    const region = await regionByCode(deps.db, code);
    if (!region) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'region', message: `没有行政区划 ${code}` }] });
    return region;
  };
  const staffView = async (rows: store.DelegationRow[]) => {
    const views = await delegationViews(deps.db, rows, today());
    const reviews = await store.reviewsOf(deps.db, rows.map((x) => x.id));
    return views.map((v) => presentStaffDelegation(v, reviews));
  };

  // ---- 权责清单 ----------------------------------------------------------------------------------------------------
  r.get('/api/v1/public/powers', {
    schema: {
      tags, summary: '权责清单（公开）：区划内各部门的权力事项、责任事项与设定依据',
      querystring: z.object({ region: RegionCode.default('431127'), department: z.string().trim().min(1).max(32).optional().describe('部门编码：只看一个部门') }),
      response: { 200: PowerListResponse, ...errors },
    },
  }, async (req) => {
    const region = await regionOf(req.query.region);
    const rows = await powerList(deps.db, regionPattern(region.code.trim()), req.query.department ?? null);
    const byDept = new Map<string, { code: string; name: string; powers: ReturnType<typeof presentPower>[] }>();
    for (const p of rows) {
      const d = byDept.get(p.department_code) ?? { code: p.department_code, name: p.department_name, powers: [] };
      d.powers.push(presentPower(p));
      byDept.set(p.department_code, d);
    }
    const departments = [...byDept.values()].map((d) => ({
      ...d,
      counts: POWER_KINDS.map((k) => ({ kind: k, kindName: powerKindNames[k], count: d.powers.filter((p) => p.kind === k).length })).filter((c) => c.count > 0),
    }));
    return { region: { code: region.code.trim(), name: region.name }, departments, total: rows.length };
  });

  r.get('/api/v1/public/items/:code/power', {
    schema: {
      tags, summary: '事项对应的权力事项与生效中的赋权（办事指南链接到权责清单）', params: z.object({ code: ItemCode }),
      response: { 200: z.object({ power: PowerResponse.nullable().describe('未列入权责清单时为空'), delegations: z.array(DelegationResponse).describe('生效中的赋权：可到承接单位办理') }), ...errors },
    },
  }, async (req) => {
    return publicPowerOfItem(deps.db, req.params.code, today());
  });

  r.post('/api/v1/powers', {
    schema: {
      tags, summary: '在部门权责清单中增加权力事项（审批服务局监管人员）',
      body: z.strictObject({
        code: z.string().trim().regex(/^[A-Za-z0-9-]{4,32}$/, '编码为 4–32 位字母、数字或连字符'),
        departmentCode: z.string().trim().min(1).max(32),
        kind: z.enum(POWER_KINDS),
        name: Text(100),
        basis: Text(1000),
        duties: z.array(Text(300)).min(1, '至少一项责任事项').max(20),
        accountability: z.string().trim().max(1000).optional(),
        itemCodes: z.array(ItemCode).max(50).optional(),
      }),
      response: { 201: PowerResponse, ...errors },
    },
  }, async (req, reply) => {
    const p = await addPower(deps, requireActor(req), req.body);
    reply.status(201);
    return presentPower(p);
  });

  // ---- 赋权 --------------------------------------------------------------------------------------------------------
  r.get('/api/v1/public/delegations', {
    schema: { tags, summary: '赋权事项清单（公开）：赋予开发区、乡镇的事项，方式、依据、范围与期限', querystring: z.object({ region: RegionCode.default('431127') }), response: { 200: PublicDelegationsResponse, ...errors } },
  }, async (req) => {
    const region = await regionOf(req.query.region);
    const views = await delegationViews(deps.db, await store.listDelegations(deps.db, regionPattern(region.code.trim())), today());
    return { items: views.filter((v) => v.state === 'inForce' || v.state === 'pending').map(presentDelegation) };
  });

  r.get('/api/v1/delegations', {
    schema: { tags, summary: '赋权事项（含使用次数与回头看）', response: { 200: StaffDelegationsResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!canManageDelegations(actor) && !hasRole(actor, 'head', 'admin')) throw new AppError('FORBIDDEN');
    return { items: await staffView(await store.listDelegations(deps.db, actorRegionPattern(actor))) };
  });

  r.get('/api/v1/delegations/review-report', {
    schema: { tags, summary: '赋权事项回头看报告：状态、方式、使用次数、到期未评估与无人申请的事项', response: { 200: ReviewReportResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!canManageDelegations(actor) && !hasRole(actor, 'head', 'admin')) throw new AppError('FORBIDDEN');
    const items = await staffView(await store.listDelegations(deps.db, actorRegionPattern(actor)));
    const day = today();
    const states: DelegationState[] = ['inForce', 'pending', 'ended', 'revoked'];
    return {
      asOf: day,
      total: items.length,
      byState: states.map((s) => ({ state: s, stateName: delegationStateNames[s], count: items.filter((i) => i.state === s).length })),
      byMode: DELEGATION_MODES.map((m) => ({ mode: m, modeName: delegationModeNames[m], count: items.filter((i) => i.mode === m).length, uses: items.filter((i) => i.mode === m).reduce((n, i) => n + i.uses, 0) })),
      reviewDue: items.filter((i) => i.reviewDue),
      unused: items.filter((i) => i.state === 'inForce' && i.uses === 0 && daysBetween(i.validFrom, day) >= 90),
    };
  });

  r.post('/api/v1/delegations', {
    schema: {
      tags, summary: '赋权：把事项赋予开发区管委会或乡镇（街道）（直接赋权、委托行使、服务前移、审批直报）',
      body: z.strictObject({
        itemCode: ItemCode,
        delegateDepartmentCode: z.string().trim().min(1).max(32).describe('承接单位（开发区管委会或乡镇）的部门编码'),
        mode: z.enum(DELEGATION_MODES),
        basis: Text(500).describe('赋权依据（文件名称与文号）'),
        scope: Text(300).describe('赋权范围'),
        validFrom: IsoDateString,
        validUntil: IsoDateString,
        reviewEveryDays: z.number().int().min(30, '回头看周期至少 30 天').max(730, '回头看周期最长 730 天').optional(),
      }),
      response: { 201: StaffDelegationResponse, ...errors },
    },
  }, async (req, reply) => {
    const d = await delegateItem(deps, requireActor(req), req.body);
    reply.status(201);
    return (await staffView([d]))[0]!;
  });

  r.post('/api/v1/delegations/:id/revoke', {
    schema: { tags, summary: '收回赋权（已申请的办件仍由承接单位办结）', params: Id, body: z.strictObject({ reason: Text(500) }), response: { 200: DelegationResponse, ...errors } },
  }, async (req) => {
    const d = await revokeDelegation(deps, requireActor(req), req.params.id, req.body.reason);
    return presentDelegation({ ...d, state: 'revoked' });
  });

  r.post('/api/v1/delegations/:id/reviews', {
    schema: {
      tags, summary: '回头看：记录赋权事项的评估结论（继续、调整、收回）',
      params: Id, body: z.strictObject({ conclusion: z.enum(REVIEW_CONCLUSIONS), findings: Text(1000) }), response: { 200: StaffDelegationResponse, ...errors },
    },
  }, async (req) => (await staffView([await reviewDelegation(deps, requireActor(req), req.params.id, req.body)]))[0]!);

  // ---- 事项精简 ----------------------------------------------------------------------------------------------------
  r.post('/api/v1/streamlining', {
    schema: {
      tags, summary: '事项精简：取消、下放、合并、改备案或委托（取消、合并、改备案同时废止事项；下放、委托须指明承接单位）',
      body: z.strictObject({
        itemCode: ItemCode,
        action: Action,
        basis: Basis,
        mergedInto: ItemCode.optional().describe('合并时：并入的事项'),
        receivingDepartmentCode: Receiver.optional(),
        reason: Note,
        materialsReduced: z.number().int().min(0).max(200).optional(),
        daysReduced: z.number().int().min(0).max(1000).optional(),
        stepsReduced: z.number().int().min(0).max(50).optional(),
      }),
      response: { 201: StreamliningResponse, ...errors },
    },
  }, async (req, reply) => {
    const s = await streamlineItem(deps, requireActor(req), req.body);
    reply.status(201);
    return presentStreamlining(s);
  });

  // 废止 in the catalog is 事项精简 of a named kind: the same use case, so every retirement is typed and counted
  r.post('/api/v1/catalog/items/:code/retire', {
    schema: {
      tags: ['catalog', ...tags], summary: '废止事项：须选择精简方式（取消、下放、合并、改备案、委托）并写明依据，计入年度事项精简报告',
      params: z.object({ code: ItemCode }),
      body: z.strictObject({ action: Action, basis: Basis, mergedInto: ItemCode.optional().describe('合并时：并入的事项'), receivingDepartmentCode: Receiver.optional(), reason: Note }, { error: NO_KIND }),
      response: { 200: StreamliningResponse, ...errors },
    },
  }, async (req) => presentStreamlining(await streamlineItem(deps, requireActor(req), { ...req.body, itemCode: req.params.code, retire: true })));

  r.post('/api/v1/catalog/bundles/:code/retire', {
    schema: {
      tags: ['catalog', ...tags], summary: '废止一件事：须选择取消或合并（并入另一件事）并写明依据，计入年度事项精简报告',
      params: z.object({ code: ItemCode }),
      body: z.strictObject({ action: Action, basis: Basis, mergedInto: ItemCode.optional().describe('合并时：并入的一件事'), reason: Note }, { error: NO_KIND }),
      response: { 200: StreamliningResponse, ...errors },
    },
  }, async (req) => presentStreamlining(await retireBundleTyped(deps, requireActor(req), { ...req.body, bundleCode: req.params.code })));

  r.get('/api/v1/streamlining/report', {
    schema: { tags, summary: '年度事项精简报告（四减：减事项、减材料、减时限、减环节）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: StreamliningReportResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'supervisor', 'admin', 'head')) throw new AppError('FORBIDDEN');
    const year = req.query.year ?? Number(today().slice(0, 4));
    const rows = await store.streamliningOf(deps.db, actorRegionPattern(actor), year);
    const four = fourReductions(rows.filter((x) => x.subject === 'item').map((x) => ({ action: x.action, materials: x.materials_reduced, days: x.days_reduced, steps: x.steps_reduced })));
    return {
      year, items: four.items, materials: four.materials, days: four.days, steps: four.steps, bundles: rows.filter((x) => x.subject === 'bundle').length,
      byAction: STREAMLINING_ACTIONS.map((a) => ({ action: a, actionName: streamliningActionNames[a], count: four.byAction[a] })),
      actions: rows.map(presentStreamlining),
    };
  });

  // ---- 实施清单 ----------------------------------------------------------------------------------------------------
  r.get('/api/v1/public/implementations', {
    schema: {
      tags, summary: '实施清单（公开）：基本目录事项在各地的实施主体、窗口、收费、时限与授权',
      querystring: z.object({ region: RegionCode.default('430000'), standardCode: ItemCode.optional() }), response: { 200: ImplementationsResponse, ...errors },
    },
  }, async (req) => {
    const region = await regionOf(req.query.region);
    return { items: (await store.implementations(deps.db, regionPattern(region.code.trim()), req.query.standardCode ?? null)).map(presentImplementation) };
  });

  r.post('/api/v1/implementations', {
    schema: {
      tags, summary: '登记基本目录事项在本地的实施（审批服务局监管人员）',
      body: z.strictObject({
        standardCode: ItemCode,
        regionCode: RegionCode,
        departmentCode: z.string().trim().min(1).max(32),
        implementationCode: z.string().trim().regex(/^[0-9A-Za-z-]{6,64}$/, '实施编码为 6–64 位字母、数字或连字符'),
        itemCode: ItemCode.optional(),
        windowName: Text(100),
        fees: Text(200),
        legalDays: z.number().int().min(0).max(365),
        promisedDays: z.number().int().min(0).max(365),
        authorised: z.boolean(),
      }),
      response: { 201: ImplementationResponse, ...errors },
    },
  }, async (req, reply) => {
    const i = await addImplementation(deps, requireActor(req), req.body);
    reply.status(201);
    return presentImplementation(i);
  });

  r.get('/api/v1/implementations/coverage', {
    schema: { tags, summary: '各县实施基本目录事项的数量与比例', response: { 200: CoverageResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    if (!hasRole(actor, 'supervisor', 'admin')) throw new AppError('FORBIDDEN');
    const total = (await store.standardItems(deps.db)).length;
    const rows = await store.coverage(deps.db, actorRegionPattern(actor));
    return {
      standardItems: total,
      counties: rows.map((c) => ({ regionCode: c.region_code.trim(), regionName: c.region_name, implemented: c.implemented, authorised: c.authorised, share: total ? `${((c.implemented / total) * 100).toFixed(1)}%` : '0.0%' })),
    };
  });

  // ---- 中介服务事项清单 ----------------------------------------------------------------------------------------------
  r.get('/api/v1/public/intermediaries', {
    schema: { tags, summary: '中介服务事项清单（公开）：事项所需的中介服务、收费与时限', querystring: z.object({ region: RegionCode.default('431127') }), response: { 200: IntermediariesResponse, ...errors } },
  }, async (req) => {
    const region = await regionOf(req.query.region);
    const rows = await store.intermediaries(deps.db, regionPattern(region.code.trim()));
    const items = await getPublishedItemsByCodes(deps.db, [...new Set(rows.flatMap((m) => m.item_codes))]);
    return {
      items: rows.map((m) => ({
        code: m.code, name: m.name, departmentName: m.department_name, basis: m.basis, providers: m.providers, fee: m.fee, days: m.days,
        items: m.item_codes.map((c) => ({ code: c, name: items.find((i) => i.code === c)?.name ?? null })),
      })),
    };
  });
}
