import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';

const ui = useUi();

describe('the web shell', { timeout: 400_000 }, () => {
  it('shows the login page in Chinese and switches to English and back', async () => {
    const page = await ui.session('visitor');
    await page.goto('/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('登录 · 办事');
    await ui.shot(page, 'login');
    await page.getByRole('button', { name: '切换语言' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Username').count()).toBe(1);
    await page.getByRole('button', { name: 'Switch language' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
  });

  it('tells a wrong password in words and stays on the login page', async () => {
    const page = await ui.session('wrong-password');
    await page.goto('/login');
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码').fill('not-the-password');
    ui.allowConsoleError(/401/);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /密码/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('brings each role to its own desk after signing in', async () => {
    const desks: Array<[string, string, string]> = [
      ['zhangsan', '/portal', '网上办事大厅'],
      ['chuangkou', '/window', '综合窗口工作台'],
      ['scjg-shenhe', '/review', '部门审核'],
      ['jianguan', '/supervision', '监管看板'],
      ['jiancha', '/inspector', '执法检查'],
    ];
    for (const [user, path, title] of desks) {
      const page = await ui.session(user);
      await ui.login(page, user);
      await page.waitForURL((u) => u.pathname === path);
      await page.getByRole('heading', { name: title }).waitFor();
      await ui.shot(page, `home-${path.slice(1)}`);
    }
  });

  it('sends a visitor to the login page and back, and shows a friendly 403 to a wrong role', async () => {
    const visitor = await ui.session('anonymous');
    await visitor.goto('/window');
    await visitor.waitForURL(/\/login\?next=%2Fwindow/);
    await visitor.getByLabel('用户名').fill('chuangkou');
    await visitor.getByLabel('密码').fill('Banshi@2026');
    await visitor.getByRole('button', { name: '登录', exact: true }).click();
    await visitor.waitForURL((u) => u.pathname === '/window');

    // signing out ends the session at once: even the old cookie, put back into the browser, is refused
    const [sid] = (await visitor.context().cookies()).filter((c) => c.name === 'banshi_sid');
    expect(sid).toBeDefined();
    await visitor.getByRole('button', { name: '账户菜单' }).click();
    await visitor.getByRole('menuitem', { name: '退出登录' }).click();
    await visitor.waitForURL((u) => u.pathname === '/login');
    await visitor.context().addCookies([sid!]);
    ui.allowConsoleError(/401/);
    await visitor.goto('/window');
    await visitor.waitForURL(/\/login\?next=%2Fwindow/);

    const applicant = await ui.as('zhangsan');
    await applicant.goto('/supervision');
    await applicant.getByText('您无权访问此页面').waitFor();
    await applicant.goto('/no/such/page');
    await applicant.getByText('页面不存在', { exact: true }).waitFor();
    await ui.shot(applicant, 'not-found');
  });

  it('fits the portal on a 390-pixel phone with a drawer menu', async () => {
    const phone = await ui.as('xiangwei', { width: 390, height: 844 });
    await phone.goto('/portal');
    await phone.getByRole('button', { name: '菜单', exact: true }).click();
    await phone.getByRole('menuitem', { name: /我的消息/ }).click();
    await phone.waitForURL((u) => u.pathname === '/portal/messages');
    await phone.getByRole('heading', { name: '我的消息' }).waitFor();
    const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await ui.shot(phone, 'portal-phone-messages');
  });
});

describe('delivery of the web app', { timeout: 400_000 }, () => {
  it('sends the portal compressed, keeps hashed files cached for good and loads the staff shell only for staff', async () => {
    const page = await ui.session('phone-visitor', { width: 390, height: 844 });
    const responses: Array<{ url: string; headers: Record<string, string> }> = [];
    page.on('response', async (r) => responses.push({ url: r.url(), headers: await r.allHeaders() }));
    // a visitor's home page is drawn by the server: compressed, and no script file holds its first paint
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1, name: '网上办事大厅' }).waitFor();
    const home = responses.find((r) => new URL(r.url).pathname === '/portal');
    expect(home?.headers['content-encoding']).toBe('br');
    expect(responses.filter((r) => r.url.endsWith('.js'))).toEqual([]);
    // the web app, from the next page on
    await page.getByRole('link', { name: '办事指南' }).first().click();
    await page.waitForURL((u) => u.pathname === '/portal/catalog');
    await page.getByRole('heading', { level: 1, name: '办事指南' }).waitFor();
    const scripts = responses.filter((r) => new URL(r.url).pathname.startsWith('/assets/') && r.url.endsWith('.js'));
    expect(scripts.filter((s) => s.headers['content-encoding'] === 'br').length).toBeGreaterThan(0);
    for (const s of scripts) {
      // files under a kilobyte are not worth compressing
      if (Number(s.headers['content-length']) >= 1024) expect(s.headers['content-encoding'], s.url).toBe('br');
      expect(s.headers['cache-control'], s.url).toBe('public, max-age=31536000, immutable');
    }
    expect(scripts.some((s) => /StaffLayout/.test(s.url))).toBe(false);
    const html = responses.find((r) => new URL(r.url).pathname === '/portal/catalog');
    expect(html?.headers['cache-control']).toBe('no-cache');
  });
});
