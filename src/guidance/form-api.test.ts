import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

let t: TestApp;
let noticeId: string;
let versionIds: string[];
beforeAll(async () => {
  t = await createTestApp();
  const answers = { hasLicence: false, entityType: 'individual', area: 320, signboard: false, privateRooms: false, sellsAlcohol: true, sewer: false };
  const n = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/notice', headers: await t.as('xiangwei'), payload: { answers } }), 201);
  noticeId = n.id;
  versionIds = n.items.map((i: { versionId: string }) => i.versionId);
});
afterAll(() => t.close());

const merged = async (user: string | null, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/guidance/forms/merged', headers: user ? await t.as(user) : {}, payload });

describe('the merged form', () => {
  it('asks each data element once for all the items of the notice', async () => {
    const form = expectStatus(await merged('xiangwei', { noticeId }), 200);
    const names = form.common.map((f: { name: string }) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const enterpriseName = form.common.find((f: { name: string }) => f.name === 'enterpriseName');
    expect(enterpriseName.usedBy.length).toBeGreaterThanOrEqual(3);
    expect(form.groups.map((g: { itemName: string }) => g.itemName)).toEqual(expect.arrayContaining(['食品经营许可', '酒类零售经营备案']));
    const food = form.groups.find((g: { itemName: string }) => g.itemName === '食品经营许可');
    expect(food.fields.map((f: { name: string }) => f.name)).toContain('XK00119001.foodCategory');
  });

  it('is prefilled from the applicant\'s profile, saying where each value came from', async () => {
    const form = expectStatus(await merged('xiangwei', { itemVersionIds: versionIds }), 200);
    expect(form.values).toMatchObject({ enterpriseName: '蓝山县湘味餐饮店', legalRepresentative: '李湘味', contactPhone: '13907465678' });
    expect(form.prefilled.enterpriseName).toEqual({ source: 'profile', profileKey: 'orgName' });
    // from the e-licence the applicant already holds (营业执照)
    expect(form.values.businessAddress).toBe('湖南省永州市蓝山县塔峰镇舜峰路18号');
    expect(form.prefilled.businessAddress).toMatchObject({ source: 'licence', licenceType: 'business-licence' });
  });

  it('is not prefilled with a clerk\'s own details', async () => {
    const form = expectStatus(await merged('chuangkou', { noticeId }), 200);
    // only what the questionnaire was answered with, none of the clerk's own details
    expect(form.values).toEqual({ businessArea: 320 });
    expect(form.prefilled).toEqual({ businessArea: { source: 'answer', question: '经营场所的建筑面积是多少？' } });
  });

  it('needs a signed-in user, known item versions and at least one item', async () => {
    expect((await merged(null, { noticeId })).statusCode).toBe(401);
    expect(expectStatus(await merged('xiangwei', { itemVersionIds: ['00000000-0000-4000-8000-000000000000'] }), 404).code).toBe('GUIDANCE_ITEM_VERSION_NOT_FOUND');
    expect(expectStatus(await merged('xiangwei', {}), 400).code).toBe('VALIDATION_FAILED');
    expect(expectStatus(await merged('xiangwei', { itemVersionIds: 'all' }), 400).code).toBe('VALIDATION_FAILED');
  });
});

describe('checking the merged form', () => {
  const check = async (data: Record<string, unknown>) =>
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/forms/check', headers: await t.as('xiangwei'), payload: { noticeId, data } }), 200);

  it('names every wrong field with a zh-CN and an English message', async () => {
    const r = await check({ enterpriseName: '蓝山县湘味餐饮店', legalRepIdNumber: '431127198506120321', contactPhone: '123', businessArea: 'big', 'XK00119001.foodCategory': '卖烟花' });
    expect(r.valid).toBe(false);
    const byField = Object.fromEntries(r.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField.contactPhone.code).toBe('BAD_PHONE');
    expect(byField.businessArea.code).toBe('NOT_A_NUMBER');
    expect(byField['XK00119001.foodCategory'].code).toBe('NOT_AN_OPTION');
    expect(byField.legalRepresentative.message.zh).toContain('请填写');
    expect(byField.legalRepresentative.message.en).toContain('is required');
  });

  it('accepts the form the applicant was prefilled with once the rest is filled in', async () => {
    const form = expectStatus(await merged('xiangwei', { noticeId }), 200);
    const data: Record<string, unknown> = { ...form.values };
    for (const f of [...form.common, ...form.groups.flatMap((g: { fields: unknown[] }) => g.fields)] as Array<{ name: string; type: string; required: boolean; options?: Array<{ value: string }> }>) {
      if (!f.required || data[f.name] !== undefined) continue;
      data[f.name] = f.type === 'number' ? 320 : f.type === 'enum' ? f.options![0]!.value : f.type === 'date' ? '2026-04-01' : f.type === 'address' ? '蓝山县塔峰镇舜乡大道 128 号' : '测试内容';
    }
    const r = await check(data);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe("a bundle's form schema", () => {
  it('names every field an application of the bundle may send, with its type, options and when it is asked', async () => {
    const schema = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/guidance/bundles/kai-canyindian/form-schema' }), 200);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    // the fields the notice's merged form asks are all in it, under the names the form data uses
    const form = expectStatus(await merged('xiangwei', { noticeId }), 200);
    const names = [...form.common, ...form.groups.flatMap((g: { fields: unknown[] }) => g.fields)].map((f: { name: string }) => f.name);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(names));
    const food = schema.properties['XK00119001.foodCategory'];
    expect(food).toMatchObject({ type: 'string', title: '经营项目' });
    expect(food.enum).toContain('热食类食品制售');
    expect(schema.properties.enterpriseName).toMatchObject({ type: 'string', title: '企业名称' });
    expect(schema.required).toContain('enterpriseName');
    // a field asked only under a condition is not required outright, and says when it is asked
    for (const [name, p] of Object.entries<Record<string, unknown>>(schema.properties)) {
      if (p['x-visibleIf']) expect(schema.required, name).not.toContain(name);
    }
    expect(schema['x-groups'][0].title).toBe('共同信息');
  });

  it('answers an unknown bundle with a 404 in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/guidance/bundles/no-such-bundle/form-schema' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/[\u4e00-\u9fff]/);
  });
});
