import { describe, expect, it } from 'vitest';
import { expectStatus, type TestApp } from '../helpers/app.js';
import { accept, caseOf, decide, getApplication, submissionBody } from '../helpers/applications.js';
import { decodeQrPng, pdfText } from '../helpers/pdf.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { useUi, apiOf } from './harness.js';

const ui = useUi({ now: '2026-03-02T10:00:00+08:00', payment: true });

const api = (): TestApp => apiOf(ui);

/** 张三's 不动产转移登记, approved: its 80-yuan registration fee is due. */
async function approvedTransfer(): Promise<string> {
  const t = api();
  const body = await submissionBody(t, { user: 'zhangsan', itemCodes: ['QR00601001'] });
  const { enterpriseName: _n, legalRepresentative: _l, ...form } = body.form as Record<string, unknown>;
  const filed = expectStatus<{ id: string }>(await ui.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('zhangsan')), 'idempotency-key': crypto.randomUUID() }, payload: { ...body, form } }), 201);
  await accept(t, filed.id);
  await decide(t, caseOf(await getApplication(t, filed.id), 'QR00601001'));
  return filed.id;
}

describe('fees', { timeout: 400_000 }, () => {
  it('a citizen pays a fee on a phone by the payment platform’s QR code and downloads the 非税收入 receipt', async () => {
    // 张三's 不动产转移登记 is approved: its registration fee is due before the certificate is handed over
    await approvedTransfer();

    const phone = await ui.as('zhangsan', { width: 390, height: 844 });
    await phone.goto('/portal/bills');
    await phone.getByRole('heading', { name: '我的缴费' }).waitFor();
    await phone.getByText('待缴费 1 笔，合计 80.00 元').waitFor();
    const bill = phone.getByTestId('bill');
    await bill.getByText('不动产转移登记（存量房买卖）').waitFor();
    await bill.getByText('本事项缴费后出件').waitFor();
    await ui.shot(phone, 'fees-unpaid');

    // 网上缴费: the platform's QR code, which the phone "scans"
    await bill.getByRole('button', { name: '网上缴费' }).click();
    const qr = phone.getByTestId('pay-qr');
    await qr.locator('svg').waitFor();
    await phone.getByText('当前为支付平台沙箱，不发生真实扣款').waitFor();
    await ui.shot(phone, 'fees-qr');
    const scanned = decodeQrPng(await qr.screenshot());
    const payUrl = await phone.getByRole('link', { name: '打开支付页面' }).getAttribute('href');
    expect(scanned).toBe(payUrl);

    // the payment platform's page: the citizen confirms, and is sent back to the platform
    await phone.goto(scanned!);
    await phone.getByText('统一公共支付平台（沙箱）').first().waitFor();
    await phone.getByText('80.00 元').first().waitFor();
    await ui.shot(phone, 'fees-platform');
    await phone.getByRole('button', { name: '确认支付' }).click();
    await phone.waitForURL(/\/portal\/bills\?bill=/);
    await phone.getByText('缴费成功，电子票据已开具').waitFor();
    await bill.getByText('已缴费').waitFor();
    const receipt = bill.getByRole('link', { name: '下载非税收入电子票据' });
    await receipt.waitFor();
    await ui.shot(phone, 'fees-paid');

    // the receipt downloads in the citizen's session: a PDF in Chinese with the amount in capitals
    const res = await phone.request.get((await receipt.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await res.body()).replace(/\s+/g, '');
    for (const s of ['湖南省非税收入一般缴款书（电子）', '张三', '捌拾元整', '统一公共支付平台（网上缴费）']) expect(text).toContain(s);
  });

  it('a clerk records a POS payment at the counter, and a supervisor reconciles the day with the platform', async () => {
    await approvedTransfer();
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/bills');
    await clerk.getByRole('heading', { name: '窗口缴费' }).waitFor();
    const row = clerk.getByRole('row', { name: /不动产转移登记（存量房买卖）/ });
    await row.getByRole('combobox', { name: '收款方式' }).click();
    await clerk.getByTitle('POS 刷卡').click();
    await row.getByRole('textbox', { name: 'POS 凭条号' }).fill('POS20260302001');
    await row.getByRole('button', { name: '登记收款' }).click();
    await clerk.getByText('已登记收款，电子票据已开具').waitFor();
    await clerk.getByText('没有待缴费的缴费通知').waitFor();
    await ui.shot(clerk, 'fees-counter');

    const supervisor = await ui.as('jianguan');
    await supervisor.goto('/supervision/reconciliation');
    await supervisor.getByRole('heading', { name: '缴费对账' }).waitFor();
    await supervisor.getByLabel('对账日期').fill('2026-03-02');
    await supervisor.getByRole('button', { name: '发起对账' }).click();
    await supervisor.getByText('已发起对账，稍后刷新查看结果').waitFor();
    await ui.drain();
    await supervisor.getByRole('button', { name: '刷新' }).click();
    // the citizen's online payment matches; the counter payment is not the platform's
    await supervisor.getByText('相符 1 笔，差异 0 笔').waitFor();
    await ui.shot(supervisor, 'fees-reconciliation');
  });
});
