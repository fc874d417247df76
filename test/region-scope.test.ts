import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministrator } from '../src/identity/index.js';
import { createTestApp, expectStatus, type TestApp } from './helpers/app.js';
import { multipart } from './helpers/files.js';

/**
 * Tickets, disclosure requests, window ratings, the catalog, licences and settings are bounded by the region they
 * belong to, like applications.
 */
let t: TestApp;
let dept: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  dept = Object.fromEntries(expectStatus(await t.app.inject({ url: '/api/v1/departments' }), 200).items.map((d: { code: string; id: string }) => [d.code, d.id]));
});
afterAll(() => t.close());

const call = async (user: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: await t.as(user), ...(payload ? { payload } : {}) });
const ids = (body: { items: Array<{ id: string }> }) => body.items.map((x) => x.id);

describe('a 12345 ticket of 蓝山', () => {
  it('is invisible to the 湘阴 operators, and out of their reach, while 蓝山 handles it', async () => {
    const created = expectStatus(await call('zhangsan', 'POST', '/api/v1/tickets', { kind: 'complaint', title: '路灯不亮', content: '塔峰镇舜源路的路灯已经坏了一个星期，晚上出行很不安全。' }), 201);
    const id = created.ticket.id;
    expect(ids(expectStatus(await call('chuangkou', 'GET', '/api/v1/tickets'), 200))).toContain(id);
    expect(ids(expectStatus(await call('xiangyin-chuangkou', 'GET', '/api/v1/tickets'), 200))).not.toContain(id);
    expect((await call('xiangyin-chuangkou', 'GET', `/api/v1/tickets/${id}`)).statusCode).toBe(404);
    const classify = await call('xiangyin-chuangkou', 'POST', `/api/v1/tickets/${id}/classify`, { categoryCode: 'housing' });
    expect(classify.statusCode).toBe(404);
    expect(expectStatus(await call('chuangkou', 'GET', `/api/v1/tickets/${id}`), 200).status).toBe('registered');
    expect(ids(expectStatus(await call('sheng-jianguan', 'GET', '/api/v1/tickets'), 200))).toContain(id);
  });
});

describe('a disclosure request to a 蓝山 agency', () => {
  it('is read by the 蓝山 supervisor and the province, not by the 湘阴 supervisor', async () => {
    const r = expectStatus(await call('zhangsan', 'POST', '/api/v1/disclosure/requests', { description: '2025 年蓝山县城区路灯维护经费的使用情况', format: 'electronic', delivery: 'online', phone: '13807461234' }), 201);
    expect(ids(expectStatus(await call('jianguan', 'GET', '/api/v1/disclosure/requests'), 200))).toContain(r.id);
    expect(ids(expectStatus(await call('sheng-jianguan', 'GET', '/api/v1/disclosure/requests'), 200))).toContain(r.id);
    const other = expectStatus(await call('xiangyin-jianguan', 'GET', '/api/v1/disclosure/requests'), 200);
    expect(ids(other)).not.toContain(r.id);
    expect(other.summary.total).toBe(0);
    expect((await call('xiangyin-jianguan', 'GET', `/api/v1/disclosure/requests/${r.id}`)).statusCode).toBe(404);
  });
});

describe('window ratings (一次一评)', () => {
  it('are recorded by a window only for the departments of its region', async () => {
    expect((await call('xiangyin-chuangkou', 'POST', '/api/v1/ratings/visits', { itemName: '食品经营许可', departmentId: dept.scjg })).statusCode).toBe(404);
    expectStatus(await call('xiangyin-chuangkou', 'POST', '/api/v1/ratings/visits', { itemName: '食品经营许可', departmentId: dept['xy-scjg'] }), 200);
    expectStatus(await call('chuangkou', 'POST', '/api/v1/ratings/visits', { itemName: '食品经营许可', departmentId: dept.scjg }), 200);
  });
});

describe('what the bureau of one county configures for its own region', () => {
  it('keeps regional days off, catalog items, signing keys, inspector conflicts and ticket categories to the region that owns them', async () => {
    // a day off in 蓝山 is set by 蓝山 (or above), not by 湘阴
    const dayOff = { regionCode: '431127', date: '2026-06-15', name: '蓝山县地方假日' };
    const other = await call('xiangyin-jianguan', 'POST', '/api/v1/calendar/regional-days-off', dayOff);
    expect(expectStatus(other, 403).code).toBe('CALENDAR_REGION_OUT_OF_SCOPE');
    expect((await call('xiangyin-jianguan', 'POST', '/api/v1/calendar/regional-days-off', { ...dayOff, regionCode: '430624' })).statusCode).toBe(200);
    expect((await call('jianguan', 'POST', '/api/v1/calendar/regional-days-off', dayOff)).statusCode).toBe(200);
    expect(expectStatus(await call('xiangyin-jianguan', 'DELETE', '/api/v1/calendar/regional-days-off/431127/2026-06-15'), 403).code).toBe('CALENDAR_REGION_OUT_OF_SCOPE');

    // 蓝山's items: a 湘阴 supervisor can neither draft, publish nor retire them
    const item = expectStatus(await call('jianguan', 'GET', '/api/v1/catalog/items?limit=1'), 200).items[0];
    const draft = await call('xiangyin-jianguan', 'POST', `/api/v1/catalog/items/${item.code}/drafts`);
    expect(expectStatus(draft, 403).code).toBe('CATALOG_REGION_OUT_OF_SCOPE');
    expect((await call('xiangyin-jianguan', 'POST', `/api/v1/catalog/items/${item.code}/retire`, { action: 'abolish', basis: '湘政发〔2026〕1号' })).statusCode).toBe(403);
    const own = expectStatus(await call('jianguan', 'POST', `/api/v1/catalog/items/${item.code}/drafts`), 201);
    expect((await call('xiangyin-jianguan', 'POST', `/api/v1/catalog/item-versions/${own.versionId}/publish`)).statusCode).toBe(403);
    expect(expectStatus(await call('xiangyin-jianguan', 'GET', `/api/v1/catalog/items/${item.code}/versions`), 200).items.length).toBeGreaterThan(0);

    // 蓝山's administrator rotates 蓝山's keys, not 湘阴's
    expect((await call('admin', 'POST', '/api/v1/signing-keys/rotate', { departmentId: dept['xy-scjg'] })).statusCode).toBe(404);
    expect((await call('admin', 'POST', '/api/v1/signing-keys/rotate', { departmentId: dept.scjg })).statusCode).toBe(200);

    // a 蓝山 inspector's conflicts are recorded by 蓝山's supervisors (or the inspector)
    const inspectors = expectStatus(await call('jianguan', 'GET', '/api/v1/inspections/inspectors'), 200).items;
    const conflict = { uscc: '92431127MA4QXW3392', reason: '亲属关系' };
    expect((await call('xiangyin-jianguan', 'POST', `/api/v1/inspections/inspectors/${inspectors[0].id}/conflicts`, conflict)).statusCode).toBe(404);
    expect((await call('jianguan', 'POST', `/api/v1/inspections/inspectors/${inspectors[0].id}/conflicts`, conflict)).statusCode).toBe(200);

    // 蓝山's 12345 categories route calls to 蓝山's departments: 湘阴 can neither change them nor point them elsewhere
    const category = { name: '市场监管', departmentId: dept['xy-scjg'], workingDays: 5 };
    expect(expectStatus(await call('xiangyin-jianguan', 'PUT', '/api/v1/tickets/categories/market', category), 403).code).toBe('TICKET_CATEGORY_OUT_OF_REGION');
    expect((await call('jianguan', 'PUT', '/api/v1/tickets/categories/market', category)).statusCode).toBe(403);
    expect((await call('jianguan', 'PUT', '/api/v1/tickets/categories/market', { ...category, departmentId: dept.scjg })).statusCode).toBe(200);
  });
});

describe('bulk catalog import, licence management and the platform-wide settings', () => {
  const importFile = async (user: string, doc: unknown) => {
    const body = multipart(Buffer.from(JSON.stringify(doc)), 'catalog.json', 'application/json');
    return t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...(await t.as(user)), ...body.headers }, payload: body.payload });
  };

  it('imports a 蓝山 item only from 蓝山 or above, and shared data elements only from the province', async () => {
    const exported = expectStatus(await t.app.inject({ url: '/api/v1/catalog/export?format=json' }), 200);
    const item = exported.items.find((i: { departmentCode: string }) => i.departmentCode === 'scjg');
    const changed = { items: [{ ...item, phone: '0746-2219999' }] };
    const other = await importFile('xiangyin-jianguan', changed);
    expect(other.statusCode).toBe(422);
    expect(JSON.stringify(other.json())).toContain('不在您的管辖区划内');
    expect(expectStatus(await t.app.inject({ url: `/api/v1/catalog/items/${item.code}` }), 200).phone).not.toBe('0746-2219999');
    expect(expectStatus(await importFile('jianguan', changed), 200).items.updated).toBe(1);

    // a data element means the same in every region: a county cannot redefine it, the province can
    const element = { ...exported.dataElements[0], name: `${exported.dataElements[0].name}（修订）` };
    expect(expectStatus(await importFile('jianguan', { dataElements: [element] }), 403).code).toBe('SETTING_REGION_OUT_OF_SCOPE');
    expect((await call('jianguan', 'PUT', `/api/v1/catalog/data-elements/${element.code}`, element)).statusCode).toBe(403);
    // the whole exported catalog, unchanged, is still the county's to import
    expect((await importFile('jianguan', { dataElements: exported.dataElements, items: [] })).statusCode).toBe(200);
    expectStatus(await importFile('sheng-jianguan', { dataElements: [element] }), 200);
  });

  it('lets an administrator suspend only the licences of issuing departments in their region tree', async () => {
    await createAdministrator(t, { username: 'xiangyin-admin', name: '湘阴管理', password: 'Xiangyin#Admin2026', regionCode: '430624', departmentCode: 'xy-xzsp' });
    const login = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xiangyin-admin', password: 'Xiangyin#Admin2026' } }), 200);
    const xiangyin = { authorization: `Bearer ${login.token as string}` };
    const licence = expectStatus(await call('admin', 'GET', '/api/v1/licences?pageSize=1'), 200).items[0];
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/licences/${licence.id}/suspend`, headers: xiangyin, payload: { reason: '依法暂停' } });
    expect(expectStatus(refused, 403).code).toBe('LICENCE_REGION_OUT_OF_SCOPE');
    expect(expectStatus(await call('admin', 'GET', `/api/v1/licences/${licence.id}`), 200).status).toBe(licence.status);
    expectStatus(await call('admin', 'POST', `/api/v1/licences/${licence.id}/suspend`, { reason: '依法暂停' }), 200);
  });

  it('keeps the yellow-card rule and the rating deadlines, which every region lives by, to the province', async () => {
    const rule = { minDays: 2, fraction: 0.2 };
    for (const user of ['jianguan', 'admin', 'xiangyin-jianguan']) {
      expect(expectStatus(await call(user, 'PUT', '/api/v1/supervision/settings/yellow-rule', rule), 403).code).toBe('SETTING_REGION_OUT_OF_SCOPE');
      expect(expectStatus(await call(user, 'PUT', '/api/v1/ratings/settings', { editHours: 48 }), 403).message).toContain('省级');
    }
    expectStatus(await call('sheng-jianguan', 'PUT', '/api/v1/supervision/settings/yellow-rule', rule), 200);
    expect(expectStatus(await call('sheng-jianguan', 'PUT', '/api/v1/ratings/settings', { editHours: 48 }), 200).editHours).toBe(48);
  });
});
