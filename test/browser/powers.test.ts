import { describe, expect, it } from 'vitest';
import { apiOf, chooseOption, confirmAction, useUi } from './harness.js';

const ui = useUi();

/** Raw values a Chinese screen must not show: mode, state and kind codes, booleans, UTC timestamps. */
const RAW = /\b(directReport|servicesForward|entrusted|inForce|licence|penalty|toFiling|true|false)\b|\b\d{4}-\d{2}-\d{2}\b/;

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
    // an item's guide names its power and where it is delegated
    await page.goto('/portal/catalog/XK00119002');
    await page.getByRole('link', { name: '食品生产许可（行政许可）' }).waitFor();
    await page.getByText('湖南蓝山经济开发区管理委员会（直接赋权）：湖南蓝山经济开发区范围内的食品生产企业').waitFor();
    ui.checkConsole();
  });

  it('shows the supervisor the delegations with their uses, and the year’s streamlining in words', async () => {
    const page = await ui.as('jianguan');
    await page.goto('/supervision/powers');
    await page.getByRole('heading', { name: '赋权与事项精简' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '食品生产许可' });
    await row.waitFor();
    // 回头看 in the form: a conclusion and findings, then the review is listed under the item
    await row.getByRole('button', { name: '回头看' }).click();
    await chooseOption(page, '结论', '继续赋权');
    await page.getByLabel('评估情况').fill('园区食品企业申请顺畅，承接人员已培训到位');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已保存').first().waitFor();
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByText(/继续赋权 · 使用次数 0 · 园区食品企业申请顺畅/).waitFor();
    await page.getByRole('tab', { name: '事项精简' }).click();
    await page.getByLabel('年度').fill('2026');
    await page.getByText('企业名称预先核准').waitFor();
    await page.getByText('改备案 1').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(RAW);
    await ui.shot(page, 'supervision-powers-streamlining');
    ui.checkConsole();
  });

  it('retires an item only with a kind chosen in words and a confirmation, and counts it in the streamlining report', async () => {
    const page = await ui.as('jianguan');
    await page.goto('/supervision/catalog/items/XK00122001');
    await page.getByRole('button', { name: '废止…' }).click();
    const dialog = page.getByRole('dialog', { name: /废止事项/ });
    await dialog.getByText('废止须说明精简方式和依据').waitFor();
    // without a kind nothing is sent: the form says what is missing
    await dialog.getByRole('button', { name: '废止' }).click();
    await confirmAction(page, '确认废止？');
    await dialog.getByText('请选择').first().waitFor();
    await chooseOption(page, '精简方式', '下放');
    await chooseOption(page, '承接单位', '湖南蓝山经济开发区管理委员会', { search: '经济开发区' });
    await dialog.getByLabel('依据（文件名称与文号）').fill('蓝政发〔2026〕3号');
    await dialog.getByRole('button', { name: '废止' }).click();
    await confirmAction(page, '确认废止？');
    await page.getByText('已废止，并计入事项精简报告').waitFor();
    await page.getByText('已废止').first().waitFor();
    await page.goto('/supervision/powers');
    await page.getByRole('tab', { name: '事项精简' }).click();
    await page.getByLabel('年度').fill('2026');
    const row = page.getByRole('row').filter({ hasText: '药品零售企业经营许可' });
    await row.getByText('承接单位：湖南蓝山经济开发区管理委员会').waitFor();
    await row.getByText('蓝政发〔2026〕3号').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(RAW);
    ui.checkConsole();
  });

  it('registers a zone, links it to its administration’s region with a confirmation and unlinks it; another county does not see it', async () => {
    // the development zone, registered with its administration's region
    const registered = await ui.app.inject({
      method: 'POST', url: '/api/v1/zones', headers: await apiOf(ui).as('jianguan'),
      payload: { code: 'lanshan-kfq', name: '湖南蓝山经济开发区', regionCode: '431127', adminRegionCode: '431127400', areaKm2: 41.3 },
    });
    expect(registered.statusCode).toBe(201);
    const page = await ui.as('jianguan');
    await page.goto('/supervision/zones');
    await page.getByRole('heading', { name: '园区与区域评估' }).waitFor();
    const kfq = page.getByTestId('zone-lanshan-kfq');
    await kfq.locator('.ant-descriptions').getByText('湖南蓝山经济开发区').waitFor();
    await page.getByRole('button', { name: '登记园区' }).click();
    const form = page.getByTestId('new-zone');
    await form.getByLabel('园区名称').fill('塔峰镇工业小区');
    // a careless code is refused in words before anything is sent
    await form.getByLabel('园区代码').fill('塔峰 park');
    await form.getByRole('button', { name: '登记' }).click();
    await form.getByText('园区代码只能包含小写字母、数字和连字符，以字母开头').waitFor();
    await form.getByLabel('园区代码').fill('tafeng-park');
    await form.getByRole('button', { name: '登记' }).click();
    await page.getByText('园区已登记').first().waitFor();

    const park = page.getByTestId('zone-tafeng-park');
    await park.getByText('未关联（园区没有单独的管理机构区划）').waitFor();
    const box = park.getByRole('combobox', { name: '管理机构所在区划' });
    await expect
      .poll(async () => {
        await box.click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="塔峰镇"]').click({ timeout: 5_000 }).catch(() => undefined);
        return (await park.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '管理机构所在区划' }) }).innerText()).includes('塔峰镇');
      }, { timeout: 30_000, interval: 500 })
      .toBe(true);
    // the region the development zone's administration holds is not offered to a second zone
    await box.click();
    expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="湖南蓝山经济开发区"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await park.getByRole('button', { name: '关联管理机构' }).click();
    await confirmAction(page, /赋权事项将在塔峰镇办理/);
    await page.getByText('已关联：塔峰镇').first().waitFor();
    await park.locator('.ant-descriptions').getByText('塔峰镇').waitFor();
    expect(await park.innerText()).not.toMatch(RAW);
    await ui.shot(page, 'supervision-zones');

    await park.getByRole('button', { name: '解除关联' }).click();
    await confirmAction(page, /确定解除/);
    await page.getByText('已解除关联').first().waitFor();
    await park.getByText('未关联（园区没有单独的管理机构区划）').waitFor();

    // an area assessment recorded through the form: a careless submission is stopped in words, then it is listed
    const record = page.getByTestId('record-assessment-tafeng-park');
    await record.getByRole('button', { name: '记录' }).click();
    await record.getByText('请选择评估事项').waitFor();
    await record.getByText('请至少选择一项材料').waitFor();
    await chooseOption(page, record.getByRole('combobox', { name: '评估事项' }), '环境影响评价');
    await record.getByLabel('成果名称').fill('塔峰镇工业小区规划环境影响报告书');
    await record.getByLabel('评估结论').fill('规划实施的环境影响可接受，入园项目共享评估成果');
    await chooseOption(page, record.getByRole('combobox', { name: '代替的申请材料' }), '建设项目环境影响报告表', { search: '环境影响报告表' });
    await record.getByRole('button', { name: '记录' }).click();
    await page.getByText('区域评估成果已记录').first().waitFor();
    await park.getByText('塔峰镇工业小区规划环境影响报告书').waitFor();
    await park.getByText('代替 1 项申请材料').waitFor();
    // recording the same kind again says that it replaces the one held
    await chooseOption(page, record.getByRole('combobox', { name: '评估事项' }), '环境影响评价');
    await record.getByText('本园区已有“环境影响评价”成果，记录后将替换原成果').waitFor();
    expect(await park.innerText()).not.toMatch(RAW);
    ui.checkConsole();

    const other = await ui.as('xiangyin-jianguan');
    await other.goto('/supervision/zones');
    await other.getByRole('heading', { name: '园区与区域评估' }).waitFor();
    await other.getByText('本区划还没有登记园区').waitFor();
    expect(await other.getByTestId('zone-tafeng-park').count()).toBe(0);
    ui.checkConsole();
  });
});
