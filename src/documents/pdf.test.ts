import { describe, expect, it } from 'vitest';
import { createPdf } from './pdf.js';
import { renderQrPng, renderQrSvg } from './qr.js';
import { decodeQrFromPdf, decodeQrPng, pdfFonts, pdfText, renderGray } from '../../test/helpers/pdf.js';

async function sample(): Promise<Uint8Array> {
  const pdf = await createPdf({ title: '测试文书', footer: '蓝山县政务服务中心 第{page}页 共{pages}页', createdAt: new Date('2026-03-02T08:00:00Z') });
  pdf.heading('营业执照');
  pdf.paragraph('根据《中华人民共和国市场主体登记管理条例》，准予登记。本执照为电子营业执照，与纸质营业执照具有同等法律效力。', { indent: 2 });
  pdf.keyValueTable([
    ['名称', '蓝山县湘味餐饮店'],
    ['统一社会信用代码', '92431127MA4L8XYZ3K'],
    ['经营范围', '餐饮服务；食品销售（仅销售预包装食品）；外卖递送服务。'],
  ]);
  pdf.qrCode('https://banshi.example/v/1.2.156.3005.2.11100000000013338W.001', { size: 140, caption: '扫码核验' });
  return pdf.save();
}

describe('createPdf', () => {
  it('embeds a subset CJK TrueType font so the PDF needs no font on the reader’s machine', async () => {
    const fonts = pdfFonts(await sample());
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded).toBe(true);
      expect(f.subset).toBe(true);
      expect(f.unicode).toBe(true);
      expect(f.type).toContain('TrueType');
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSC-/);
    }
  });

  it('writes Chinese text that pdftotext extracts as written', async () => {
    const text = pdfText(await sample()).replace(/\s+/g, '');
    expect(text).toContain('营业执照');
    expect(text).toContain('蓝山县湘味餐饮店');
    expect(text).toContain('92431127MA4L8XYZ3K');
    expect(text).toContain('食品销售（仅销售预包装食品）');
    expect(text).toContain('第1页共1页');
  });

  it('draws every glyph of the subset (none renders blank)', async () => {
    // Characters of odd and even glyph sizes, which once shifted each other in the subset font.
    const chars = [...'营业执照根据和国管照为与纸蓝山县湘味餐饮店统一社会信用代码经营范围食品销售许可证有效期至户籍身份证明'];
    const pdf = await createPdf({ title: '字形', margin: 20 });
    const cell = 40;
    const perRow = Math.floor((pdf.width - 40) / cell);
    chars.forEach((ch, i) => pdf.textAt(ch, 20 + (i % perRow) * cell + 8, pdf.height - 40 - Math.floor(i / perRow) * cell, { size: 24 }));
    const { width, pixels } = renderGray(await pdf.save(), 72);
    const blank = chars.filter((_, i) => {
      const x0 = 20 + (i % perRow) * cell + 8;
      const baseline = 40 + Math.floor(i / perRow) * cell; // from the top, at 72 dpi one point is one pixel
      let dark = 0;
      for (let y = baseline - 24; y < baseline + 4; y++) for (let x = x0; x < x0 + 24; x++) if (pixels[y * width + x]! < 128) dark++;
      return dark < 10;
    });
    expect(blank).toEqual([]);
  });

  it('stays small because only the glyphs used are embedded', async () => {
    expect((await sample()).length).toBeLessThan(60_000);
  });

  it('draws a QR code that a scanner reads back', async () => {
    expect(decodeQrFromPdf(await sample())).toBe('https://banshi.example/v/1.2.156.3005.2.11100000000013338W.001');
  });

  it('flows onto further pages and numbers them', async () => {
    const pdf = await createPdf({ title: '长文', footer: '第{page}页 共{pages}页' });
    for (let i = 0; i < 60; i++) pdf.paragraph(`第${i + 1}段：政务服务事项办理指南内容，用于检验自动换页。`);
    const bytes = await pdf.save();
    expect(pdf.doc.getPageCount()).toBeGreaterThan(1);
    const text = pdfText(bytes).replace(/\s+/g, '');
    expect(text).toContain('第60段');
    expect(text).toContain(`第2页共${pdf.doc.getPageCount()}页`);
  });
});

describe('renderQrPng / renderQrSvg', () => {
  it('renders a PNG that decodes to the payload, Chinese included', async () => {
    const png = await renderQrPng('BS1.验证载荷.abc', { width: 300 });
    expect(decodeQrPng(png)).toBe('BS1.验证载荷.abc');
  });

  it('renders an SVG document', async () => {
    const svg = await renderQrSvg('hello', { width: 200 });
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });
});
