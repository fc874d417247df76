import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useUi } from './harness.js';
import { DEFAULT_SITE } from '../../src/core/index.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import type { TestApp } from '../helpers/app.js';
import { ITEMS, submit } from '../helpers/applications.js';

/**
 * The key pages checked with axe-core (WCAG 2.1 A/AA and best practice) as a screen-reader or low-vision user meets
 * them: no serious or critical violation, and one h1 a page.
 */
const ui = useUi();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Waits until the page has drawn its content (its h1, no skeleton or spinner). */
async function settled(page: Page): Promise<void> {
  await page.locator('h1, h2, h3, h4').first().waitFor();
  await expect.poll(() => page.locator('.ant-skeleton, .ant-spin-spinning').count(), { timeout: 60_000 }).toBe(0);
}

/** The serious and critical violations on the page, as "rule-id: help (where)" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` …and ${v.nodes.length - 3} more` : ''}`);
}

/**
 * A browser session for the checks: the page's Content-Security-Policy (script-src 'self') would refuse axe's inline
 * script, so these contexts bypass it; everything else is as the harness's sessions (zh-CN, Beijing time).
 */
async function checkedSession(username?: string, opts: { width?: number } = {}): Promise<Page> {
  const context = await ui.browser.newContext({
    baseURL: ui.baseUrl,
    bypassCSP: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: opts.width ?? 1366, height: 900 },
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  if (username) await ui.login(page, username);
  return page;
}

async function api<T>(method: 'GET' | 'POST', url: string, username?: string, payload?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (username) {
    const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    headers.authorization = `Bearer ${res.json().token as string}`;
  }
  const res = await ui.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** The application helpers speak to the API in-process, as the integration tests do. */
function apiOf(): TestApp {
  const sessions = new Map<string, Record<string, string>>();
  return {
    app: ui.app, db: ui.db, clock: ui.clock, config: ui.config,
    async as(username: string) {
      const hit = sessions.get(username);
      if (hit) return hit;
      const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const headers = { authorization: `Bearer ${res.json().token as string}` };
      sessions.set(username, headers);
      return headers;
    },
    drain: () => ui.drain(),
  } as unknown as TestApp;
}

describe('accessibility of the key pages (axe-core)', { timeout: 900_000 }, () => {
  it('finds no serious or critical violation and one h1 on each page', async () => {
    const notice = await api<{ id: string }>('POST', '/api/v1/guidance/items/XK00119001/notice', 'xiangwei');
    const application = await submit(apiOf(), { itemCodes: [ITEMS.food] });
    const licences = await api<{ items: Array<{ id: string }> }>('GET', '/api/v1/licences/mine', 'xiangwei');
    const url = (await api<{ verifyUrl: string }>('GET', `/api/v1/licences/${licences.items[0]!.id}`, 'xiangwei')).verifyUrl;
    const verify = url.slice(url.indexOf('/v/'));

    const visitor = await checkedSession();
    const applicant = await checkedSession('xiangwei');
    const clerk = await checkedSession('chuangkou');
    const supervisor = await checkedSession('jianguan');
    const pages: Array<[string, Page, string]> = [
      ['portal home', visitor, '/portal'],
      ['search results', visitor, '/portal/search?q=营业执照'],
      ['item guide', visitor, '/portal/catalog/XK00119001'],
      ['notice', applicant, `/portal/notices/${notice.id}`],
      ['apply form', applicant, `/portal/apply?notice=${notice.id}`],
      ['application (applicant)', applicant, `/portal/applications/${application.id}`],
      ['verification page', visitor, verify],
      ["window clerk's application", clerk, `/window/applications/${application.id}`],
      ['dashboard', supervisor, '/supervision'],
    ];
    const found: string[] = [];
    for (const [name, page, path] of pages) {
      await page.goto(path);
      const shown = await settled(page).then(() => true, (e: Error) => (found.push(`${name} (${path}): not drawn: ${e.message.split('\n')[0]}`), false));
      if (!shown) continue;
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) found.push(`${name} (${path}): ${h1} h1 elements`);
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    }
    expect(found, `serious or critical accessibility problems:\n${found.join('\n')}`).toEqual([]);
  });
});

describe('for everyone: 适老化 mode, the site identity, English', { timeout: 600_000 }, () => {
  it('switches 适老化 mode from the keyboard and keeps it after a reload', async () => {
    const page = await checkedSession();
    await page.goto('/portal');
    await page.locator('h1').first().waitFor();
    const fontSize = () => page.evaluate('getComputedStyle(document.querySelector("h1")).fontSize');
    expect(await fontSize()).toBe('24px');
    const toggle = page.getByRole('switch', { name: '适老化模式' });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(fontSize).toBe('30px');
    expect(await page.evaluate('getComputedStyle(document.body).fontSize')).toBe('18px');
    await page.reload();
    await page.locator('h1').first().waitFor();
    await expect.poll(() => page.getByRole('switch', { name: '适老化模式' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.evaluate('document.documentElement.classList.contains("elder")')).toBe(true);
    expect(await fontSize()).toBe('30px');
    // the larger type keeps the checks clean
    expect(await axeViolations(page)).toEqual([]);
    await ui.shot(page, 'portal-elder-mode');
    await page.getByRole('switch', { name: '适老化模式' }).press('Enter');
    await expect.poll(fontSize).toBe('24px');
  });

  it('shows the site identity from the configuration at the foot of every portal and public page', async () => {
    const page = await ui.session('footer');
    for (const path of ['/portal', '/portal/catalog', '/portal/progress', '/public/verify']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await footer.getByText(`主办单位：${DEFAULT_SITE.sponsor}`).waitFor();
      const text = await footer.innerText();
      expect(text, path).toContain(`网站标识码：${DEFAULT_SITE.siteCode}`);
      expect(text, path).toContain(`ICP备案号：${DEFAULT_SITE.icp}`);
      expect(text, path).toContain(`公安备案号：${DEFAULT_SITE.psb}`);
    }
  });

  it('speaks English when the address says ?lang=en or the browser asks for English', async () => {
    const byAddress = await ui.session('english-by-address');
    await byAddress.goto('/portal?lang=en');
    await byAddress.getByRole('heading', { level: 1, name: 'Online service hall' }).waitFor();
    expect(await byAddress.evaluate('document.documentElement.lang')).toBe('en');

    const context = await ui.browser.newContext({ baseURL: ui.baseUrl, locale: 'en-US', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto('/portal');
      await page.getByRole('heading', { level: 1, name: 'Online service hall' }).waitFor();
      await page.getByRole('contentinfo').getByText(`Run by: ${DEFAULT_SITE.sponsor}`).waitFor();
      // catalog content in English where the catalog has it, and said so where it has not
      await page.goto('/portal/catalog/XK00119001');
      await page.getByRole('heading', { level: 1, name: 'Food business permit' }).waitFor();
      await page.getByText('A business licence', { exact: true }).waitFor();
      await page.goto('/portal/catalog/XK00201001');
      await page.getByText('This item has no English version; shown in Chinese').waitFor();
      await page.getByRole('heading', { level: 1, name: '公共场所卫生许可' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
