import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { pdfFonts, pdfText } from '../../test/helpers/pdf.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const restaurant = { hasLicence: false, entityType: 'individual', area: 320, signboard: true, privateRooms: false, sellsAlcohol: true, sewer: false };
const issue = (answers: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/notice', headers, payload: { answers } });
const itemNames = (n: { items: Array<{ name: string }> }) => n.items.map((i) => i.name);

describe('the 开餐饮店 questionnaire', () => {
  it('is public and says when each question and item applies', async () => {
    const q = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/guidance/bundles/kai-canyindian/questionnaire' }), 200);
    expect(q.bundle.name).toBe('开餐饮店');
    const entityType = q.questions.find((x: { key: string }) => x.key === 'entityType');
    expect(entityType).toMatchObject({ kind: 'choice', visibleIfText: expect.stringContaining('您是否已经领取营业执照？为否') });
    expect(q.items.find((i: { itemCode: string }) => i.itemCode === 'BA00120001').includeIfText).toContain('是否销售酒类');
  });

  it('tells what to answer next and what is selected so far', async () => {
    const r = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/check', payload: { answers: { hasLicence: false } } }), 200);
    expect(r.complete).toBe(false);
    expect(r.visibleQuestions).toContain('entityType');
    expect(r.errors.map((e: { question: string }) => e.question)).toContain('entityType');
  });

  it('answers 404 for a bundle that does not exist', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/guidance/bundles/kai-feijichang/questionnaire' });
    expect(expectStatus(res, 404).code).toBe('GUIDANCE_BUNDLE_NOT_FOUND');
  });
});

describe('the Notice of 开餐饮店', () => {
  it('selects the items the answers call for', async () => {
    const n = expectStatus(await issue(restaurant), 201);
    expect(n.title).toBe('一次性告知单');
    expect(itemNames(n)).toEqual(['个体工商户设立登记', '食品经营许可', '公众聚集场所投入使用、营业前消防安全检查', '户外广告设施设置审批', '酒类零售经营备案']);
    const without = expectStatus(await issue({ ...restaurant, sellsAlcohol: false, signboard: false, area: 120 }), 201);
    expect(itemNames(without)).toEqual(['个体工商户设立登记', '食品经营许可']);
  });

  it('lists each material once, with the items that need it and their legal basis', async () => {
    const n = expectStatus(await issue(restaurant), 201);
    const keys = n.materials.map((m: { key: string }) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const licence = n.materials.find((m: { code: string }) => m.code === 'business-licence');
    expect(licence.neededBy.length).toBeGreaterThanOrEqual(3);
    expect(licence.neededBy.every((x: { legalBasis: string }) => x.legalBasis.length > 0)).toBe(true);
    expect(licence.producedBy).toEqual({ itemCode: 'XK00118002', itemName: '个体工商户设立登记' });
    expect(n.summary.authorities).toEqual(expect.arrayContaining(['蓝山县市场监督管理局', '蓝山县消防救援大队', '蓝山县城市管理和综合执法局']));
  });

  it('refuses incomplete or ill-typed answers with the reason for each', async () => {
    const res = await issue({ hasLicence: false, area: -3, signboard: 'maybe', privateRooms: false, sellsAlcohol: true, sewer: false, planet: 'mars' });
    const body = expectStatus(res, 422);
    expect(body.code).toBe('GUIDANCE_ANSWERS_INVALID');
    const codes = Object.fromEntries(body.details.errors.map((e: { question: string; code: string }) => [e.question, e.code]));
    expect(codes).toEqual({ planet: 'UNKNOWN_QUESTION', entityType: 'REQUIRED', area: 'TOO_SMALL', signboard: 'NOT_YES_NO' });
    expect(body.details.errors.find((e: { question: string }) => e.question === 'signboard').message.zh).toContain('请选择“是”或“否”');
  });

  it('rejects a body that is not answers at all', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/notice', payload: { answers: [1, 2] } });
    expect(expectStatus(res, 400).code).toBe('VALIDATION_FAILED');
  });

  it('prints as a zh-CN HTML page', async () => {
    const n = expectStatus(await issue(restaurant), 201);
    const res = await t.app.inject({ method: 'GET', url: n.links.html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('一次性告知单');
    for (const name of itemNames(n)) expect(res.body).toContain(name);
  });

  it('downloads as a PDF whose Chinese text is extractable and whose fonts are embedded', async () => {
    const n = expectStatus(await issue(restaurant), 201);
    const res = await t.app.inject({ method: 'GET', url: n.links.pdf });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('一次性告知单');
    for (const name of itemNames(n)) expect(text).toContain(name.replace(/\s+/g, ''));
    for (const m of n.materials as Array<{ name: string }>) expect(text).toContain(m.name.replace(/\s+/g, ''));
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('keeps a signed-in applicant\'s notice to themselves', async () => {
    const n = expectStatus(await issue(restaurant, await t.as('xiangwei')), 201);
    expect((await t.app.inject({ method: 'GET', url: n.links.json, headers: await t.as('xiangwei') })).statusCode).toBe(200);
    expect(expectStatus(await t.app.inject({ method: 'GET', url: n.links.json, headers: await t.as('zhangsan') }), 404).code).toBe('GUIDANCE_NOTICE_NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: n.links.pdf })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: n.links.html, headers: await t.as('chuangkou') })).statusCode).toBe(200);
  });

  it('answers 404 for an unknown notice and 400 for a malformed id', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notices/00000000-0000-4000-8000-000000000000/pdf' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notices/not-an-id' })).statusCode).toBe(400);
  });
});

describe('a Notice for an applicant who holds e-licences', () => {
  it('skips the registration they already have and spares the licence copy', async () => {
    const n = expectStatus(await issue({ ...restaurant, hasLicence: true, entityType: undefined }, await t.as('xiangwei')), 201);
    expect(itemNames(n)).not.toContain('个体工商户设立登记');
    const licence = n.materials.find((m: { code: string }) => m.code === 'business-licence');
    expect(licence.reuse).toMatchObject({ typeCode: 'business-licence', typeName: '营业执照' });
    expect(licence.producedBy).toBeNull();
    const html = (await t.app.inject({ method: 'GET', url: n.links.html, headers: await t.as('xiangwei') })).body;
    expect(html).toContain('您已持有电子证照“营业执照”，免于提交');
  });

  it('spares a citizen the copy of an ID card they hold electronically', async () => {
    const n = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00118002/notice', headers: await t.as('zhangsan') }), 201);
    expect(n.materials.find((m: { code: string }) => m.code === 'id-card').reuse).toMatchObject({ typeName: '居民身份证' });
    const anonymous = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00118002/notice' }), 201);
    const idCard = anonymous.materials.find((m: { code: string }) => m.code === 'id-card');
    expect(idCard.reuse).toBeNull();
    expect(anonymous.licenceTypeNames['resident-id-card']).toBe('居民身份证');
  });
});

describe('the Notice of a single item', () => {
  it('lists a material that depends on the form with when it is needed', async () => {
    const n = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00119001/notice' }), 201);
    expect(n.subject).toEqual({ kind: 'item', code: 'XK00119001', name: '食品经营许可' });
    const health = n.materials.find((m: { code: string }) => m.code === 'health-certs');
    expect(health.conditionText).toContain('经营项目');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XX99999999/notice' })).statusCode).toBe(404);
  });
});
