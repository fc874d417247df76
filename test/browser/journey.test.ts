import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseOption, confirmAction, tmpFile, useUi } from './harness.js';

/**
 * 开餐饮店 from guidance to delivery and rating: the applicant, the window clerk and two reviewers (market regulation
 * and fire service) each in their own browser session; one correction round; a reviewer of another department is
 * kept out; the issued licence verifies publicly.
 */
const ui = useUi();

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

async function answer(page: Page, question: string, option: string) {
  await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

let applicationUrl = '';
let applicationId = '';

describe('开餐饮店 in the browser', { timeout: 600_000 }, () => {
  it('guides the applicant to a notice that says why each material is needed, then takes the one form', async () => {
    const page = await ui.as('xiangwei');
    await page.goto('/portal/bundles/kai-canyindian');
    await page.getByRole('heading', { name: '开餐饮店' }).waitFor();
    await answer(page, '您是否已经领取营业执照？', '是');
    await page.getByLabel('经营场所的建筑面积是多少？').fill('500');
    await answer(page, '是否要在店门外设置招牌或户外广告？', '否');
    await answer(page, '是否设有供顾客娱乐的KTV包厢或住宿客房？', '否');
    await answer(page, '是否销售酒类（含啤酒）？', '否');
    await answer(page, '污水是否排入市政排水管网？', '否');
    await page.getByRole('button', { name: '生成一次性告知单' }).click();
    await page.waitForURL(/\/portal\/notices\//);
    await page.getByRole('heading', { name: /一次性告知单/ }).waitFor();
    // each material names the item needing it and the legal basis
    await page.getByText('《食品经营许可和备案管理办法》第十三条第（二）项').first().waitFor();
    await ui.shot(page, 'portal-notice');

    await page.getByRole('link', { name: /开始申请/ }).click();
    await page.getByRole('heading', { name: /一表申请/ }).waitFor();
    // prefilled from the verified profile; the rest is typed once for both items
    await expect.poll(() => page.getByLabel('企业名称').inputValue()).toBe('蓝山县湘味餐饮店');
    await page.getByLabel('经营地址').fill('蓝山县塔峰镇舜乡大道 128 号');
    await page.getByLabel('经营场所面积（平方米）').fill('500');
    await chooseOption(page, page.getByLabel('经营项目'), '热食类食品制售');
    // every material but the layout drawing (asked for in the correction round)
    const uploads = page.locator('input[type=file]');
    const n = await uploads.count();
    let uploaded = 0;
    for (let i = 0; i < n; i++) {
      const label = (await uploads.nth(i).getAttribute('aria-label')) ?? '';
      if (label.includes('平面布局图及设备布局')) continue;
      await uploads.nth(i).setInputFiles(pdf(`material-${i}`));
      uploaded++;
      await expect.poll(() => page.getByText(/已上传：/).count()).toBe(uploaded);
    }
    await ui.shot(page, 'portal-apply');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    await page.getByText('已提交，待受理').first().waitFor();
    applicationUrl = new URL(page.url()).pathname;
    applicationId = applicationUrl.split('/').pop()!;
    await ui.shot(page, 'portal-application-submitted');
  });

  it('lets the window ask for corrections once, citing the guide, and the applicant supply them', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/queue');
    await clerk.getByRole('link', { name: /开餐饮店/ }).first().click();
    await clerk.getByText('材料核验（对照办事指南）').waitFor();
    await ui.shot(clerk, 'window-application');
    await clerk.getByText('补正', { exact: true }).click();
    await chooseOption(clerk, clerk.getByLabel('指南中的材料或条件 1'), '材料：经营场所平面布局图及设备布局、工艺流程图');
    await clerk.getByLabel('存在的问题 1').fill('未提交，请补充经营场所平面布局图');
    await clerk.getByRole('button', { name: '发出一次性补正告知' }).click();
    await confirmAction(clerk, '确认发出一次性补正告知？');
    await clerk.getByText('已告知补正', { exact: false }).waitFor();

    const applicant = await ui.as('xiangwei');
    await applicant.goto(applicationUrl);
    await applicant.getByText('窗口一次性告知：请补正以下全部内容').waitFor();
    await applicant.getByText('未提交，请补充经营场所平面布局图', { exact: false }).first().waitFor();
    await ui.shot(applicant, 'portal-correction');
    await applicant.getByLabel(/上传文件：经营场所平面布局图/).setInputFiles(pdf('layout'));
    await applicant.getByText(/已上传：/).waitFor();
    await applicant.getByRole('button', { name: '提交补正' }).click();
    await applicant.getByText('已提交，待受理').first().waitFor();
  });

  it('accepts at the window, prints the acceptance notice, and fans out to two departments', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByRole('button', { name: '确认受理' }).click();
    await confirmAction(clerk, '确认受理本申请？');
    await clerk.getByText('已受理，办理中').first().waitFor();
    await clerk.getByRole('link', { name: '打印受理通知书' }).click();
    await clerk.getByRole('heading', { name: /受理通知书/ }).first().waitFor();
    await ui.shot(clerk, 'window-acceptance-notice');
  });

  it('has each department decide its own case, and keeps another department out', async () => {
    for (const [reviewer, item] of [
      ['scjg-shenhe', '食品经营许可'],
      ['xfjy-shenhe', '公众聚集场所投入使用、营业前消防安全检查'],
    ] as const) {
      const page = await ui.as(reviewer);
      await page.goto('/review/inbox');
      await page.getByRole('link', { name: item }).first().click();
      await page.getByRole('heading', { name: item }).waitFor();
      if (reviewer === 'scjg-shenhe') await ui.shot(page, 'review-case');
      await page.getByRole('button', { name: '开始审核' }).click();
      await page.getByLabel('决定理由').fill('材料齐全，符合法定条件，准予许可');
      await page.getByRole('button', { name: '确认决定' }).click();
      await confirmAction(page, '确认作出“准予许可”决定？');
      await page.getByText(/决定：准予许可/).waitFor();
      if (reviewer === 'scjg-shenhe') {
        const caseUrl = new URL(page.url()).pathname;
        const outsider = await ui.as('gaj-shenhe');
        ui.allowConsoleError(/404/);
        await outsider.goto(caseUrl);
        await outsider.getByText('事项办件不存在或无权查看').waitFor();
        await ui.shot(outsider, 'review-other-department-refused');
      }
    }
    await ui.drain();
  });

  it('delivers the results together at the window', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByText('已办结，待出件').first().waitFor();
    await clerk.getByRole('button', { name: '确认出件' }).click();
    await confirmAction(clerk, '确认出件？');
    await clerk.getByText('已出件').first().waitFor();

    const applicant = await ui.as('xiangwei');
    await applicant.goto(applicationUrl);
    await applicant.getByText(/已于 .* 出件/).waitFor();
    await ui.shot(applicant, 'portal-delivered');
  });
});
