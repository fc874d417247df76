import { beijingDateTime } from '../core/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { engineUnderTest } from '../../test/helpers/db.js';
import { decodeQrFromPdf, pdfFonts, pdfText } from '../../test/helpers/pdf.js';
import { keysFromDocument, verifyOffline } from './verify-file.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const mine = async (user: string) => expectStatus<{ items: any[] }>(await t.app.inject({ url: '/api/v1/licences/mine', headers: await t.as(user) }), 200).items;
const wellKnown = async () => keysFromDocument((await t.app.inject({ url: '/.well-known/banshi-keys.json' })).body);
const verify = async (payload: string) => expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: { payload } }), 200);

/**
 * A food permit the business got on paper before the platform, registered by the issuing department's administrator;
 * each for another shop (经营场所), as one business holds one permit per shop.
 */
let shops = 0;
async function issueFoodPermit(): Promise<any> {
  shops += 1;
  const xw = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
  return expectStatus(
    await t.app.inject({
      method: 'POST', url: '/api/v1/licences', headers: await t.as('scjg-guanli'),
      payload: {
        type: 'food-business-permit', holderId: xw.holderId, holderName: xw.holderName, reason: '2025年纸质发证，按原证登记',
        data: { name: xw.holderName, mainBusiness: '餐饮服务经营者', businessItems: '热食类食品制售', address: `蓝山县塔峰镇舜峰路${shops}号` },
      },
    }),
    200,
  );
}

const detail = async (id: string, user = 'xiangwei') => expectStatus(await t.app.inject({ url: `/api/v1/licences/${id}`, headers: await t.as(user) }), 200);
const payloadOf = (d: { verifyUrl: string }) => d.verifyUrl.slice(d.verifyUrl.indexOf('/v/') + 3);

describe('licence verification', () => {
  it('publishes every authority’s public keys at a well-known URL, no login needed', async () => {
    const res = await t.app.inject({ url: '/.well-known/banshi-keys.json' });
    const body = expectStatus(res, 200);
    expect(body.keys.length).toBeGreaterThan(0);
    expect(body.keys[0]).toMatchObject({ alg: 'SM2-SM3', publicKey: expect.stringMatching(/^04[0-9a-f]{128}$/) });
    expect(JSON.stringify(body)).not.toMatch(/private|sealed/i);
  });

  it('shows a business licence as valid online, with the permits of the business, live (一照通)', async () => {
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    const payload = payloadOf(await detail(bl.id));
    const before = await verify(payload);
    expect(before).toMatchObject({ signatureValid: true, status: 'valid', licence: { typeName: '营业执照', holderName: '蓝山县湘味餐饮店' } });
    const permit = await issueFoodPermit();
    const after = await verify(payload);
    expect(after.permits).toContainEqual(expect.objectContaining({ typeName: '食品经营许可证', identifier: permit.identifier, status: 'valid', validUntil: '2031-03-01' }));
    const page = await t.app.inject({ url: `/v/${payload}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('证照有效');
    expect(page.body).toContain('食品经营许可证');
  });

  it('verifies a revoked licence offline by its signature while the online page says revoked', async () => {
    const permit = await issueFoodPermit();
    const payload = payloadOf(await detail(permit.id));
    const keys = await wellKnown();
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/licences/${permit.id}/revoke`, headers: await t.as('scjg-shenhe'), payload: { reason: '提供虚假材料取得许可' } }), 200);
    const offline = await verifyOffline(payload, keys, t.clock.now());
    expect(offline.exitCode).toBe(0);
    expect(offline.lines[0]).toContain('签名有效');
    expect(await verify(payload)).toMatchObject({ signatureValid: true, status: 'revoked', statusName: '已撤销', statusReason: '提供虚假材料取得许可' });
    const page = await t.app.inject({ url: `/v/${payload}` });
    expect(page.body).toContain('证照已撤销');
    expect(page.body).toContain('提供虚假材料取得许可');
    // the verdict in large words, the moment of the change in Beijing time, never raw UTC
    expect(page.body).toMatch(/<h1 id="verdict">已撤销<\/h1>/);
    expect(page.body).toContain(`${beijingDateTime(t.clock.now())}（北京时间）`);
    expect(page.body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('brands the QR page with the issuing authority and the site, in Chinese or English as the reader asks', async () => {
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    const payload = payloadOf(await detail(bl.id));
    const zh = (await t.app.inject({ url: `/v/${payload}` })).body;
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toMatch(/<span class="authority">蓝山县市场监督管理局<\/span>/);
    expect(zh).toMatch(/<h1 id="verdict">有效<\/h1>/);
    expect(zh).toContain('核验时间 2026-03-02 09:00（北京时间）');
    expect(zh).toMatch(/有效期限<\/th><td>\d{4}年\d{1,2}月\d{1,2}日/);
    expect(zh).toContain('主办单位：蓝山县行政审批服务局');
    expect(zh).toContain('网站标识码：');
    expect(zh).not.toContain('.well-known');
    expect(zh).toContain('href="?lang=en"');
    const byQuery = (await t.app.inject({ url: `/v/${payload}?lang=en` })).body;
    const byHeader = (await t.app.inject({ url: `/v/${payload}`, headers: { 'accept-language': 'en-GB,en;q=0.9' } })).body;
    for (const en of [byQuery, byHeader]) {
      expect(en).toContain('<html lang="en">');
      expect(en).toMatch(/<h1 id="verdict">Valid<\/h1>/);
      expect(en).toContain('Checked 2026-03-02 09:00 (Beijing time)');
      expect(en).toContain('Names and authorities are shown as issued, in Chinese.');
      expect(en).toContain('href="?lang=zh-CN"');
    }
    const forged = (await t.app.inject({ url: `/v/${payload.slice(0, -4)}AAAA` })).body;
    expect(forged).toMatch(/<h1 id="verdict">签名无效<\/h1>/);
  });

  it('fails a tampered payload both offline and online', async () => {
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    const payload = payloadOf(await detail(bl.id));
    const [prefix, body, sig] = payload.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, n: '蓝山县冒名餐饮店' })).toString('base64url')}.${sig}`;
    expect((await verifyOffline(forged, await wellKnown(), t.clock.now())).exitCode).toBe(1);
    expect(await verify(forged)).toMatchObject({ signatureValid: false, status: 'invalid' });
    expect((await t.app.inject({ url: `/v/${forged}` })).body).toContain('核验失败');
  });

  it('keeps an old licence valid after the authority’s key is rotated', async () => {
    const permit = await issueFoodPermit();
    const oldPayload = payloadOf(await detail(permit.id));
    const dept = (await t.app.inject({ url: '/api/v1/departments', headers: await t.as('admin') })).json().items.find((d: any) => d.code === 'scjg');
    const rotated = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/signing-keys/rotate', headers: await t.as('admin'), payload: { departmentId: dept.id } }), 200);
    const newPermit = await issueFoodPermit();
    const newPayload = payloadOf(await detail(newPermit.id));
    expect(JSON.parse(Buffer.from(newPayload.split('.')[1]!, 'base64url').toString()).k).toBe(rotated.kid);
    expect(JSON.parse(Buffer.from(oldPayload.split('.')[1]!, 'base64url').toString()).k).not.toBe(rotated.kid);
    expect(await verify(oldPayload)).toMatchObject({ signatureValid: true, status: 'valid' });
    expect((await verifyOffline(oldPayload, await wellKnown(), t.clock.now())).exitCode).toBe(0);
    expect(await verify(newPayload)).toMatchObject({ signatureValid: true, status: 'valid' });
  });

  it('signs with a new key when another server process retired the one this process keeps', async () => {
    const before = payloadOf(await detail((await issueFoodPermit()).id));
    const kept = JSON.parse(Buffer.from(before.split('.')[1]!, 'base64url').toString()).k as string;
    // the active key is kept per database; another process retires it behind this one's back
    const other = engineUnderTest() === 'postgres' ? await t.testDb.openAnother() : t.db;
    await other.query('UPDATE licence_signing_keys SET retired_at = now() WHERE id = $1', [kept]);
    const after = payloadOf(await detail((await issueFoodPermit()).id));
    const used = JSON.parse(Buffer.from(after.split('.')[1]!, 'base64url').toString()).k as string;
    expect(used).not.toBe(kept);
    expect(await verify(after)).toMatchObject({ signatureValid: true, status: 'valid' });
    expect((await verifyOffline(after, await wellKnown(), t.clock.now())).exitCode).toBe(0);
  });

  it('says a changed licence’s old QR is superseded and the new version keeps the identifier but for version and check', async () => {
    const permit = await issueFoodPermit();
    const oldPayload = payloadOf(await detail(permit.id));
    const changed = expectStatus(
      await t.app.inject({ method: 'POST', url: `/api/v1/licences/${permit.id}/change`, headers: await t.as('scjg-shenhe'), payload: { data: { businessItems: '热食类食品制售；冷食类食品制售' }, reason: '增加经营项目' } }),
      200,
    );
    expect(changed.version).toBe(2);
    expect(changed.identifier.split('.').slice(0, -2)).toEqual(permit.identifier.split('.').slice(0, -2));
    expect(changed.identifier.split('.').at(-2)).toBe('002');
    expect(await verify(oldPayload)).toMatchObject({ status: 'superseded', licence: { version: 1, currentVersion: 2 } });
    expect(await verify(payloadOf(await detail(permit.id)))).toMatchObject({ status: 'valid' });
  });

  it('answers 4xx to bad input and changes nothing', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: { payload: 'hello' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/licences/verify', payload: {} })).statusCode).toBe(400);
    const reviewer = await t.as('scjg-shenhe');
    const admin = await t.as('scjg-guanli');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/licences', headers: admin, payload: { type: 'food-business-permit', holderId: '92431127MA4QXW1881', holderName: '某店', reason: '按原证登记' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('LICENCE_HOLDER_INVALID');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/licences', headers: admin, payload: { type: 'nope', holderId: 'x', holderName: 'y', reason: '按原证登记' } })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/licences/not-a-uuid', headers: reviewer })).statusCode).toBe(400);
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/licences/${bl.id}/renew`, headers: reviewer, payload: {} })).json().code).toBe('LICENCE_NOT_RENEWABLE');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/licences/${bl.id}/revoke`, headers: await t.as('xiangwei'), payload: { reason: '自己撤销' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/licences/${bl.id}/revoke`, headers: await t.as('wjj-shenhe'), payload: { reason: '别的部门' } })).statusCode).toBe(403);
    expect((await detail(bl.id)).status).toBe('valid');
  });
});

describe('licence PDF', () => {
  it('prints the template with extractable Chinese text, embedded subset fonts and a QR code that verifies', async () => {
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    const res = await t.app.inject({ url: `/api/v1/licences/${bl.id}/pdf`, headers: await t.as('xiangwei') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(res.rawPayload);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of ['营业执照', '蓝山县湘味餐饮店', '统一社会信用代码', bl.holderId, '经营者', '组成形式', '经营场所', '注册日期', '经营范围', '发证机关：蓝山县市场监督管理局']) expect(text).toContain(s);
    const fonts = pdfFonts(pdf);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    const scanned = decodeQrFromPdf(pdf, 200);
    expect(scanned).toContain('/v/BSL1.');
    expect(await verify(scanned!)).toMatchObject({ status: 'valid', licence: { identifier: bl.identifier } });
    const offline = await verifyOffline(scanned!, await wellKnown(), t.clock.now());
    expect(offline.exitCode).toBe(0);
  });

  it('is refused to someone who is not the holder nor staff', async () => {
    const bl = (await mine('xiangwei')).find((l) => l.type === 'business-licence');
    expect((await t.app.inject({ url: `/api/v1/licences/${bl.id}/pdf`, headers: await t.as('zhangsan') })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/licences/${bl.id}/pdf` })).statusCode).toBe(401);
  });
});
