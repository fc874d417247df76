import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUscc } from '../core/index.js';
import { findReusableLicences, licencesOfHolder } from '../licences/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, getApplication, ITEMS, submissionBody, submit, timeline } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const xiangweiUscc = async () => expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('xiangwei') }), 200).uscc as string;

describe('licences from approved cases', () => {
  it('issues the business licence with a new USCC, and the food permit to that same USCC', async () => {
    const { id } = await submit(t, {
      bundleCode: 'kai-canyindian',
      itemCodes: [ITEMS.companyReg, ITEMS.food],
      form: { enterpriseName: '蓝山县舜乡面馆有限公司', legalRepresentative: '李湘味', businessAddress: '蓝山县塔峰镇舜乡路20号' },
      extra: { answers: { hasLicence: false, entityType: 'company', area: 80, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false } },
    });
    let app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.companyReg));
    app = await getApplication(t, id);
    const reg = caseOf(app, ITEMS.companyReg);
    expect(reg.licenceId).toBeTruthy();
    await decide(t, caseOf(app, ITEMS.food));
    app = await getApplication(t, id);
    expect(caseOf(app, ITEMS.food).licenceId).toBeTruthy();
    const issued = await t.db.query<{ holder_id: string; type: string; holder_name: string }>('SELECT holder_id, type, holder_name FROM licences WHERE application_id = $1 ORDER BY type', [id]);
    expect(issued.map((l) => l.type)).toEqual(['business-licence', 'food-business-permit']);
    expect(new Set(issued.map((l) => l.holder_id)).size).toBe(1);
    expect(validateUscc(issued[0]!.holder_id).valid).toBe(true);
    expect(issued[0]!.holder_name).toBe('蓝山县舜乡面馆有限公司');
    expect((await timeline(t, id)).filter((s) => s.action === 'licence.issued')).toHaveLength(2);
  });
});

describe('material reuse (免提交)', () => {
  it('accepts a held licence instead of a file, and logs the use', async () => {
    const [licence] = await findReusableLicences(t.db, { holder: await xiangweiUscc(), typeCodes: ['business-licence'], at: t.clock.now() });
    expect(licence).toBeDefined();
    const body = await submissionBody(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:business-licence`] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...(await t.as('xiangwei')), 'idempotency-key': 'reuse-business-licence-1' },
      payload: { ...body, licences: [{ licenceId: licence!.id, materials: [{ itemCode: ITEMS.food, materialCode: 'business-licence' }] }] },
    });
    const { id } = expectStatus(res, 201);
    const app = await getApplication(t, id, 'xiangwei');
    expect(app.attachments.find((a: { kind: string }) => a.kind === 'licence')).toMatchObject({ licenceId: licence!.id, licenceType: 'business-licence', materials: [{ itemCode: ITEMS.food, materialCode: 'business-licence' }] });
    const uses = await t.db.query<{ application_id: string; material_name: string }>('SELECT application_id, material_name FROM licence_uses WHERE licence_id = $1', [licence!.id]);
    expect(uses).toEqual([{ application_id: id, material_name: '营业执照副本复印件' }]);
  });

  it('refuses a licence the applicant does not hold, or one the material does not accept', async () => {
    const zhangsan = await licencesOfHolder(t.db, (await t.db.query<{ id_number: string }>(`SELECT id_number FROM users WHERE username = 'zhangsan'`))[0]!.id_number, t.clock.now());
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const notHis = await t.app.inject({
      method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('xiangwei')), 'idempotency-key': 'reuse-foreign-1' },
      payload: { ...body, licences: [{ licenceId: zhangsan[0]!.id, materials: [{ itemCode: ITEMS.food, materialCode: 'business-licence' }] }] },
    });
    expect(notHis.statusCode).toBe(422);
    expect(notHis.json().code).toBe('LICENCE_NOT_REUSABLE');
    const [mine] = await findReusableLicences(t.db, { holder: await xiangweiUscc(), typeCodes: ['business-licence'], at: t.clock.now() });
    const wrongSpec = await t.app.inject({
      method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('xiangwei')), 'idempotency-key': 'reuse-wrong-spec-1' },
      payload: { ...body, licences: [{ licenceId: mine!.id, materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] },
    });
    expect(wrongSpec.json().code).toBe('LICENCE_NOT_REUSABLE');
  });

  it('auto-approves (秒批) on a licence the applicant already holds', async () => {
    const form = { enterpriseName: '蓝山县湘味餐饮店', legalRepresentative: '李湘味', businessAddress: '蓝山县塔峰镇舜乡路18号', businessArea: 120, 'XK00201001.venueType': '美容店', 'XK00201001.commitmentSigned': 'true' };
    const { id } = await submit(t, { itemCodes: [ITEMS.publicHealth], form });
    const app = await accept(t, id);
    const ph = caseOf(app, ITEMS.publicHealth);
    expect(ph.status).toBe('approved');
    expect(ph.decision.byRule.licences).toContain('business-licence');
    expect(ph.licenceId).toBeTruthy();
    expect(app.status).toBe('concluded');
  });
});
