import { describe, expect, it } from 'vitest';
import { expectStatus, type TestApp } from '../helpers/app.js';
import { getApplication, submissionBody } from '../helpers/applications.js';
import { decodeQrPng, pdfText } from '../helpers/pdf.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { chooseOption, confirmAction, useUi, apiOf } from './harness.js';

const ui = useUi({ now: '2026-03-02T09:00:00+08:00', payment: true });

const api = (): TestApp => apiOf(ui);

const MORTGAGE = 'QR00601002'; // 不动产抵押登记: its registration fee falls due at acceptance, the certificate after payment

/** 张三 files a 不动产抵押登记 online; it waits for the window to accept it. */
async function filedMortgage(): Promise<{ id: string; label: string }> {
  const t = api();
  const body = await submissionBody(t, { user: 'zhangsan', itemCodes: [MORTGAGE] });
  const { enterpriseName: _n, legalRepresentative: _l, ...form } = body.form as Record<string, unknown>;
  const filed = expectStatus<{ id: string }>(await ui.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('zhangsan')), 'idempotency-key': crypto.randomUUID() }, payload: { ...body, form } }), 201);
  const app = await getApplication(t, filed.id);
  return { id: filed.id, label: `${app.title}（${app.number}）` };
}

describe('a visit to the hall that ends with a fee paid', { timeout: 400_000 }, () => {
  it('a citizen books a slot on a phone, checks in, is called on the hall screen, is served, pays the fee by the platform’s QR code and downloads the receipt', async () => {
    const application = await filedMortgage();

    // 预约 for the application already filed: 我已提交的办件 → 选择日期时段 → 预约成功
    const phone = await ui.as('zhangsan', { width: 390, height: 844 });
    await phone.goto('/portal/hall/book');
    await phone.getByRole('heading', { name: '预约办事' }).waitFor();
    await phone.getByText('我已提交的办件', { exact: true }).first().click();
    await chooseOption(phone, '办件', application.label);
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.getByText(`${application.label} · 办理分区：不动产`).waitFor();
    await phone.getByRole('group', { name: '2026年3月2日' }).getByRole('button', { name: /09:30–10:00/ }).click();
    await phone.getByText('已选：2026年3月2日 09:30–10:00').waitFor();
    await phone.getByRole('button', { name: '确认预约' }).click();
    const codeEl = phone.getByTestId('booking-code');
    await codeEl.waitFor();
    const code = (await codeEl.innerText()).trim().slice(0, 8);

    // the hall's calling screen, nobody signed in
    const screen = await ui.session('screen', { width: 1920, height: 1080 });
    await screen.goto('/hall/screen?region=431127');
    await screen.getByText('请取号等候').waitFor();

    // 签到取号 at the desk with the booking code
    ui.clock.set('2026-03-02T09:20:00+08:00');
    const desk = await ui.as('chuangkou');
    await desk.goto('/window/hall/check-in');
    await desk.getByRole('heading', { name: '签到取号' }).waitFor();
    await desk.getByRole('textbox', { name: '预约码' }).fill(code);
    await desk.getByRole('button', { name: '取 号' }).or(desk.getByRole('button', { name: '取号' })).click();
    await desk.getByTestId('queue-number').getByText('D001').waitFor();
    await desk.getByText(/不动产 · 预约/).waitFor();

    await phone.goto('/portal/hall');
    const mine = phone.getByTestId('my-ticket');
    await mine.getByText('D001').waitFor();
    await mine.getByText('等候中').waitFor();

    // the clerk at the property registration window calls the next number; the screen and the phone follow
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/hall/calling');
    await clerk.getByRole('heading', { name: '叫号' }).waitFor();
    await chooseOption(clerk, '我的窗口', '不动产登记 6 号窗口（不动产）');
    await clerk.getByRole('button', { name: '叫下一位' }).click();
    await clerk.getByTestId('current-number').getByText('D001').waitFor();
    await screen.getByTestId('screen-now').getByText('请 D001 号到 不动产登记 6 号窗口 办理').waitFor();
    await mine.getByText('请到 不动产登记 6 号窗口 办理').waitFor();
    await ui.shot(phone, 'hall-pay-called');

    // served: the clerk accepts the application (its fee falls due at acceptance) and finishes the visit
    // the calling panel says what the visitor booked for and opens the application
    const visitFor = clerk.getByTestId('visit-for');
    await visitFor.getByText(/^预约办理办件：/).waitFor();
    const href = await visitFor.getByRole('link', { name: '打开办件' }).getAttribute('href');
    expect(href).toBe(`/window/applications/${application.id}`);
    const intake = await clerk.context().newPage();
    await intake.goto(href!);
    await intake.getByRole('button', { name: '确认受理' }).click();
    await confirmAction(intake, '确认受理本申请？');
    await intake.getByText('已受理，办理中').first().waitFor();
    await intake.close();
    await clerk.getByRole('button', { name: '办 结' }).or(clerk.getByRole('button', { name: '办结' })).click();
    await clerk.getByTestId('rating-code').getByText(/D001 号已办结.*评价码 [A-Z2-9]{8}/).waitFor();
    await clerk.getByText('当前没有在办的号').waitFor();

    // on the phone: the fee is due
    await phone.goto('/portal/bills');
    await phone.getByRole('heading', { name: '我的缴费' }).waitFor();
    await phone.getByText('待缴费 1 笔，合计 80.00 元').waitFor();
    const bill = phone.getByTestId('bill');
    await bill.getByText('不动产抵押登记', { exact: true }).waitFor();
    await bill.getByText('待缴费', { exact: true }).waitFor();
    await bill.getByText('受理时缴费', { exact: true }).waitFor();
    await ui.shot(phone, 'hall-pay-unpaid');

    // 网上缴费: the phone scans the payment platform's QR code and confirms on the platform's page
    await bill.getByRole('button', { name: '网上缴费' }).click();
    const qr = phone.getByTestId('pay-qr');
    await qr.locator('svg').waitFor();
    await phone.getByText('当前为支付平台沙箱，不发生真实扣款').waitFor();
    const scanned = decodeQrPng(await qr.screenshot());
    expect(scanned).toBe(await phone.getByRole('link', { name: '打开支付页面' }).getAttribute('href'));
    await phone.goto(scanned!);
    await phone.getByText('统一公共支付平台（沙箱）').first().waitFor();
    await phone.getByText('80.00 元').first().waitFor();
    await phone.getByRole('button', { name: '确认支付' }).click();
    await phone.waitForURL(/\/portal\/bills\?bill=/);
    await phone.getByText('缴费成功，电子票据已开具').waitFor();
    await bill.getByText('已缴费').waitFor();
    const receipt = bill.getByRole('link', { name: '下载非税收入电子票据' });
    await receipt.waitFor();
    await ui.shot(phone, 'hall-pay-paid');

    // the receipt downloads in the citizen's session: a PDF in Chinese with the amount in capitals
    const res = await phone.request.get((await receipt.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await res.body()).replace(/\s+/g, '');
    for (const s of ['湖南省非税收入一般缴款书（电子）', '张三', '不动产登记费', '捌拾元整', '统一公共支付平台（网上缴费）']) expect(text).toContain(s);
  });
});
