import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useUi } from './harness.js';

const ui = useUi();

const PHONE = '13974615678';

/** The newest code for the number, as the administrator reads it on the development channel's page. */
async function codeFromDevelopmentChannel(admin: Page): Promise<string> {
  await admin.goto('/supervision/development-messages');
  await admin.getByRole('heading', { name: '开发短信通道' }).waitFor();
  const row = admin.locator('tr').filter({ hasText: '139****5678' }).first();
  await row.waitFor();
  const text = await row.innerText();
  return /验证码 (\d{6})/.exec(text)![1]!;
}

describe('注册、验证码登录与找回密码', { timeout: 300_000 }, () => {
  it('a new citizen signs up with a code from the development channel, signs in, and resets the password', async () => {
    const admin = await ui.as('admin');
    const citizen = await ui.session('citizen');
    await citizen.goto('/login');
    await citizen.getByRole('link', { name: '注册账号' }).click();
    await citizen.getByRole('heading', { name: '注册账号' }).waitFor();
    // the careless user: a number one digit short is refused before anything is sent
    await citizen.getByLabel('手机号码').fill('1397461567');
    await citizen.getByRole('button', { name: '获取验证码' }).click();
    await citizen.getByText('请输入 11 位手机号码').waitFor();
    await citizen.getByLabel('手机号码').fill(PHONE);
    await citizen.getByRole('button', { name: '获取验证码' }).click();
    await citizen.getByText('验证码已发送，5 分钟内有效').waitFor();
    await citizen.getByRole('button', { name: /秒后可重发/ }).waitFor();

    const code = await codeFromDevelopmentChannel(admin);
    await ui.shot(admin, 'development-messages');
    await citizen.getByLabel('短信验证码').fill(code);
    await citizen.getByLabel('姓名').fill('刘小花');
    await citizen.getByLabel('设置密码').fill('liuxiaohua');
    await citizen.getByLabel('确认密码').fill('liuxiaohua');
    await citizen.getByRole('button', { name: '注册并登录' }).click();
    await citizen.getByText('须包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
    await citizen.getByLabel('设置密码').fill('Liuxiaohua#26');
    await citizen.getByLabel('确认密码').fill('Liuxiaohua#26');
    await ui.shot(citizen, 'signup');
    await citizen.getByRole('button', { name: '注册并登录' }).click();
    await citizen.waitForURL(/\/portal$/);
    await citizen.getByText('刘小花').first().waitFor();

    // signs in on another device with the number and the password
    const other = await ui.session('citizen-elsewhere');
    await other.goto('/login');
    await other.getByLabel('手机号或用户名').fill(PHONE);
    await other.getByLabel('密码').fill('Liuxiaohua#26');
    await other.getByRole('button', { name: '登录', exact: true }).click();
    await other.waitForURL(/\/portal$/);

    // forgot the password: a reset code, a new password; the old password no longer works
    const forgetful = await ui.session('citizen-forgot');
    await forgetful.goto('/login');
    await forgetful.getByRole('link', { name: '忘记密码' }).click();
    await forgetful.getByRole('heading', { name: '找回密码' }).waitFor();
    await forgetful.getByLabel('手机号码').fill(PHONE);
    await forgetful.getByRole('button', { name: '获取验证码' }).click();
    await forgetful.getByText('验证码已发送，5 分钟内有效').waitFor();
    const resetCode = await codeFromDevelopmentChannel(admin);
    expect(resetCode).toMatch(/^\d{6}$/);
    // a wrong code is told, with the attempts left
    ui.allowConsoleError(/status of 400 .*\/api\/v1\/auth\/password\/reset/);
    await forgetful.getByLabel('短信验证码').fill(resetCode === '000000' ? '000001' : '000000');
    await forgetful.getByLabel('新密码', { exact: true }).fill('Huahua@2027x');
    await forgetful.getByLabel('确认新密码').fill('Huahua@2027x');
    await forgetful.getByRole('button', { name: '重置密码' }).click();
    await forgetful.getByRole('alert').getByText('验证码错误，还可尝试 4 次').waitFor();
    await forgetful.getByLabel('短信验证码').fill(resetCode);
    await forgetful.getByRole('button', { name: '重置密码' }).click();
    await forgetful.getByText('密码已重置').waitFor();
    await ui.shot(forgetful, 'password-reset');

    await forgetful.goto('/login');
    await forgetful.getByLabel('手机号或用户名').fill(PHONE);
    await forgetful.getByLabel('密码').fill('Liuxiaohua#26');
    ui.allowConsoleError(/status of 401 .*\/api\/v1\/auth\/login/);
    await forgetful.getByRole('button', { name: '登录', exact: true }).click();
    await forgetful.getByRole('alert').getByText('用户名或密码错误').waitFor();
    await forgetful.getByLabel('密码').fill('Huahua@2027x');
    await forgetful.getByRole('button', { name: '登录', exact: true }).click();
    await forgetful.waitForURL(/\/portal$/);

    // and signs in by code alone
    const byCode = await ui.session('citizen-code');
    await byCode.goto('/login');
    await byCode.getByRole('tab', { name: '验证码登录' }).click();
    await byCode.getByLabel('手机号码').fill(PHONE);
    await byCode.getByRole('button', { name: '获取验证码' }).click();
    await byCode.getByText('验证码已发送，5 分钟内有效').waitFor();
    await byCode.getByLabel('短信验证码').fill(await codeFromDevelopmentChannel(admin));
    await byCode.getByRole('button', { name: '登录', exact: true }).click();
    await byCode.waitForURL(/\/portal$/);
    await ui.shot(byCode, 'signed-in-by-code');
  });
});
