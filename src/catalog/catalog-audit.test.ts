import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';

let t: TestApp;
let sup: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  sup = await t.as('jianguan');
});
afterAll(() => t.close());

const item = (over: Record<string, unknown> = {}) => ({
  code: 'XK00999003',
  name: '犬只免疫登记',
  kind: 'licence',
  departmentCode: 'nyj',
  legalBasis: '《蓝山县养犬管理办法》第九条',
  handling: 'promised',
  legalDays: 20,
  promisedDays: 5,
  place: '蓝山县政务服务中心2楼43号窗口',
  visitsNeeded: 0,
  onlineCapable: true,
  authorisedToWindow: true,
  decidedOnPlatform: true,
  keywords: ['养狗', '免疫'],
  materials: [{ code: 'application', name: '犬只免疫登记表', required: true, form: 'original', legalBasis: '《蓝山县养犬管理办法》第九条' }],
  formFields: [{ key: 'applicantName', label: '申请人', element: 'applicantName' }],
  ...over,
});

const post = async (url: string, payload?: Record<string, unknown>, status = 200) => expectStatus(await t.app.inject({ method: 'POST', url, headers: sup, ...(payload ? { payload } : {}) }), status);
const history = async (url: string) => expectStatus(await t.app.inject({ method: 'GET', url, headers: sup }), 200).items;

function uploadJson(doc: unknown) {
  const boundary = '----banshi' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="catalog.json"\r\nContent-Type: application/json\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...sup, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat([head, Buffer.from(JSON.stringify(doc)), tail]) });
}

describe('catalog changes in the audit log', () => {
  it('records each publish and retirement with who, before/after and why, in a chain that verifies', async () => {
    const d1 = await post('/api/v1/catalog/items', item(), 201);
    await post(`/api/v1/catalog/item-versions/${d1.versionId}/publish`, { reason: '县农业农村局新增事项' });
    const d2 = await post('/api/v1/catalog/items/XK00999003/drafts', item({ promisedDays: 3 }), 201);
    await post(`/api/v1/catalog/item-versions/${d2.versionId}/publish`);
    await post('/api/v1/catalog/items/XK00999003/retire', { action: 'merge', mergedInto: 'XK00119002', basis: '蓝政发〔2026〕3号', reason: '并入犬只登记' });

    const h = await history('/api/v1/catalog/items/XK00999003/history');
    expect(h.map((e: any) => [e.action, e.actor.name, e.before?.version ?? null, e.after?.version ?? null, e.reason])).toEqual([
      ['catalog.published', '蒋监管', null, 1, '县农业农村局新增事项'],
      ['catalog.published', '蒋监管', 1, 2, null],
      ['catalog.retired', '蒋监管', 2, null, '合并：蓝政发〔2026〕3号；并入 XK00119002；并入犬只登记'],
    ]);
    expect(h[0].after.versionId).toBe(d1.versionId);

    // a retirement refused (a bundle still uses the item) leaves no entry
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK00119001/retire', headers: sup, payload: { action: 'abolish', basis: '试图废止' } });
    expect(refused.statusCode).toBe(409);
    expect((await history('/api/v1/catalog/items/XK00119001/history')).map((e: any) => e.reason)).not.toContain('取消：试图废止');

    // bundles too
    const bd = await post('/api/v1/catalog/bundles/kai-xiedian/drafts', undefined, 201);
    await post(`/api/v1/catalog/bundle-versions/${bd.versionId}/publish`, { reason: '补充服装店' });
    const bh = await history('/api/v1/catalog/bundles/kai-xiedian/history');
    expect(bh.at(-1)).toMatchObject({ action: 'catalog.published', reason: '补充服装店', after: { versionId: bd.versionId } });

    expect(await verifyAudit(t.db, t.config)).toMatchObject({ ok: true, problems: [] });
  });

  it('records an import, and each version it publishes, in the same transaction', async () => {
    const before = (await history('/api/v1/catalog/imports')).length;
    const doc = { format: 'banshi-catalog', version: 1, items: [item({ code: 'XK00999004', name: '犬只转让登记' })] };
    const res = await uploadJson(doc);
    expect(res.statusCode).toBe(200);
    const imports = await history('/api/v1/catalog/imports');
    expect(imports).toHaveLength(before + 1);
    expect(imports.at(-1)).toMatchObject({ action: 'catalog.imported', actor: { name: '蒋监管' }, reason: '目录导入' });
    expect(await history('/api/v1/catalog/items/XK00999004/history')).toEqual([expect.objectContaining({ action: 'catalog.published', before: null, reason: '目录导入' })]);

    // a malformed file imports nothing and logs nothing
    const bad = await uploadJson({ items: [item({ code: 'XK00999005', promisedDays: -1 })] });
    expect(bad.statusCode).toBe(422);
    expect(await history('/api/v1/catalog/imports')).toHaveLength(before + 1);
    expect(await history('/api/v1/catalog/items/XK00999005/history')).toEqual([]);
  });

  it('is detected when a catalog entry is edited', async () => {
    await tamperAsOwner(t.db, `UPDATE audit_entries SET body = replace(body, '并入犬只登记', '事项保留') WHERE chain = 'catalog-item:XK00999003'`);
    const report = await verifyAudit(t.db, t.config);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'hash', chain: 'catalog-item:XK00999003' }));
  });

  it('keeps the history to staff who may read drafts', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/catalog/items/XK00999003/history', headers: await t.as('xiangwei') })).statusCode).toBe(403);
  });
});
