import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, userByUsername } from '../../src/identity/index.js';
import { issueLicence } from '../../src/licences/index.js';
import type { TestApp } from '../helpers/app.js';
import { ITEMS, submit } from '../helpers/applications.js';
import { chooseOption, confirmAction, tmpFile, useUi } from './harness.js';

/**
 * 开餐饮店 as the law has it, through the UI: the applicant's 120 ㎡ stands against an old licence's 60 ㎡ (chosen in
 * the form), the window accepts with the layout drawing owed (容缺), 市场监管局 and 城管局 (the signboard) decide, and
 * the food permit stays out of sight until the drawing has arrived and the window has checked it; then delivery.
 */
const ui = useUi();

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const LAYOUT = '经营场所平面布局图及设备布局、工艺流程图';

async function answer(page: Page, question: string, option: string) {
  await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

let applicationUrl = '';
let applicationId = '';

describe('开餐饮店 with a material owed', { timeout: 900_000 }, () => {
  it('keeps the applicant’s 120 ㎡ over the old licence’s 60 ㎡, chosen in the form, and files without the owed drawing', async () => {
    // an old 公共场所卫生许可证 of the shop, registered from paper, says 60 ㎡
    const uscc = (await userByUsername(ui.db, 'xiangwei'))!.uscc!;
    await ui.db.transaction((tx) =>
      issueLicence(tx, { clock: ui.clock, config: ui.config }, {
        type: 'public-health-permit',
        holder: { id: uscc, name: '蓝山县湘味餐饮店' },
        origin: { kind: 'registration', reason: '平台外已发放，按原证登记', data: { name: '蓝山县湘味餐饮店', premisesType: '住宿场所', area: 60 } },
      }),
    );

    const page = await ui.as('xiangwei');
    await page.goto('/portal/bundles/kai-canyindian');
    await page.getByRole('heading', { name: '开餐饮店' }).waitFor();
    await answer(page, '您是否已经领取营业执照？', '是');
    await page.getByLabel('经营场所的建筑面积是多少？').fill('120');
    await answer(page, '是否要在店门外设置招牌或户外广告？', '是');
    await answer(page, '是否设有供顾客娱乐的KTV包厢或住宿客房？', '否');
    await answer(page, '是否销售酒类（含啤酒）？', '否');
    await answer(page, '污水是否排入市政排水管网？', '否');
    await page.getByRole('button', { name: '生成一次性告知单' }).click();
    await page.waitForURL(/\/portal\/notices\//);
    // the signboard calls for 城管局's 户外广告设施设置审批; 120 ㎡ needs no fire-safety check
    await page.getByText('户外广告设施设置审批').first().waitFor();
    expect(await page.getByText('公众聚集场所投入使用、营业前消防安全检查').count()).toBe(0);

    await page.getByRole('link', { name: /开始申请/ }).click();
    await page.getByRole('heading', { name: /一表申请/ }).waitFor();
    const area = page.getByRole('spinbutton', { name: /经营场所面积（平方米）/ });
    await expect.poll(() => area.inputValue()).toBe('120');
    // the licence disagrees: both are shown, the applicant's answer until they pick the other
    const conflict = page.getByRole('radiogroup', { name: /经营场所面积（平方米）：电子证照“公共场所卫生许可证”与您填写的不一致/ });
    await expect.poll(() => conflict.getByRole('radio', { name: /您填写的：120/ }).isChecked()).toBe(true);
    await conflict.getByText(/电子证照“公共场所卫生许可证”记载：60/).click();
    await expect.poll(() => area.inputValue()).toBe('60');
    await ui.shot(page, 'apply-conflict-record-chosen');
    // on reflection the shop is 120 ㎡: the answer stands
    await conflict.getByText(/您填写的：120/).click();
    await expect.poll(() => area.inputValue()).toBe('120');

    await chooseOption(page, page.getByLabel('经营项目'), '热食类食品制售');
    await page.getByLabel('招牌面积（平方米）').fill('6');
    // every material but the layout drawing, which the food permit lets follow (容缺)
    const uploads = page.locator('input[type=file]');
    const n = await uploads.count();
    let uploaded = 0;
    for (let i = 0; i < n; i++) {
      const label = (await uploads.nth(i).getAttribute('aria-label')) ?? '';
      if (label.includes(LAYOUT)) continue;
      await uploads.nth(i).setInputFiles(pdf(`material-${i}`));
      uploaded++;
      await expect.poll(() => page.getByText(/已上传：/).count()).toBe(uploaded);
    }
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    await page.getByText('已提交，待受理').first().waitFor();
    applicationUrl = new URL(page.url()).pathname;
    applicationId = applicationUrl.split('/').pop()!;
  });

  it('has the window accept with the drawing owed by a due date, after confirming', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByText('材料核验（对照办事指南）').waitFor();
    // the form as filed carries the applicant's figure
    await clerk.getByText('经营场所面积（平方米）').first().waitFor();
    await clerk.getByText('120', { exact: true }).first().waitFor();
    await clerk.getByText('容缺受理', { exact: true }).click();
    await chooseOption(clerk, '容缺材料', `${LAYOUT}（食品经营许可）`);
    await clerk.getByLabel('补交期限').fill('2026-03-16');
    await clerk.getByRole('button', { name: '确认容缺受理' }).click();
    await confirmAction(clerk, '确认容缺受理？');
    await clerk.getByText('已受理，办理中').first().waitFor();
    await clerk.getByText('容缺材料', { exact: true }).first().waitFor();
    await clerk.getByText('待补交').waitFor();
    await ui.shot(clerk, 'window-accepted-with-pending');
  });

  it('has 市场监管局 and 城管局 each decide their own case', async () => {
    for (const [reviewer, item] of [
      ['scjg-shenhe', '食品经营许可'],
      ['cgj-shenhe', '户外广告设施设置审批'],
    ] as const) {
      const page = await ui.as(reviewer);
      await page.goto('/review/inbox');
      await page.getByRole('link', { name: item }).first().click();
      await page.getByRole('heading', { name: item }).waitFor();
      await page.getByRole('button', { name: '开始审核' }).click();
      await page.getByLabel('决定理由').fill('材料齐全，符合法定条件，准予许可');
      await page.getByRole('button', { name: '确认决定' }).click();
      await confirmAction(page, '确认作出“准予许可”决定？');
      await page.getByText(/决定：准予许可/).waitFor();
    }
    await ui.drain();
  });

  it('shows no food permit while the drawing is owed, and the window cannot deliver', async () => {
    const applicant = await ui.as('xiangwei');
    await applicant.goto(applicationUrl);
    await applicant.getByText('已办结，待出件').first().waitFor();
    const foodRow = applicant.getByRole('row').filter({ hasText: '食品经营许可' });
    await foodRow.getByText('—', { exact: true }).first().waitFor();
    expect(await foodRow.getByRole('link', { name: '查看证照' }).count()).toBe(0);
    // the signboard permit, owing nothing, is out
    await applicant.getByRole('row').filter({ hasText: '户外广告设施设置审批' }).getByRole('link', { name: '查看证照' }).waitFor();
    await applicant.goto('/portal/licences');
    await applicant.getByText('户外广告设施设置许可', { exact: true }).first().waitFor();
    expect(await applicant.getByText('食品经营许可证').count()).toBe(0);

    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByText('容缺材料补齐并经核验前不出件').waitFor();
    expect(await clerk.getByRole('button', { name: '确认出件' }).count()).toBe(0);
  });

  it('issues the food permit once the drawing arrives and the window has checked it; then delivers', async () => {
    const applicant = await ui.as('xiangwei');
    await applicant.goto(applicationUrl);
    await applicant.getByText('容缺受理：请在期限前补交').waitFor();
    await applicant.getByLabel(`上传文件：${LAYOUT}`).setInputFiles(pdf('layout'));
    await applicant.getByText('已提交，等待窗口重新审查').waitFor();
    // arrived, not yet checked: still no food permit
    expect(await applicant.getByRole('row').filter({ hasText: '食品经营许可' }).getByRole('link', { name: '查看证照' }).count()).toBe(0);

    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${applicationId}`);
    await clerk.getByText(/已补交，待核验/).waitFor();
    await clerk.getByRole('button', { name: '核验通过' }).click();
    await confirmAction(clerk, `确认“${LAYOUT}”核验通过？`);
    await clerk.getByText(/已核验（/).waitFor();
    await clerk.getByRole('button', { name: '确认出件' }).click();
    await confirmAction(clerk, '确认出件？');
    await clerk.getByText('已出件').first().waitFor();
    await ui.drain();

    await applicant.goto(applicationUrl);
    await applicant.getByText(/已于 .* 出件/).waitFor();
    await applicant.getByRole('row').filter({ hasText: '食品经营许可' }).getByRole('link', { name: '查看证照' }).click();
    await applicant.getByRole('heading', { name: '食品经营许可证' }).waitFor();
    await ui.shot(applicant, 'portal-food-permit-after-owed-material');
  });

  it('lets 市场监管局 revoke the permit it issued, after confirming, and the public check says so', async () => {
    const reviewer = await ui.as('scjg-shenhe');
    const applicant = await ui.as('xiangwei');
    await applicant.goto('/portal/licences');
    await applicant.getByRole('link', { name: /食品经营许可证/ }).first().click();
    await applicant.waitForURL(/\/portal\/licences\/[0-9a-f-]{36}$/);
    const licenceId = new URL(applicant.url()).pathname.split('/').pop()!;

    await reviewer.goto(`/review/licences/${licenceId}`);
    await reviewer.getByRole('heading', { name: '食品经营许可证' }).waitFor();
    await reviewer.getByLabel('撤销理由（告知持证人，记入审计日志）').fill('经核查，申请人以欺骗手段取得许可');
    await reviewer.getByRole('button', { name: '撤销证照' }).click();
    await confirmAction(reviewer, '确认撤销该证照？');
    await reviewer.getByText('已撤销').first().waitFor();
    await reviewer.getByText('经核查，申请人以欺骗手段取得许可').first().waitFor();
    // another department's reviewer is offered no such button
    const other = await ui.as('cgj-shenhe');
    await other.goto(`/review/licences/${licenceId}`);
    await other.getByRole('heading', { name: '食品经营许可证' }).waitFor();
    expect(await other.getByRole('button', { name: '撤销证照' }).count()).toBe(0);

    await applicant.goto(`/portal/licences/${licenceId}`);
    await applicant.getByText('已撤销').first().waitFor();
  });

  it('lets the applicant withdraw an application not yet accepted, after confirming', async () => {
    // filed through the API as the applicant would from the form
    const api = {
      ...ui,
      app: ui.app,
      db: ui.db,
      async as(username: string) {
        const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
        return { authorization: `Bearer ${res.json().token as string}` };
      },
    } as unknown as TestApp;
    const { id } = await submit(api, { itemCodes: [ITEMS.food] });
    const applicant = await ui.as('xiangwei');
    await applicant.goto(`/portal/applications/${id}`);
    await applicant.getByText('已提交，待受理').first().waitFor();
    await applicant.getByRole('button', { name: '撤回申请' }).click();
    await confirmAction(applicant, '确认撤回本申请？');
    // the status tag itself, not the 申请已撤回 notice that shows before the page reloads
    await applicant.getByText('已撤回', { exact: true }).first().waitFor();
    await applicant.getByRole('button', { name: '撤回申请' }).waitFor({ state: 'detached' });
    // the window can no longer act on it
    const clerk = await ui.as('chuangkou');
    await clerk.goto(`/window/applications/${id}`);
    await clerk.getByText('当前状态无需窗口操作').waitFor();
  });
});

