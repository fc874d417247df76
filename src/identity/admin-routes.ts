import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../core/index.js';
import { requireActor } from './actor.js';
import { createStaff } from './create-staff.js';
import { disableStaff } from './disable-staff.js';
import { editStaff } from './edit-staff.js';
import { enableStaff } from './enable-staff.js';
import { managedDepartment, managedStaff, STAFF_ROLES } from './managed.js';
import { requireAdministrator } from './policy.js';
import { DepartmentOut, HandedOverOut, presentDepartment, presentStaff, presentWindow, StaffOut, WindowOut } from './present-staff.js';
import { regionPrefix } from './regions.js';
import { resetStaffPassword } from './reset-staff-password.js';
import { createDepartment, editDepartment } from './save-department.js';
import { createWindow, editWindow } from './save-window.js';
import { signOutStaff } from './sign-out-staff.js';
import { staffChain, departmentChain, staffHistory } from './staff-audit.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

const tags = ['staff administration'];
const Id = z.object({ id: z.uuid() });
const Reason = z.string().trim().min(2).max(500).describe('理由（记入审计日志）');
const Password = z.string().min(1).max(256).describe('新密码（不回显、不记录）');
const Role = z.enum(STAFF_ROLES as [string, ...string[]]);
const Username = z.string().trim().regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名须以小写字母开头，3–32 位小写字母、数字、点、下划线或连字符');
const Phone = z.string().trim().regex(/^1\d{10}$/, '请输入 11 位手机号码').nullable();

const StaffQuery = z.object({
  departmentId: z.uuid().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  role: Role.optional(),
  q: z.string().trim().min(1).max(50).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
const CreateStaffBody = z.object({
  username: Username,
  name: z.string().trim().min(1).max(50),
  password: Password,
  roles: z.array(Role).min(1).max(8),
  departmentId: z.uuid(),
  regionCode: z.string().regex(/^[1-9]\d{5}$/).optional(),
  windowId: z.uuid().nullable().optional(),
  phone: Phone.optional(),
  reason: Reason,
});
const EditStaffBody = z.object({
  name: z.string().trim().min(1).max(50).optional(),
  roles: z.array(Role).min(1).max(8).optional(),
  departmentId: z.uuid().optional(),
  windowId: z.uuid().nullable().optional(),
  phone: Phone.optional(),
  reason: Reason,
});
const DepartmentBody = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9-]{1,31}$/, '部门编码须为小写字母、数字或连字符'),
  name: z.string().trim().min(2).max(100),
  shortName: z.string().trim().min(1).max(30),
  uscc: z.string().trim().length(18).nullable().optional(),
  regionCode: z.string().regex(/^[1-9]\d{5}$/),
  reason: Reason,
});
const WindowBody = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, '窗口编号须为字母、数字或连字符'),
  name: z.string().trim().min(1).max(50),
  departmentId: z.uuid(),
  location: z.string().trim().max(100).nullable().optional(),
  reason: Reason,
});
/** 发文代字: Chinese characters only, as printed before 受字〔2026〕第1号; null returns to the derived one. */
const DocumentPrefix = z.string().trim().regex(/^[\u4e00-\u9fa5]{2,12}$/, '发文代字须为 2–12 个汉字（如：蓝审批服务）').nullable().describe('发文代字（文书编号前缀），null 恢复按行政区划与简称生成');
const History = z.array(z.object({ seq: z.number(), at: z.string(), action: z.string(), actionName: z.string(), actorName: z.string(), reason: z.string().nullable() }));
const Sessions = z.object({ sessionsEnded: z.number().int() });

/** 系统管理: the administrator's departments, windows and staff accounts, within their own region's tree. */
export function staffAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = (req: FastifyRequest) => requireAdministrator(requireActor(req));
  const nameOf = async (id: string) => (await store.userById(deps.db, id))?.name;

  r.get('/api/v1/admin/staff', { schema: { tags, summary: '工作人员账号（本行政区划及下级）', querystring: StaffQuery, response: { 200: z.object({ items: z.array(StaffOut) }) } } }, async (req) => {
    const a = admin(req);
    const rows = await staffStore.listStaff(deps.db, { regionPrefix: regionPrefix(a.regionCode), ...req.query, role: req.query.role as never });
    return { items: rows.map(presentStaff) };
  });

  r.post('/api/v1/admin/staff', { schema: { tags, summary: '新建工作人员账号', body: CreateStaffBody, response: { 201: StaffOut } } }, async (req, reply) => {
    const staff = await createStaff(deps, admin(req), req.body);
    reply.status(201);
    return presentStaff(staff);
  });

  r.get('/api/v1/admin/staff/:id', { schema: { tags, summary: '工作人员账号及其变更记录', params: Id, response: { 200: StaffOut.extend({ history: History }) } } }, async (req) => {
    const u = await managedStaff(deps.db, admin(req), req.params.id);
    return { ...presentStaff(u), history: await staffHistory(deps.db, staffChain(u.id), nameOf) };
  });

  r.patch('/api/v1/admin/staff/:id', { schema: { tags, summary: '修改姓名、角色、部门或窗口', params: Id, body: EditStaffBody, response: { 200: z.object({ staff: StaffOut, handedOver: z.array(HandedOverOut) }) } } }, async (req) => {
    const { staff, handedOver } = await editStaff(deps, admin(req), req.params.id, req.body);
    return { staff: presentStaff(staff), handedOver };
  });

  r.post(
    '/api/v1/admin/staff/:id/disable',
    {
      schema: {
        tags,
        summary: '停用账号：立即下线，在办件移交同事或部门待办',
        params: Id,
        body: z.object({ reason: Reason, successorId: z.uuid().nullable().optional().describe('接手人；不填则退回部门待办') }),
        response: { 200: z.object({ staff: StaffOut, sessionsEnded: z.number().int(), handedOver: z.array(HandedOverOut) }) },
      },
    },
    async (req) => {
      const out = await disableStaff(deps, admin(req), req.params.id, req.body);
      return { ...out, staff: presentStaff(out.staff) };
    },
  );

  r.post('/api/v1/admin/staff/:id/enable', { schema: { tags, summary: '恢复已停用的账号', params: Id, body: z.object({ reason: Reason }), response: { 200: StaffOut } } }, async (req) =>
    presentStaff(await enableStaff(deps, admin(req), req.params.id, req.body)),
  );
  r.post('/api/v1/admin/staff/:id/reset-password', { schema: { tags, summary: '重置密码（原会话全部结束）', params: Id, body: z.object({ password: Password, reason: Reason }), response: { 200: Sessions } } }, async (req) =>
    resetStaffPassword(deps, admin(req), req.params.id, req.body),
  );
  r.post('/api/v1/admin/staff/:id/sign-out', { schema: { tags, summary: '强制下线（结束全部会话）', params: Id, body: z.object({ reason: Reason }), response: { 200: Sessions } } }, async (req) =>
    signOutStaff(deps, admin(req), req.params.id, req.body),
  );

  const departmentCounts = async (ids: string[]) => {
    const [reviewers, heads] = [await staffStore.activeCountsByDepartment(deps.db, ids, 'reviewer'), await staffStore.activeCountsByDepartment(deps.db, ids, 'head')];
    return (id: string) => ({ reviewers: reviewers.get(id) ?? 0, heads: heads.get(id) ?? 0 });
  };

  r.get('/api/v1/admin/departments', { schema: { tags, summary: '部门（本行政区划及下级），含在岗审核人员和负责人数', response: { 200: z.object({ items: z.array(DepartmentOut) }) } } }, async (req) => {
    const a = admin(req);
    const rows = (await store.listDepartments(deps.db)).filter((d) => d.region_code.startsWith(regionPrefix(a.regionCode)));
    const counts = await departmentCounts(rows.map((d) => d.id));
    return { items: rows.map((d) => presentDepartment(d, counts(d.id))) };
  });
  r.post('/api/v1/admin/departments', { schema: { tags, summary: '新增部门', body: DepartmentBody, response: { 201: DepartmentOut } } }, async (req, reply) => {
    const d = await createDepartment(deps, admin(req), req.body);
    reply.status(201);
    return presentDepartment(d, { reviewers: 0, heads: 0 });
  });
  r.get('/api/v1/admin/departments/:id', { schema: { tags, summary: '部门及其变更记录', params: Id, response: { 200: DepartmentOut.extend({ history: History }) } } }, async (req) => {
    const d = await managedDepartment(deps.db, admin(req), req.params.id);
    return { ...presentDepartment(d, (await departmentCounts([d.id]))(d.id)), history: await staffHistory(deps.db, departmentChain(d.id), nameOf) };
  });
  r.patch(
    '/api/v1/admin/departments/:id',
    { schema: { tags, summary: '修改部门名称、简称、信用代码或发文代字', params: Id, body: DepartmentBody.pick({ name: true, shortName: true, uscc: true }).partial().extend({ documentPrefix: DocumentPrefix.optional(), reason: Reason }), response: { 200: DepartmentOut } } },
    async (req) => {
      const d = await editDepartment(deps, admin(req), req.params.id, req.body);
      return presentDepartment(d, (await departmentCounts([d.id]))(d.id));
    },
  );

  r.get('/api/v1/admin/windows', { schema: { tags, summary: '窗口（本行政区划及下级）', querystring: z.object({ departmentId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(WindowOut) }) } } }, async (req) => {
    const a = admin(req);
    return { items: (await staffStore.listWindows(deps.db, regionPrefix(a.regionCode), req.query.departmentId)).map(presentWindow) };
  });
  r.post('/api/v1/admin/windows', { schema: { tags, summary: '新增窗口', body: WindowBody, response: { 201: WindowOut } } }, async (req, reply) => {
    const w = await createWindow(deps, admin(req), req.body);
    reply.status(201);
    return presentWindow(w);
  });
  r.patch(
    '/api/v1/admin/windows/:id',
    { schema: { tags, summary: '修改或关闭窗口', params: Id, body: WindowBody.omit({ code: true }).partial().extend({ active: z.boolean().optional(), reason: Reason }), response: { 200: WindowOut } } },
    async (req) => presentWindow(await editWindow(deps, admin(req), req.params.id, req.body)),
  );
}
