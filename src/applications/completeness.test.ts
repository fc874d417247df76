import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReusableLicences } from '../licences/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, ITEMS, submissionBody, submit, validForm } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...(await t.as(user)), ...headers }, payload });
const file = async (body: Record<string, unknown>) => post('xiangwei', '/api/v1/applications', body, { 'idempotency-key': randomUUID() });
const materials = async (id: string, user = 'chuangkou') => expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/materials`, headers: await t.as(user) }), 200);
const applicationCount = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM applications'))[0]!.n);

describe('completeness at submission', () => {
  it('checks a draft on submission as it checks a direct submission: the form, then the materials', async () => {
    const empty = expectStatus(await post('xiangwei', '/api/v1/applications', { itemCodes: [ITEMS.food], form: {}, attachments: [], draft: true }), 201);
    const formless = await post('xiangwei', `/api/v1/applications/${empty.id}/submit`, {});
    expect(formless.statusCode).toBe(422);
    expect(formless.json().code).toBe('FORM_INVALID');

    const form = await validForm(t, [ITEMS.food]);
    const bare = expectStatus(await post('xiangwei', '/api/v1/applications', { itemCodes: [ITEMS.food], form, attachments: [], draft: true }), 201);
    const fromDraft = await post('xiangwei', `/api/v1/applications/${bare.id}/submit`, {});
    expect(fromDraft.statusCode).toBe(422);
    expect(fromDraft.json().code).toBe('MATERIALS_INCOMPLETE');
    expect(fromDraft.json().message).toContain('食品经营许可申请书');
    // the draft is still a draft
    expect(expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${bare.id}`, headers: await t.as('xiangwei') }), 200).status).toBe('draft');

    const before = await applicationCount();
    const direct = await file({ itemCodes: [ITEMS.food], form, attachments: [] });
    expect(direct.statusCode).toBe(422);
    expect(direct.json()).toMatchObject({ code: 'MATERIALS_INCOMPLETE', message: fromDraft.json().message });
    expect(await applicationCount()).toBe(before);
  });

  it('lets a material on the item\'s 容缺 list be missing at submission, but no other', async () => {
    const noForm = await file(await submissionBody(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:application`] }));
    expect(noForm.statusCode).toBe(422);
    expect(noForm.json().details.missing).toEqual([expect.objectContaining({ materialCode: 'application', name: '食品经营许可申请书', mayBeOwed: false })]);
    expect(noForm.json().message).not.toContain('平面布局图');
    const owable = await file(await submissionBody(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] }));
    expect(owable.statusCode).toBe(201);
  });

  it('counts a material issued by another item of the same bundle as provided', async () => {
    const body = await submissionBody(t, {
      bundleCode: 'kai-canyindian',
      itemCodes: [ITEMS.companyReg, ITEMS.food],
      omit: [`${ITEMS.food}:business-licence`],
      form: { enterpriseName: '蓝山县舜乡面馆有限公司', legalRepresentative: '李湘味', businessAddress: '蓝山县塔峰镇舜乡路20号' },
      extra: { answers: { hasLicence: false, entityType: 'company', area: 80, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false } },
    });
    const { id } = expectStatus(await file(body), 201);
    const lines = (await materials(id)).items;
    expect(lines.find((l: any) => l.itemCode === ITEMS.food && l.materialCode === 'business-licence')).toMatchObject({ state: 'produced', stateName: '免提交：由本次办理的“企业设立登记”核发' });
    expect((await accept(t, id)).status).toBe('accepted');
  });
});

describe('completeness at acceptance', () => {
  it('refuses to accept while a required material is missing, naming it; accepts it owed with a due date', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`, `${ITEMS.food}:food-safety-rules`] });
    const refused = await post('chuangkou', `/api/v1/applications/${id}/accept`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('MATERIALS_INCOMPLETE');
    expect(refused.json().message).toContain('经营场所平面布局图及设备布局、工艺流程图');
    expect(refused.json().message).toContain('食品安全自查、从业人员健康管理、进货查验记录等管理制度');
    expect(refused.json().details.missing).toHaveLength(2);

    // one owed is not enough: the other is still missing
    const half = await post('chuangkou', `/api/v1/applications/${id}/accept`, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-16' }] });
    expect(half.statusCode).toBe(422);
    expect(half.json().details.missing.map((m: { materialCode: string }) => m.materialCode)).toEqual(['food-safety-rules']);
    expect((await materials(id)).complete).toBe(false);

    const app = await accept(t, id, {
      pending: [
        { itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-16' },
        { itemCode: ITEMS.food, materialCode: 'food-safety-rules', dueDate: '2026-03-16' },
      ],
    });
    expect(app.status).toBe('accepted');
    const lines = (await materials(id)).items;
    expect(lines.find((l: any) => l.materialCode === 'layout')).toMatchObject({ state: 'pending', stateName: '容缺，2026-03-16 前补交' });
  });

  it('does not let the window owe a material the item does not list as 容缺', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const res = await post('chuangkou', `/api/v1/applications/${id}/accept`, { pending: [{ itemCode: ITEMS.food, materialCode: 'application', dueDate: '2026-03-16' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('MATERIAL_NOT_OWABLE');
    expect(res.json().message).toContain('食品经营许可申请书');
    expect(expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: await t.as('chuangkou') }), 200).status).toBe('submitted');
  });

  it('shows the clerk a reused e-licence as 免提交 with a link to it, and accepts', async () => {
    const uscc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('xiangwei') }), 200).uscc as string;
    const [licence] = await findReusableLicences(t.db, { holder: uscc, typeCodes: ['business-licence'], at: t.clock.now() });
    const body = await submissionBody(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:business-licence`] });
    const { id } = expectStatus(await file({ ...body, licences: [{ licenceId: licence!.id, materials: [{ itemCode: ITEMS.food, materialCode: 'business-licence' }] }] }), 201);
    const shown = await materials(id);
    const line = shown.items.find((l: any) => l.materialCode === 'business-licence');
    expect(line).toMatchObject({ state: 'reused', stateName: '免提交：调用电子证照“营业执照”', licence: { id: licence!.id, link: `/api/v1/licences/${licence!.id}/pdf` } });
    expect(shown.items.map((l: any) => l.stateName)).not.toContain('未提供');
    expect(shown.complete).toBe(true);
    const pdf = await t.app.inject({ method: 'GET', url: line.licence.link, headers: await t.as('chuangkou') });
    expect(pdf.statusCode).toBe(200);
    expect((await accept(t, id)).status).toBe('accepted');
  });
});
