import { describe, expect, it } from 'vitest';
import { useUi, tmpFile } from './harness.js';
import { makeIdNumber } from '../../src/core/index.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';

const ui = useUi();

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

describe('帮代办 on an online authorisation', { timeout: 300_000 }, () => {
  it('an agent chooses the principal’s live grant on the apply page, files without a letter, and the principal sees it', async () => {
    // 张三 authorises the hall's agent online for 个体工商户设立登记
    const login = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: DEMO_PASSWORD } });
    const zhangsan = { authorization: `Bearer ${login.json().token as string}` };
    const granted = await ui.app.inject({ method: 'POST', url: '/api/v1/authorisations', headers: zhangsan, payload: { agent: 'daiban', itemCodes: ['XK00118002'], validUntil: '2026-12-31' } });
    expect(granted.statusCode).toBe(201);
    const notice = await ui.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00118002/notice' });
    expect(notice.statusCode).toBe(201);

    const agent = await ui.as('daiban');
    await agent.goto(`/portal/apply?notice=${notice.json().id as string}`);
    await agent.getByRole('heading', { name: /一表申请/ }).waitFor();
    await agent.getByText('帮代办：申请人与授权委托').waitFor();
    await agent.getByRole('radio', { name: /在线授权：张三（个体工商户设立登记，有效期至 2026-12-31）/ }).check();
    // on the grant, the applicant comes from the principal's account: no letter, no applicant to type in
    await agent.getByText('帮代办：申请人与授权委托').waitFor({ state: 'detached' });
    await agent.getByText(/按申请人在线给出的授权代为申请/).waitFor();
    const idNumber = makeIdNumber('431127', '19900307', '051');
    await agent.getByLabel('企业名称').fill('蓝山县张三便利店');
    await agent.getByLabel('法定代表人（负责人、经营者）').fill('张三');
    await agent.getByLabel('法定代表人身份证号').fill(idNumber);
    await agent.getByLabel('经营地址').fill('蓝山县塔峰镇南平路 18 号');
    await agent.getByLabel('联系电话', { exact: true }).fill('13807461234');
    await agent.getByLabel('经营范围').fill('日用百货零售');
    await agent.getByLabel('经营场所面积（平方米）').fill('40');
    await agent.getByLabel('上传文件：个体工商户登记（备案）申请书', { exact: true }).setInputFiles(pdf('application-form'));
    await agent.getByText('已上传：application-form.pdf').waitFor();
    await agent.getByLabel('上传文件：经营者身份证复印件', { exact: true }).setInputFiles(pdf('id-card'));
    await agent.getByText('已上传：id-card.pdf').waitFor();
    await agent.getByLabel('上传文件：经营场所使用证明（产权证书或租赁合同）', { exact: true }).setInputFiles(pdf('premises'));
    await agent.getByText('已上传：premises.pdf').waitFor();
    await ui.shot(agent, 'agent-online-apply');
    await agent.getByRole('button', { name: '提交申请' }).click();
    await agent.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    await agent.getByText(/帮代办：依申请人在线授权代为申请，授权范围“个体工商户设立登记”，有效期至 2026-12-31/).waitFor();
    const applicationId = new URL(agent.url()).pathname.split('/').pop()!;

    // the application is 张三's: he sees it in his own account, filed on his grant
    const principal = await ui.as('zhangsan');
    await principal.goto(`/portal/applications/${applicationId}`);
    await principal.getByText(/帮代办：依申请人在线授权代为申请/).waitFor();
    await ui.shot(principal, 'agent-online-principal');
  });
});
