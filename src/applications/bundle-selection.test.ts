import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getApplication, ITEMS, submissionBody } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

// 开餐饮店 for a new company, 80 m², no KTV rooms, no alcohol, no sewer connection: registration and the food permit.
const answers = { hasLicence: false, entityType: 'company', area: 80, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false };
const TWO = [ITEMS.companyReg, ITEMS.food];

const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM applications'))[0]!.n);
async function file(body: Record<string, unknown>, user = 'xiangwei') {
  return t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as(user)), 'idempotency-key': randomUUID() }, payload: body });
}

describe('the items of a bundle application', () => {
  it('are those the Notice lists for the same answers, whichever they are', async () => {
    for (const a of [answers, { ...answers, privateRooms: true, area: 400, sellsAlcohol: true }, { ...answers, hasLicence: true, entityType: undefined, signboard: true }]) {
      const notice = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/notice', headers: await t.as('xiangwei'), payload: { answers: a } }), 201);
      const listed = notice.items.map((i: { itemCode: string }) => i.itemCode);
      const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes: listed, form: { businessArea: a.area }, extra: { answers: a } });
      const res = await file(body);
      expect(res.statusCode, `${JSON.stringify(a)}: ${res.body}`).toBe(201);
      expect((await getApplication(t, res.json().id, 'xiangwei')).cases.map((c: { itemCode: string }) => c.itemCode)).toEqual(listed);
    }
  });

  it('are the ones the questionnaire answers select', async () => {
    const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes: TWO, extra: { answers } });
    const created = expectStatus(await file(body), 201);
    const app = await getApplication(t, created.id, 'xiangwei');
    expect(app.cases.map((c: { itemCode: string }) => c.itemCode)).toEqual(TWO);
    expect(app.answers).toMatchObject({ privateRooms: false });
  });

  it('refuses a list that adds or leaves out an item, naming what the answers call for, and stores nothing', async () => {
    const before = await count();
    const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes: TWO, extra: { answers } });

    // an item the answers do not call for (the client says no KTV rooms, but adds the public-health permit)
    const added = await file({ ...body, itemCodes: [...TWO, ITEMS.publicHealth] });
    expect(added.statusCode).toBe(422);
    expect(added.json()).toMatchObject({ code: 'ITEMS_DO_NOT_MATCH_ANSWERS', details: { expectedItemCodes: TWO, extra: [ITEMS.publicHealth], missing: [] } });
    expect(added.json().message).toContain('食品经营许可');

    // an item the answers require, left out
    const left = await file({ ...body, itemCodes: [ITEMS.companyReg] });
    expect(left.json()).toMatchObject({ code: 'ITEMS_DO_NOT_MATCH_ANSWERS', details: { missing: [{ itemCode: ITEMS.food, name: '食品经营许可' }], extra: [] } });

    // answers that would select the KTV permit, with the permit missing from the list
    const ktv = await file({ ...body, answers: { ...answers, privateRooms: true } });
    expect(ktv.json().details.missing.map((m: { itemCode: string }) => m.itemCode)).toEqual([ITEMS.publicHealth]);

    // no or half answers: the questionnaire must be finished first
    const none = await file({ ...body, answers: undefined });
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe('GUIDANCE_ANSWERS_INVALID');
    const half = await file({ ...body, answers: { hasLicence: false } });
    expect(half.json().code).toBe('GUIDANCE_ANSWERS_INVALID');
    expect(half.json().details.errors.map((e: { question: string }) => e.question)).toContain('entityType');

    // in English on request
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/applications?lang=en', headers: { ...(await t.as('xiangwei')), 'idempotency-key': randomUUID() }, payload: { ...body, itemCodes: [ITEMS.companyReg] } });
    expect(en.json().message).toContain('do not match the questionnaire');

    expect(await count()).toBe(before);
  });

  it('checks a bundle draft when it is submitted', async () => {
    const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes: [ITEMS.companyReg], extra: { answers, draft: true } });
    const draft = expectStatus(await file(body), 201);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${draft.id}/submit`, headers: await t.as('xiangwei'), payload: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ITEMS_DO_NOT_MATCH_ANSWERS');
    expect((await getApplication(t, draft.id, 'xiangwei')).status).toBe('draft');
  });
});
