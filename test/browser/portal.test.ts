import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';

const ui = useUi();

describe('the portal without signing in', { timeout: 300_000 }, () => {
  it('finds a service in the catalog and shows why each material is needed', async () => {
    const page = await ui.session('visitor');
    await page.goto('/portal/catalog');
    await page.getByRole('heading', { name: '办事指南' }).waitFor();
    await page.getByRole('searchbox').fill('食品经营许可');
    await page.getByRole('link', { name: '食品经营许可', exact: true }).click();
    await page.getByRole('heading', { name: '食品经营许可' }).waitFor();
    await page.getByText('《食品经营许可和备案管理办法》第十三条第（二）项').first().waitFor();
    await ui.shot(page, 'portal-item-guide');
  });

  it('lists the bundles with their promise', async () => {
    const page = await ui.session('bundles');
    await page.goto('/portal/bundles');
    await page.getByRole('heading', { name: '一件事一次办' }).waitFor();
    await page.getByText('开餐饮店', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /^开始办理：/ }).count()).toBeGreaterThan(3);
    await ui.shot(page, 'portal-bundles');
  });
});
