import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, getApplication, ITEMS, submit } from '../../test/helpers/applications.js';
import { decodeQrFromPdf, pdfText } from '../../test/helpers/pdf.js';
import { makeIdNumber } from '../core/index.js';

let t: TestApp;
let businessLicence: string;
let foodPermit: string;
const repIdNumber = makeIdNumber('431127', '19790415', '017');
const phone = '13974601234';

/** Opening a restaurant (开餐饮店): the business licence and the food permit, issued by the approvals. */
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  const { id } = await submit(t, {
    bundleCode: 'kai-canyindian',
    itemCodes: [ITEMS.companyReg, ITEMS.food],
    form: {
      enterpriseName: '蓝山县舜乡面馆有限公司', enterpriseType: '有限责任公司', legalRepresentative: '欧阳舜', legalRepIdNumber: repIdNumber, contactPhone: phone, byAgent: 'false',
      businessAddress: '蓝山县塔峰镇舜乡路20号', registeredCapital: 50, businessScope: '餐饮服务；食品销售', [`${ITEMS.food}.foodCategory`]: '热食类食品制售',
    },
    extra: { answers: { hasLicence: false, entityType: 'company', area: 80, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false } },
  });
  const app = await accept(t, id);
  await decide(t, caseOf(app, ITEMS.companyReg));
  await decide(t, caseOf(await getApplication(t, id), ITEMS.food));
  const done = await getApplication(t, id);
  businessLicence = caseOf(done, ITEMS.companyReg).licenceId;
  foodPermit = caseOf(done, ITEMS.food).licenceId;
});
afterAll(() => t.close());

const detail = async (id: string) => expectStatus(await t.app.inject({ url: `/api/v1/licences/${id}`, headers: await t.as('xiangwei') }), 200);
const pdf = async (id: string) => {
  const res = await t.app.inject({ url: `/api/v1/licences/${id}/pdf`, headers: await t.as('xiangwei') });
  expect(res.statusCode).toBe(200);
  return new Uint8Array(res.rawPayload);
};
const labels = (d: any) => d.face.fields.map((f: any) => f.label);
const value = (d: any, label: string) => d.face.fields.find((f: any) => f.label === label)?.value;

/** What must never be printed: raw keys, booleans, the representative's ID number, the contact phone. */
function expectNothingRaw(text: string) {
  for (const raw of ['legalRepIdNumber', 'contactPhone', 'byAgent', 'uscc', 'enterpriseName', 'foodCategory', 'true', 'false', repIdNumber, repIdNumber.slice(-8), phone]) {
    expect(text, raw).not.toContain(raw);
  }
}

describe('licence content by type', () => {
  it('shows a business licence’s catalogue fields with Chinese labels on its page, nothing else', async () => {
    const d = await detail(businessLicence);
    expect(d.data).toBeUndefined();
    // The business already held a business licence (registered from paper): the approval is its next version.
    expect(d).toMatchObject({ version: 2, origin: 'decision', originName: '审批签发' });
    expect(d.versions.map((v: any) => v.change)).toEqual(['issue', 'change']);
    expect(d.versions[1].identifier.split('.').slice(0, -2)).toEqual(d.versions[0].identifier.split('.').slice(0, -2));
    expect(d.face).toMatchObject({ title: '营业执照', layout: 'certificate', issuerName: '蓝山县市场监督管理局', issuedOn: '2026-03-02' });
    expect(labels(d)).toEqual(['统一社会信用代码', '名称', '类型', '法定代表人', '经营范围', '注册资本', '成立日期', '营业期限', '住所']);
    expect(value(d, '名称')).toBe('蓝山县舜乡面馆有限公司');
    expect(value(d, '法定代表人')).toBe('欧阳舜');
    expect(value(d, '注册资本')).toBe('人民币50万元');
    expect(value(d, '成立日期')).toBe('2023年5月16日');
    expect(value(d, '住所')).toBe('蓝山县塔峰镇舜乡路20号');
    expectNothingRaw(JSON.stringify(d.face));
  });

  it('prints the business licence like the paper one, with no personal number of the representative', async () => {
    const file = await pdf(businessLicence);
    const text = pdfText(file).replace(/\s+/g, '');
    for (const s of ['营业执照', '统一社会信用代码', '名称', '蓝山县舜乡面馆有限公司', '类型', '有限责任公司', '法定代表人', '欧阳舜', '经营范围', '注册资本', '人民币50万元', '成立日期', '2023年5月16日', '营业期限', '住所', '发证机关：蓝山县市场监督管理局', '2026年3月2日']) {
      expect(text).toContain(s);
    }
    expectNothingRaw(text);
    expect(decodeQrFromPdf(file, 200)).toContain('/v/BSL1.');
  });

  it('shows and prints a food permit with the catalogue’s fields, its JY number and supervising authority', async () => {
    const d = await detail(foodPermit);
    expect(labels(d)).toEqual(['经营者名称', '社会信用代码（身份证号码）', '法定代表人（负责人）', '住所', '经营场所', '主体业态', '经营项目', '许可证编号', '有效期至', '日常监督管理机构']);
    expect(value(d, '主体业态')).toBe('餐饮服务经营者');
    expect(value(d, '经营项目')).toBe('热食类食品制售');
    expect(value(d, '许可证编号')).toMatch(/^JY2431127\d{7}$/);
    expect(value(d, '有效期至')).toBe('2031年3月1日');
    expect(value(d, '日常监督管理机构')).toBe('蓝山县市场监督管理局');
    expectNothingRaw(JSON.stringify(d.face));

    const text = pdfText(await pdf(foodPermit)).replace(/\s+/g, '');
    for (const s of ['食品经营许可证', '经营者名称', '蓝山县舜乡面馆有限公司', '法定代表人（负责人）', '欧阳舜', '主体业态', '餐饮服务经营者', '经营项目', '热食类食品制售', value(d, '许可证编号'), '有效期至', '2031年3月1日', '日常监督管理机构', '投诉举报电话：12315', '发证机关：蓝山县市场监督管理局']) {
      expect(text).toContain(s);
    }
    expectNothingRaw(text);
  });

  it('keeps one food permit per shop: a registration of the same permit is refused, naming the one held', async () => {
    const d = await detail(foodPermit);
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/licences', headers: await t.as('scjg-guanli'),
      payload: { type: 'food-business-permit', holderId: d.holderId, holderName: d.holderName, reason: '按原证登记', data: { name: d.holderName, address: '蓝山县塔峰镇舜乡路20号' } },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'LICENCE_ALREADY_HELD', message: expect.stringContaining(d.identifier) });
    const otherShop = await t.app.inject({
      method: 'POST', url: '/api/v1/licences', headers: await t.as('scjg-guanli'),
      payload: { type: 'food-business-permit', holderId: d.holderId, holderName: d.holderName, reason: '按原证登记', data: { name: d.holderName, address: '蓝山县塔峰镇舜乡路99号' } },
    });
    expect(otherShop.statusCode).toBe(200);
  });
});
