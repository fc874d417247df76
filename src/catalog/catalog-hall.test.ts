import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getPublishedItemByCode, importCatalog, listAbolishedCertificates } from './index.js';
import { inputOf } from './new-item-draft.js';

/** Issue 10: abolished certificates, and the share of items handled in the hall for real. */
let t: TestApp;
let sup: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  sup = await t.as('jianguan');
});
afterAll(() => t.close());

const stats = async () => expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/statistics/authorised-share', headers: sup }), 200);

describe('authorised share by department', () => {
  it('is computed on the seeded catalog and agrees with the published items', async () => {
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items?limit=500' }), 200).items as any[];
    const byDept = new Map<string, { items: number; fully: number }>();
    for (const i of list) {
      const d = byDept.get(i.department.code) ?? { items: 0, fully: 0 };
      d.items++;
      if (i.authorisedToWindow && i.decidedOnPlatform) d.fully++;
      byDept.set(i.department.code, d);
    }
    const s = await stats();
    expect(s.departments).toHaveLength(byDept.size);
    for (const d of s.departments) {
      const expected = byDept.get(d.department.code)!;
      expect([d.department.code, d.items, d.fully, d.share]).toEqual([d.department.code, expected.items, expected.fully, Math.round((expected.fully / expected.items) * 10000) / 100]);
    }
    const fully = [...byDept.values()].reduce((n, d) => n + d.fully, 0);
    expect(s.overall).toMatchObject({ items: list.length, fully, share: Math.round((fully / list.length) * 10000) / 100 });
    // the demo's 卫健局: 8 items, of which 母婴保健 and 放射诊疗 are not fully in the hall
    expect(s.departments.find((d: any) => d.department.code === 'wjj')).toMatchObject({ items: 8, fully: 6, share: 75 });
  });

  it('moves when a supervisor publishes an item decided outside the hall', async () => {
    const body = {
      code: 'XK00299001', name: '职业健康检查机构备案', kind: 'licence', departmentCode: 'wjj', legalBasis: '《职业健康检查管理办法》第四条',
      handling: 'promised', legalDays: 20, promisedDays: 10, place: '蓝山县卫生健康局', visitsNeeded: 1, onlineCapable: false,
      authorisedToWindow: false, decidedOnPlatform: false,
    };
    const d = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: body }), 201);
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${d.versionId}/publish`, headers: sup }), 200);
    expect((await stats()).departments.find((x: any) => x.department.code === 'wjj')).toMatchObject({ items: 9, fully: 6, share: 66.67 });
  });

  it('is for supervisors and heads, not the public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/catalog/statistics/authorised-share' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/catalog/statistics/authorised-share', headers: await t.as('zhangsan') })).statusCode).toBe(403);
  });
});

describe('abolished certificates', () => {
  it('lists each with how it is satisfied now', async () => {
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/abolished-certificates' }), 200).items as any[];
    expect(list.find((c) => c.name === '单身证明')).toMatchObject({ replacedBy: 'dataCheck' });
    expect(list.find((c) => c.name === '亲属关系证明')).toMatchObject({ replacedBy: 'licenceReuse', licenceType: 'household-register' });
    expect(list.find((c) => c.name === '验资证明')).toMatchObject({ replacedBy: 'commitment' });
  });

  it('cannot be required by a draft, an edit, or a newly published guide', async () => {
    const item = (await getPublishedItemByCode(t.db, 'QR00501001'))!;
    const rest = inputOf(item);
    const input = { ...rest, materials: [...rest.materials, { code: 'kin', name: '双方父母亲属关系证明', required: true, form: 'original', count: 1, legalBasis: '无' }] };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/QR00501001/drafts', headers: sup, payload: input });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CATALOG_ABOLISHED_CERTIFICATE');
    expect(res.json().details.issues[0]).toMatchObject({ path: `materials.${rest.materials.length}.name` });
    expect(res.json().message).toContain('亲属关系证明');
  });

  it('is abolished through the API only once no published guide requires it', async () => {
    // the list holds for every region: the province keeps it
    const province = await t.as('sheng-jianguan');
    const health = { code: 'health-cert', name: '从业人员健康证明', replacedBy: 'dataCheck', how: '通过卫健部门体检信息共享核验', basis: '测试', abolishedOn: '2026-01-01' };
    const refused = await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/abolished-certificates/health-cert', headers: province, payload: health });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'CATALOG_CERTIFICATE_STILL_REQUIRED']);
    expect(refused.json().message).toContain('XK00119001');
    const household = { code: 'household-proof', name: '户籍证明', replacedBy: 'licenceReuse', licenceType: 'household-register', how: '调用电子户口簿', basis: '测试', abolishedOn: '2026-01-01' };
    const ok = expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/abolished-certificates/household-proof', headers: province, payload: household }), 200);
    expect(ok).toMatchObject({ name: '户籍证明', replacedBy: 'licenceReuse' });
    const mismatch = await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/abolished-certificates/other', headers: province, payload: household });
    expect(mismatch.statusCode).toBe(400);
    const clerk = await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/abolished-certificates/household-proof', headers: await t.as('chuangkou'), payload: household });
    expect(clerk.statusCode).toBe(403);
  });

  it('refuses to abolish a certificate that a published guide left out of the file still requires', async () => {
    const before = await listAbolishedCertificates(t.db);
    const doc = {
      abolishedCertificates: [
        { code: 'health-cert', name: '从业人员健康证明', replacedBy: 'dataCheck', how: '通过卫健部门体检信息共享核验', basis: '测试', abolishedOn: '2026-01-01' },
      ],
    };
    const err = await importCatalog({ db: t.db, clock: t.clock }, null, doc).catch((e) => e);
    expect(err.code).toBe('CATALOG_IMPORT_INVALID');
    expect(err.details.errors[0]).toMatchObject({ sheet: 'abolishedCertificates', row: 1, column: 'name' });
    expect(err.details.errors[0].message).toContain('XK00119001');
    expect(await listAbolishedCertificates(t.db)).toEqual(before);
  });
});
