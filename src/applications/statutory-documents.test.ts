import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { pdfFonts, pdfText } from '../../test/helpers/pdf.js';
import { ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

describe('不予受理通知书', () => {
  it('is a PDF naming the authority, the legal basis and the rights to 行政复议 (60 days) and 行政诉讼 (6 months) with their bodies', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/refusal-notice.pdf`, headers: await t.as('xiangwei') })).statusCode).toBe(409);
    const refused = expectStatus(await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/refuse`,
      headers: await t.as('chuangkou'),
      payload: { reason: '申请事项依法不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项', cited: [{ kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '经营场所不在本县' }] },
    }), 200);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/refusal-notice.pdf`, headers: await t.as('xiangwei') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(res.rawPayload);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('不予受理通知书');
    expect(text).toContain(`不予受理〔2026〕${refused.number}号`);
    expect(text).toContain('蓝山县行政审批服务局');
    expect(text).toContain('《中华人民共和国行政许可法》第三十二条第一款第（二）项');
    expect(text).toContain('六十日内向蓝山县人民政府申请行政复议');
    expect(text).toContain('六个月内依法向蓝山县人民法院提起行政诉讼');
    expect(text).toContain('2026年3月2日');
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });
});
