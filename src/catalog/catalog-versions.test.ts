import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getItemVersion, getPublishedItemByCode } from './index.js';

let t: TestApp;
let sup: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  sup = await t.as('jianguan');
});
afterAll(() => t.close());

const draft = (over: Record<string, unknown> = {}) => ({
  code: 'XK00999001',
  name: '犬只养殖登记',
  kind: 'licence',
  departmentCode: 'nyj',
  legalBasis: '《蓝山县养犬管理办法》第八条',
  handling: 'promised',
  legalDays: 20,
  promisedDays: 5,
  place: '蓝山县政务服务中心2楼43号窗口',
  visitsNeeded: 0,
  onlineCapable: true,
  authorisedToWindow: true,
  decidedOnPlatform: true,
  keywords: ['养狗', '犬只'],
  materials: [{ code: 'application', name: '犬只登记申请表', required: true, form: 'original', legalBasis: '《蓝山县养犬管理办法》第八条' }],
  formFields: [{ key: 'applicantName', label: '申请人', element: 'applicantName' }],
  ...over,
});

describe('catalog versions through the API', () => {
  it('lists the seeded county catalog publicly, without login', async () => {
    const res = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items?limit=500' }), 200);
    expect(res.total).toBeGreaterThanOrEqual(60);
    expect(new Set(res.items.map((i: any) => i.department.code)).size).toBeGreaterThanOrEqual(12);
    const bundles = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/bundles' }), 200);
    expect(bundles.items.map((b: any) => b.name)).toEqual(expect.arrayContaining(['开办企业', '开餐饮店', '新生儿出生一件事', '二手房转移登记']));
    const kaiban = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/bundles/kaiban-qiye' }), 200);
    expect(kaiban.members).toHaveLength(6);
    expect(kaiban.promisedHours).toBe(5);
  });

  it('creates a draft, publishes it, refuses edits of the published version, and publishes edits as a new version', async () => {
    const created = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: draft() }), 201);
    expect(created).toMatchObject({ status: 'draft', version: 1, code: 'XK00999001', department: { code: 'nyj' } });
    // a draft is not public
    expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/XK00999001' }), 404);
    expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/catalog/item-versions/${created.versionId}` }), 404);

    const edited = expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${created.versionId}`, headers: sup, payload: draft({ promisedDays: 3 }) }), 200);
    expect(edited.promisedDays).toBe(3);
    const v1 = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${created.versionId}/publish`, headers: sup }), 200);
    expect(v1.status).toBe('published');
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/XK00999001' }), 200).versionId).toBe(v1.versionId);

    const refused = await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${v1.versionId}`, headers: sup, payload: draft({ promisedDays: 1 }) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CATALOG_VERSION_IMMUTABLE');

    const d2 = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK00999001/drafts', headers: sup }), 201);
    expect(d2).toMatchObject({ version: 2, status: 'draft', promisedDays: 3 });
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${d2.versionId}`, headers: sup, payload: draft({ promisedDays: 1, name: '犬只登记' }) }), 200);
    const v2 = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${d2.versionId}/publish`, headers: sup }), 200);
    expect(v2).toMatchObject({ version: 2, status: 'published', promisedDays: 1, name: '犬只登记' });

    // the version an application was filed against stays readable and unchanged
    const old = await getItemVersion(t.db, v1.versionId);
    expect(old).toMatchObject({ status: 'retired', promisedDays: 3, name: '犬只养殖登记' });
    expect((await getPublishedItemByCode(t.db, 'XK00999001'))!.versionId).toBe(v2.versionId);
    const versions = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/XK00999001/versions', headers: sup }), 200);
    expect(versions.items.map((v: any) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'retired']]);
  });

  it('keeps a published version immutable even against a direct UPDATE', async () => {
    const item = (await getPublishedItemByCode(t.db, 'XK00118001'))!;
    await expect(t.db.query(`UPDATE service_item_versions SET name = 'x' WHERE id = $1`, [item.versionId])).rejects.toThrow(/cannot change/);
  });

  it('retires an item so that it is no longer listed, searchable or readable by code', async () => {
    const abolish = { action: 'abolish', basis: '蓝政发〔2026〕3号' };
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK00999001/retire', headers: sup, payload: abolish }), 200);
    expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/XK00999001' }), 404);
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items?department=nyj' }), 200);
    expect(list.items.map((i: any) => i.code)).not.toContain('XK00999001');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK00999001/retire', headers: sup, payload: abolish });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('STREAMLINING_ITEM_NOT_FOUND');
  });

  it('refuses to retire an item a published bundle still uses', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK00119001/retire', headers: sup, payload: { action: 'abolish', basis: '蓝政发〔2026〕3号' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CATALOG_ITEM_IN_USE');
  });

  it('answers bad input with a 4xx and a clear code, changing nothing', async () => {
    const cases: Array<[string, any, number, string]> = [
      ['malformed item code', draft({ code: 'XK123' }), 422, 'CATALOG_INVALID_GUIDE'],
      ['kind code not matching the kind', draft({ code: 'BA00999002' }), 422, 'CATALOG_INVALID_GUIDE'],
      ['unknown department', draft({ code: 'XK00999003', departmentCode: 'nope' }), 422, 'CATALOG_INVALID_GUIDE'],
      ['immediate item promising days', draft({ code: 'XK00999004', handling: 'immediate', promisedDays: 3 }), 422, 'CATALOG_INVALID_GUIDE'],
      ['abolished certificate', draft({ code: 'XK00999005', materials: [{ code: 'single', name: '申请人单身证明', required: true, form: 'original', legalBasis: '无' }] }), 422, 'CATALOG_ABOLISHED_CERTIFICATE'],
      ['missing fields', { code: 'XK00999006' }, 400, 'VALIDATION_FAILED'],
      ['existing code', draft({ code: 'XK00118001' }), 409, 'CATALOG_CODE_TAKEN'],
    ];
    for (const [label, body, status, code] of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: body });
      expect([label, res.statusCode, res.json().code]).toEqual([label, status, code]);
      expect(res.json().message).toMatch(/[\u4e00-\u9fff]/);
    }
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items?department=nyj' }), 200);
    expect(list.items.map((i: any) => i.code).filter((c: string) => c.startsWith('XK00999'))).toEqual([]);
  });

  it('lets only supervisors author the catalog', async () => {
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', payload: draft({ code: 'XK00999007' }) });
    expect(anon.statusCode).toBe(401);
    const clerk = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: await t.as('chuangkou'), payload: draft({ code: 'XK00999007' }) });
    expect(clerk.statusCode).toBe(403);
  });

  it('versions bundles the same way', async () => {
    const d = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/bundles/kai-xiedian/drafts', headers: sup }), 201);
    expect(d).toMatchObject({ status: 'draft', version: 2 });
    const body = { ...d, description: '开鞋店、服装店一件事' };
    for (const k of ['versionId', 'bundleId', 'version', 'status', 'createdAt', 'publishedAt', 'retiredAt']) delete body[k];
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/bundle-versions/${d.versionId}`, headers: sup, payload: body }), 200);
    const p = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/bundle-versions/${d.versionId}/publish`, headers: sup }), 200);
    expect(p).toMatchObject({ status: 'published', version: 2, description: '开鞋店、服装店一件事' });
    const edit = await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/bundle-versions/${d.versionId}`, headers: sup, payload: body });
    expect(edit.json().code).toBe('CATALOG_VERSION_IMMUTABLE');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/bundles', headers: sup, payload: { ...body, code: 'bad-bundle', members: [{ itemCode: 'XK00999999' }] } });
    expect([bad.statusCode, bad.json().code]).toEqual([422, 'CATALOG_INVALID_GUIDE']);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/bundles/kai-xiedian/retire', headers: sup, payload: { action: 'abolish', basis: '蓝政发〔2026〕3号' } }), 200);
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/bundles' }), 200);
    expect(list.items.map((b: any) => b.code)).not.toContain('kai-xiedian');
  });

  it('lets the province’s supervisors define a data element that form fields then bind to', async () => {
    const el = { code: 'petBreed', name: '犬只品种', type: 'enum', options: ['中华田园犬', '柯基', '其他'] };
    // a data element means the same in every region: defined by the province
    expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/data-elements/petBreed', headers: await t.as('sheng-jianguan'), payload: el }), 200);
    const listed = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/data-elements' }), 200).items;
    expect(listed.find((e: any) => e.code === 'petBreed')).toMatchObject({ name: '犬只品种', options: ['中华田园犬', '柯基', '其他'] });
    const item = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: draft({ code: 'XK00999011', formFields: [{ key: 'breed', label: '品种', element: 'petBreed' }] }) }), 201);
    expect(item.formFields[0]).toMatchObject({ element: 'petBreed', required: true });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: draft({ code: 'XK00999012', formFields: [{ key: 'breed', label: '品种', element: 'noSuchElement' }] }) });
    expect(unknown.json().details.issues[0]).toMatchObject({ path: 'formFields.0.element', code: 'UNKNOWN_REFERENCE' });
    const badType = await t.app.inject({ method: 'PUT', url: '/api/v1/catalog/data-elements/petBreed', headers: sup, payload: { ...el, type: 'colour' } });
    expect(badType.statusCode).toBe(400);
  });

  it('serves an OpenAPI document that includes the catalog', async () => {
    const doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
    expect(Object.keys(doc.paths)).toContain('/api/v1/catalog/items');
  });
});
