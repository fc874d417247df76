import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentByCode, userByUsername } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
let uscc: string;
beforeAll(async () => {
  t = await createTestApp();
  uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
  // A permit from another department, so that department-scoped views differ: approved on the spot (秒批) at acceptance.
  const form = { enterpriseName: '蓝山县湘味餐饮店', uscc, businessArea: 120, 'XK00201001.venueType': '美容店', 'XK00201001.commitmentSigned': 'true' };
  const { id } = await submit(t, { itemCodes: [ITEMS.publicHealth], form });
  expect(caseOf(await accept(t, id), ITEMS.publicHealth).licenceId).toBeTruthy();
});
afterAll(() => t.close());

const file = async (user: string, code = uscc) => t.app.inject({ url: `/api/v1/enterprises/${code}`, headers: await t.as(user) });

describe('enterprise file (一企一档)', () => {
  it('shows the business its whole file', async () => {
    const f = expectStatus(await t.app.inject({ url: '/api/v1/enterprises/mine', headers: await t.as('xiangwei') }), 200);
    expect(f).toMatchObject({ uscc, name: '蓝山县湘味餐饮店', scope: 'self', creditFlag: null, totals: { licences: 2, validLicences: 2 } });
    expect(f.licences.map((l: any) => l.typeName).sort()).toEqual(['公共场所卫生许可证', '营业执照']);
    expect(f.ratings.length).toBe(f.totals.ratings);
    expect(f.totals.ratings).toBeGreaterThan(0);
  });

  it('shows a supervisor everything and a department only its own licences', async () => {
    expect(expectStatus(await file('jianguan'), 200).licences).toHaveLength(2);
    const health = expectStatus(await file('wjj-shenhe'), 200);
    expect(health.scope).toBe('department');
    expect(health.licences.map((l: any) => l.typeName)).toEqual(['公共场所卫生许可证']);
    expect(health.totals.licences).toBe(2);
    const wjj = (await departmentByCode(t.db, 'wjj'))!;
    expect(health.ratings.every((r: any) => r.departmentId === wjj.id)).toBe(true);
    expect(health.ratings.length).toBeLessThan(health.totals.ratings);
    expect(expectStatus(await file('scjg-shenhe'), 200).licences.map((l: any) => l.typeName)).toEqual(['营业执照']);
  });

  it('shows a standing credit flag to the departments that must act on it', async () => {
    expectStatus(
      await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers: await t.as('jianguan'), payload: { uscc, subjectName: '蓝山县湘味餐饮店', reason: '承诺不实，未按期补交材料' } }),
      200,
    );
    expect(expectStatus(await file('wjj-shenhe'), 200).creditFlag).toMatchObject({ reason: '承诺不实，未按期补交材料' });
  });

  it('refuses another applicant, and answers a bad code with 400 and an unknown one with 404', async () => {
    expect((await file('zhangsan')).statusCode).toBe(403);
    const bad = await file('jianguan', '92431127MA4QXW1881');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('ENTERPRISE_USCC_INVALID');
    expect((await file('jianguan', '91110000710926094P')).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/enterprises/${uscc}` })).statusCode).toBe(401);
  });
});
