import { describe, expect, it } from 'vitest';
import { confirmAction, useUi } from './harness.js';

const ui = useUi();

type SynonymList = { items: Array<{ term: string; target: string }> };

/**
 * The catalog's words that are not in an item version: the English version of a guide, and (issue 19, staff screens): the search synonyms the bureau keeps
 * (开饭店 → 开餐饮店), edited in forms under 监管 › 事项目录 instead of raw or not at all.
 */
describe('the English version of a guide', { timeout: 600_000 }, () => {
  it('is written in a form with Chinese messages, shown on the English portal, and removed after confirming', async () => {
    // the company registration item has an English version from the demo data; the food permit's is rewritten here
    const code = 'XK00119001';
    const page = await ui.as('jianguan');
    await page.goto(`/supervision/catalog/items/${code}`);
    const name = page.getByLabel('英文名称');
    await expect.poll(() => name.inputValue()).toBe('Food business permit');

    // an empty name and an empty condition line are named in Chinese, and nothing is saved
    await name.fill('');
    await page.getByRole('button', { name: '添加一条条件' }).click();
    await page.getByRole('button', { name: '保存英文版本' }).click();
    await page.getByText('请填写英文名称').waitFor();
    await page.getByText('请填写这条条件，或删除这一行').waitFor();
    const stored = async () => (await ui.db.query<{ name: string; conditions: string[] }>('SELECT name, conditions FROM catalog_english WHERE item_code = $1', [code]))[0];
    expect((await stored())?.name).toBe('Food business permit');

    await name.fill('Food business licence');
    await page.getByRole('textbox', { name: '第 5 条条件' }).fill('Staff hold valid health certificates');
    await page.getByRole('button', { name: '删除第 1 条条件' }).click();
    await page.getByRole('button', { name: '保存英文版本' }).click();
    await page.getByText('英文版本已保存，门户即时显示').waitFor();
    await expect.poll(async () => (await stored())?.name).toBe('Food business licence');
    const saved = (await stored())!;
    expect(saved.conditions).toHaveLength(4);
    expect(saved.conditions.at(-1)).toBe('Staff hold valid health certificates');
    await ui.shot(page, 'staff-catalog-english');

    // an English reader of the portal sees it
    const reader = await ui.session('english-reader');
    await reader.goto(`/portal/catalog/${code}?lang=en`);
    await reader.getByRole('heading', { name: 'Food business licence' }).waitFor();
    await reader.getByText('Staff hold valid health certificates').waitFor();

    // removing asks first; then the English portal says the guide has no English version
    await page.getByRole('button', { name: '删除英文版本' }).click();
    await confirmAction(page, '确认删除该事项的英文版本？');
    await page.getByText('英文版本已删除').waitFor();
    await expect.poll(async () => (await stored()) ?? null).toBeNull();
    await reader.reload();
    await reader.getByText('This item has no English version; shown in Chinese').waitFor();
    await reader.getByRole('heading', { name: /食品经营许可/ }).waitFor();
    expect(await reader.getByText('Staff hold valid health certificates').count()).toBe(0);
    ui.checkConsole();
  });
});

describe('search synonyms in the staff catalog', { timeout: 600_000 }, () => {
  it('lets the province supervisor add, change and remove a synonym with Chinese messages, and refuses a county supervisor', async () => {
    const synonyms = async (who: string) => {
      const page = await ui.as(who);
      await page.goto('/supervision/catalog');
      await page.getByRole('tab', { name: '搜索同义词' }).click();
      return page;
    };
    const page = await synonyms('sheng-jianguan');
    const term = page.getByLabel('群众常用说法');
    const target = page.getByLabel('目录中的名称或关键词');
    const save = page.getByRole('button', { name: '保存同义词' });

    // empty and too short: told in Chinese beside the field, nothing saved
    await save.click();
    await page.getByText('请填写群众常用说法').waitFor();
    await page.getByText('请填写目录中的名称或关键词').waitFor();
    await term.fill('蛋');
    await target.fill('开蛋糕店');
    await save.click();
    await page.getByText('群众常用说法应为 2–20 个字').waitFor();
    const listed = async (): Promise<SynonymList> => ({ items: await ui.db.query<{ term: string; target: string }>('SELECT term, target FROM catalog_synonyms') });
    expect((await listed()).items.some((s) => s.term === '蛋')).toBe(false);

    await term.fill('开蛋糕房');
    await page.getByLabel('修改原因（可不填）').fill('群众咨询中常见的说法');
    await save.click();
    await page.getByText('同义词已保存，搜索即时生效').waitFor();
    const row = page.getByRole('row').filter({ hasText: '开蛋糕房' });
    await row.getByText('开蛋糕店').waitFor();
    await ui.shot(page, 'staff-catalog-synonyms');

    // change it from its row: the form takes the row's words, the list shows the new target
    await row.getByRole('button', { name: '修改 开蛋糕房' }).click();
    await expect.poll(() => term.inputValue()).toBe('开蛋糕房');
    await target.fill('糕点店');
    await save.click();
    await page.getByRole('row').filter({ hasText: '开蛋糕房' }).getByText('糕点店').waitFor();
    expect((await listed()).items.find((s) => s.term === '开蛋糕房')?.target).toBe('糕点店');

    // a county supervisor reads the list but may not change what every county's people find
    const county = await synonyms('jianguan');
    await county.getByRole('row').filter({ hasText: '开蛋糕房' }).waitFor();
    ui.allowConsoleError(/403/);
    await county.getByLabel('群众常用说法').fill('开蛋糕房');
    await county.getByLabel('目录中的名称或关键词').fill('面包店');
    await county.getByRole('button', { name: '保存同义词' }).click();
    await county.getByRole('alert').filter({ hasText: '只能由管辖全部区划的上级（省级）工作人员修改' }).waitFor();
    expect((await listed()).items.find((s) => s.term === '开蛋糕房')?.target).toBe('糕点店');

    // removing asks first, then the synonym is gone
    await page.getByRole('row').filter({ hasText: '开蛋糕房' }).getByRole('button', { name: '删除 开蛋糕房' }).click();
    await confirmAction(page, '确认删除同义词“开蛋糕房”？');
    await page.getByText('同义词已删除').waitFor();
    await expect.poll(async () => (await listed()).items.some((s) => s.term === '开蛋糕房')).toBe(false);
    ui.checkConsole();
  });
});
