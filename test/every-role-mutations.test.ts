import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../src/core/index.js';
import { DEMO_PASSWORD, isWithinRegion } from '../src/identity/index.js';
import { createTestApp, expectStatus, type TestApp } from './helpers/app.js';

/**
 * Every role (and nobody) sends every mutating operation of the OpenAPI document against real objects of the demo data:
 * objects of its own scope and of another applicant, department and region (湘阴 staff against 蓝山's applications).
 * Who may do what is declared below, per operation, from the README's rules (roles, "every staff action is bounded by
 * the actor's region and department", applicants reach only their own), not from what the server answers.
 *
 * First every request the table refuses is sent, on the untouched demo data, and every 2xx among them is counted: 0.
 * Then the same requests are sent by the actors the table allows, to show that the requests were plausible (a request
 * refused for its body proves nothing); their 2xx are reported per operation.
 */

interface Who {
  username: string | null;
  id?: string;
  roles: string[];
  kind?: string;
  deptId?: string | null;
  deptCode?: string;
  region?: string;
  uscc?: string | null;
  idNumber?: string | null;
}

interface Target {
  label: string;
  params: Record<string, string>;
  /** the region the object belongs to (an application: its deciding authority's) */
  region?: string;
  /** an application: the region of the window it is routed to */
  windowRegion?: string | null;
  /** the department the object belongs to */
  dept?: string | null;
  /** accounts that own the object (applicant, filer, requester, rater, recipient, flagged party) */
  owners?: Array<string | null | undefined>;
  /** an application: the departments of its cases */
  depts?: string[];
  data?: Record<string, string>;
}

interface Spec {
  rule: string;
  targets?: () => Target[];
  body?: (t: Target, n: number) => unknown;
  multipart?: { field: string; filename: string; type: string; content: string };
  allowed: (w: Who, t: Target) => boolean;
}

const ACTORS = [
  null, 'zhangsan', 'xiangwei', 'daiban', 'chuangkou', 'xiangyin-chuangkou', 'scjg-shenhe', 'zrzy-shenhe', 'xiangyin-shenhe',
  'scjg-kezhang', 'jianguan', 'xiangyin-jianguan', 'sheng-jianguan', 'jiancha', 'admin', 'scjg-guanli',
];

// ---- the policy, as the README states it -------------------------------------------------------------------------
const has = (w: Who, ...roles: string[]) => roles.some((r) => w.roles.includes(r));
const inRegion = (w: Who, code: string | null | undefined) => !!w.region && !!code && isWithinRegion(code, w.region);
/** within the actor's region tree: the object's region, or an application's window region */
const reaches = (w: Who, t: Target) => inRegion(w, t.region) || inRegion(w, t.windowRegion);
const owns = (w: Who, t: Target) => !!w.id && (t.owners ?? []).includes(w.id);
const ownDept = (w: Who, t: Target) => !!w.deptId && w.deptId === t.dept;
const signedIn = (w: Who) => !!w.username;
const anyone = () => true;
/** a role, within the object's region */
const roleIn = (...roles: string[]) => (w: Who, t: Target) => has(w, ...roles) && reaches(w, t);
/** a departmental role, of the object's department, within its region */
const deptRoleIn = (...roles: string[]) => (w: Who, t: Target) => has(w, ...roles) && ownDept(w, t) && reaches(w, t);
const ownerOr = (other: (w: Who, t: Target) => boolean) => (w: Who, t: Target) => owns(w, t) || other(w, t);
const role = (...roles: string[]) => (w: Who) => has(w, ...roles);
/** a role, at the top of the region tree (the demo's province): for what every region shares */
const roleAtTop = (...roles: string[]) => (w: Who) => has(w, ...roles) && w.region === '430000';

let t: TestApp;
const users = new Map<string, Who>();
const sessions = new Map<string, Record<string, string>>();
const dept = new Map<string, { id: string; region: string }>();
const deptById = new Map<string, { code: string; region: string }>();
let specs: Record<string, Spec> = {};
const NONE = (label: string): Target[] => [{ label: `（演示数据中没有${label}）`, params: { id: randomUUID() }, region: '431127' }];

const q = <T>(sql: string, params: unknown[] = []) => t.db.query<T>(sql, params);

interface AppRow { id: string; status: string; applicant_user_id: string | null; submitted_by: string | null; authority_region: string; window_region: string | null; depts: string[]; item_code: string }
let apps: AppRow[] = [];
const appTarget = (label: string, a: AppRow | undefined): Target[] =>
  a ? [{ label, params: { id: a.id }, region: a.authority_region, windowRegion: a.window_region, owners: [a.applicant_user_id, a.submitted_by], depts: a.depts, data: { itemCode: a.item_code } }] : [];
const appOf = (username: string | null, statuses: string[], skip = 0) =>
  apps.filter((a) => statuses.includes(a.status) && (username === null ? a.applicant_user_id === null : a.applicant_user_id === users.get(username)!.id))[skip];
/** the i-th application waiting at the window (one per window action, so that one action does not use up another's) */
const submitted = (i: number): Target[] => appTarget('待受理的办件', apps.filter((a) => a.status === 'submitted')[i]);
/** an application of each demo applicant and one filed at the counter, in one of these states */
const appsIn = (statuses: string[], skip = 0): Target[] => [
  ...appTarget('张三的办件', appOf('zhangsan', statuses, skip)),
  ...appTarget('湘味餐饮店的办件', appOf('xiangwei', statuses, skip)),
  ...appTarget('窗口代录的他人办件', appOf(null, statuses, skip)),
];

interface CaseRow { id: string; status: string; department_id: string; region_code: string; application_id: string; item_code: string }
let cases: CaseRow[] = [];
const caseTargets = (statuses: string[], skip = 0): Target[] =>
  ['scjg', 'zrzy', 'gaj'].flatMap((code) => {
    const c = cases.filter((x) => x.department_id === dept.get(code)!.id && statuses.includes(x.status))[skip];
    const a = c && apps.find((x) => x.id === c.application_id);
    return c ? [{ label: `${code} 的子件`, params: { id: c.id }, region: c.region_code, dept: c.department_id, owners: [a?.applicant_user_id, a?.submitted_by], data: { itemCode: c.item_code } }] : [];
  });

const isAllowedStaffDept = (w: Who, t: Target) => has(w, 'admin') && inRegion(w, t.region);

function defineSpecs(ctx: {
  tickets: Array<{ id: string; status: string; region_code: string; department_id: string | null; requester_user_id: string | null }>;
  requests: Array<{ id: string; status: string; region_code: string; department_id: string; applicant_user_id: string | null }>;
  licences: Array<{ id: string; type: string; department_id: string; holder_user_id: string | null }>;
  handlings: Array<{ id: string; department_id: string; region_code: string; rater_user_id: string | null }>;
  ratings: Array<{ id: string; department_id: string; rater_user_id: string | null; level: number }>;
  rectifications: Array<{ id: string; department_id: string; status: string }>;
  appeals: Array<{ id: string; department_id: string; status: string }>;
  messages: Array<{ id: string; user_id: string }>;
  itemVersions: Array<{ id: string; code: string; status: string; department_id: string; region_code: string }>;
  bundles: Array<{ code: string; id: string; status: string }>;
  categories: Array<{ code: string; department_id: string }>;
  knowledge: Array<{ id: string; department_id: string | null }>;
  inspectors: Array<{ id: string; department_id: string; user_id: string | null }>;
  deadlines: Array<{ id: string; department_id: string; region_code: string; assignee_id: string | null }>;
  flag: { id: string; appealId: string };
  plan: string;
  feedback: string;
  window: string;
  hall: { zoneId: string; windowId: string; ticketId: string; ownBooking: string; otherBooking: string; itemCode: string; owners: Record<string, string> };
  projects: { project: { id: string; region: string; owner: string }; review: string; acceptance: string };
  delegations: Array<{ id: string; region: string }>;
  bills: Array<{ id: string; user_id: string | null; region_code: string }>;
}): Record<string, Spec> {
  const regionOf = (deptId: string) => deptById.get(deptId)!.region;
  /** an unpaid bill of 张三 and one of an application filed at the counter (no account) */
  const bills = (): Target[] => {
    const own = ctx.bills.find((b) => b.user_id === users.get('zhangsan')!.id);
    const counter = ctx.bills.find((b) => b.user_id === null);
    return [
      ...(own ? [{ label: '张三的缴费通知', params: { id: own.id }, region: own.region_code, owners: [own.user_id] }] : NONE('张三的缴费通知')),
      ...(counter ? [{ label: '窗口代录办件的缴费通知', params: { id: counter.id }, region: counter.region_code, owners: [] }] : NONE('窗口代录办件的缴费通知')),
    ];
  };
  const ticket = (label: string, status: string, withRequester?: boolean): Target[] => {
    const x = ctx.tickets.find((k) => k.status === status && (withRequester === undefined || !!k.requester_user_id === withRequester));
    return x ? [{ label, params: { id: x.id }, region: x.region_code, dept: x.department_id, owners: [x.requester_user_id] }] : NONE(label);
  };
  const request = (i: number): Target[] => {
    const x = ctx.requests.filter((r) => r.status === 'received')[i];
    return x ? [{ label: '依申请公开申请', params: { id: x.id }, region: x.region_code, dept: x.department_id, owners: [x.applicant_user_id] }] : NONE('待答复的依申请公开申请');
  };
  const licences = (): Target[] =>
    ['scjg', 'gaj', 'wjj'].flatMap((code) => {
      const l = ctx.licences.find((x) => x.department_id === dept.get(code)!.id);
      return l ? [{ label: `${code} 发的证照`, params: { id: l.id }, region: regionOf(l.department_id), dept: l.department_id, owners: [l.holder_user_id] }] : [];
    });
  const staffUser = (label: string, username: string): Target => {
    const u = users.get(username)!;
    return { label, params: { id: u.id! }, region: u.region, dept: u.deptId };
  };
  const staffTargets = () => [staffUser('蓝山县卫健局审核人员', 'wjj-shenhe'), staffUser('湘阴县审核人员', 'xiangyin-shenhe')];
  const deptTarget = (code: string): Target => ({ label: `${code} 部门`, params: { id: dept.get(code)!.id }, region: dept.get(code)!.region, dept: dept.get(code)!.id });
  const itemVersion = (status: string, code: string) => ctx.itemVersions.find((v) => v.status === status && v.department_id === dept.get(code)!.id);
  const itemTarget = (status: string, deptCode: string): Target[] => {
    const v = itemVersion(status, deptCode);
    return v ? [{ label: `${deptCode} 的事项`, params: { id: v.id, code: v.code }, region: v.region_code, dept: v.department_id }] : NONE(`${deptCode} 的${status}事项`);
  };
  const scjgItem = itemVersion('published', 'scjg')!;
  const itemBody = (code: string, deptCode: string) => ({
    code, name: '测试事项', kind: 'licence', departmentCode: deptCode, legalBasis: '《行政许可法》', handling: 'promised', legalDays: 20, promisedDays: 10,
    place: '蓝山县政务服务中心', visitsNeeded: 1, onlineCapable: true, authorisedToWindow: true, decidedOnPlatform: true,
  });
  const bundleBody = (code: string) => ({ code, name: '测试一件事', audience: 'both', description: '测试', promisedDays: 10, place: '蓝山县政务服务中心', members: [{ itemCode: scjgItem.code }] });
  const publishedBundle = ctx.bundles.find((b) => b.status === 'published')!;
  const bundle: Target[] = [{ label: '一件事', params: { code: publishedBundle.code, id: publishedBundle.id }, region: '431127' }];
  const ratingOf = (bad: boolean): Target[] => {
    const r = ctx.ratings.find((x) => (bad ? x.level <= 2 : x.level >= 4) && x.rater_user_id);
    return r ? [{ label: bad ? '差评' : '好评', params: { id: r.id }, region: regionOf(r.department_id), dept: r.department_id, owners: [r.rater_user_id] }] : NONE('评价');
  };
  const rectification = (): Target[] => {
    const r = ctx.rectifications.find((x) => x.status !== 'closed') ?? ctx.rectifications[0];
    return r ? [{ label: '差评整改', params: { id: r.id }, region: regionOf(r.department_id), dept: r.department_id }] : NONE('差评整改');
  };
  const handling = (): Target[] =>
    ctx.handlings.slice(0, 2).map((h) => ({ label: '待评价的办理', params: { id: h.id }, region: h.region_code, dept: h.department_id, owners: [h.rater_user_id] }));
  const item = (a: Target) => a.data?.itemCode ?? scjgItem.code;
  const cite = (a: Target) => [{ kind: 'condition', itemCode: item(a), ref: '1', problem: '申请人不符合受理条件' }];
  let uniq = 0;
  const u = () => `${Date.now().toString(36)}${uniq++}`;
  const csv = { field: 'file', filename: 'x.csv', type: 'text/csv', content: 'date,kind\n2027-01-01,holiday\n' };

  return {
    'POST /api/v1/auth/login': { rule: '任何人', body: () => ({ username: 'zhangsan', password: DEMO_PASSWORD }), allowed: anyone },
    'POST /api/v1/auth/logout': { rule: '任何人（结束自己的会话）', allowed: anyone },
    // one-time codes by mobile number: open to all (rate-limited); a wrong code signs nobody up or in
    'POST /api/v1/auth/codes': { rule: '任何人', body: () => ({ phone: '13900001111', purpose: 'signup' }), allowed: anyone },
    'POST /api/v1/auth/signup': { rule: '任何人（须持有验证码）', body: () => ({ phone: '13900001111', code: '000000', name: '测试', password: 'Banshi@2026Xy' }), allowed: anyone },
    'POST /api/v1/auth/login/code': { rule: '任何人（须持有验证码）', body: () => ({ phone: '13900001111', code: '000000' }), allowed: anyone },
    'POST /api/v1/auth/password/reset': { rule: '任何人（须持有验证码）', body: () => ({ phone: '13900001111', code: '000000', password: 'Banshi@2026Xy' }), allowed: anyone },
    // 帮代办授权: a citizen or business grants its own; only the principal revokes it
    'POST /api/v1/authorisations': { rule: '申请人（个人、企业）本人', body: () => ({ agent: 'daiban', itemCodes: [scjgItem.code], validUntil: '2027-06-30' }), allowed: role('applicant') },
    'POST /api/v1/authorisations/{id}/revoke': { rule: '授权人本人', targets: () => NONE('网上授权'), body: () => ({}), allowed: owns },
    // 经办人: the business's verified legal representative
    'POST /api/v1/business/handlers': {
      rule: '企业（法定代表人已实名核验）', body: () => ({ name: '张三', idNumber: '431127198506120329', itemCodes: null, validUntil: '2027-06-30', reason: '法定代表人授权' }),
      allowed: (w) => w.username === 'xiangwei',
    },
    'POST /api/v1/business/handlers/{id}/revoke': { rule: '授权的企业', targets: () => NONE('经办人授权'), body: () => ({ reason: '离职' }), allowed: owns },
    'POST /api/v1/admin/staff': {
      rule: '本区划管理员', targets: () => [deptTarget('scjg'), deptTarget('xy-scjg')],
      body: (x) => ({ username: `t${u()}`, name: '测试', password: 'Banshi@2026Xy', roles: ['clerk'], departmentId: x.params.id, reason: '新入职' }), allowed: isAllowedStaffDept,
    },
    'PATCH /api/v1/admin/staff/{id}': { rule: '本区划管理员', targets: staffTargets, body: () => ({ name: '改名', reason: '更正姓名' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/staff/{id}/disable': { rule: '本区划管理员', targets: staffTargets, body: () => ({ reason: '离职' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/staff/{id}/enable': { rule: '本区划管理员', targets: staffTargets, body: () => ({ reason: '复职' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/staff/{id}/reset-password': { rule: '本区划管理员', targets: staffTargets, body: () => ({ password: 'Banshi@2026Zz', reason: '忘记密码' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/staff/{id}/sign-out': { rule: '本区划管理员', targets: staffTargets, body: () => ({ reason: '设备丢失' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/departments': {
      rule: '本区划管理员', targets: () => [{ label: '蓝山县', params: {}, region: '431127' }, { label: '湘阴县', params: {}, region: '430624' }],
      body: (x) => ({ code: `d${u()}`, name: '测试局', shortName: '测试局', regionCode: x.region, reason: '机构改革' }), allowed: isAllowedStaffDept,
    },
    'PATCH /api/v1/admin/departments/{id}': { rule: '本区划管理员', targets: () => [deptTarget('scjg'), deptTarget('xy-scjg')], body: () => ({ shortName: '市监局', reason: '更名' }), allowed: isAllowedStaffDept },
    'POST /api/v1/admin/windows': {
      rule: '本区划管理员', targets: () => [deptTarget('xzsp'), deptTarget('xy-xzsp')],
      body: (x) => ({ code: `W${u()}`.slice(0, 20), name: '测试窗口', departmentId: x.params.id, reason: '新设窗口' }), allowed: isAllowedStaffDept,
    },
    'PATCH /api/v1/admin/windows/{id}': { rule: '本区划管理员', targets: () => [{ label: '蓝山县窗口', params: { id: ctx.window }, region: '431127' }], body: () => ({ name: '综合窗口一号', reason: '更名' }), allowed: isAllowedStaffDept },
    'POST /api/v1/messages/{id}/read': {
      rule: '收件人', targets: () => ['zhangsan', 'chuangkou'].flatMap((n) => ctx.messages.filter((m) => m.user_id === users.get(n)!.id).slice(0, 1).map((m) => ({ label: `${n} 的消息`, params: { id: m.id }, owners: [m.user_id] }))),
      allowed: owns,
    },
    'POST /api/v1/calendar/imports': { rule: '监管人员、管理员', multipart: csv, allowed: role('supervisor', 'admin') },
    'POST /api/v1/calendar/regional-days-off': {
      rule: '本区划监管人员、管理员', targets: () => [{ label: '蓝山县', params: {}, region: '431127' }, { label: '湘阴县', params: {}, region: '430624' }],
      body: (x) => ({ regionCode: x.region, date: '2026-06-15', name: '地方假日' }), allowed: roleIn('supervisor', 'admin'),
    },
    'DELETE /api/v1/calendar/regional-days-off/{regionCode}/{date}': {
      rule: '本区划监管人员、管理员', targets: () => [{ label: '蓝山县', params: { regionCode: '431127', date: '2026-06-15' }, region: '431127' }], allowed: roleIn('supervisor', 'admin'),
    },
    // 督办: a supervisor of the deadline's region tree, or the head of its department there
    'POST /api/v1/supervision/deadlines/{id}/urges': {
      rule: '本区划监管人员、本部门负责人',
      targets: () => {
        const found = ['scjg', 'wjj', 'gaj'].flatMap((code) => ctx.deadlines.filter((d) => d.department_id === dept.get(code)!.id).slice(0, 1));
        return found.length ? found.map((d) => ({ label: `${deptById.get(d.department_id)!.code} 的期限`, params: { id: d.id }, region: d.region_code, dept: d.department_id, owners: [d.assignee_id] })) : NONE('在办期限');
      },
      body: () => ({ message: '请尽快办结' }),
      allowed: (w, x) => (has(w, 'supervisor') && reaches(w, x)) || (has(w, 'head') && ownDept(w, x) && reaches(w, x)),
    },
    'PUT /api/v1/supervision/settings/yellow-rule': { rule: '省级（管辖全部区划的）监管人员、管理员', body: () => ({ minDays: 2, fraction: 0.2 }), allowed: roleAtTop('supervisor', 'admin') },
    'POST /api/v1/catalog/items': {
      rule: '实施机关所在区划的监管人员、管理员', targets: () => [{ label: 'scjg 的新事项', params: {}, region: '431127' }, { label: 'xy-scjg 的新事项', params: {}, region: '430624', data: { dept: 'xy-scjg' } }],
      body: (x) => itemBody(`XK9${String(uniq++).padStart(7, '0')}`, x.data?.dept ?? 'scjg'), allowed: roleIn('supervisor', 'admin'),
    },
    'PUT /api/v1/catalog/item-versions/{id}': { rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('draft', 'scjg'), body: (x) => itemBody(x.params.code!, 'scjg'), allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/bundles': { rule: '监管人员、管理员（本区划）', targets: () => [{ label: '蓝山县', params: {}, region: '431127' }], body: () => bundleBody(`b${u()}`), allowed: roleIn('supervisor', 'admin') },
    'PUT /api/v1/catalog/bundle-versions/{id}': { rule: '监管人员、管理员（本区划）', targets: () => bundle, body: (x) => bundleBody(x.params.code!), allowed: roleIn('supervisor', 'admin') },
    'PUT /api/v1/catalog/synonyms/{term}': { rule: '省级（管辖全部区划的）监管人员、管理员', targets: () => [{ label: '搜索同义词', params: { term: '开面包店' } }], body: () => ({ target: '我要开蛋糕店' }), allowed: roleAtTop('supervisor', 'admin') },
    'DELETE /api/v1/catalog/synonyms/{term}': { rule: '省级（管辖全部区划的）监管人员、管理员', targets: () => [{ label: '搜索同义词', params: { term: '美容院' } }], allowed: roleAtTop('supervisor', 'admin') },
    'PUT /api/v1/catalog/items/{code}/english': { rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('published', 'scjg'), body: () => ({ name: 'Test item', summary: 'A test item.', conditions: ['A test condition'] }), allowed: roleIn('supervisor', 'admin') },
    'DELETE /api/v1/catalog/items/{code}/english': { rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('published', 'scjg'), allowed: roleIn('supervisor', 'admin') },
    'PUT /api/v1/catalog/data-elements/{code}': { rule: '省级（管辖全部区划的）监管人员、管理员', targets: () => [{ label: '数据元', params: { code: 'testElement' } }], body: () => ({ code: 'testElement', name: '测试数据元', type: 'text' }), allowed: roleAtTop('supervisor', 'admin') },
    'PUT /api/v1/catalog/abolished-certificates/{code}': {
      rule: '省级（管辖全部区划的）监管人员、管理员', targets: () => [{ label: '取消的证明', params: { code: 'test-cert' } }],
      body: () => ({ code: 'test-cert', name: '测试证明', replacedBy: 'dataCheck', how: '部门间核查', basis: '湘政办发〔2026〕1号', abolishedOn: '2026-01-01' }), allowed: roleAtTop('supervisor', 'admin'),
    },
    'POST /api/v1/catalog/items/{code}/drafts': { rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('published', 'scjg'), body: () => null, allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/item-versions/{id}/publish': { rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('draft', 'scjg'), body: () => ({}), allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/items/{code}/retire': { rule: '实施机关所在区划的监管人员、管理员（须写明精简方式与依据）', targets: () => itemTarget('published', 'zrzy'), body: () => ({ action: 'toFiling', basis: '蓝政发〔2026〕3号' }), allowed: roleIn('supervisor', 'admin') },
    // the catalog of powers: the supervisors of the region (权责清单, 赋权, 精简, 实施清单)
    'POST /api/v1/powers': {
      rule: '部门所在区划的监管人员', targets: () => [{ label: 'scjg 的权力事项', params: {}, region: '431127' }, { label: 'xy-scjg 的权力事项', params: {}, region: '430624', data: { dept: 'xy-scjg' } }],
      body: (x) => ({ code: `QL-T-${u()}`, departmentCode: x.data?.dept ?? 'scjg', kind: 'inspection', name: '测试检查', basis: '《测试法》', duties: ['检查责任'] }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/delegations': {
      rule: '事项所在区划的监管人员', targets: () => [{ label: '蓝山县事项赋予经开区', params: {}, region: '431127' }],
      body: (_x, n) => {
        const from = new Date(Date.UTC(2027, 0, 1) + n * 2 * 86_400_000).toISOString().slice(0, 10);
        return { itemCode: 'XK00205001', delegateDepartmentCode: 'kfq', mode: 'direct', basis: '蓝政发〔2026〕1号', scope: '园区企业', validFrom: from, validUntil: from };
      },
      allowed: roleIn('supervisor'),
    },
    'POST /api/v1/delegations/{id}/revoke': {
      rule: '承接地所在区划的监管人员', targets: () => [{ label: '赋予经开区的事项', params: { id: ctx.delegations[0]!.id }, region: ctx.delegations[0]!.region }], body: () => ({ reason: '收回' }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/delegations/{id}/reviews': {
      rule: '承接地所在区划的监管人员', targets: () => [{ label: '赋予经开区的事项', params: { id: ctx.delegations[1]!.id }, region: ctx.delegations[1]!.region }], body: () => ({ conclusion: 'keep', findings: '承接顺畅' }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/streamlining': {
      rule: '实施机关所在区划的监管人员、管理员', targets: () => itemTarget('published', 'scjg'), body: (x) => ({ itemCode: x.params.code, action: 'entrust', basis: '蓝政发〔2026〕1号', receivingDepartmentCode: 'kfq', reason: '委托园区行使' }), allowed: roleIn('supervisor', 'admin'),
    },
    'POST /api/v1/implementations': {
      rule: '实施地所在区划的监管人员', targets: () => [{ label: '蓝山县的实施清单', params: {}, region: '431127', data: { dept: 'xzsp' } }, { label: '湘阴县的实施清单', params: {}, region: '430624', data: { dept: 'xy-xzsp' } }],
      body: (x) => ({ standardCode: 'XK00201001', regionCode: x.region, departmentCode: x.data!.dept, implementationCode: `SS${u()}`.padEnd(8, '0'), windowName: '综合窗口', fees: '不收费', legalDays: 20, promisedDays: 5, authorised: true }),
      allowed: roleIn('supervisor'),
    },
    'POST /api/v1/catalog/bundles/{code}/drafts': { rule: '监管人员、管理员（本区划）', targets: () => bundle, body: () => null, allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/bundle-versions/{id}/publish': { rule: '监管人员、管理员（本区划）', targets: () => bundle, body: () => ({}), allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/bundles/{code}/retire': { rule: '监管人员、管理员（本区划；须写明取消或合并及依据）', targets: () => bundle, body: () => ({ action: 'abolish', basis: '蓝政发〔2026〕3号' }), allowed: roleIn('supervisor', 'admin') },
    'POST /api/v1/catalog/import': { rule: '监管人员、管理员', multipart: { field: 'file', filename: 'c.json', type: 'application/json', content: '{"items":[]}' }, allowed: role('supervisor', 'admin') },
    'POST /api/v1/files': { rule: '已登录的人', multipart: { field: 'file', filename: 'a.pdf', type: 'application/pdf', content: '%PDF-1.4\n%%EOF\n' }, allowed: signedIn },
    'POST /api/v1/applications': { rule: '已登录的人（为自己或代他人申请）', body: () => ({ itemCodes: [scjgItem.code], form: {}, draft: true }), allowed: signedIn },
    'POST /api/v1/applications/{id}/submit': { rule: '申请人、代办人', targets: () => appsIn(['draft']), body: () => ({}), allowed: owns },
    'POST /api/v1/applications/{id}/corrections': { rule: '申请人、代办人、本区划窗口', targets: () => appsIn(['correction']), body: () => ({}), allowed: ownerOr(roleIn('clerk')) },
    'PUT /api/v1/applications/{id}/pickup': { rule: '申请人、代办人、本区划窗口', targets: () => appsIn(['accepted']), body: () => ({ mode: 'together', method: 'window' }), allowed: ownerOr(roleIn('clerk')) },
    'POST /api/v1/applications/{id}/pending-materials': {
      rule: '申请人、代办人、本区划窗口', targets: () => appsIn(['accepted']), body: (a) => ({ itemCode: item(a), materialCode: 'M01', uploadId: randomUUID() }), allowed: ownerOr(roleIn('clerk')),
    },
    'POST /api/v1/applications/{id}/accept': { rule: '本区划（或受托代收的）窗口', targets: () => submitted(0), body: () => ({}), allowed: roleIn('clerk') },
    'POST /api/v1/applications/{id}/request-correction': { rule: '本区划（或受托代收的）窗口', targets: () => submitted(1), body: (a) => ({ items: cite(a) }), allowed: roleIn('clerk') },
    'POST /api/v1/applications/{id}/refuse': {
      rule: '本区划（或受托代收的）窗口', targets: () => submitted(2),
      body: (a) => ({ reason: '不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条', cited: cite(a) }), allowed: roleIn('clerk'),
    },
    'POST /api/v1/applications/{id}/deliver': { rule: '本区划窗口', targets: () => appsIn(['concluded']), body: () => ({}), allowed: roleIn('clerk') },
    'POST /api/v1/applications/{id}/guide-exceptions': {
      rule: '本区划窗口', targets: () => submitted(0), body: (a) => ({ context: 'correction', itemCode: item(a), cited: '指南以外的证明', reason: '特殊情形' }), allowed: roleIn('clerk'),
    },
    'POST /api/v1/guide-exceptions/{id}/decide': { rule: '本区划监管人员', targets: () => NONE('指南例外申请'), body: () => ({ approve: true }), allowed: roleIn('supervisor') },
    'POST /api/v1/applications/{id}/withdraw': { rule: '申请人、代办人', targets: () => appsIn(['submitted', 'accepted'], 1), body: () => ({}), allowed: owns },
    'POST /api/v1/applications/{id}/pending-materials/check': {
      rule: '本区划窗口', targets: () => appsIn(['accepted']), body: (a) => ({ itemCode: item(a), materialCode: 'M01', accepted: true }), allowed: roleIn('clerk'),
    },
    'POST /api/v1/cases/{id}/review': { rule: '本部门（本区划）审核人员、负责人', targets: () => caseTargets(['accepted']), body: () => ({}), allowed: deptRoleIn('reviewer', 'head') },
    'POST /api/v1/cases/{id}/decide': { rule: '本部门（本区划）审核人员、负责人', targets: () => caseTargets(['reviewing', 'accepted'], 0), body: () => ({ decision: 'approve', reasons: '符合条件' }), allowed: deptRoleIn('reviewer', 'head') },
    'POST /api/v1/cases/{id}/request-more': {
      rule: '本部门（本区划）审核人员、负责人', targets: () => caseTargets(['reviewing', 'accepted'], 1), body: (c) => ({ items: [{ kind: 'condition', itemCode: item(c), ref: '1', problem: '请补充说明' }] }), allowed: deptRoleIn('reviewer', 'head'),
    },
    'POST /api/v1/cases/{id}/supply-more': { rule: '申请人、代办人、本区划窗口', targets: () => caseTargets(['reviewing', 'accepted', 'pending']), body: () => ({}), allowed: ownerOr(roleIn('clerk')) },
    'POST /api/v1/cases/{id}/special-procedures': {
      rule: '办理该子件的审核人员、本部门负责人', targets: () => caseTargets(['accepted', 'reviewing'], 2), body: () => ({ kind: 'expertReview', reason: '需组织专家评审' }), allowed: deptRoleIn('reviewer', 'head'),
    },
    'POST /api/v1/cases/{id}/special-procedures/end': {
      rule: '办理该子件的审核人员、本部门负责人', targets: () => caseTargets(['accepted', 'reviewing'], 2), body: () => ({ outcome: '专家评审意见：同意' }), allowed: deptRoleIn('reviewer', 'head'),
    },
    'POST /api/v1/cases/{id}/extend': { rule: '本部门（本区划）负责人', targets: () => caseTargets(['accepted', 'reviewing'], 2), body: () => ({ workingDays: 5, reason: '需组织专家评审' }), allowed: deptRoleIn('head') },
    'POST /api/v1/site-checks': {
      rule: '子件所属部门（本区划）审核人员、负责人', targets: () => caseTargets(['reviewing', 'accepted']),
      body: (c) => ({ caseIds: [c.params.id], scheduledFor: '2026-03-25T09:00:00+08:00', address: '蓝山县塔峰镇舜源路 1 号' }), allowed: deptRoleIn('reviewer', 'head'),
    },
    'POST /api/v1/site-checks/{id}/results': { rule: '本部门审核人员', targets: () => NONE('现场核查'), body: () => ({ caseId: randomUUID(), result: 'pass', note: '符合' }), allowed: deptRoleIn('reviewer', 'head') },
    'POST /api/v1/commitment-checks/{id}/close': { rule: '本部门审核人员', targets: () => NONE('告知承诺核查'), body: () => ({ outcome: 'confirmed', note: '属实' }), allowed: deptRoleIn('reviewer', 'head') },
    'POST /api/v1/credit-flags': { rule: '监管人员', body: () => ({ uscc: makeUscc('92', '431127', 'MA4QXW2'.padEnd(8, '2')), subjectName: '测试商户', reason: '虚假承诺' }), allowed: role('supervisor') },
    'POST /api/v1/credit-flags/search': { rule: '窗口、审核、负责人、监管、检查、管理员', body: () => ({}), allowed: role('supervisor', 'head', 'clerk', 'reviewer', 'inspector', 'admin') },
    'POST /api/v1/credit-flags/{id}/appeals': {
      rule: '被标记的主体本人', targets: () => [{ label: '湘味餐饮店的失信标记', params: { id: ctx.flag.id }, owners: [users.get('xiangwei')!.id] }], body: () => ({ statement: '已整改完毕，申请撤销' }), allowed: owns,
    },
    'POST /api/v1/credit-flag-appeals/{id}/decision': { rule: '监管人员', targets: () => [{ label: '失信申诉', params: { id: ctx.flag.appealId } }], body: () => ({ decision: 'upheld', note: '维持' }), allowed: role('supervisor') },
    'POST /api/v1/inspections/inspectors/{id}/conflicts': {
      rule: '执法人员本人，其部门所在区划的监管人员', targets: () => ctx.inspectors.slice(0, 1).map((i) => ({ label: '蓝山县执法人员（邓检查）', params: { id: i.id }, region: regionOf(i.department_id), dept: i.department_id, owners: [i.user_id] })),
      body: () => ({ uscc: makeUscc('92', '431127', 'MA4QXW3'.padEnd(8, '3')), reason: '亲属关系' }), allowed: ownerOr(roleIn('supervisor')),
    },
    'POST /api/v1/inspections/plans': {
      rule: '参与部门所在区划的监管人员', targets: () => [{ label: '蓝山县市场监管局的计划', params: {}, region: '431127' }],
      body: () => ({ title: '测试抽查计划', departments: [{ code: 'scjg' }], sampling: { kind: 'size', size: 1 } }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/inspections/plans/{id}/publish': { rule: '参与部门所在区划的监管人员', targets: () => [{ label: '抽查计划', params: { id: ctx.plan }, region: '431127' }], body: () => ({}), allowed: roleIn('supervisor') },
    'POST /api/v1/inspections/plans/{id}/draw': { rule: '参与部门所在区划的监管人员', targets: () => [{ label: '抽查计划', params: { id: ctx.plan }, region: '431127' }], body: () => ({}), allowed: roleIn('supervisor') },
    'POST /api/v1/inspections/results/{id}': { rule: '抽中的执法人员', targets: () => NONE('检查任务'), body: () => ({ outcome: 'compliant' }), allowed: role('inspector') },
    'POST /api/v1/inspections/results/{id}/rectified': { rule: '抽中的执法人员', targets: () => NONE('检查结果'), body: () => ({ note: '已整改' }), allowed: role('inspector') },
    'POST /api/v1/public/inspections/redraw': { rule: '任何人', body: () => ({ plan: {}, seed: 'x' }), allowed: anyone },
    'POST /api/v1/guidance/bundles/{code}/check': { rule: '任何人', targets: () => bundle, body: () => ({ answers: {} }), allowed: anyone },
    'POST /api/v1/guidance/bundles/{code}/notice': { rule: '任何人', targets: () => bundle, body: () => ({ answers: {} }), allowed: anyone },
    'POST /api/v1/guidance/items/{code}/notice': { rule: '任何人', targets: () => itemTarget('published', 'scjg'), body: () => ({}), allowed: anyone },
    'POST /api/v1/guidance/forms/merged': { rule: '任何人', body: () => ({ itemCodes: [scjgItem.code] }), allowed: anyone },
    'POST /api/v1/guidance/forms/check': { rule: '任何人', body: () => ({ itemCodes: [scjgItem.code], data: {} }), allowed: anyone },
    'POST /api/v1/guide-feedback': {
      rule: '申请人、代办、窗口、审核、负责人、监管人员', body: () => ({ itemVersionId: scjgItem.id, step: 'guidance', kind: 'unclear', part: 'materials', description: '材料说明不清楚' }),
      allowed: role('applicant', 'agent', 'clerk', 'reviewer', 'head', 'supervisor'),
    },
    'POST /api/v1/guide-feedback/{id}/handle': {
      rule: '事项部门（本区划）审核人员、负责人，本区划监管人员', targets: () => [{ label: '市场监管局事项的指南反馈', params: { id: ctx.feedback }, region: '431127', dept: dept.get('scjg')!.id }],
      body: () => ({ outcome: 'resolved', response: '已修改指南' }), allowed: (w, x) => deptRoleIn('reviewer', 'head')(w, x) || roleIn('supervisor')(w, x),
    },
    'POST /api/v1/public/applications/progress': { rule: '任何人（须知办件号和后四位）', body: () => ({ number: '431127-20260302-000001', check: '0000' }), allowed: anyone },
    'POST /api/v1/public/tickets/progress': { rule: '任何人（须知工单号和电话）', body: () => ({ number: '12345-20260302-0001', phone: '13900001111' }), allowed: anyone },
    'POST /api/v1/licences/verify': { rule: '任何人', body: () => ({ payload: 'BSL1.x.y' }), allowed: anyone },
    'POST /api/v1/licences': {
      rule: '发证部门的管理员（登记平台外证照）', targets: () => [{ label: '营业执照', params: {}, region: '431127', dept: dept.get('scjg')!.id }],
      body: () => ({ type: 'business-licence', holderId: makeUscc('92', '431127', `MA4Q${String(uniq++).padStart(4, '0')}`), holderName: '蓝山县测试商行', reason: '平台上线前以纸质证照发放' }),
      allowed: (w, x) => has(w, 'admin') && ownDept(w, x),
    },
    'POST /api/v1/licences/search': { rule: '窗口、审核、负责人、监管人员、管理员', body: () => ({}), allowed: role('clerk', 'reviewer', 'head', 'supervisor', 'admin') },
    ...Object.fromEntries(
      (['change', 'renew', 'suspend', 'reinstate', 'revoke'] as const).map((action) => [
        `POST /api/v1/licences/{id}/${action}`,
        {
          rule: '发证部门（本区划）审核人员、负责人，本区划管理员', targets: licences,
          body: () => (action === 'renew' ? {} : { reason: '依法变更' }), allowed: (w: Who, x: Target) => deptRoleIn('reviewer', 'head')(w, x) || roleIn('admin')(w, x),
        } satisfies Spec,
      ]),
    ),
    'POST /api/v1/signing-keys/rotate': { rule: '本区划管理员', targets: () => [deptTarget('scjg'), deptTarget('xy-scjg')], body: (x) => ({ departmentId: x.params.id }), allowed: roleIn('admin') },
    'POST /api/v1/ratings/visits': {
      rule: '本区划窗口', targets: () => [deptTarget('scjg'), deptTarget('xy-scjg')], body: (x) => ({ itemName: '食品经营许可', departmentId: x.params.id }), allowed: roleIn('clerk'),
    },
    'POST /api/v1/ratings': { rule: '办理的评价人本人', targets: handling, body: (x) => ({ handlingId: x.params.id, indicators: { overall: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5 } }), allowed: owns },
    'PATCH /api/v1/ratings/{id}': { rule: '评价人本人', targets: () => ratingOf(false), body: () => ({ indicators: { overall: 4 } }), allowed: owns },
    'POST /api/v1/ratings/rectifications/{id}/answer': { rule: '被评部门（本区划）审核人员、负责人', targets: rectification, body: () => ({ finding: '窗口解释不清', action: '加强培训' }), allowed: deptRoleIn('head', 'reviewer') },
    'POST /api/v1/ratings/rectifications/{id}/follow-up': {
      rule: '被评部门（本区划）审核人员、负责人，本区划监管人员', targets: rectification, body: () => ({ method: 'phone', result: 'satisfied' }),
      allowed: (w, x) => deptRoleIn('head', 'reviewer')(w, x) || roleIn('supervisor')(w, x),
    },
    'POST /api/v1/ratings/{id}/appeals': { rule: '被评部门（本区划）审核人员、负责人', targets: () => ratingOf(true), body: () => ({ reasonKind: 'mistaken', explanation: '评价器测试误评' }), allowed: deptRoleIn('head', 'reviewer') },
    'POST /api/v1/ratings/appeals/{id}/decision': {
      rule: '本区划监管人员、管理员', targets: () => ctx.appeals.slice(0, 1).map((a) => ({ label: '差评申诉', params: { id: a.id }, region: regionOf(a.department_id), dept: a.department_id })),
      body: () => ({ uphold: false, note: '证据不足' }), allowed: roleIn('supervisor', 'admin'),
    },
    'PUT /api/v1/ratings/settings': { rule: '省级（管辖全部区划的）监管人员、管理员', body: () => ({ editHours: 72 }), allowed: roleAtTop('supervisor', 'admin') },
    'PUT /api/v1/tickets/categories/{code}': {
      rule: '监管人员、管理员（承办部门所在区划）', targets: () => ctx.categories.slice(0, 1).map((c) => ({ label: '工单分类', params: { code: c.code }, region: regionOf(c.department_id), dept: c.department_id })),
      body: (x) => ({ name: '测试分类', departmentId: x.dept, workingDays: 5 }), allowed: roleIn('supervisor', 'admin'),
    },
    'POST /api/v1/tickets': { rule: '任何人', body: () => ({ kind: 'consultation', title: '咨询办事时间', content: '请问政务服务中心周六是否上班？' }), allowed: anyone },
    'POST /api/v1/tickets/{id}/classify': { rule: '本区划话务员（窗口、监管人员）', targets: () => ticket('已登记的工单', 'registered'), body: () => ({ categoryCode: ctx.categories[0]!.code }), allowed: roleIn('clerk', 'supervisor') },
    'POST /api/v1/tickets/{id}/dispatch': { rule: '本区划话务员（窗口、监管人员）', targets: () => ticket('已登记的工单', 'registered'), body: () => ({}), allowed: roleIn('clerk', 'supervisor') },
    'POST /api/v1/tickets/{id}/transfer': {
      rule: '本区划话务员，承办部门', targets: () => ticket('已派单的工单', 'dispatched'), body: () => ({ departmentId: dept.get('zjj')!.id, reason: '不属本部门职责' }),
      allowed: (w, x) => roleIn('clerk', 'supervisor')(w, x) || deptRoleIn('reviewer', 'head', 'clerk')(w, x),
    },
    'POST /api/v1/tickets/{id}/return': { rule: '承办部门（本区划）', targets: () => ticket('已派单的工单', 'dispatched'), body: () => ({ reason: '派错部门' }), allowed: deptRoleIn('reviewer', 'head', 'clerk') },
    'POST /api/v1/tickets/{id}/answer': { rule: '承办部门（本区划）', targets: () => ticket('已派单的工单', 'dispatched'), body: () => ({ answer: '已安排维修。' }), allowed: deptRoleIn('reviewer', 'head', 'clerk') },
    'POST /api/v1/tickets/{id}/rating': {
      rule: '诉求人本人；无账号的由本区划话务员回访', targets: () => [...ticket('网上诉求', 'answered', true), ...ticket('电话诉求', 'answered', false)], body: () => ({ level: 5 }),
      allowed: (w, x) => owns(w, x) || (!(x.owners ?? []).some(Boolean) && roleIn('clerk', 'supervisor')(w, x)),
    },
    'POST /api/v1/tickets/{id}/duplicate-of': {
      rule: '本区划话务员（窗口、监管人员）', targets: () => ticket('已登记的工单', 'registered'), body: () => ({ masterId: ctx.tickets.find((k) => k.status === 'dispatched')!.id }), allowed: roleIn('clerk', 'supervisor'),
    },
    'POST /api/v1/knowledge': { rule: '窗口、审核、负责人、监管人员、管理员', body: () => ({ title: '办事时间', question: '周六上班吗', answer: '周六上午有值班窗口。' }), allowed: role('clerk', 'supervisor', 'reviewer', 'head', 'admin') },
    'PUT /api/v1/knowledge/{id}': {
      rule: '窗口、审核、负责人、监管人员、管理员', targets: () => ctx.knowledge.slice(0, 1).map((k) => ({ label: '知识库条目', params: { id: k.id } })),
      body: () => ({ title: '办事时间', question: '周六上班吗', answer: '周六上午有值班窗口。' }), allowed: role('clerk', 'supervisor', 'reviewer', 'head', 'admin'),
    },
    'POST /api/v1/disclosure/requests': { rule: '已登录的人', body: () => ({ description: '2025 年路灯维护经费', format: 'electronic', delivery: 'online' }), allowed: signedIn },
    'POST /api/v1/disclosure/requests/{id}/extension': {
      rule: '受理机关（本区划）负责人、监管人员', targets: () => request(0), body: () => ({ workingDays: 20, reason: '需征求第三方意见' }), allowed: deptRoleIn('head', 'supervisor'),
    },
    'POST /api/v1/disclosure/requests/{id}/consultations': {
      rule: '受理机关（本区划）办理人员', targets: () => request(1), body: () => ({ thirdParty: '某公司', question: '是否同意公开' }), allowed: deptRoleIn('clerk', 'reviewer', 'head', 'supervisor'),
    },
    'POST /api/v1/disclosure/requests/{id}/consultations/close': {
      rule: '受理机关（本区划）办理人员', targets: () => request(1), body: () => ({ opinion: 'agrees' }), allowed: deptRoleIn('clerk', 'reviewer', 'head', 'supervisor'),
    },
    'POST /api/v1/disclosure/requests/{id}/answer': {
      rule: '受理机关（本区划）办理人员', targets: () => request(0), body: () => ({ type: 'disclosed', text: '经检索，现予公开。' }), allowed: deptRoleIn('clerk', 'reviewer', 'head', 'supervisor'),
    },
    // the hall: applicants book for themselves; the hall's clerks issue and call numbers; supervisors set the booking rules
    'POST /api/v1/hall/appointments': { rule: '申请人（个人、企业）本人', body: () => ({ itemCode: ctx.hall.itemCode, day: '2026-03-23', starts: '09:00' }), allowed: role('applicant') },
    'POST /api/v1/hall/appointments/{id}/reschedule': {
      rule: '预约人本人', targets: () => [{ label: '张三的预约', params: { id: ctx.hall.ownBooking }, region: '431127', owners: [ctx.hall.owners.own] }],
      body: () => ({ day: '2026-03-26', starts: '10:00' }), allowed: owns,
    },
    'POST /api/v1/hall/appointments/{id}/cancel': {
      rule: '预约人本人', targets: () => [{ label: '湘味餐饮店的预约', params: { id: ctx.hall.otherBooking }, region: '431127', owners: [ctx.hall.owners.other] }], allowed: owns,
    },
    'POST /api/v1/hall/check-ins': {
      rule: '本区划大厅的窗口人员', targets: () => [{ label: '蓝山县政务服务中心', params: {}, region: '431127' }],
      body: (_t, n) => ({ idNumber: makeIdNumber('431127', '19900101', String(n % 1000).padStart(3, '0')), zoneId: ctx.hall.zoneId }), allowed: roleIn('clerk'),
    },
    'POST /api/v1/hall/windows/{id}/call-next': { rule: '本区划大厅的窗口人员', targets: () => [{ label: '蓝山县大厅窗口', params: { id: ctx.hall.windowId }, region: '431127' }], allowed: roleIn('clerk') },
    ...Object.fromEntries(['recall', 'transfer', 'no-show', 'finish'].map((action) => [`POST /api/v1/hall/tickets/{id}/${action}`, {
      rule: '本区划大厅的窗口人员', targets: () => [{ label: '蓝山县大厅的排队号', params: { id: ctx.hall.ticketId }, region: '431127' }],
      body: () => (action === 'transfer' ? { windowId: ctx.hall.windowId } : {}), allowed: roleIn('clerk'),
    } satisfies Spec])),
    // fees: only the applicant pays their bill online; the clerks of its region take cash or POS at the counter; the
    // payment platform's notifications need its signature (nobody here has it); a supervisor reconciles their region
    'POST /api/v1/bills/{id}/pay': { rule: '缴费人本人（申请人）', targets: () => bills(), allowed: owns },
    'POST /api/v1/bills/{id}/counter-payment': { rule: '本区划窗口人员', targets: () => bills(), body: () => ({ method: 'cash' }), allowed: roleIn('clerk') },
    'POST /api/v1/payments/notify': {
      rule: '仅支付平台（须有其 SM2 签名）', body: () => ({ orderNo: 'JF2026032000000000001', merchantId: 'BANSHI-431127', amount: 2000, status: 'PAID', tradeNo: 'T1', paidAt: '2026-03-20T08:00:00.000Z', sign: '00'.repeat(64) }),
      allowed: () => false,
    },
    'POST /api/v1/payments/reconciliations': { rule: '监管人员（对本人所在区划）', body: () => ({ day: '2026-03-19' }), allowed: (w) => w.kind === 'staff' && has(w, 'supervisor') && !!w.region },
    // construction projects: the company files its own stages and drawings; the departments concerned give their own
    // opinions and findings; the lead department (住建) schedules the visit and issues the certificate; supervisors keep zones
    'POST /api/v1/zones': {
      rule: '本区划（或上级）监管人员', targets: () => [{ label: '蓝山县', params: {}, region: '431127' }],
      body: (_t, n) => ({ code: `test-zone-${n}`, name: '测试工业园', regionCode: '431127' }), allowed: roleIn('supervisor'),
    },
    'PATCH /api/v1/zones/{code}': {
      rule: '本区划（或上级）监管人员', targets: () => [{ label: '湖南蓝山经济开发区', params: { code: 'lanshan-kfq' }, region: '431127' }],
      body: () => ({ adminRegionCode: '431127400' }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/zones/{code}/assessments': {
      rule: '本区划（或上级）监管人员', targets: () => [{ label: '湖南蓝山经济开发区', params: { code: 'lanshan-kfq' }, region: '431127' }],
      body: () => ({ kind: 'traffic', title: '园区交通影响评价', conclusion: '路网容量满足需要', covers: [{ itemCode: 'XK01101001', materialCode: 'eia-report' }] }), allowed: roleIn('supervisor'),
    },
    'POST /api/v1/projects': { rule: '企业申请人本人', body: () => ({ name: '测试厂房', address: '蓝山县塔峰镇', regionCode: '431127' }), allowed: (w) => w.kind === 'business' },
    ...Object.fromEntries(['stages/{stage}/filing', 'stages/{stage}/notice', 'drawing-reviews'].map((op) => [`POST /api/v1/projects/{id}/${op}`, {
      rule: '建设单位本人', targets: () => [{ label: '演示工程项目', params: { id: ctx.projects.project.id, stage: 'constructionPermit' }, region: ctx.projects.project.region, owners: [ctx.projects.project.owner] }],
      body: () => (op === 'drawing-reviews' ? { uploadIds: [randomUUID()] } : op.endsWith('notice') ? { answers: {} } : { form: {} }), allowed: owns,
    }])),
    'POST /api/v1/drawing-reviews/{id}/revision': {
      rule: '建设单位本人', targets: () => [{ label: '联合审图', params: { id: ctx.projects.review }, region: ctx.projects.project.region, owners: [ctx.projects.project.owner] }],
      body: () => ({ uploadIds: [randomUUID()] }), allowed: owns,
    },
    'POST /api/v1/drawing-reviews/{id}/opinions': {
      rule: '参与审图部门的本区划审核人员', targets: () => [{ label: '联合审图', params: { id: ctx.projects.review }, region: ctx.projects.project.region }],
      body: () => ({ verdict: 'pass', opinion: '符合要求' }), allowed: (w, t) => has(w, 'reviewer', 'head', 'inspector') && reaches(w, t) && ['zjj', 'zrzy', 'xfjy'].includes(w.deptCode ?? ''),
    },
    'POST /api/v1/projects/{id}/joint-acceptance': {
      rule: '牵头部门（住建）本区划审核人员', targets: () => [{ label: '演示工程项目', params: { id: ctx.projects.project.id }, region: ctx.projects.project.region }],
      body: () => ({ scheduledFor: '2026-03-25T09:30:00+08:00', place: '项目现场' }), allowed: (w, t) => has(w, 'reviewer', 'head') && reaches(w, t) && w.deptCode === 'zjj',
    },
    'POST /api/v1/joint-acceptances/{id}/findings': {
      rule: '参与验收部门的本区划审核人员', targets: () => [{ label: '联合验收', params: { id: ctx.projects.acceptance }, region: ctx.projects.project.region }],
      body: () => ({ verdict: 'pass', findings: '验收合格' }), allowed: (w, t) => has(w, 'reviewer', 'head', 'inspector') && reaches(w, t) && ['zjj', 'zrzy', 'xfjy'].includes(w.deptCode ?? ''),
    },
    'POST /api/v1/joint-acceptances/{id}/certificate': {
      rule: '牵头部门（住建）本区划审核人员', targets: () => [{ label: '联合验收', params: { id: ctx.projects.acceptance }, region: ctx.projects.project.region }],
      allowed: (w, t) => has(w, 'reviewer', 'head') && reaches(w, t) && w.deptCode === 'zjj',
    },
    'PUT /api/v1/hall/rules': {
      rule: '本区划（或上级）监管人员', targets: () => [{ label: '蓝山县大厅', params: {}, region: '431127' }],
      body: () => ({ region: '431127', maxActive: 3, noShowLimit: 3, noShowWindowDays: 30, blockDays: 30 }), allowed: roleIn('supervisor'),
    },
    'PUT /api/v1/hall/zones/{id}/hours': {
      rule: '本区划（或上级）监管人员', targets: () => [{ label: '蓝山县大厅的分区', params: { id: ctx.hall.zoneId }, region: '431127' }],
      body: () => ({ sessions: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }], slotMinutes: 30, slotCapacity: 4 }), allowed: roleIn('supervisor'),
    },
  };
}

// ---- sending ---------------------------------------------------------------------------------------------------
interface Attempt { op: string; target: string; who: string; status: number; body: string }
const refused2xx: Attempt[] = [];
const counts = new Map<string, { refusedSent: number; refused2xx: number; allowedSent: number; allowed2xx: number; allowedRefusal?: string; targets: string[]; statuses: Map<number, number> }>();
let mutatingOps: string[] = [];

function multipartBody(m: NonNullable<Spec['multipart']>) {
  const boundary = '----banshi-test-boundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="${m.field}"; filename="${m.filename}"\r\nContent-Type: ${m.type}\r\n\r\n${m.content}\r\n--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function send(opKey: string, spec: Spec, target: Target, who: Who, n: number) {
  const [method, path] = opKey.split(' ') as [string, string];
  const url = path.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(target.params[p] ?? randomUUID()));
  const headers: Record<string, string> = { ...(who.username ? sessions.get(who.username)! : {}) };
  let payload: string | undefined;
  if (spec.multipart) {
    const m = multipartBody(spec.multipart);
    payload = m.payload;
    Object.assign(headers, m.headers);
  } else if (spec.body) {
    payload = JSON.stringify(spec.body(target, n));
    headers['content-type'] = 'application/json';
  }
  return t.app.inject({ method: method as 'POST', url, headers, ...(payload !== undefined ? { payload } : {}) });
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-20T16:00:00+08:00', activity: true });

  for (const d of await q<{ id: string; code: string; region_code: string }>('SELECT id, code, region_code FROM departments')) {
    dept.set(d.code, { id: d.id, region: d.region_code.trim() });
    deptById.set(d.id, { code: d.code, region: d.region_code.trim() });
  }
  for (const u of await q<{ id: string; username: string; roles: string[]; kind: string; department_id: string | null; region_code: string | null; uscc: string | null; id_number: string | null }>(
    'SELECT id, username, roles, kind, department_id, region_code, uscc, id_number FROM users',
  )) {
    users.set(u.username, {
      username: u.username, id: u.id, roles: u.roles, kind: u.kind, deptId: u.department_id, deptCode: u.department_id ? deptById.get(u.department_id)?.code : undefined,
      region: u.region_code?.trim(), uscc: u.uscc, idNumber: u.id_number,
    });
  }
  for (const name of ACTORS) if (name) sessions.set(name, await t.as(name));

  // objects the demo activity has none of, made by those who may make them
  const post = async (who: string, url: string, payload: unknown, _status?: number) => {
    const res = await t.app.inject({ method: 'POST', url, headers: { ...sessions.get(who)!, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
    return expectStatus(res, res.statusCode === 201 ? 201 : 200);
  };
  const xiangwei = users.get('xiangwei')!;
  const flag = await post('jianguan', '/api/v1/credit-flags', { uscc: xiangwei.uscc, subjectName: '蓝山县湘味餐饮店', reason: '告知承诺不实' }, 201);
  const flagId = (flag.flag ?? flag).id as string;
  const appeal = await post('xiangwei', `/api/v1/credit-flags/${flagId}/appeals`, { statement: '承诺事项已如实履行，附整改材料' }, 201);
  const plan = await post('jianguan', '/api/v1/inspections/plans', { title: '2026 年食品经营者双随机抽查', departments: [{ code: 'scjg' }], sampling: { kind: 'size', size: 2 } }, 201);
  const [scjgItem] = await q<{ id: string }>("SELECT id FROM service_item_versions WHERE status = 'published' AND department_id = $1 ORDER BY code LIMIT 1", [dept.get('scjg')!.id]);
  const feedback = await post('xiangwei', '/api/v1/guide-feedback', { itemVersionId: scjgItem!.id, step: 'materials', kind: 'wrong', part: 'materials', description: '指南要求的健康证明已取消' }, 201);
  const window = await post('admin', '/api/v1/admin/windows', { code: 'LS-01', name: '综合窗口 1 号', departmentId: dept.get('xzsp')!.id, reason: '大厅改造' }, 201);
  // the hall: a booking of each demo applicant, and a number called at a window
  const zones = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/hall/zones?region=431127' }), 200).zones as Array<{ id: string; windows: Array<{ id: string }> }>;
  const [hallItem] = await q<{ code: string }>("SELECT v.code FROM service_item_versions v JOIN departments d ON d.id = v.department_id WHERE v.status = 'published' AND d.code = 'scjg' ORDER BY v.code LIMIT 1");
  const ownBooking = await post('zhangsan', '/api/v1/hall/appointments', { itemCode: hallItem!.code, day: '2026-03-25', starts: '09:00' }, 201);
  const otherBooking = await post('xiangwei', '/api/v1/hall/appointments', { itemCode: hallItem!.code, day: '2026-03-25', starts: '09:30' }, 201);
  await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: makeIdNumber('431127', '19800101', '999'), zoneId: zones[0]!.id }, 201);
  const hallTicket = await post('chuangkou', `/api/v1/hall/windows/${zones[0]!.windows[0]!.id}/call-next`, null);
  // an item draft of 市场监管局, for the operations on drafts
  const [published] = await q<{ code: string }>("SELECT code FROM service_item_versions WHERE status = 'published' AND department_id = $1 ORDER BY code OFFSET 1 LIMIT 1", [dept.get('scjg')!.id]);
  await post('jianguan', `/api/v1/catalog/items/${published!.code}/drafts`, null, 201);

  apps = await q<AppRow>(
    `SELECT a.id, a.status, a.applicant_user_id, a.submitted_by, trim(a.authority_region) AS authority_region, trim(a.window_region) AS window_region,
            coalesce(array_agg(c.department_id::text ORDER BY c.seq) FILTER (WHERE c.id IS NOT NULL), '{}') AS depts,
            coalesce(min(c.item_code), '') AS item_code
       FROM applications a LEFT JOIN cases c ON c.application_id = a.id GROUP BY a.id ORDER BY a.created_at`,
  );
  cases = await q<CaseRow>('SELECT id, status, department_id, trim(region_code) AS region_code, application_id, item_code FROM cases ORDER BY seq, id');
  const [flagRow] = await q<{ id: string }>('SELECT id FROM credit_flag_appeals LIMIT 1');
  const [projectRow] = await q<{ id: string; region: string; owner: string }>("SELECT id, trim(region_code) AS region, applicant_user_id AS owner FROM construction_projects ORDER BY created_at LIMIT 1");
  const [reviewRow] = await q<{ id: string }>('SELECT id FROM drawing_reviews ORDER BY opened_at LIMIT 1');
  const [acceptanceRow] = await q<{ id: string }>("SELECT id FROM joint_acceptances WHERE status = 'scheduled' LIMIT 1");
  specs = defineSpecs({
    tickets: await q('SELECT id, status, trim(region_code) AS region_code, department_id, requester_user_id FROM tickets ORDER BY created_at'),
    requests: await q('SELECT id, status, trim(region_code) AS region_code, department_id, applicant_user_id FROM disclosure_requests ORDER BY received_at'),
    licences: await q('SELECT id, type, department_id, holder_user_id FROM licences ORDER BY issued_at'),
    handlings: await q('SELECT h.id, h.department_id, trim(h.region_code) AS region_code, h.rater_user_id FROM rating_handlings h WHERE h.rater_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.handling_id = h.id)'),
    ratings: await q('SELECT id, department_id, rater_user_id, level FROM ratings ORDER BY rated_at DESC'),
    rectifications: await q('SELECT id, department_id, status FROM rectifications'),
    appeals: await q('SELECT id, department_id, status FROM rating_appeals'),
    messages: await q('SELECT id, user_id FROM messages WHERE read_at IS NULL ORDER BY created_at'),
    itemVersions: await q("SELECT id, code, status, department_id, trim(region_code) AS region_code FROM service_item_versions WHERE status IN ('draft', 'published') ORDER BY code, version"),
    bundles: await q('SELECT b.code, v.id, v.status FROM bundles b JOIN bundle_versions v ON v.bundle_id = b.id ORDER BY b.code'),
    categories: await q('SELECT code, department_id FROM ticket_categories ORDER BY sort'),
    knowledge: await q('SELECT id, department_id FROM knowledge_entries ORDER BY created_at'),
    inspectors: await q('SELECT id, department_id, user_id FROM inspectors WHERE department_id = $1 ORDER BY user_id NULLS LAST', [dept.get('scjg')!.id]),
    deadlines: await q("SELECT id, department_id, trim(region_code) AS region_code, assignee_id FROM deadlines WHERE status = 'open' ORDER BY due_on NULLS LAST, id"),
    flag: { id: flagId, appealId: flagRow?.id ?? (appeal.id as string) },
    delegations: await q('SELECT id, trim(delegate_region) AS region FROM delegations ORDER BY item_code'),
    plan: (plan.plan ?? plan).id as string,
    feedback: (feedback.feedback ?? feedback).id as string,
    window: (window.window ?? window).id as string,
    hall: {
      zoneId: zones[0]!.id, windowId: zones[0]!.windows[1]!.id, ticketId: hallTicket.id as string, ownBooking: ownBooking.id as string, otherBooking: otherBooking.id as string,
      itemCode: hallItem!.code, owners: { own: users.get('zhangsan')!.id!, other: users.get('xiangwei')!.id! },
    },
    bills: await q("SELECT id, user_id, trim(region_code) AS region_code FROM bills WHERE status = 'unpaid' ORDER BY created_at"),
    projects: { project: projectRow!, review: reviewRow!.id, acceptance: acceptanceRow!.id },
  });

  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  mutatingOps = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${p}`));
  const who = (name: string | null): Who => (name ? users.get(name)! : { username: null, roles: [] });
  const defaultTarget: Target[] = [{ label: '—', params: {} }];
  // session-ending operations last, so that the others run with every actor still signed in
  const order = [...mutatingOps].filter((k) => specs[k]).sort((a, b) => Number(a.includes('/auth/') || a.includes('/admin/staff')) - Number(b.includes('/auth/') || b.includes('/admin/staff')));
  const plan2: Array<[string, Spec, Target[]]> = order.map((k) => [k, specs[k]!, specs[k]!.targets?.() ?? defaultTarget]);
  let n = 0;
  for (const phase of ['refused', 'allowed'] as const) {
    for (const [key, spec, targets] of plan2) {
      const c = counts.get(key) ?? { refusedSent: 0, refused2xx: 0, allowedSent: 0, allowed2xx: 0, targets: targets.map((x) => x.label), statuses: new Map<number, number>() };
      counts.set(key, c);
      for (const target of targets) {
        for (const name of ACTORS) {
          const w = who(name);
          const allowed = spec.allowed(w, target);
          if ((phase === 'refused') === allowed) continue;
          if (phase === 'allowed' && key === 'POST /api/v1/auth/logout' && name) continue; // ending the shared sessions would end the run
          const res = await send(key, spec, target, w, n++);
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          if (phase === 'refused') {
            c.refusedSent++;
            c.statuses.set(res.statusCode, (c.statuses.get(res.statusCode) ?? 0) + 1);
            if (ok) {
              c.refused2xx++;
              refused2xx.push({ op: key, target: target.label, who: name ?? '（未登录）', status: res.statusCode, body: res.body.slice(0, 160) });
            }
          } else {
            c.allowedSent++;
            if (ok) c.allowed2xx++;
            else c.allowedRefusal ??= `${name ?? '（未登录）'} → ${res.statusCode} ${res.body.slice(0, 120)}`;
          }
        }
      }
    }
  }
}, 1_800_000);
afterAll(() => t?.close());

describe('every mutating operation as every role', () => {
  it('declares who may send every mutating operation of the OpenAPI document', () => {
    expect(mutatingOps.length).toBeGreaterThan(90);
    expect(mutatingOps.filter((k) => !specs[k])).toEqual([]);
  });

  it('sends plausible requests: the allowed actors succeed on the operations that matter', () => {
    const table = [...counts.entries()].map(([op, c]) => ({
      op, targets: c.targets.join('、'), rule: specs[op]!.rule, refused: c.refusedSent, 'refused 2xx': c.refused2xx, allowed: c.allowedSent, 'allowed 2xx': c.allowed2xx,
      'refused answers': [...c.statuses.entries()].map(([s, k]) => `${s}×${k}`).join(' '),
    }));
    console.info(`every-role mutations: ${table.reduce((a, r) => a + r.refused, 0)} refused requests, ${table.reduce((a, r) => a + r['refused 2xx'], 0)} answered 2xx\n` +
      table.map((r) => `${r['refused 2xx']}\t${r.refused}\t${r['allowed 2xx']}/${r.allowed}\t${r.op}\t[${r['refused answers']}]\t${r.rule}\t${r.targets}${r['allowed 2xx'] < r.allowed ? `\t(${counts.get(r.op)!.allowedRefusal})` : ''}`).join('\n'));
    // a refusal for a bad body proves nothing: on these, an allowed actor got through with the same request
    for (const op of [
      'POST /api/v1/applications/{id}/accept', 'POST /api/v1/applications/{id}/request-correction', 'POST /api/v1/applications/{id}/refuse', 'PUT /api/v1/applications/{id}/pickup',
      'POST /api/v1/cases/{id}/review', 'POST /api/v1/cases/{id}/decide', 'POST /api/v1/cases/{id}/extend',
      'POST /api/v1/licences', 'POST /api/v1/licences/{id}/suspend', 'POST /api/v1/licences/{id}/revoke', 'POST /api/v1/tickets/{id}/classify',
      'POST /api/v1/disclosure/requests/{id}/answer', 'POST /api/v1/admin/staff/{id}/disable', 'POST /api/v1/ratings/visits',
      'POST /api/v1/calendar/regional-days-off', 'POST /api/v1/guide-feedback/{id}/handle', 'POST /api/v1/inspections/plans/{id}/publish',
    ]) {
      expect(counts.get(op)?.allowed2xx, op).toBeGreaterThan(0);
    }
  });

  it('answers no request the policy refuses with a 2xx', () => {
    expect(refused2xx.map((a) => `${a.op} · ${a.target} · ${a.who} → ${a.status} ${a.body}`)).toEqual([]);
  });
});
