import { describe, expect, it } from 'vitest';
import { useUi, confirmAction } from './harness.js';

const ui = useUi();

const TITLE = '2026 年春季食品经营者双随机抽查';

describe('random inspections in the browser', { timeout: 300_000 }, () => {
  it('lets a supervisor plan, publish and draw; an inspector record a result on a phone; the public read it', async () => {
    const sup = await ui.as('jianguan');
    await sup.goto('/supervision/inspections');
    await sup.getByRole('heading', { name: '双随机抽查计划' }).waitFor();
    await sup.getByLabel('计划名称').fill(TITLE);
    await sup.getByLabel('比例或户数').fill('10');
    await sup.getByRole('button', { name: '保存草稿' }).click();
    const item = sup.locator('li').filter({ hasText: TITLE });
    await item.getByText('草拟').waitFor();
    await item.getByRole('button', { name: '公布计划' }).click();
    await confirmAction(sup, '确认公布抽查计划？');
    await item.getByText('已公布（待抽取）').waitFor();
    const commitment = (await item.locator('code').first().innerText()).trim();
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    await item.getByRole('button', { name: '揭示种子并抽取' }).click();
    await confirmAction(sup, '确认揭示种子并抽取？');
    await item.getByText('已抽取', { exact: true }).waitFor();
    await item.getByText('150 户').waitFor();
    await ui.shot(sup, 'inspections-plans');

    const phone = await ui.as('jiancha', { width: 390, height: 844 });
    await phone.goto('/inspector/tasks');
    await phone.getByRole('heading', { name: '检查任务' }).waitFor();
    const first = phone.locator('.ant-card').filter({ has: phone.getByRole('button', { name: '录入结果' }) }).first();
    const subject = (await first.locator('.ant-card-head-title').innerText()).trim();
    await first.getByRole('button', { name: '录入结果' }).click();
    const card = phone.locator('.ant-card').filter({ has: phone.getByRole('button', { name: '提交检查结果' }) });
    await card.getByText('发现问题，责令整改').click();
    await card.getByLabel('检查情况').fill('进货查验记录不全，部分食品无索证索票');
    await card.getByLabel('整改期限（工作日）').fill('10');
    await card.getByRole('button', { name: '提交检查结果' }).click();
    await phone.getByRole('status').filter({ hasText: `已提交：${subject}` }).waitFor();
    // the recorded visit shows its deadline to fix: ten working days from Monday 2 March 2026
    await phone.locator('.ant-card').filter({ hasText: subject }).filter({ hasText: '整改期限至 2026年3月16日' }).waitFor();
    const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await ui.shot(phone, 'inspections-tasks-phone');

    const visitor = await ui.session('public');
    await visitor.goto('/public/inspections');
    await visitor.getByRole('heading', { name: '双随机抽查公示' }).waitFor();
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { name: TITLE }).waitFor();
    await visitor.getByText(commitment).waitFor();
    const row = visitor.locator('tr').filter({ hasText: subject }).filter({ hasText: '发现问题，责令整改' });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain('进货查验记录不全');
    await ui.shot(visitor, 'inspections-public');
  });
});
