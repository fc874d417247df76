import { A4, A4_LANDSCAPE, createPdf, GREY, RED, type PdfBuilder } from '../documents/index.js';
import type { LicenceRow } from './store.js';
import { licenceTypeOf, type LicenceType } from './types.js';

const chineseDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(valueText).join('、');
  return JSON.stringify(v);
}

/** The template's fields in order; data under other keys follows, so nothing on the licence is silently dropped. */
function rowsOf(type: LicenceType, l: LicenceRow): Array<[string, string]> {
  const holderLabel = l.holder_kind === 'business' ? '统一社会信用代码' : '公民身份号码';
  const rows: Array<[string, string]> = [[holderLabel, l.holder_id]];
  const known = new Set(type.fields.map((f) => f.key));
  for (const f of type.fields) if (l.data[f.key] !== undefined) rows.push([f.label, valueText(l.data[f.key])]);
  if (!type.fields.some((f) => l.data[f.key] !== undefined) || !rows.some(([, v]) => v === l.holder_name)) rows.splice(1, 0, ['持证主体', l.holder_name]);
  for (const [k, v] of Object.entries(l.data)) if (!known.has(k)) rows.push([k, valueText(v)]);
  rows.push(['有效期限', l.valid_until ? `${chineseDate(l.valid_from)} 至 ${chineseDate(l.valid_until)}` : `${chineseDate(l.valid_from)} 起长期有效`]);
  return rows;
}

function issuerBlock(pdf: PdfBuilder, l: LicenceRow, x: number, y: number): void {
  pdf.textAt(`发证机关：${l.issuer_name}`, x, y, { size: 12, align: 'right' });
  pdf.textAt(chineseDate(dateOf(l.version_issued_at)), x, y - 20, { size: 12, align: 'right' });
  // The seal's place: a red ring with the authority's name, as on paper (the electronic seal is the SM2 signature).
  pdf.page.drawCircle({ x: x - 60, y: y - 4, size: 34, borderColor: RED, borderWidth: 1.5 });
  pdf.textAt('电子签章', x - 60, y - 8, { size: 9, align: 'center', color: RED });
}

const dateOf = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

/**
 * A licence as a PDF after its type's template: 'certificate' (landscape, like a business licence) or 'permit'
 * (portrait). Chinese text is real text in an embedded subset font; the QR code carries the verification URL.
 */
export async function renderLicencePdf(l: LicenceRow, qrText: string, createdAt: Date): Promise<Uint8Array> {
  const type = licenceTypeOf(l.type);
  if (!type) throw new Error(`licence ${l.id} has unknown type ${l.type}`);
  const landscape = type.layout === 'certificate';
  const pdf = await createPdf({
    title: `${type.name}（电子证照）${l.holder_name}`,
    subject: l.identifier,
    author: l.issuer_name,
    pageSize: landscape ? A4_LANDSCAPE : A4,
    margin: 48,
    createdAt,
  });
  pdf.doc.setKeywords([l.identifier, `payload:${qrText}`]);
  const inset = 24;
  pdf.box(inset, inset, pdf.width - 2 * inset, pdf.height - 2 * inset, { thickness: 2, color: RED });
  pdf.box(inset + 5, inset + 5, pdf.width - 2 * inset - 10, pdf.height - 2 * inset - 10, { thickness: 0.6, color: RED });
  pdf.textAt(`证照标识：${l.identifier}`, pdf.margin, pdf.height - pdf.margin + 4, { size: 8, color: GREY });
  pdf.spacer(landscape ? 24 : 36);
  pdf.heading(type.name, { size: landscape ? 32 : 26, align: 'center' });
  pdf.paragraph(`（电子证照）  编号：${l.serial}  版本：${String(l.version).padStart(3, '0')}`, { size: 10, align: 'center', color: GREY });
  pdf.spacer(8);

  const qrSize = landscape ? 150 : 130;
  if (landscape) {
    const tableWidth = pdf.contentWidth - qrSize - 40;
    const top = pdf.y;
    pdf.keyValueTable(rowsOf(type, l), { size: 12, width: tableWidth, labelWidth: 120 });
    pdf.qrAt(qrText, pdf.width - pdf.margin - qrSize, top - qrSize, qrSize, { caption: '扫码核验真伪与状态' });
    if (type.note) pdf.paragraph(type.note, { size: 9, color: GREY });
    issuerBlock(pdf, l, pdf.width - pdf.margin - 20, pdf.margin + 40);
  } else {
    pdf.keyValueTable(rowsOf(type, l), { size: 12, labelWidth: 140 });
    if (type.note) pdf.paragraph(type.note, { size: 10, color: GREY, indent: 2 });
    pdf.qrAt(qrText, pdf.margin, pdf.margin + 20, qrSize, { caption: '扫码核验真伪与状态' });
    issuerBlock(pdf, l, pdf.width - pdf.margin - 10, pdf.margin + 80);
  }
  pdf.textAt(`签名算法 SM2/SM3 · 签名密钥 ${l.key_id} · 以扫码核验结果为准`, pdf.width / 2, inset + 12, { size: 7, align: 'center', color: GREY });
  return pdf.save();
}
