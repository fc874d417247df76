import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';

const ui = useUi();

/** Raw values a Chinese screen must not show: mode, state and kind codes, booleans, UTC timestamps. */
const RAW = /\b(directReport|servicesForward|entrusted|inForce|licence|penalty|toFiling|true|false)\b|\d{4}-\d{2}-\d{2}T\d{2}:/;

describe('the catalog of powers on screen', { timeout: 600_000 }, () => {
  it('shows anyone the power lists and the items delegated to the development zone, in Chinese', async () => {
    const page = await ui.session('visitor');
    await page.goto('/public/powers');
    await page.getByRole('heading', { name: '权责清单与赋权事项' }).waitFor();
    await page.getByText('蓝山县市场监督管理局').first().waitFor();
    await page.getByText('对未取得食品经营许可从事食品经营活动的行政处罚').waitFor();
    await page.getByRole('tab', { name: '赋权事项' }).click();
    await page.getByText('湖南蓝山经济开发区管理委员会').first().waitFor();
    await page.getByText('审批直报').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(RAW);
    await ui.shot(page, 'public-powers-delegations');
    ui.checkConsole();
  });

  it('shows the supervisor the delegations with their uses, and the year’s streamlining in words', async () => {
    const page = await ui.as('jianguan');
    await page.goto('/supervision/powers');
    await page.getByRole('heading', { name: '赋权与事项精简' }).waitFor();
    await page.getByText('食品生产许可').first().waitFor();
    await page.getByRole('tab', { name: '事项精简' }).click();
    await page.getByLabel('年度').fill('2026');
    await page.getByText('企业名称预先核准').waitFor();
    await page.getByText('改备案 1').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(RAW);
    await ui.shot(page, 'supervision-powers-streamlining');
    ui.checkConsole();
  });
});
