import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectTranslated, tmpFile, useUi } from './harness.js';

const ui = useUi();

/** What a raw value looks like on a Chinese page: an enum code, a boolean, a UTC instant. */
const RAW = /\b(locked|open|filed|handling|issued|reviewing|revising|passed|failed|true|false|null|undefined)\b|\d{4}-\d{2}-\d{2}T\d{2}:/;

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('工程建设项目', { timeout: 300_000 }, () => {
  it('on a phone, the company registers its project, is told in words why stage 2 cannot be filed yet, and files stage 1 through the one form', async () => {
    const page = await ui.as('xiangwei', { width: 390, height: 844 });
    await page.goto('/portal/projects');
    await page.getByRole('button', { name: '新建工程项目' }).click();
    const form = page.getByTestId('new-project');
    await form.getByLabel('项目名称').fill('湘味冷链仓储用房');
    await form.getByLabel('建设地点').fill('蓝山县塔峰镇工业大道18号');
    await form.getByLabel('所在区县').fill('蓝山');
    await page.getByTitle('永州市蓝山县').click();
    await form.getByLabel('总建筑面积').fill('1800');
    await form.getByRole('button', { name: '登记项目' }).click();
    await page.waitForURL(/\/portal\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '工程建设项目 湘味冷链仓储用房' }).waitFor();
    await page.getByText(/^\d{4}-431127-47-03-\d{6}$/).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    const projectUrl = new URL(page.url()).pathname;

    // stage 2 before stage 1 has its results: refused, in the gate's words
    ui.allowConsoleError(/409/);
    await page.getByTestId('stage-projectPermit').getByRole('button', { name: '申报本阶段' }).click();
    await page.getByTestId('stage-projectPermit').getByRole('alert').getByText('上一阶段“立项用地规划许可”的审批结果尚未出件，本阶段不能申报').waitFor();
    await ui.shot(page, 'project-stage-refused');

    // stage 1: the questions that decide its items, its notice, then the one form of its items only
    const first = page.getByTestId('stage-landPlanning');
    await first.getByRole('button', { name: '申报本阶段' }).click();
    for (const q of ['项目用地是否以划拨方式取得？', '项目是否列入环境影响评价报告表管理类别？']) await first.getByRole('radiogroup', { name: q }).getByRole('radio', { name: '否', exact: true }).check();
    await first.getByRole('button', { name: '生成告知单并填写申请' }).click();
    await page.waitForURL(/\/portal\/apply\?notice=/);
    await page.getByRole('heading', { name: /一表申请 · 工程建设项目审批（社会投资小型项目）·立项用地规划许可/ }).waitFor();
    await expect.poll(() => page.getByLabel('项目名称').inputValue()).toBe('湘味冷链仓储用房');
    for (const [label, value] of [['用地面积（平方米）', '3000'], ['建筑面积（平方米）', '1800'], ['总投资（万元）', '1200']] as const) {
      const input = page.getByLabel(label, { exact: true });
      if (await input.count()) await input.fill(value);
    }
    const uploads = page.locator('input[type=file]');
    const n = await uploads.count();
    for (let i = 0; i < n; i++) {
      await uploads.nth(i).setInputFiles(pdf(`stage1-${i}`));
      await expect.poll(() => page.getByText(/已上传：/).count()).toBe(i + 1);
    }
    expect(await noSideScroll(page)).toBe(true);
    await ui.shot(page, 'project-stage-apply');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL((u) => u.pathname === projectUrl);
    await page.getByTestId('stage-landPlanning').getByText('已申报，待受理').first().waitFor();
    await page.getByTestId('stage-landPlanning').getByRole('link', { name: /本阶段办件/ }).waitFor();
    // filed: no second filing is offered
    expect(await page.getByTestId('stage-landPlanning').getByRole('button', { name: '申报本阶段' }).count()).toBe(0);
    await expectTranslated(page);
    expect(await page.locator('main').innerText()).not.toMatch(RAW);
    expect(await noSideScroll(page)).toBe(true);
    await ui.shot(page, 'project-stage-filed');
  });


  it('the company and the county staff see the stages, the limits, the promised total and the zone-covered materials in Chinese', async () => {
    const login = async (username: string) => ({ authorization: `Bearer ${(await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'Banshi@2026' } })).json().token}` });
    const post = async (user: string, url: string, payload: Record<string, unknown>) => {
      const res = await ui.app.inject({ method: 'POST', url, headers: await login(user), payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    await post('jianguan', '/api/v1/zones', { code: 'lanshan-kfq', name: '湖南蓝山经济开发区', regionCode: '431127' });
    await post('jianguan', '/api/v1/zones/lanshan-kfq/assessments', {
      kind: 'environment', title: '湖南蓝山经济开发区规划环境影响报告书', conclusion: '入园项目可简化环评', covers: [{ itemCode: 'XK01101001', materialCode: 'eia-report' }],
    });
    const project = await post('xiangwei', '/api/v1/projects', { name: '园区标准化厂房', address: '湖南蓝山经济开发区创业大道18号', regionCode: '431127', zoneCode: 'lanshan-kfq' });

    const company = await ui.as('xiangwei');
    await company.goto('/portal/projects');
    await company.getByRole('heading', { name: '工程建设项目' }).waitFor();
    await company.getByRole('link', { name: '园区标准化厂房' }).click();
    await company.getByRole('heading', { name: '工程建设项目 园区标准化厂房' }).waitFor();
    await company.getByText(project.projectCode).waitFor();
    await company.getByText('已用 0 个工作日，承诺 40 个工作日').waitFor();
    await company.getByTestId('stage-landPlanning').getByText('可以申报').waitFor();
    await company.getByTestId('stage-completion').getByText('未开始（待上一阶段出件）').first().waitFor();
    await company.getByText('由区域评估成果代替：湖南蓝山经济开发区规划环境影响报告书').waitFor();
    await expectTranslated(company);
    expect(await company.locator('main').innerText()).not.toMatch(RAW);
    await ui.shot(company, 'project-portal');

    const staff = await ui.as('zrzy-shenhe');
    await staff.goto(`/review/projects/${project.id}`);
    await staff.getByRole('heading', { name: '工程建设项目 园区标准化厂房' }).waitFor();
    await staff.getByText('牵头部门：蓝山县行政审批服务局').waitFor();
    await expectTranslated(staff);
    expect(await staff.locator('main').innerText()).not.toMatch(RAW);

    // another county's clerk is told it does not exist
    const other = await ui.as('xiangyin-chuangkou');
    ui.allowConsoleError(/404/);
    await other.goto(`/window/projects/${project.id}`);
    await other.getByText('工程建设项目不存在').waitFor();
  });
});
