import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseOption, tmpFile, useUi } from './harness.js';

/**
 * The portal as citizens meet it on a phone (390×844): search in their own words, apply, follow an application and a
 * 12345 ticket without signing in; no page wider than the screen.
 */
const ui = useUi();
const PHONE = { width: 390, height: 844 };

const pdf = (name: string) => tmpFile(`${name}.pdf`, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

async function answer(page: Page, question: string, option: string) {
  await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

/** The page is wider than the phone when it scrolls sideways. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;
}

let applicationNumber = '';
let applicationPath = '';
let noticePath = '';

describe('the public face on a phone', { timeout: 600_000 }, () => {
  it('goes from the home page search (开饭店) to a submitted application', async () => {
    const page = await ui.as('xiangwei', PHONE);
    await page.goto('/portal');
    await page.getByRole('searchbox', { name: '搜索要办的事' }).fill('开饭店');
    await page.getByRole('searchbox', { name: '搜索要办的事' }).press('Enter');
    await page.waitForURL(/\/portal\/search\?q=/);
    await page.getByText('按“开饭店”找到').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await ui.shot(page, 'phone-search-results');
    await page.getByRole('link', { name: '开餐饮店', exact: true }).click();
    await page.getByRole('heading', { name: '开餐饮店' }).waitFor();
    await answer(page, '您是否已经领取营业执照？', '是');
    await page.getByLabel('经营场所的建筑面积是多少？').fill('500');
    await answer(page, '是否要在店门外设置招牌或户外广告？', '否');
    await answer(page, '是否设有供顾客娱乐的KTV包厢或住宿客房？', '否');
    await answer(page, '是否销售酒类（含啤酒）？', '否');
    await answer(page, '污水是否排入市政排水管网？', '否');
    await page.getByRole('button', { name: '生成一次性告知单' }).click();
    await page.waitForURL(/\/portal\/notices\//);
    await page.getByRole('heading', { name: /一次性告知单/ }).waitFor();
    noticePath = new URL(page.url()).pathname;
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await ui.shot(page, 'phone-notice');

    // 开始申请 under what to do, and again kept at the foot of the screen however long the list: each a single link
    const apply = page.getByRole('link', { name: /开始申请/ });
    expect(await apply.count()).toBe(2);
    expect(await page.locator('a button, button a').count()).toBe(0);
    const foot = await apply.last().boundingBox();
    expect(foot!.y + foot!.height).toBeLessThanOrEqual(PHONE.height);
    await apply.last().click();
    await page.getByRole('heading', { name: /一表申请/ }).waitFor();
    await expect.poll(() => page.getByLabel('企业名称').inputValue()).toBe('蓝山县湘味餐饮店');
    await page.getByLabel('经营地址').fill('蓝山县塔峰镇舜乡大道 128 号');
    await page.getByLabel('经营场所面积（平方米）').fill('500');
    await chooseOption(page, page.getByLabel('经营项目'), '热食类食品制售');
    const uploads = page.locator('input[type=file]');
    const n = await uploads.count();
    for (let i = 0; i < n; i++) {
      await uploads.nth(i).setInputFiles(pdf(`material-${i}`));
      await expect.poll(() => page.getByText(/已上传：/).count()).toBe(i + 1);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    await page.getByText('已提交，待受理').first().waitFor();
    applicationPath = new URL(page.url()).pathname;
    // the history in plain words, without the platform's own steps
    await page.getByText('提交申请', { exact: true }).first().waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/开始办理 · 系统|等待前置事项|不符合秒批规则/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.goto('/portal/applications');
    const card = page.locator('.ant-card').filter({ hasText: '开餐饮店' }).first();
    await card.getByText(/^办件号 /).waitFor();
    applicationNumber = (await card.getByText(/^办件号 /).innerText()).replace('办件号 ', '').trim();
    expect(applicationNumber).toMatch(/^\d{6}-\d{8}-\d{6}$/);
    await card.getByText(/^提交于 \d{4}/).waitFor();
    await page.getByText('办理中', { exact: true }).click();
    await page.locator('.ant-card').filter({ hasText: applicationNumber }).waitFor();
    await page.getByText('已办结', { exact: true }).click();
    await expect.poll(() => page.locator('.ant-card').filter({ hasText: applicationNumber }).count()).toBe(0);
    await ui.shot(page, 'phone-my-applications');
  });

  it('follows the application anonymously by its number and the last four digits of the phone', async () => {
    expect(applicationNumber).not.toBe('');
    const page = await ui.session('anonymous-progress', PHONE);
    await page.goto('/portal');
    await page.getByRole('searchbox', { name: '搜索要办的事' }).fill(applicationNumber);
    await page.getByRole('searchbox', { name: '搜索要办的事' }).press('Enter');
    await page.getByRole('heading', { name: '办件进度查询' }).waitFor();
    await expect.poll(() => page.getByLabel('办件号').inputValue()).toBe(applicationNumber);
    // a wrong check says nothing about the application
    ui.allowConsoleError(/404/);
    await page.getByLabel('身份证号码、统一社会信用代码或手机号码的后四位').fill('0000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有找到这个办件').waitFor();
    await page.getByLabel('身份证号码、统一社会信用代码或手机号码的后四位').fill('5678');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('食品经营许可').first().waitFor();
    await page.getByText('已提交，待受理').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('李湘味');
    expect(text).not.toContain('13907465678');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await ui.shot(page, 'phone-progress-lookup');
  });

  it('follows a 12345 ticket anonymously by its number and phone', async () => {
    const filed = await ui.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: { kind: 'consultation', title: '咨询周六是否办公', content: '请问政务服务中心周六上午是否办理业务？', requesterName: '王先生', requesterPhone: '13811112222' } });
    expect(filed.statusCode).toBe(201);
    const number = filed.json().ticket.number as string;
    const page = await ui.session('anonymous-ticket', PHONE);
    await page.goto('/portal');
    await page.getByRole('searchbox', { name: '搜索要办的事' }).fill(number);
    await page.getByRole('searchbox', { name: '搜索要办的事' }).press('Enter');
    await page.getByRole('heading', { name: '办件进度查询' }).waitFor();
    await expect.poll(() => page.getByLabel('工单号').inputValue()).toBe(number);
    await page.getByLabel('登记时留的电话号码').fill('13811112222');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('咨询 · 待派单').waitFor();
    await page.getByText(/登记工单/).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('政务服务中心周六上午');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('finds 理发店 as 公共场所卫生许可 and shows 高频事项 from real applications', async () => {
    const page = await ui.session('visitor-search', PHONE);
    await page.goto('/portal/search?q=理发店');
    await page.getByRole('link', { name: '公共场所卫生许可', exact: true }).waitFor();
    await page.goto('/portal');
    await page.getByText('高频事项').waitFor();
    await ui.shot(page, 'phone-home');
  });
});

describe('every portal page fits a phone', { timeout: 900_000 }, () => {
  const params = async () => {
    const [bundle] = await ui.db.query<{ code: string }>(`SELECT code FROM catalog_search WHERE subject = 'bundle' ORDER BY code LIMIT 1`);
    const [item] = await ui.db.query<{ code: string }>(`SELECT code FROM catalog_search WHERE subject = 'item' AND code = 'XK00201001' LIMIT 1`);
    const [licence] = await ui.db.query<{ id: string }>(`SELECT l.id FROM licences l JOIN users u ON u.id = l.holder_user_id WHERE u.username = 'xiangwei' LIMIT 1`);
    const [ticket] = await ui.db.query<{ id: string }>(`SELECT t.id FROM tickets t JOIN users u ON u.id = t.requester_user_id WHERE u.username = 'xiangwei' LIMIT 1`);
    const [disclosure] = await ui.db.query<{ id: string }>(`SELECT d.id FROM disclosure_requests d JOIN users u ON u.id = d.applicant_user_id WHERE u.username = 'xiangwei' LIMIT 1`);
    return { bundle: bundle?.code, item: item?.code, licence: licence?.id, ticket: ticket?.id, disclosure: disclosure?.id };
  };

  it('has no page wider than 390 px, for visitors and for the applicant', async () => {
    const p = await params();
    const paths: Array<[string, boolean]> = [
      ['/portal', true],
      ['/portal/search?q=营业执照', true],
      ['/portal/progress', true],
      ['/portal/bundles', true],
      [`/portal/bundles/${p.bundle}`, true],
      ['/portal/catalog', true],
      [`/portal/catalog/${p.item}`, true],
      ['/portal/tickets', true],
      [noticePath || '', false],
      ['/portal/applications', false],
      [applicationPath || '', false],
      [applicationPath ? `${applicationPath}/rate` : '', false],
      ['/portal/licences', false],
      [p.licence ? `/portal/licences/${p.licence}` : '', false],
      ['/portal/ratings', false],
      [p.ticket ? `/portal/tickets/${p.ticket}` : '', false],
      ['/portal/disclosure', false],
      [p.disclosure ? `/portal/disclosure/${p.disclosure}` : '', false],
      ['/portal/guide-feedback', false],
      ['/portal/authorisations', false],
      ['/portal/business/handlers', false],
      ['/portal/messages', false],
      ['/portal/apply?bundle=kai-canyindian', false],
    ];
    const visitor = await ui.session('phone-visitor', PHONE);
    const applicant = await ui.as('xiangwei', PHONE);
    const agent = await ui.as('daiban', PHONE);
    const wide: string[] = [];
    for (const [path, open] of paths) {
      if (!path) continue;
      for (const [who, page] of [...(open ? [['visitor', visitor] as const] : []), ['xiangwei', applicant] as const, ['daiban', agent] as const]) {
        if (who === 'daiban' && /business|ratings|rate$|licences|applications\/|disclosure\/|tickets\/|notices\//.test(path)) continue;
        await page.goto(path);
        const shown = await page.locator('h3, h2, h1').first().waitFor({ timeout: 90_000 }).then(() => true, () => false);
        if (!shown) {
          wide.push(`${path} as ${who}: no heading shown`);
          continue;
        }
        await expect.poll(() => page.locator('.ant-skeleton, .ant-spin-spinning').count(), { timeout: 60_000 }).toBe(0);
        const over = await overflow(page);
        if (over > 0) wide.push(`${path} as ${who}: ${over} px too wide`);
      }
    }
    expect(wide).toEqual([]);
  });
});
