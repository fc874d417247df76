import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userByUsername } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { findReusableLicences, issueLicence, licencesOfHolder, recordLicenceUse, revokeLicence, suspendLicence } from './index.js';

let t: TestApp;
let uscc: string;
let idNumber: string;
let xiangweiId: string;
beforeAll(async () => {
  t = await createTestApp();
  const xw = (await userByUsername(t.db, 'xiangwei'))!;
  uscc = xw.uscc!;
  xiangweiId = xw.id;
  idNumber = (await userByUsername(t.db, 'zhangsan'))!.id_number!;
});
afterAll(() => t.close());

/** A licence issued outside the platform, registered (the only way besides a decided case). */
const reg = (data: Record<string, unknown>) => ({ kind: 'registration' as const, reason: '平台外已发放，按原证登记', data });

describe('reuse of licences (免提交)', () => {
  it('offers the demo business its business licence and the demo citizen their ID card', async () => {
    const biz = await findReusableLicences(t.db, { holder: uscc, typeCodes: ['business-licence'], at: t.clock.now() });
    expect(biz).toHaveLength(1);
    expect(biz[0]).toMatchObject({ type: 'business-licence', typeName: '营业执照', holderName: '蓝山县湘味餐饮店', status: 'valid' });
    const person = await findReusableLicences(t.db, { holder: [idNumber, null], typeCodes: ['resident-id-card', 'household-register'], at: t.clock.now() });
    expect(person.map((l) => l.type).sort()).toEqual(['household-register', 'resident-id-card']);
  });

  it('offers nothing of a type the material does not accept, nor another holder’s licence', async () => {
    expect(await findReusableLicences(t.db, { holder: uscc, typeCodes: ['food-business-permit'], at: t.clock.now() })).toEqual([]);
    expect(await findReusableLicences(t.db, { holder: idNumber, typeCodes: ['business-licence'], at: t.clock.now() })).toEqual([]);
  });

  it('records a use and refuses one of a revoked licence', async () => {
    const issued = await t.db.transaction((tx) =>
      issueLicence(tx, t, { type: 'food-business-permit', holder: { id: uscc, name: '蓝山县湘味餐饮店' }, origin: reg({ name: '蓝山县湘味餐饮店', mainBusiness: '餐饮服务经营者' }) }),
    );
    expect(issued.validUntil).toBe('2031-03-01');
    const receipt = await t.db.transaction((tx) =>
      recordLicenceUse(tx, { licenceId: issued.id, usedBy: xiangweiId, applicationId: 'app-1', materialName: '食品经营许可证', purpose: '户外广告设施设置许可', at: t.clock.now() }),
    );
    expect(receipt).toMatchObject({ identifier: issued.identifier, version: 1, licence: { status: 'valid' } });
    await t.db.transaction((tx) => revokeLicence(tx, t, { licenceId: issued.id, reason: '以欺骗手段取得', actorId: null }));
    await expect(
      t.db.transaction((tx) => recordLicenceUse(tx, { licenceId: issued.id, usedBy: xiangweiId, applicationId: 'app-2', materialName: '食品经营许可证', purpose: '测试', at: t.clock.now() })),
    ).rejects.toMatchObject({ code: 'LICENCE_NOT_USABLE' });
    expect(await findReusableLicences(t.db, { holder: uscc, typeCodes: ['food-business-permit'], at: t.clock.now() })).toEqual([]);
  });

  it('skips a suspended licence and an expired one', async () => {
    const ad = await t.db.transaction((tx) => issueLicence(tx, t, { type: 'outdoor-ad-permit', holder: { id: uscc, name: '蓝山县湘味餐饮店' }, origin: reg({}) }));
    const found = async (at: Date) => (await findReusableLicences(t.db, { holder: uscc, typeCodes: ['outdoor-ad-permit'], at })).map((l) => l.id);
    expect(await found(t.clock.now())).toEqual([ad.id]);
    expect(await found(new Date('2027-03-02T09:00:00+08:00'))).toEqual([]);
    await t.db.transaction((tx) => suspendLicence(tx, t, { licenceId: ad.id, reason: '设施存在安全隐患', actorId: null }));
    expect(await found(t.clock.now())).toEqual([]);
  });

  it('lists every licence of a holder with its data, for prefilling forms', async () => {
    const all = await licencesOfHolder(t.db, uscc, t.clock.now());
    const bl = all.find((l) => l.type === 'business-licence')!;
    expect(bl.data).toMatchObject({ name: '蓝山县湘味餐饮店', entityType: '个体工商户' });
    expect(all.map((l) => l.status)).toEqual(expect.arrayContaining(['valid', 'revoked', 'suspended']));
  });

  it('rejects a holder number that fails its check, with a 4xx code', async () => {
    await expect(
      t.db.transaction((tx) => issueLicence(tx, t, { type: 'business-licence', holder: { id: '92431127MA4QXW1881', name: 'x' }, origin: reg({}) })),
    ).rejects.toMatchObject({ code: 'LICENCE_HOLDER_INVALID', status: 400 });
    await expect(t.db.transaction((tx) => issueLicence(tx, t, { type: 'no-such-type', holder: { id: uscc, name: 'x' }, origin: reg({}) }))).rejects.toMatchObject({
      code: 'LICENCE_TYPE_UNKNOWN',
    });
  });

  it('shows the holder the log of uses of their licences, and a reviewer the live status', async () => {
    const [bl] = await findReusableLicences(t.db, { holder: uscc, typeCodes: ['business-licence'], at: t.clock.now() });
    await t.db.transaction((tx) =>
      recordLicenceUse(tx, { licenceId: bl!.id, usedBy: xiangweiId, applicationId: 'app-77', materialName: '营业执照副本', purpose: '食品经营许可（新办）', at: t.clock.now() }),
    );
    const log = expectStatus(await t.app.inject({ url: '/api/v1/licences/mine/uses', headers: await t.as('xiangwei') }), 200).items;
    expect(log).toContainEqual(
      expect.objectContaining({ licenceId: bl!.id, typeName: '营业执照', applicationId: 'app-77', materialName: '营业执照副本', purpose: '食品经营许可（新办）', usedByName: '李湘味（蓝山县湘味餐饮店）' }),
    );
    expect(expectStatus(await t.app.inject({ url: '/api/v1/licences/mine/uses', headers: await t.as('zhangsan') }), 200).items.some((u: any) => u.licenceId === bl!.id)).toBe(false);
    expectStatus(await t.app.inject({ url: `/api/v1/licences/${bl!.id}/uses`, headers: await t.as('zhangsan') }), 403);

    const status = expectStatus(await t.app.inject({ url: `/api/v1/licences/${bl!.id}/status`, headers: await t.as('wjj-shenhe') }), 200);
    expect(status).toMatchObject({ status: 'valid', identifier: bl!.identifier });
    await t.db.transaction((tx) => suspendLicence(tx, t, { licenceId: bl!.id, reason: '责令停业整顿', actorId: null }));
    expect(expectStatus(await t.app.inject({ url: `/api/v1/licences/${bl!.id}/status`, headers: await t.as('wjj-shenhe') }), 200)).toMatchObject({ status: 'suspended', statusReason: '责令停业整顿' });
  });

  it('offers the signed-in applicant their reusable licences', async () => {
    const items = expectStatus(await t.app.inject({ url: '/api/v1/licences/reusable?types=resident-id-card,household-register', headers: await t.as('zhangsan') }), 200).items;
    expect(items.map((l: any) => l.typeName).sort()).toEqual(['居民户口簿', '居民身份证']);
  });
});
