import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { buildApp } from '../http/index.js';
import { createAdministrator, departmentByCode, userByUsername } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  // a second county's administrator, as `banshi admin create` makes one
  await createAdministrator(t, { username: 'xy-admin', name: '湘阴管理员', password: 'Xiangyin#Admin1', regionCode: '430624' });
});
afterAll(() => t.close());

const call = async (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: await t.as(user), ...(payload ? { payload } : {}) });
async function asXiangyin() {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xy-admin', password: 'Xiangyin#Admin1' } });
  return { authorization: `Bearer ${expectStatus(res, 200).token as string}` };
}

describe('who may administer staff', () => {
  it('answers 403 to anyone who is not an administrator, and changes nothing', async () => {
    const scjg = (await departmentByCode(t.db, 'scjg'))!;
    for (const user of ['jianguan', 'scjg-kezhang', 'chuangkou', 'zhangsan']) {
      expect(expectStatus(await call(user, 'GET', '/api/v1/admin/staff'), 403).code).toBe('FORBIDDEN');
      const res = await call(user, 'POST', '/api/v1/admin/staff', { username: `x-${user}`, name: '某某', password: 'Another#Pass1', roles: ['reviewer'], departmentId: scjg.id, reason: '试图越权' });
      expect(res.statusCode).toBe(403);
    }
    const target = (await userByUsername(t.db, 'scjg-shenhe'))!;
    expect((await call('scjg-kezhang', 'POST', `/api/v1/admin/staff/${target.id}/disable`, { reason: '越权停用' })).statusCode).toBe(403);
    expect((await userByUsername(t.db, 'scjg-shenhe'))!.disabled_at).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/staff' })).statusCode).toBe(401);
  });

  it('keeps an administrator to their own region’s tree', async () => {
    const xy = await asXiangyin();
    // 湘阴's administrator sees only 湘阴's staff, and cannot touch 蓝山's
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/admin/staff', headers: xy }), 200);
    expect(list.items.map((u: { username: string }) => u.username).sort()).toEqual(['xiangyin-chuangkou', 'xiangyin-jianguan', 'xiangyin-shenhe', 'xy-admin']);
    const lanshan = (await userByUsername(t.db, 'scjg-shenhe'))!;
    for (const [method, url, payload] of [
      ['GET', `/api/v1/admin/staff/${lanshan.id}`, undefined],
      ['POST', `/api/v1/admin/staff/${lanshan.id}/disable`, { reason: '跨区划停用' }],
      ['POST', `/api/v1/admin/staff/${lanshan.id}/reset-password`, { password: 'Stolen#Pass123', reason: '跨区划重置' }],
      ['POST', `/api/v1/admin/staff/${lanshan.id}/sign-out`, { reason: '跨区划下线' }],
      ['PATCH', `/api/v1/admin/staff/${lanshan.id}`, { roles: ['admin'], reason: '跨区划提权' }],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: xy, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json()).toMatchObject({ code: 'REGION_OUT_OF_SCOPE', message: '只能管理本行政区划（430624）及其下级的部门、窗口和人员' });
    }
    const after = (await userByUsername(t.db, 'scjg-shenhe'))!;
    expect(after.disabled_at).toBeNull();
    expect(after.roles).toEqual(['reviewer']);
    expect(after.password_hash).toBe(lanshan.password_hash);

    // 蓝山's administrator cannot create staff in 湘阴's department either
    const xyBureau = (await departmentByCode(t.db, 'xy-xzsp'))!;
    const res = await call('admin', 'POST', '/api/v1/admin/staff', { username: 'xy-new', name: '某某', password: 'Another#Pass1', roles: ['clerk'], departmentId: xyBureau.id, reason: '跨区划新建' });
    expect(expectStatus(res, 403).code).toBe('REGION_OUT_OF_SCOPE');
    expect(await userByUsername(t.db, 'xy-new')).toBeUndefined();
  });
});

describe('passwords', () => {
  it('never appear in responses, the audit log or the server log', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    const logged = await buildApp({ db: t.db, clock: t.clock, config: t.config }, { logger: { level: 'trace', stream } as { level: string }, serveWeb: false });
    const headers = await t.as('admin');
    const wjj = (await departmentByCode(t.db, 'wjj'))!;
    const secrets = ['Weijian#Start2026', 'Weijian#Reset2026', 'short1A!'];
    const inject = (method: 'POST' | 'GET', url: string, payload?: Record<string, unknown>) => logged.inject({ method, url, headers, ...(payload ? { payload } : {}) });

    const weak = expectStatus(await inject('POST', '/api/v1/admin/staff', { username: 'wjj-li', name: '李卫健', password: secrets[2], roles: ['reviewer'], departmentId: wjj.id, reason: '新入职' }), 400);
    expect(weak).toMatchObject({ code: 'WEAK_PASSWORD', message: '密码不符合要求：至少 10 个字符' });
    const created = expectStatus(await inject('POST', '/api/v1/admin/staff', { username: 'wjj-li', name: '李卫健', password: secrets[0], roles: ['reviewer'], departmentId: wjj.id, reason: '新入职' }), 201);
    const login = await logged.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wjj-li', password: secrets[0] } });
    const session = { authorization: `Bearer ${expectStatus(login, 200).token as string}` };
    const reset = expectStatus(await inject('POST', `/api/v1/admin/staff/${created.id}/reset-password`, { password: secrets[1], reason: '本人遗忘密码' }), 200);
    expect(reset).toEqual({ sessionsEnded: 1 });
    // the reset ended the old session; the old password no longer works, the new one does
    expect((await logged.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session })).statusCode).toBe(401);
    expect((await logged.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wjj-li', password: secrets[0] } })).statusCode).toBe(401);
    expect((await logged.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wjj-li', password: secrets[1] } })).statusCode).toBe(200);
    const out = [JSON.stringify(created), JSON.stringify(reset), (await inject('GET', `/api/v1/admin/staff/${created.id}`)).body, (await inject('GET', '/api/v1/admin/staff')).body];
    await logged.close();

    const hash = (await userByUsername(t.db, 'wjj-li'))!.password_hash;
    const audit = (await t.db.query<{ body: string }>(`SELECT body FROM audit_entries WHERE chain = $1`, [`staff:${created.id}`])).map((r) => r.body);
    expect(audit).toHaveLength(2);
    expect(lines.length).toBeGreaterThan(5);
    for (const text of [...out, ...audit, ...lines]) {
      for (const s of [...secrets, hash, 'scrypt$']) expect(text).not.toContain(s);
    }
  });

  it('are each hashed with their own salt in the demo data, though the demo password is one text', async () => {
    const rows = await t.db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = ANY($1)`, [['chuangkou', 'scjg-shenhe', 'cgj-shenhe', 'admin']]);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(4);
  });
});

describe('force sign-out', () => {
  it('ends every session of the account, with the reason in its history', async () => {
    const headers = await t.as('jtj-shenhe');
    const user = (await userByUsername(t.db, 'jtj-shenhe'))!;
    const out = expectStatus(await call('admin', 'POST', `/api/v1/admin/staff/${user.id}/sign-out`, { reason: '电脑遗失，强制下线' }), 200);
    expect(out.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    const detail = expectStatus(await call('admin', 'GET', `/api/v1/admin/staff/${user.id}`), 200);
    expect(detail.history.at(-1)).toMatchObject({ actionName: '强制下线', actorName: '系统管理员', reason: '电脑遗失，强制下线' });
  });

  it('refuses a reason left empty, with a field-level 400 and no change', async () => {
    const user = (await userByUsername(t.db, 'jtj-shenhe'))!;
    const res = await call('admin', 'POST', `/api/v1/admin/staff/${user.id}/disable`, { reason: '' });
    expect(expectStatus(res, 400).details.issues.map((i: { path: string }) => i.path)).toEqual(['reason']);
    expect((await userByUsername(t.db, 'jtj-shenhe'))!.disabled_at).toBeNull();
  });
});

describe('a department with no active reviewer', () => {
  it('is flagged on the dashboard and cannot publish new versions of its items until a reviewer is back', async () => {
    const slj = (await departmentByCode(t.db, 'slj'))!;
    const reviewer = (await userByUsername(t.db, 'slj-shenhe'))!;
    const before = expectStatus(await call('jianguan', 'GET', '/api/v1/supervision/dashboard'), 200);
    expect(before.staffingGaps).toEqual([]);
    expectStatus(await call('admin', 'POST', `/api/v1/admin/staff/${reviewer.id}/disable`, { reason: '退休' }), 200);

    const after = expectStatus(await call('jianguan', 'GET', '/api/v1/supervision/dashboard'), 200);
    expect(after.staffingGaps).toEqual([{ departmentId: slj.id, name: '蓝山县水利局' }]);
    // another county's supervisor is shown their own county's gaps only
    expect(expectStatus(await call('xiangyin-jianguan', 'GET', '/api/v1/supervision/dashboard'), 200).staffingGaps).toEqual([]);
    const departments = expectStatus(await call('admin', 'GET', '/api/v1/admin/departments'), 200);
    expect(departments.items.find((d: { id: string }) => d.id === slj.id)).toMatchObject({ activeReviewers: 0, activeHeads: 1 });

    const [item] = await t.db.query<{ code: string }>(`SELECT code FROM service_item_versions WHERE department_id = $1 AND status = 'published' ORDER BY code LIMIT 1`, [slj.id]);
    const draft = expectStatus(await call('jianguan', 'POST', `/api/v1/catalog/items/${item!.code}/drafts`), 201);
    const refused = await call('jianguan', 'POST', `/api/v1/catalog/item-versions/${draft.versionId}/publish`, { reason: '更新办事指南' });
    expect(expectStatus(refused, 409)).toMatchObject({ code: 'CATALOG_DEPARTMENT_UNSTAFFED', message: expect.stringContaining('蓝山县水利局目前没有在岗的审核人员') });

    expectStatus(await call('admin', 'POST', `/api/v1/admin/staff/${reviewer.id}/enable`, { reason: '返聘' }), 200);
    expect(expectStatus(await call('jianguan', 'GET', '/api/v1/supervision/dashboard'), 200).staffingGaps).toEqual([]);
    expectStatus(await call('jianguan', 'POST', `/api/v1/catalog/item-versions/${draft.versionId}/publish`, { reason: '更新办事指南' }), 200);
  });
});

describe('the demo accounts on the login page', () => {
  it('are offered by a server on the demo data, and not in production mode', async () => {
    const demo = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' }), 200);
    expect(demo.accounts.map((a: { username: string }) => a.username)).toEqual(expect.arrayContaining(['zhangsan', 'chuangkou', 'cgj-shenhe', 'admin']));
    const production = await buildApp({ db: t.db, clock: t.clock, config: { ...t.config, production: true } }, { serveWeb: false });
    const none = expectStatus(await production.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' }), 200);
    await production.close();
    expect(none).toEqual({ password: null, accounts: [] });
  });
});
