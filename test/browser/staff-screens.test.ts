import { describe, expect, it } from 'vitest';
import { confirmAction, useUi } from './harness.js';
import { departmentByCode, userByUsername } from '../../src/identity/index.js';
import { trackDeadline } from '../../src/supervision/index.js';

const ui = useUi();

describe('staff screens', { timeout: 600_000 }, () => {
  it('edits an item version in a form, sees the change in words, and publishes it after confirming', async () => {
    const list = (await ui.app.inject({ method: 'GET', url: '/api/v1/catalog/items?department=scjg&limit=50' })).json() as { items: Array<{ code: string; name: string; handling: string }> };
    const item = list.items.find((i) => i.handling === 'promised')!;
    const before = (await ui.app.inject({ method: 'GET', url: `/api/v1/catalog/items/${item.code}` })).json() as { place: string; versionId: string };

    const page = await ui.as('jianguan');
    await page.goto(`/supervision/catalog/items/${item.code}`);
    await page.getByRole('button', { name: '从当前版本新建草稿' }).click();
    await page.getByText('草稿已保存').first().waitFor();
    const name = page.getByLabel('事项名称');
    await expect.poll(() => name.inputValue()).toBe(item.name);

    // a field left empty is named in Chinese beside it, and nothing is saved
    await name.fill('');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('请填写事项名称').waitFor();
    await name.fill(item.name);

    await page.getByLabel('办理地点（窗口）').fill('蓝山县政务服务中心一楼 8 号窗口');
    await page.getByRole('button', { name: '添加申请材料' }).click();
    // the new material is the last one; its fields are labelled like every other material's
    await page.getByLabel('材料名称').last().fill('食品安全管理制度文本');
    await page.getByLabel('设定依据').last().fill('《食品经营许可和备案管理办法》第十二条');
    // the change against the published version, in words, before anything is saved
    const diff = page.getByRole('list', { name: '与现行版本相比' });
    await diff.getByText(`办理地点（窗口）由“${before.place}”改为“蓝山县政务服务中心一楼 8 号窗口”`).waitFor();
    await diff.getByText(/新增申请材料“食品安全管理制度文本”（必需，原件 1 份）/).waitFor();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').last().waitFor();
    await diff.getByText(/新增申请材料“食品安全管理制度文本”/).waitFor();
    await ui.shot(page, 'staff-item-version-form');

    const publish = page.getByRole('button', { name: '发布此草稿' });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await confirmAction(page, '确认发布此版本？');
    await page.getByText('已发布；此后提交的申请按新版本办理').waitFor();
    await expect
      .poll(async () => ((await ui.app.inject({ method: 'GET', url: `/api/v1/catalog/items/${item.code}` })).json() as { place: string }).place)
      .toBe('蓝山县政务服务中心一楼 8 号窗口');
    const now = (await ui.app.inject({ method: 'GET', url: `/api/v1/catalog/items/${item.code}` })).json() as { versionId: string; materials: Array<{ name: string }> };
    expect(now.versionId).not.toBe(before.versionId);
    expect(now.materials.map((m) => m.name)).toContain('食品安全管理制度文本');
  });

  it('urges a red card with a message that the handler receives and the deadline keeps', async () => {
    const scjg = (await departmentByCode(ui.db, 'scjg'))!.id;
    const reviewer = (await userByUsername(ui.db, 'scjg-shenhe'))!.id;
    await ui.db.transaction((tx) =>
      trackDeadline(tx, { subjectKind: 'case', subjectId: 'browser-red', title: '督办测试：超期的食品经营许可', departmentId: scjg, assigneeId: reviewer, regionCode: '431127', startedAt: new Date('2026-02-10T09:00:00+08:00'), workingDays: 3 }),
    );
    const page = await ui.as('jianguan');
    await page.goto('/supervision/watch?colour=red');
    await page.getByRole('button', { name: '督办：督办测试：超期的食品经营许可' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('尚无督办').waitFor();
    // an empty message is refused on the spot, in Chinese
    await drawer.getByRole('button', { name: '督办', exact: true }).click();
    await drawer.getByText('请填写督办意见').waitFor();
    await drawer.getByLabel('督办意见').fill('已超期，请今日内办结并书面说明原因');
    await drawer.getByRole('button', { name: '督办', exact: true }).click();
    await page.getByText('已督办，承办人已收到消息').waitFor();
    await drawer.getByText('已超期，请今日内办结并书面说明原因').waitFor();
    await drawer.getByText(/蒋监管 于 2026-03-02 09:00 督办（红牌）/).waitFor();
    await ui.shot(page, 'staff-urge-red-card');

    await ui.drain();
    const handler = await ui.as('scjg-shenhe');
    await handler.goto('/review/messages');
    await handler.getByText('督办：督办测试：超期的食品经营许可（红牌）').waitFor();
  });
});
