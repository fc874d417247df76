import { describe, expect, it } from 'vitest';
import { expectTranslated, useUi } from './harness.js';

const ui = useUi();

/** What a raw value looks like on a Chinese page: an enum code, a boolean, a UTC instant. */
const RAW = /\b(locked|open|filed|handling|issued|reviewing|revising|passed|failed|true|false|null|undefined)\b|\d{4}-\d{2}-\d{2}T\d{2}:/;

describe('工程建设项目', { timeout: 300_000 }, () => {
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
