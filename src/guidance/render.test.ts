import { describe, expect, it } from 'vitest';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { buildNotice } from './build-notice.js';
import { renderNoticeHtml } from './render-notice-html.js';
import { renderNoticePdf } from './render-notice-pdf.js';
import { pdfFonts, pdfText } from '../../test/helpers/pdf.js';
import { selectForBundle } from './select-items.js';
import { restaurantBundle as bundle } from './__fixtures__/restaurant.js';

const answers = answerQuestionnaire(bundle.questions, { area: 320, alcohol: true, signboard: false, premises: 'rent' }).answers;
const notice = { ...buildNotice({ subject: { kind: 'bundle', code: bundle.code, name: bundle.name }, questions: bundle.questions, answers, selection: selectForBundle(bundle, { answers }), generatedAt: new Date('2026-03-02T01:30:00Z'), licenceTypeNames: { 'business-licence': '营业执照', 'resident-id-card': '居民身份证' } }), id: 'N-1' };

describe('renderNoticeHtml', () => {
  const html = renderNoticeHtml(notice);

  it('is a printable zh-CN page titled 一次性告知单 with every item and material', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<h1>一次性告知单</h1>');
    expect(html).toContain('@media print');
    for (const i of notice.items) expect(html).toContain(i.name);
    for (const m of notice.materials) expect(html).toContain(m.name);
    expect(html).toContain('2026-03-02 09:30');
  });

  it('shows why each material is needed: which item and which legal basis', () => {
    expect(html).toContain('<li><b>酒类零售经营备案</b>（蓝山县市场监督管理局）：《湖南省酒类管理条例》第十条</li>');
    expect(html).toContain('由本次一并办理的“个体工商户设立登记”核发电子证照，免于提交');
    expect(html).toContain('持有电子证照（居民身份证）的可免于提交');
  });

  it('escapes text from the catalog', () => {
    const evil = { ...notice, subject: { ...notice.subject, name: '<script>alert(1)</script>' } };
    expect(renderNoticeHtml(evil)).not.toContain('<script>alert');
  });
});

describe('renderNoticePdf', () => {
  it('writes extractable Chinese text with embedded fonts', async () => {
    const pdf = await renderNoticePdf(notice);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('一次性告知单');
    for (const i of notice.items) expect(text).toContain(i.name.replace(/\s+/g, ''));
    for (const m of notice.materials) expect(text).toContain(m.name.replace(/\s+/g, ''));
    expect(text).toContain('《湖南省酒类管理条例》第十条');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
    if (process.env.NOTICE_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.NOTICE_PDF_OUT, pdf);
  });
});
