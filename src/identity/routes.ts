import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, maskIdNumber, realNameLevelNames, type AppDeps } from '../core/index.js';
import { requireActor, type Actor } from './actor.js';
import { staffAdminRoutes } from './admin-routes.js';
import { hasDemoData } from './demo-mode.js';
import { phoneRoutes } from './phone-routes.js';
import { handlerRoutes } from './handler-routes.js';
import { oidcRoutes } from './oidc-routes.js';
import { login, logout } from './login.js';
import { SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
import { can } from './policy.js';
import { DemoAccountsResponse, DepartmentListResponse, errors, LoginResponse, OkResponse, RegionListResponse, UserResponse } from './responses.js';
import { roleNames } from './roles.js';
import { DEMO_PASSWORD, demoAccounts } from './seed.js';
import * as store from './store.js';

export { SESSION_COOKIE };

/** The session token of a request: an `Authorization: Bearer` header, else the session cookie. */
export function sessionTokenOf(req: FastifyRequest): string | undefined {
  return req.headers.authorization?.match(/^Bearer (.+)$/)?.[1] ?? req.cookies[SESSION_COOKIE];
}

const LoginBody = z.object({
  username: z.string().trim().min(1).max(64).describe('用户名'),
  password: z.string().min(1).max(256).describe('密码'),
});

export const presentActor = (a: Actor) => ({
  id: a.userId,
  username: a.username,
  name: a.name,
  roles: a.roles,
  roleNames: a.roles.map((r) => roleNames[r].zh),
  kind: a.kind,
  departmentId: a.departmentId,
  regionCode: a.regionCode,
  idNumberMasked: maskIdNumber(a.idNumber),
  uscc: a.uscc,
  orgName: a.orgName,
  realNameLevel: a.realNameLevel ?? null,
  realNameLevelName: a.realNameLevel ? realNameLevelNames[a.realNameLevel].zh : a.kind === 'staff' ? null : '未实名认证',
});

export function identityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/auth/login', { schema: { tags: ['identity'], summary: '登录', body: LoginBody, response: { 200: LoginResponse, ...errors } } }, async (req, reply) => {
    const { token, actor, expiresAt } = await login(deps, req.body.username, req.body.password);
    setSessionCookie(req, reply, deps.config, token);
    return { user: presentActor(actor), expiresAt: expiresAt.toISOString(), token };
  });

  r.post('/api/v1/auth/logout', { schema: { tags: ['identity'], summary: '退出登录', response: { 200: OkResponse, ...errors } } }, async (req, reply) => {
    const token = sessionTokenOf(req);
    if (token) await logout(deps, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/v1/auth/me', { schema: { tags: ['identity'], summary: '当前用户', response: { 200: UserResponse, ...errors } } }, async (req) => presentActor(requireActor(req)));

  // Public, as the government's own list of agencies is: the portal's disclosure and 12345 forms let anyone choose the
  // agency they write to. Staff, windows and staffing of a department are the administrator's (/api/v1/admin/…).
  r.get('/api/v1/departments', {
    schema: { tags: ['identity'], summary: '部门列表（公开：名称、简称、统一社会信用代码、所在行政区划）', description: '无需登录；不含人员、窗口等内部信息', response: { 200: DepartmentListResponse, ...errors } },
  }, async () => {
    const rows = await store.listDepartments(deps.db);
    return { items: rows.map((d) => ({ id: d.id, code: d.code, name: d.name, shortName: d.short_name, uscc: d.uscc, regionCode: d.region_code })) };
  });

  // the login page's list of demo accounts: only on a database seeded with the demo data, never in production mode
  let demo: Promise<boolean> | undefined;
  r.get('/api/v1/auth/demo-accounts', { schema: { tags: ['identity'], summary: '演示账号（仅演示数据库，生产模式不提供）', response: { 200: DemoAccountsResponse, ...errors } } }, async () => {
    demo ??= deps.config.production ? Promise.resolve(false) : hasDemoData(deps.db);
    if (!(await demo)) return { password: null, accounts: [] };
    return {
      password: DEMO_PASSWORD,
      accounts: demoAccounts
        .filter((a) => a.listed)
        .map((a) => ({ username: a.username, name: a.name, note: a.note, roleNames: a.roles.map((x) => roleNames[x].zh), roleNamesEn: a.roles.map((x) => roleNames[x].en) })),
    };
  });

  r.get('/api/v1/regions', { schema: { tags: ['identity'], summary: '行政区划', response: { 200: RegionListResponse, ...errors } } }, async () => {
    const rows = await store.listRegions(deps.db);
    return { items: rows.map((x) => ({ code: x.code, name: x.name, parentCode: x.parent_code, level: x.level })) };
  });

  staffAdminRoutes(app, deps);
  phoneRoutes(app, deps, presentActor);
  handlerRoutes(app, deps);
  oidcRoutes(app, deps, SESSION_COOKIE);
}
