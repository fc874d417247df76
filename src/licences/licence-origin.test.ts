import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainEntries } from '../audit/index.js';
import { userByUsername } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

let t: TestApp;
let uscc: string;
let idNumber: string;
beforeAll(async () => {
  t = await createTestApp();
  uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
  idNumber = (await userByUsername(t.db, 'zhangsan'))!.id_number!;
});
afterAll(() => t.close());

const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM licences'))[0]!.n);
const post = async (user: string | null, payload: object, url = '/api/v1/licences') =>
  t.app.inject({ method: 'POST', url, payload, headers: user ? await t.as(user) : {} });
const healthPermit = { type: 'public-health-permit', holderId: '', holderName: '蓝山县湘味餐饮店', data: { name: '蓝山县湘味餐饮店', premisesType: '住宿场所' } };

describe('licences come only from decisions (or an audited registration)', () => {
  it('refuses a reviewer who posts a licence with no decided case, in Chinese, and creates nothing', async () => {
    const before = await count();
    for (const user of ['scjg-shenhe', 'wjj-shenhe', 'scjg-kezhang', 'chuangkou', 'jianguan', 'xiangwei']) {
      const res = await post(user, { ...healthPermit, holderId: uscc });
      expect(res.statusCode, user).toBe(403);
      expect(res.json()).toMatchObject({ code: 'LICENCE_ISSUE_BY_DECISION', message: expect.stringContaining('准予许可决定') });
    }
    // Refused whatever the body: the door is closed before the body is read.
    expect((await post('scjg-shenhe', { type: 'resident-id-card' })).statusCode).toBe(403);
    expect((await post(null, { ...healthPermit, holderId: uscc })).statusCode).toBe(401);
    expect(await count()).toBe(before);
  });

  it('refuses an administrator of a department that does not issue the type', async () => {
    const before = await count();
    const res = await post('admin', { type: 'food-business-permit', holderId: uscc, holderName: '蓝山县湘味餐饮店', reason: '按原证登记', data: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'LICENCE_REGISTRATION_FORBIDDEN', message: '只有蓝山县市场监督管理局的系统管理员可以登记“食品经营许可证”' });
    expect((await post('scjg-guanli', { type: 'resident-id-card', holderId: idNumber, holderName: '张三', reason: '按原证登记', data: {} })).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('registers a licence issued outside the platform for the issuing department’s administrator, audited with the reason', async () => {
    const noReason = await post('scjg-guanli', { type: 'liquor-retail-filing', holderId: uscc, holderName: '蓝山县湘味餐饮店', data: {} });
    expect(noReason.statusCode).toBe(400);
    const unknownField = await post('scjg-guanli', { type: 'liquor-retail-filing', holderId: uscc, holderName: '蓝山县湘味餐饮店', reason: '按原证登记', data: { legalRepIdNumber: idNumber } });
    expect(unknownField.json()).toMatchObject({ code: 'LICENCE_FIELD_UNKNOWN' });

    const reason = '2024年纸质备案，平台上线后按原件登记';
    const l = expectStatus(
      await post('scjg-guanli', { type: 'liquor-retail-filing', holderId: uscc, holderName: '蓝山县湘味餐饮店', reason, validFrom: '2024-06-01', data: { name: '蓝山县湘味餐饮店', scope: '酒类零售（预包装酒类）' } }),
      200,
    );
    expect(l).toMatchObject({ typeName: '酒类零售经营备案', issuerName: '蓝山县市场监督管理局', origin: 'registration', originName: '登记（平台外签发）', applicationId: null });
    const [entry] = await chainEntries(t.db, `licence:${l.id}`);
    expect(entry).toMatchObject({ action: 'register', data: expect.objectContaining({ reason, identifier: l.identifier }) });
    const admin = await userByUsername(t.db, 'scjg-guanli');
    expect(entry!.actorId).toBe(admin!.id);
    const detail = expectStatus(await t.app.inject({ url: `/api/v1/licences/${l.id}`, headers: await t.as('scjg-guanli') }), 200);
    expect(detail.registrationReason).toBe(reason);
  });
});

describe('no full citizen ID number in a QR code, a URL or a page that may not show it', () => {
  it('puts a masked number in the ID card’s QR payload, its verify URL and the public page, which still says 有效', async () => {
    const headers = await t.as('zhangsan');
    const card = expectStatus(await t.app.inject({ url: '/api/v1/licences/mine', headers }), 200).items.find((l: any) => l.type === 'resident-id-card');
    expect(card.holderId).toBe(idNumber);
    const detail = expectStatus(await t.app.inject({ url: `/api/v1/licences/${card.id}`, headers }), 200);
    expect(detail.verifyUrl).not.toContain(idNumber);
    const payload = detail.verifyUrl.slice(detail.verifyUrl.indexOf('BSL1.'));
    const claims = JSON.parse(Buffer.from(payload.split('.')[1], 'base64url').toString());
    expect(claims.h).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(JSON.stringify(detail.face)).not.toContain(idNumber);

    const verdict = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: { payload } }), 200);
    expect(verdict).toMatchObject({ signatureValid: true, status: 'valid', statusName: '有效', licence: { holderId: claims.h } });
    const page = await t.app.inject({ url: `/v/${payload}` });
    expect(page.body).toContain('证照有效');
    expect(page.body).toContain(claims.h);
    expect(page.body).not.toContain(idNumber);
  });

  it('masks a citizen holder’s number in lists for supervisors and other departments and takes no full number in a URL', async () => {
    const byUrl = await t.app.inject({ url: `/api/v1/licences?holder=${idNumber}`, headers: await t.as('jianguan') });
    expect(byUrl.statusCode).toBe(400);
    expect(byUrl.json().code).toBe('LICENCE_HOLDER_NUMBER_IN_URL');
    const search = async (user: string) =>
      expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/licences/search', payload: { holder: idNumber }, headers: await t.as(user) }), 200).items as any[];
    const forSupervisor = await search('jianguan');
    expect(forSupervisor.map((l) => l.typeName).sort()).toEqual(['居民户口簿', '居民身份证']);
    expect(JSON.stringify(forSupervisor)).not.toContain(idNumber);
    const forIssuingReviewer = await search('gaj-shenhe');
    expect(forIssuingReviewer.map((l) => l.holderId)).toEqual([idNumber, idNumber]);
    const forOtherDepartment = await search('scjg-shenhe');
    expect(forOtherDepartment.length).toBe(2);
    expect(JSON.stringify(forOtherDepartment)).not.toContain(idNumber);
    expect(forOtherDepartment[0].holderId).toMatch(/^431127\*{8}\d{3}[\dX]$/);
    const byBusiness = expectStatus(await t.app.inject({ url: `/api/v1/licences?holder=${uscc}`, headers: await t.as('scjg-shenhe') }), 200).items as any[];
    expect(byBusiness.some((l) => l.typeName === '营业执照' && l.serial && l.issuerName)).toBe(true);
  });
});
