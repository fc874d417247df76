import { describe, it } from 'vitest';
import { chooseOption, confirmAction, tmpFile, useUi } from './harness.js';
import { makeIdNumber } from '../../src/core/index.js';

const ui = useUi();

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

describe('窗口收件', { timeout: 300_000 }, () => {
  it('a clerk files for a walk-in applicant: identity checked, materials scanned, then accepted like any other', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/intake');
    await clerk.getByRole('heading', { name: '窗口收件' }).waitFor();
    const idNumber = makeIdNumber('431127', '19880416', '073');
    await clerk.getByLabel('姓名（企业填法定代表人或负责人）').fill('赵六');
    await clerk.getByLabel('公民身份号码').fill(idNumber);
    await clerk.getByLabel('申请人联系电话').fill('13807469876');
    await chooseOption(clerk, '选择要办理的事项', '个体工商户设立登记（蓝山县市场监督管理局）', { search: '个体工商户设立' });
    await clerk.getByLabel('企业名称').fill('蓝山县赵六杂货店');
    await clerk.getByLabel('法定代表人（负责人、经营者）').fill('赵六');
    await clerk.getByLabel('法定代表人身份证号').fill(idNumber);
    await clerk.getByLabel('经营地址').fill('蓝山县塔峰镇南平路 20 号');
    await clerk.getByLabel('联系电话', { exact: true }).fill('13807469876');
    await clerk.getByLabel('经营范围').fill('日用百货零售');
    await clerk.getByLabel('经营场所面积（平方米）').fill('30');
    // without saying how identity was checked nothing is filed
    await clerk.getByRole('button', { name: '提交（窗口收件）' }).click();
    await clerk.getByText('请填写').first().waitFor();
    await clerk.getByRole('radiogroup', { name: '核验方式' }).getByText('读取居民身份证芯片（读卡器）').click();
    // the materials are scanned at the counter
    for (const [label, name] of [
      ['个体工商户登记（备案）申请书', 'application-form'],
      ['经营者身份证复印件', 'id-card'],
      ['经营场所使用证明（产权证书或租赁合同）', 'premises'],
    ] as const) {
      await clerk.getByLabel(`上传文件：${label}`, { exact: true }).setInputFiles(pdf(name));
      await clerk.getByText(`已上传：${name}.pdf`).waitFor();
    }
    await ui.shot(clerk, 'window-counter-intake');
    await clerk.getByRole('button', { name: '提交（窗口收件）' }).click();
    await clerk.waitForURL(/\/window\/applications\/[0-9a-f-]{36}$/);
    await clerk.getByText(/· 窗口收件/).waitFor();
    await clerk.getByText(/窗口收件：由 王窗口/).waitFor();
    await clerk.getByText(/身份核验：读取居民身份证芯片（到窗口办理人：赵六）；窗口扫描上传材料 3 份/).waitFor();
    await ui.shot(clerk, 'window-counter-application');
    // then the same path: acceptance at the window, after the confirmation
    await clerk.getByRole('button', { name: '确认受理' }).click();
    await confirmAction(clerk, '确认受理本申请？');
    await clerk.getByText('已受理，办理中').first().waitFor();
  });
});
