import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userByUsername } from '../identity/index.js';
import { issueLicence } from '../licences/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getApplication, ITEMS, submissionBody } from '../../test/helpers/applications.js';

/** 申请人的回答为准: prefill from records fills only empty fields; a record that disagrees is offered, not imposed. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  // an old 公共场所卫生许可证 of the shop, registered from paper, says 60 ㎡
  const uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
  await t.db.transaction((tx) =>
    issueLicence(tx, t, {
      type: 'public-health-permit',
      holder: { id: uscc, name: '蓝山县湘味餐饮店' },
      origin: { kind: 'registration', reason: '平台外已发放，按原证登记', data: { name: '蓝山县湘味餐饮店', premisesType: '住宿场所', area: 60 } },
    }),
  );
});
afterAll(() => t.close());

const base = { hasLicence: true, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false };
const post = async (url: string, payload: object, user = 'xiangwei', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...(await t.as(user)), ...headers }, payload });
const notice = async (area: number) => expectStatus(await post('/api/v1/guidance/bundles/kai-canyindian/notice', { answers: { ...base, area } }), 201);
const merged = async (payload: object, user = 'xiangwei') => expectStatus(await post('/api/v1/guidance/forms/merged', payload, user), 200);
const file = async (itemCodes: string[], answers: object, form: Record<string, unknown>) => {
  const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes, form, extra: { answers } });
  return post('/api/v1/applications', body, 'xiangwei', { 'idempotency-key': randomUUID() });
};
const codes = (n: { items: Array<{ itemCode: string }> }) => n.items.map((i) => i.itemCode);

describe('the merged form keeps the applicant’s answer', () => {
  it('fills the field from the questionnaire answer and shows the licence’s other figure beside it', async () => {
    const n = await notice(120);
    const form = await merged({ noticeId: n.id });
    expect(form.values.businessArea).toBe(120);
    expect(form.prefilled.businessArea).toEqual({ source: 'answer', question: '经营场所的建筑面积是多少？' });
    expect(form.conflicts.businessArea).toMatchObject({
      given: { value: 120, source: 'answer' },
      recorded: { value: 60, origin: { source: 'licence', licenceType: 'public-health-permit', licenceTypeName: '公共场所卫生许可证' } },
    });
    // an empty field is still filled from the records
    expect(form.values.businessAddress).toBe('湖南省永州市蓝山县塔峰镇舜峰路18号');
    expect(form.conflicts.businessAddress).toBeUndefined();
  });

  it('never overwrites what the applicant entered in the form; a record that agrees raises nothing', async () => {
    const n = await notice(120);
    const typed = await merged({ noticeId: n.id, data: { businessArea: 80, enterpriseName: '湘味小厨' } });
    expect(typed.values.businessArea).toBeUndefined();
    expect(typed.conflicts.businessArea).toMatchObject({ given: { value: 80, source: 'form' }, recorded: { value: 60 } });
    expect(typed.values.enterpriseName).toBeUndefined();
    expect(typed.conflicts.enterpriseName).toMatchObject({ given: { value: '湘味小厨', source: 'form' }, recorded: { value: '蓝山县湘味餐饮店', origin: { source: 'profile' } } });
    const same = await merged({ noticeId: n.id, data: { businessArea: '60' } });
    expect(same.conflicts.businessArea).toBeUndefined();
  });

  it('is the bare form for a clerk, with no records of anyone to disagree with', async () => {
    const n = await notice(120);
    const form = await merged({ itemVersionIds: n.items.map((i: { versionId: string }) => i.versionId) }, 'chuangkou');
    expect(form.conflicts).toEqual({});
  });
});

describe('the items follow the final answers', () => {
  it('files the applicant’s 120 ㎡ when they keep it, without the fire-safety check', async () => {
    const n = await notice(120);
    expect(codes(n)).not.toContain(ITEMS.fireSafety);
    const created = expectStatus(await file(codes(n), { ...base, area: 120 }, { businessArea: 120 }), 201);
    const app = await getApplication(t, created.id, 'xiangwei');
    expect(app.form.businessArea).toBe(120);
    expect(app.answers.area).toBe(120);
  });

  it('drops the fire-safety check when the applicant picks the licence’s 60 ㎡ over an answered 350 ㎡', async () => {
    const n = await notice(350);
    expect(codes(n)).toContain(ITEMS.fireSafety);
    // the questionnaire recomputed on the form's final figure
    const check = expectStatus(await post('/api/v1/guidance/bundles/kai-canyindian/check', { answers: { ...base, area: 350 }, form: { businessArea: 60 } }), 200);
    expect(check.answers.area).toBe(60);
    const recomputed = check.items.map((i: { itemCode: string }) => i.itemCode);
    expect(recomputed).not.toContain(ITEMS.fireSafety);
    // filing the old selection with the new figure is refused, naming the items the final answers call for
    const stale = await file(codes(n), { ...base, area: 350 }, { businessArea: 60 });
    expect(stale.statusCode).toBe(422);
    expect(stale.json()).toMatchObject({ code: 'ITEMS_DO_NOT_MATCH_ANSWERS', details: { extra: [ITEMS.fireSafety] } });
    const created = expectStatus(await file(recomputed, { ...base, area: 350 }, { businessArea: 60 }), 201);
    const app = await getApplication(t, created.id, 'xiangwei');
    expect(app.cases.map((c: { itemCode: string }) => c.itemCode)).toEqual(recomputed);
    expect(app.answers.area).toBe(60);
    expect(app.form.businessArea).toBe(60);
  });

  it('adds the fire-safety check when the form states 350 ㎡ after an answered 120 ㎡', async () => {
    const n = await notice(120);
    const res = await file(codes(n), { ...base, area: 120 }, { businessArea: 350 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ITEMS_DO_NOT_MATCH_ANSWERS', details: { missing: [expect.objectContaining({ itemCode: ITEMS.fireSafety })] } });
    expect(res.json().message).toContain('消防安全检查');
  });
});
