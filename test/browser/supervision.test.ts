import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';

const ui = useUi();

describe('supervision', { timeout: 300_000 }, () => {
  it('draws the dashboard charts and drills down to the red list', async () => {
    // an applicant flags the food-licence guide: the feedback chart counts it for its owner department
    const notice = await ui.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00119001/notice' });
    const login = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: DEMO_PASSWORD } });
    const flagged = await ui.app.inject({
      method: 'POST', url: '/api/v1/guide-feedback', headers: { authorization: `Bearer ${login.json().token as string}` },
      payload: { itemVersionId: notice.json().items[0].versionId, step: 'notice', kind: 'unclear', part: 'conditions', description: '“规定距离”没有写明是多少米' },
    });
    expect(flagged.statusCode).toBe(201);

    const page = await ui.as('jianguan');
    await page.goto('/supervision');
    await page.getByRole('heading', { name: '监管看板' }).waitFor();
    const charts = ['各部门红黄牌', '办结量与按时率趋势（周）', '各部门压缩率与即办率（本季度及前三季度）', '清单外例外与未经审核的决定（按部门）',
      '各部门事项授权到位率（窗口授权到位且在平台内审批决定）', '指南纠错（按部门）', '办件以外的红黄牌（12345 工单、依申请公开、指南纠错、差评整改）', '大厅等候与办理时长（近 30 天，按取号后被叫的时段）'];
    for (const name of charts) {
      const chart = page.locator(`[data-chart="${name}"]`);
      await chart.locator('svg').first().waitFor();
      // an SVG-rendered chart draws its axes and legend as text
      await expect.poll(() => chart.locator('svg text').count()).toBeGreaterThan(0);
    }
    // the authorised share by department is drawn with its percentages, and the county's share is stated
    const share = page.locator('[data-chart="各部门事项授权到位率（窗口授权到位且在平台内审批决定）"]');
    await expect.poll(() => share.locator('svg text').filter({ hasText: /^\d+(\.\d+)?%$/ }).count()).toBeGreaterThan(1);
    await page.getByText('全县事项授权到位率').waitFor();
    await expect.poll(() => page.locator('[data-chart="指南纠错（按部门）"] svg text').filter({ hasText: '蓝山县市场监督管理局' }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-chart="办件以外的红黄牌（12345 工单、依申请公开、指南纠错、差评整改）"] svg text').filter({ hasText: '12345 工单' }).count()).toBe(1);
    // the hall's waiting and handling times: by hour in a chart, by window in a table
    const hall = page.getByTestId('hall-times');
    await expect.poll(() => hall.locator('svg text').filter({ hasText: '10 时' }).count()).toBe(1);
    const row = hall.getByRole('row').filter({ hasText: '商事登记 1 号窗口' });
    await row.waitFor();
    expect(Number(await row.getByRole('cell').nth(1).textContent())).toBeGreaterThan(0);
    expect(await row.getByRole('cell').nth(2).textContent()).toMatch(/^\d+(\.\d)?$/);
    await ui.shot(page, 'supervision-dashboard');
    await page.getByRole('link', { name: /红牌（超期）/ }).click();
    await page.waitForURL(/\/supervision\/watch\?colour=red/);
    await page.getByRole('heading', { name: '红黄牌清单' }).waitFor();
    await ui.shot(page, 'supervision-red-list');
  });
});
