/**
 * Browser journeys: the real server (buildApp on a fresh test database, serving the built web/dist) on a random port,
 * driven by Debian's Chromium through playwright-core. Every page fails its test on a console error or an
 * untranslated message key; screenshots of the main pages go to test-results/screenshots/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { ManualClock, type AppDeps } from '../../src/core/index.js';
import { buildApp } from '../../src/http/index.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { drainOutbox } from '../../src/outbox/index.js';
import { startPaySandbox } from '../../src/payments/index.js';
import { SIGNED_IN_HINT_KEY } from '../../web/src/auth/signed-in-hint.js';
import { freshDb, type TestDb } from '../helpers/db.js';
import { expectStatus, testConfig, type TestApp } from '../helpers/app.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');
const failuresDir = path.join(root, 'test-results', 'failures');
/**
 * `BANSHI_SCREENSHOTS=off` checks the pages `shot` is given but takes no picture: CI sets it for its second engine,
 * whose pictures of the same pages would only be written over the first engine's.
 */
const takeScreenshots = process.env.BANSHI_SCREENSHOTS !== 'off';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Builds web/dist when its sources changed (web/build.mjs keeps a source hash and a lock); checked once per process
 * (the browser files share one process, and the sources do not change during a run).
 */
let webBuilt: Promise<void> | undefined;
export function ensureWebBuilt(): Promise<void> {
  webBuilt ??= promisify(execFile)(process.execPath, [path.join(root, 'web', 'build.mjs'), '--quiet'], { cwd: root, timeout: 600_000 }).then(
    () => undefined,
    (e: unknown) => {
      webBuilt = undefined;
      throw e;
    },
  );
  return webBuilt;
}

/**
 * One Chromium for the whole browser tier: the files run one after another in one process, and each test's sessions
 * are new browser contexts (their own cookies, storage and cache), so nothing carries over between files. A browser
 * that went away is started anew. Playwright ends it when the process exits.
 */
let sharedBrowser: Promise<Browser> | undefined;
async function theBrowser(): Promise<Browser> {
  if (sharedBrowser) {
    const b = await sharedBrowser.catch(() => undefined);
    if (b?.isConnected()) return b;
  }
  sharedBrowser = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return sharedBrowser;
}

interface Session {
  name: string;
  context: BrowserContext;
  page: Page;
}

export interface Ui extends AppDeps {
  app: FastifyInstance;
  clock: ManualClock;
  baseUrl: string;
  browser: Browser;
  /** A new browser context (its own cookies) with one page, watched for console errors. */
  session(
    name: string,
    /** `signedIn`: the browser holds the web app's note that someone signed in (for a session signed in by `as`) */
    opts?: { width?: number; height?: number; signedIn?: boolean },
  ): Promise<Page>;
  /** Signs in through the login page and waits for the landing page. */
  login(page: Page, username: string): Promise<void>;
  /**
   * A new session already signed in as `username`, on a blank page: the journey goes on to its own page. It signs in
   * with the request the login page sends, without drawing that page; the form itself and each role's landing desk
   * are walked in shell.test.ts (`login`).
   */
  as(username: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** Lets a console error matching `pattern` pass once (e.g. the 403 a forbidden page is expected to cause). */
  allowConsoleError(pattern: RegExp): void;
  /** What the open pages show and the API refusals so far, for the log of a failed test. */
  diagnose(): Promise<string>;
  /** Fails when any page logged an unexpected console error or showed an untranslated key since the last check. */
  checkConsole(): void;
  /** Saves a full-page screenshot after checking the page for untranslated keys. */
  shot(page: Page, name: string): Promise<void>;
  drain(): Promise<number>;
  close(): Promise<void>;
}

/**
 * One UI per test file: started before its first test, closed after its last, and each test fails on a console error
 * or an untranslated key that its pages showed. The object returned stands for the UI once started.
 */
export function useUi(opts: { now?: string; payment?: boolean } = {}): Ui {
  let started: Ui | undefined;
  beforeAll(async () => {
    started = await startUi(opts);
  }, 600_000);
  afterAll(async () => {
    await started?.close();
  });
  afterEach(() => started?.checkConsole());
  // a failed journey says what the pages showed and which API answers were refusals, so that a failure seen only in
  // CI can be read from its log
  beforeEach(({ task, onTestFailed }) =>
    onTestFailed(async () => {
      if (!started) return;
      const text = `${task.file?.name ?? ''} > ${task.name}\n${await started.diagnose()}\n`;
      console.error(text);
      fs.mkdirSync(failuresDir, { recursive: true });
      fs.appendFileSync(path.join(failuresDir, `${process.env.DATABASE_URL ? 'postgres' : 'embedded'}.log`), text);
    }),
  );
  return new Proxy({} as Ui, {
    get(_target, key) {
      if (!started) throw new Error('the UI is used before it started (outside a test or hook)');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** `payment`: the payment platform sandbox runs as its own process, as `npm start` runs it. */
export async function startUi(opts: { now?: string; payment?: boolean } = {}): Promise<Ui> {
  await ensureWebBuilt();
  const testDb: TestDb = await freshDb();
  const clock = new ManualClock(opts.now ?? '2026-03-02T09:00:00+08:00');
  const config = testConfig();
  const paySandbox = opts.payment ? await startPaySandbox() : null;
  if (paySandbox) config.payment = paySandbox.config;
  const deps: AppDeps = { db: testDb.db, clock, config };
  const app = await buildApp(deps, { serveWeb: true });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // the payment platform's notifications and the browser's return come to this address
  if (paySandbox) config.publicUrl = address;
  const browser = await theBrowser();
  const sessions: Session[] = [];
  const errors: string[] = [];
  const refusals: string[] = [];
  const allowed: RegExp[] = [];
  fs.mkdirSync(screenshotDir, { recursive: true });

  const record = (who: string, text: string) => {
    const i = allowed.findIndex((p) => p.test(text));
    if (i >= 0) allowed.splice(i, 1);
    else errors.push(`[${who}] ${text}`);
  };

  const ui: Ui = {
    ...deps,
    clock,
    app,
    baseUrl: address,
    browser,
    async session(name, o = {}) {
      const context = await browser.newContext({
        baseURL: address,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: o.width ?? 1366, height: o.height ?? 900 },
        deviceScaleFactor: 1,
        isMobile: (o.width ?? 1366) < 500,
        hasTouch: (o.width ?? 1366) < 500,
        // what the login page leaves behind besides the cookie: the web app's note that a session may exist, without
        // which it does not ask who is signed in
        ...(o.signedIn ? { storageState: { cookies: [], origins: [{ origin: address, localStorage: [{ name: SIGNED_IN_HINT_KEY, value: '1' }] }] } } : {}),
      });
      // generous: the suite shares two cores with everything else
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') record(name, `${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => record(name, `uncaught: ${err.message}`));
      page.on('response', (r) => {
        if (r.status() < 400 || !new URL(r.url()).pathname.startsWith('/api/')) return;
        void r.text().then(
          (body) => refusals.push(`[${name}] ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()} ${body.slice(0, 300)}`),
          () => refusals.push(`[${name}] ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()}`),
        );
      });
      sessions.push({ name, context, page });
      return page;
    },
    async login(page, username) {
      await page.goto('/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    },
    async as(username, o) {
      const page = await ui.session(username, { ...o, signedIn: true });
      // the context's request shares its cookies: the session cookie lands in the browser as after the form
      const res = await page.context().request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
      if (!res.ok()) throw new Error(`signing in as ${username}: ${res.status()} ${await res.text()}`);
      return page;
    },
    allowConsoleError(pattern) {
      allowed.push(pattern);
    },
    async diagnose() {
      const lines = ['— what the browser sessions showed when the test failed —', ...refusals.slice(-20).map((r) => `API refusal ${r}`)];
      for (const s of sessions) {
        if (s.page.isClosed()) continue;
        const text = await s.page.locator('body').innerText({ timeout: 2_000 }).catch(() => '(unreadable)');
        lines.push(`[${s.name}] ${s.page.url()}\n${text.replace(/\s+/g, ' ').slice(0, 800)}`);
      }
      return lines.join('\n');
    },
    checkConsole() {
      const seen = errors.splice(0);
      expect(seen, 'console errors in the browser').toEqual([]);
    },
    async shot(page, name) {
      await expectTranslated(page);
      if (!takeScreenshots) return;
      // the picture is for people reading the results, not an assertion: a renderer too busy to paint a full page in
      // 30 s (a loaded CI machine) costs the picture, and the test goes on to what it asserts
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 30_000 }).catch(async (err: Error) => {
        console.warn(`screenshot ${name}: ${err.message.split('\n')[0]}; taking the visible part only`);
        await page.screenshot({ path: file, timeout: 30_000 }).catch(() => console.warn(`screenshot ${name}: not taken`));
      });
    },
    drain: () => drainOutbox(testDb.db, clock),
    async close() {
      // every context this file opened, the harness's sessions and those a test opened itself; the browser stays
      for (const s of sessions) await s.context.close().catch(() => {});
      for (const c of browser.contexts()) await c.close().catch(() => {});
      await app.close();
      await paySandbox?.stop();
      await testDb.drop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
  return ui;
}

/** No message key without a translation is on screen (the UI marks them ⟦key⟧), and the page is in Chinese. */
export async function expectTranslated(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text, 'untranslated message keys on the page').not.toContain('⟦');
  expect(/[\u4e00-\u9fff]/.test(text), 'the page shows Chinese text').toBe(true);
}

export const tmpFile = (name: string, content: Buffer | string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-upload-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

/**
 * Picks an option of an antd Select by its visible label and waits until the select shows it; a click that lands
 * while the dropdown is still opening or re-rendering is tried again, as a person would.
 */
export async function chooseOption(page: Page, label: string | Locator, option: string, opts: { search?: string } = {}): Promise<void> {
  const box = typeof label === 'string' ? page.getByRole('combobox', { name: label }) : label;
  // the select that holds this box (its nearest ancestor of that class, wherever the box was looked up from)
  const select = box.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const shown = async () => (await select.innerText()).includes(option);
  await expect
    .poll(async () => {
      if (await shown()) return true;
      await box.click();
      if (opts.search) await box.fill(opts.search);
      // this select's own list (another select's may still be closing), and in it the first option of that name: the
      // same option may stand under two groups (a material two items ask for)
      const list = await box.getAttribute('aria-controls').catch(() => null);
      const dropdown = page.locator(list ? `.ant-select-dropdown:visible:has([id="${list}"])` : '.ant-select-dropdown:visible');
      const item = dropdown.locator(`.ant-select-item-option[title="${option}"]`).first();
      await item.click({ timeout: 5_000 }).catch(() => undefined);
      return shown();
    }, { timeout: 30_000, interval: 500 })
    .toBe(true);
}

/**
 * Confirms an irreversible action: waits for its question (the Popconfirm opened by the click before) and answers
 * 确定执行, as a person who read it would.
 */
export async function confirmAction(page: Page, question: string | RegExp): Promise<void> {
  const pop = page.locator('.ant-popover:visible').filter({ hasText: question });
  await pop.waitFor();
  // a click that lands while the confirmation is still growing in (its opening animation, slow on a loaded machine)
  // can miss it: the confirmation closes once the click is taken, so it is clicked again until it does
  for (let attempt = 1; ; attempt++) {
    await pop.getByRole('button', { name: '确定执行' }).click();
    const closed = await pop.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false);
    if (closed || attempt === 3) return;
  }
}

/** The UI's app as a TestApp for the test helpers (filing, deciding): they speak to it through inject, signed in once a user. */
export function apiOf(ui: Ui): TestApp {
  const sessions = new Map<string, Record<string, string>>();
  return {
    app: ui.app, db: ui.db, clock: ui.clock, config: ui.config,
    async as(username: string) {
      if (!sessions.has(username)) {
        const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
        sessions.set(username, { authorization: `Bearer ${expectStatus<{ token: string }>(res, 200).token}` });
      }
      return sessions.get(username)!;
    },
  } as unknown as TestApp;
}
