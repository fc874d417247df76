import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { expectStatus, type TestApp } from '../helpers/app.js';
import { accept, getApplication, REVIEWER, submissionBody } from '../helpers/applications.js';
import { chooseOption, expectTranslated, tmpFile, useUi } from './harness.js';

const ui = useUi();

/** What a raw value looks like on a Chinese page: an enum code, a boolean, a UTC instant. */
const RAW = /\b(locked|open|filed|handling|issued|reviewing|revising|passed|failed|true|false|null|undefined)\b|\d{4}-\d{2}-\d{2}T\d{2}:/;

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const noSideScroll = (page: Page) => page.evaluate<boolean>('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) <= window.innerWidth');

/** The test helpers speak to the app through inject, as a TestApp does. */
function api(): TestApp {
  const sessions = new Map<string, Record<string, string>>();
  return {
    app: ui.app, db: ui.db, clock: ui.clock, config: ui.config,
    async as(username: string) {
      if (!sessions.has(username)) {
        const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'Banshi@2026' } });
        sessions.set(username, { authorization: `Bearer ${expectStatus<{ token: string }>(res, 200).token}` });
      }
      return sessions.get(username)!;
    },
  } as unknown as TestApp;
}

/** A stage filed through the API and carried to delivery by the window and the departments. */
async function stageDelivered(t: TestApp, projectId: string, stage: string, itemCodes: string[]) {
  const post = async (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...(await t.as(user)), ...headers }, payload: payload as Record<string, unknown> });
  const body = await submissionBody(t, { itemCodes });
  const filed = expectStatus<any>(await post('xiangwei', `/api/v1/projects/${projectId}/stages/${stage}/filing`, { form: body.form, attachments: body.attachments, answers: { allocatedLand: false, specialFire: false, needsEia: false } }, { 'idempotency-key': randomUUID() }), 201);
  await accept(t, filed.applicationId);
  for (const c of (await getApplication(t, filed.applicationId)).cases as Array<{ id: string; status: string; department: { code: string } }>) {
    if (c.status === 'approved') continue;
    const reviewer = REVIEWER[c.department.code]!;
    if (c.status === 'accepted') expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/review`, {}), 200);
    expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/decide`, { decision: 'approve', reasons: '材料齐全，符合法定条件' }), 200);
  }
  expectStatus(await post('chuangkou', `/api/v1/applications/${filed.applicationId}/deliver`, {}), 200);
}

describe('工程建设项目', { timeout: 600_000 }, () => {
  it('the company registers its project in a zone through the form, is told in words why stage 3 cannot be filed, and files stage 1 through the one form without the materials the zone covers', async () => {
    const t = api();
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/zones', headers: await t.as('jianguan'), payload: { code: 'lanshan-gyy', name: '蓝山县工业园', regionCode: '431127' } }), 201);
    expectStatus(await t.app.inject({
      method: 'POST', url: '/api/v1/zones/lanshan-gyy/assessments', headers: await t.as('jianguan'),
      payload: { kind: 'environment', title: '蓝山县工业园规划环境影响报告书', conclusion: '入园项目可简化环评', covers: [{ itemCode: 'XK01101001', materialCode: 'eia-report' }] },
    }), 201);

    const page = await ui.as('xiangwei');
    await page.goto('/portal/projects');
    await page.getByRole('button', { name: '新建工程项目' }).click();
    const form = page.getByTestId('new-project');
    // nothing filled: told what is missing, in Chinese, and nothing is registered
    await form.getByRole('button', { name: '登记项目' }).click();
    await form.getByText('请填写项目名称').waitFor();
    await form.getByText('请选择所在区县').waitFor();
    await form.getByLabel('项目名称').fill('湘味冷链仓储用房');
    await form.getByLabel('建设地点').fill('蓝山县工业园创业大道18号');
    await chooseOption(page, '所在区县', '永州市蓝山县', { search: '蓝山' });
    await form.getByTestId('code-shape').getByText(/\d{4}-431127-47-03-六位流水号/).waitFor();
    await chooseOption(page, '所在园区（不在园区内可不选）', '蓝山县工业园');
    await form.getByLabel('总建筑面积').fill('1800');
    await ui.shot(page, 'project-new');
    await form.getByRole('button', { name: '登记项目' }).click();
    await page.waitForURL(/\/portal\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '工程建设项目 湘味冷链仓储用房' }).waitFor();
    await page.getByText(/^\d{4}-431127-47-03-\d{6}$/).waitFor();
    await page.getByText('蓝山县工业园', { exact: true }).waitFor();
    await page.getByText('已用 0 个工作日，承诺 40 个工作日').waitFor();
    const projectUrl = new URL(page.url()).pathname;

    // stage 3 before stage 2 has its results: refused, in the gate's words
    ui.allowConsoleError(/409/);
    await page.getByTestId('stage-constructionPermit').getByRole('button', { name: '申报本阶段' }).click();
    await page.getByTestId('stage-constructionPermit').getByRole('alert').getByText('上一阶段“工程建设许可”的审批结果尚未出件，本阶段不能申报').waitFor();
    await ui.shot(page, 'project-stage-refused');

    // stage 1: the questions that decide its items, then the one form of its items and materials only
    const first = page.getByTestId('stage-landPlanning');
    await first.getByRole('button', { name: '申报本阶段' }).click();
    await first.getByRole('radiogroup', { name: '项目用地是否以划拨方式取得？' }).getByRole('radio', { name: '否', exact: true }).check();
    await first.getByRole('radiogroup', { name: '项目是否列入环境影响评价报告表管理类别？' }).getByRole('radio', { name: '是', exact: true }).check();
    await first.getByRole('button', { name: '生成告知单并填写申请' }).click();
    await page.waitForURL(/\/portal\/projects\/[0-9a-f-]{36}\/stages\/landPlanning\/apply\?notice=/);
    await page.getByRole('heading', { name: '申报本阶段 · 立项用地规划许可' }).waitFor();
    const materials = page.getByTestId('stage-materials');
    await materials.getByText('已由区域评估覆盖（蓝山县工业园规划环境影响报告书），免提交').waitFor();
    // another stage's materials are not asked
    expect(await materials.getByText('工程竣工验收报告').count()).toBe(0);
    await expect.poll(() => page.getByLabel('项目名称', { exact: true }).inputValue()).toBe('湘味冷链仓储用房');
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
    await expectTranslated(page);
    expect(await page.locator('main').innerText()).not.toMatch(RAW);
    await ui.shot(page, 'project-stage-apply');
    await page.getByRole('button', { name: '提交本阶段申报' }).click();
    await page.waitForURL((u) => u.pathname === projectUrl);
    await page.getByTestId('stage-landPlanning').getByText('已申报，待受理').first().waitFor();
    await page.getByTestId('stage-landPlanning').getByRole('link', { name: /本阶段办件/ }).waitFor();
    // filed: no second filing is offered
    expect(await page.getByTestId('stage-landPlanning').getByRole('button', { name: '申报本阶段' }).count()).toBe(0);
    await expectTranslated(page);
    expect(await page.locator('main').innerText()).not.toMatch(RAW);
    await ui.shot(page, 'project-stage-filed');
  });

  it('once 工程建设许可 has its results the company submits its drawings, then the one revision the merged opinions ask for, and opens the merged notice', async () => {
    const t = api();
    const p = expectStatus<any>(await t.app.inject({ method: 'POST', url: '/api/v1/projects', headers: await t.as('xiangwei'), payload: { name: '湘味食品加工厂房', address: '蓝山县塔峰镇工业大道8号', regionCode: '431127' } }), 201);
    const page = await ui.as('xiangwei', { width: 390, height: 844 });
    await page.goto(`/portal/projects/${p.id}`);
    await page.getByText('工程建设许可阶段出件后可提交施工图联合审查').waitFor();
    await stageDelivered(t, p.id, 'landPlanning', ['BA00102001', 'XK00602002']);
    await stageDelivered(t, p.id, 'projectPermit', ['XK00602003']);

    await page.reload();
    const submit = page.getByTestId('submit-drawings');
    await submit.getByLabel('上传文件：施工图文件 1').setInputFiles(pdf('drawings-architecture'));
    await submit.getByText(/已上传：drawings-architecture\.pdf/).waitFor();
    await submit.getByLabel('上传文件：施工图文件 2').setInputFiles(pdf('drawings-fire'));
    await submit.getByText(/已上传：drawings-fire\.pdf/).waitFor();
    await submit.getByRole('button', { name: '提交联合审图' }).click();
    const review = page.getByTestId('drawing-review');
    await review.getByText('第 1 轮').waitFor();
    await review.getByText(/待出具意见/).first().waitFor();

    const reviewId = expectStatus<any>(await t.app.inject({ method: 'GET', url: `/api/v1/projects/${p.id}`, headers: await t.as('xiangwei') }), 200).drawingReview.id;
    for (const [who, verdict, opinion] of [['zjj-shenhe', 'revise', '楼梯间疏散宽度不足1.2米，请调整'], ['zrzy-shenhe', 'pass', '符合规划条件'], ['xfjy-shenhe', 'pass', '符合消防技术标准']] as const) {
      expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/drawing-reviews/${reviewId}/opinions`, headers: await t.as(who), payload: { verdict, opinion } }), 200);
    }
    await page.reload();
    await review.getByText(/施工图联合审查意见（第一轮）：.*楼梯间疏散宽度不足1\.2米/).waitFor();
    expect(await review.getByRole('link', { name: '下载施工图联合审查意见书' }).getAttribute('href')).toBe(`/api/v1/drawing-reviews/${reviewId}/notice.pdf`);
    expect(await noSideScroll(page)).toBe(true);
    await ui.shot(page, 'project-drawings-revise');
    const revise = page.getByTestId('revise-drawings');
    await revise.getByLabel('上传文件：施工图文件 1').setInputFiles(pdf('drawings-v2'));
    await revise.getByText(/已上传：drawings-v2\.pdf/).waitFor();
    await revise.getByRole('button', { name: '提交修改后的图纸' }).click();
    await review.getByText('第 2 轮').first().waitFor();
    await expect.poll(() => page.getByTestId('revise-drawings').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(RAW);
    expect(await noSideScroll(page)).toBe(true);
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
