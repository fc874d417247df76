import { describe, expect, it } from 'vitest';
import { useUi, tmpFile } from './harness.js';
import { makeIdNumber } from '../../src/core/index.js';

const ui = useUi();

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

describe('帮代办', { timeout: 300_000 }, () => {
  it('an agent files for an applicant with the authorisation letter, and the window sees it', async () => {
    const notice = await ui.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00118002/notice' });
    expect(notice.statusCode).toBe(201);
    const agent = await ui.as('daiban');
    await agent.goto(`/portal/apply?notice=${notice.json().id as string}`);
    await agent.getByRole('heading', { name: /一表申请/ }).waitFor();
    await agent.getByText('帮代办：申请人与授权委托').waitFor();
    const idNumber = makeIdNumber('431127', '19900307', '051');
    await agent.getByLabel('申请人姓名').fill('张三');
    await agent.getByLabel('申请人身份证号码').fill(idNumber);
    await agent.getByLabel('申请人联系电话').fill('13807461234');
    await agent.getByLabel('申请人平台账号（选填，申请人可在本人账户查看进度）').fill('zhangsan');
    await agent.getByLabel('授权范围').fill('代为申请个体工商户设立登记并领取营业执照');
    // without the letter nothing is filed
    await agent.getByLabel('企业名称').fill('蓝山县张三便利店');
    await agent.getByLabel('法定代表人（负责人、经营者）').fill('张三');
    await agent.getByLabel('法定代表人身份证号').fill(idNumber);
    await agent.getByLabel('经营地址').fill('蓝山县塔峰镇南平路 18 号');
    await agent.getByLabel('联系电话', { exact: true }).fill('13807461234');
    await agent.getByLabel('经营范围').fill('日用百货零售');
    await agent.getByLabel('经营场所面积（平方米）').fill('40');
    await agent.getByRole('button', { name: '提交申请' }).click();
    await agent.getByRole('alert').getByText('请上传申请人签署的授权委托书').waitFor();
    await agent.getByLabel('上传文件：授权委托书', { exact: true }).setInputFiles(pdf('authorisation-letter'));
    await agent.getByText('已上传：authorisation-letter.pdf').waitFor();
    // the item's required materials are checked at submission too (an agent is no exception)
    await agent.getByLabel('上传文件：个体工商户登记（备案）申请书', { exact: true }).setInputFiles(pdf('application-form'));
    await agent.getByText('已上传：application-form.pdf').waitFor();
    await agent.getByLabel('上传文件：经营者身份证复印件', { exact: true }).setInputFiles(pdf('id-card'));
    await agent.getByText('已上传：id-card.pdf').waitFor();
    await agent.getByLabel('上传文件：经营场所使用证明（产权证书或租赁合同）', { exact: true }).setInputFiles(pdf('premises'));
    await agent.getByText('已上传：premises.pdf').waitFor();
    await ui.shot(agent, 'agent-apply');
    await agent.getByRole('button', { name: '提交申请' }).click();
    await agent.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    await agent.getByText(/帮代办：授权范围“代为申请个体工商户设立登记并领取营业执照”，有效期至 \d{4}-\d{2}-\d{2}，授权委托书已随办件存档/).waitFor();
    const applicationId = new URL(agent.url()).pathname.split('/').pop()!;
    await ui.shot(agent, 'agent-application');

    // the applicant follows it in their own account; the window sees who filed it and on what authority
    const applicant = await ui.as('zhangsan');
    await applicant.goto(`/portal/applications/${applicationId}`);
    await applicant.getByText(/帮代办：授权范围/).waitFor();
    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByText(/· 帮代办/).waitFor();
    await clerk.getByText(/授权委托书已随办件存档/).waitFor();
    await ui.shot(clerk, 'agent-window');
  });
});
