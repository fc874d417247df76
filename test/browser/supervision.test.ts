import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startUi, type Ui } from './harness.js';

let ui: Ui;
beforeAll(async () => {
  ui = await startUi();
}, 600_000);
afterAll(async () => {
  await ui?.close();
});
afterEach(() => ui.checkConsole());

describe('supervision', { timeout: 300_000 }, () => {
  it('draws the dashboard charts and drills down to the red list', async () => {
    const page = await ui.as('jianguan');
    await page.getByRole('heading', { name: '监管看板' }).waitFor();
    const charts = ['各部门红黄牌', '办结量与按时率趋势（周）', '各部门压缩率与即办率（本季度及前三季度）', '清单外例外与未经审核的决定（按部门）'];
    for (const name of charts) {
      const chart = page.locator(`[data-chart="${name}"]`);
      await chart.locator('svg').first().waitFor();
      // an SVG-rendered chart draws its axes and legend as text
      await expect.poll(() => chart.locator('svg text').count()).toBeGreaterThan(0);
    }
    await ui.shot(page, 'supervision-dashboard');
    await page.getByRole('link', { name: /红牌（超期）/ }).click();
    await page.waitForURL(/\/supervision\/watch\?colour=red/);
    await page.getByRole('heading', { name: '红黄牌清单' }).waitFor();
    await ui.shot(page, 'supervision-red-list');
  });
});
