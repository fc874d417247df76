import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useUi } from './harness.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';

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

describe('accessibility of the key pages (axe-core)', { timeout: 900_000 }, () => {
  it('finds no serious or critical violation and one h1 on each page', async () => {
    const notice = await api<{ id: string }>('POST', '/api/v1/guidance/items/XK00119001/notice', 'xiangwei');
    const [application] = await ui.db.query<{ id: string }>(
      `SELECT a.id FROM applications a JOIN users u ON u.id = a.applicant_user_id WHERE u.username = 'xiangwei' ORDER BY a.submitted_at DESC NULLS LAST LIMIT 1`,
    );
    const licences = await api<{ items: Array<{ id: string }> }>('GET', '/api/v1/licences/mine', 'xiangwei');
    const url = (await api<{ verifyUrl: string }>('GET', `/api/v1/licences/${licences.items[0]!.id}`, 'xiangwei')).verifyUrl;
    const verify = url.slice(url.indexOf('/v/'));
    expect(application, 'the demo data holds an application of xiangwei').toBeTruthy();

    const visitor = await ui.session('a11y-visitor');
    const applicant = await ui.as('xiangwei');
    const clerk = await ui.as('chuangkou');
    const supervisor = await ui.as('jianguan');
    const pages: Array<[string, Page, string]> = [
      ['portal home', visitor, '/portal'],
      ['search results', visitor, '/portal/search?q=营业执照'],
      ['item guide', visitor, '/portal/catalog/XK00119001'],
      ['notice', applicant, `/portal/notices/${notice.id}`],
      ['apply form', applicant, `/portal/apply?notice=${notice.id}`],
      ['application (applicant)', applicant, `/portal/applications/${application!.id}`],
      ['verification page', visitor, verify],
      ["window clerk's application", clerk, `/window/applications/${application!.id}`],
      ['dashboard', supervisor, '/supervision'],
    ];
    const found: string[] = [];
    for (const [name, page, path] of pages) {
      await page.goto(path);
      await settled(page);
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) found.push(`${name} (${path}): ${h1} h1 elements`);
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
    }
    expect(found, `serious or critical accessibility problems:\n${found.join('\n')}`).toEqual([]);
  });
});
