import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';

const ui = useUi();

describe('系统管理', { timeout: 300_000 }, () => {
  it('lists the demo accounts on the login page of a demo server', async () => {
    const page = await ui.session('login');
    await page.goto('/login');
    await page.getByText('演示账号（密码均为 Banshi@2026）').waitFor();
    await page.getByText('城管执法局审核人员').waitFor();
    await page.getByRole('button', { name: '使用此账号 cgj-shenhe' }).click();
    expect(await page.getByLabel('用户名').inputValue()).toBe('cgj-shenhe');
  });

  it('lets the administrator disable a reviewer after a confirmation, and the dashboard flags the unstaffed department', async () => {
    const admin = await ui.as('admin');
    await admin.goto('/supervision/staff');
    await admin.getByRole('heading', { name: '工作人员账号' }).waitFor();
    await admin.getByRole('searchbox', { name: '按姓名或用户名查找' }).fill('韩城管');
    await admin.getByRole('searchbox', { name: '按姓名或用户名查找' }).press('Enter');
    const row = admin.locator('tr').filter({ hasText: 'cgj-shenhe' });
    await row.getByRole('button', { name: '停用' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('停用后，韩城管 立即下线且不能再登录').waitFor();
    await dialog.getByRole('button', { name: '确认停用' }).click();
    await dialog.getByText('请填写理由').waitFor();
    await dialog.getByLabel('理由（记入审计日志）').fill('调往县政府办');
    await dialog.getByRole('button', { name: '确认停用' }).click();
    await admin.getByText('已停用，移交在办事项 0 件').first().waitFor();
    await ui.shot(admin, 'admin-staff-disabled');

    await admin.goto('/supervision');
    await admin.getByRole('alert').filter({ hasText: '没有在岗审核人员' }).filter({ hasText: '蓝山县城市管理和综合执法局' }).waitFor();
    await admin.goto('/supervision/departments');
    await admin.locator('tr').filter({ hasText: '蓝山县城市管理和综合执法局' }).getByText('无在岗审核人员').waitFor();
    await ui.shot(admin, 'admin-departments');
  });
});
