import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../../src/core/index.js';
import { useUi, tmpFile } from './harness.js';
import { ACR, startProvinceIdp, type ProvinceIdp } from '../helpers/province-idp.js';

const ui = useUi();
let idp: ProvinceIdp;

beforeAll(async () => {
  idp = await startProvinceIdp();
  ui.config.oidc = idp.register(`${ui.baseUrl}/api/v1/auth/oidc/callback`);
  idp.accounts.set('chunfeng', {
    password: 'Chunfeng#2026',
    acr: ACR.provider,
    claims: { name: '陈春风', id_number: makeIdNumber('431127', '19860909', '028'), uscc: makeUscc('92', '431127', 'MA4R6H2J'), org_name: '蓝山县春风小吃店', legal_representative: true },
  });
});
afterAll(async () => {
  await idp?.close();
});

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

describe('a business signs in through 统一身份认证 and its 经办人 files for it', { timeout: 400_000 }, () => {
  it('signs the legal representative in at the province, authorises a 经办人, who files; the business sees who filed', async () => {
    const rep = await ui.session('chunfeng');
    await rep.goto('/login');
    await rep.getByRole('link', { name: '统一身份认证登录' }).click();
    await rep.getByRole('heading', { name: '湖南省统一身份认证平台（测试）' }).waitFor();
    await rep.getByLabel('账号').fill('chunfeng');
    await rep.getByLabel('密码').fill('Chunfeng#2026');
    await rep.getByRole('button', { name: '登录并授权' }).click();
    await rep.waitForURL((u) => u.origin === ui.baseUrl && u.pathname === '/portal');
    await rep.goto('/portal/business/handlers');
    await rep.getByRole('heading', { name: '经办人授权' }).waitFor();
    await rep.getByText('账号实名等级：统一身份认证实名').waitFor();
    await rep.getByLabel('经办人姓名').fill('张三');
    await rep.getByLabel('经办人身份证号码').fill(makeIdNumber('431127', '19900307', '051'));
    await rep.getByLabel('全部事项').check();
    await rep.getByLabel('授权说明（记入记录）').fill('店员张三代办登记');
    await rep.getByRole('button', { name: '授权', exact: true }).click();
    await rep.getByRole('cell', { name: /张三/ }).waitFor();
    await rep.getByText('有效', { exact: true }).waitFor();
    await ui.shot(rep, 'business-handlers');

    const notice = await ui.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00118002/notice' });
    expect(notice.statusCode).toBe(201);
    const handler = await ui.as('zhangsan');
    await handler.goto(`/portal/apply?notice=${notice.json().id as string}`);
    await handler.getByRole('heading', { name: /一表申请/ }).waitFor();
    await handler.getByText(/蓝山县春风小吃店（经办人，授权至/).click();
    await handler.getByText('以经办人身份为企业申请时，办件属于企业').waitFor();
    const idNumber = makeIdNumber('431127', '19860909', '028');
    await handler.getByLabel('企业名称').fill('蓝山县春风小吃店');
    await handler.getByLabel('法定代表人（负责人、经营者）').fill('陈春风');
    await handler.getByLabel('法定代表人身份证号').fill(idNumber);
    await handler.getByLabel('经营地址').fill('蓝山县塔峰镇南平路 26 号');
    // a field prefilled from the 经办人's own profile carries a tag in its label
    await handler.getByLabel(/^联系电话/).first().fill('13807461234');
    await handler.getByLabel('经营范围').fill('小吃服务');
    await handler.getByLabel('经营场所面积（平方米）').fill('35');
    await handler.getByLabel('上传文件：个体工商户登记（备案）申请书', { exact: true }).setInputFiles(pdf('application-form'));
    await handler.getByText('已上传：application-form.pdf').waitFor();
    await handler.getByLabel('上传文件：经营者身份证复印件', { exact: true }).setInputFiles(pdf('id-card'));
    await handler.getByText('已上传：id-card.pdf').waitFor();
    await handler.getByLabel('上传文件：经营场所使用证明（产权证书或租赁合同）', { exact: true }).setInputFiles(pdf('premises'));
    await handler.getByText('已上传：premises.pdf').waitFor();
    await ui.shot(handler, 'business-handler-apply');
    await handler.getByRole('button', { name: '提交申请' }).click();
    await handler.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);

    await rep.reload();
    await rep.getByRole('cell', { name: '张三（经办人）' }).waitFor();
    await ui.shot(rep, 'business-filings');
  });
});
