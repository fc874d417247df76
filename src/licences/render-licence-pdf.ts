import { A4, A4_LANDSCAPE, createPdf, GREY, RED, type PdfBuilder } from '../documents/index.js';
import { chineseDate, type FaceRow } from './licence-face.js';
import { faceOf, type LicenceFaceView } from './present.js';
import type { LicenceRow } from './store.js';

function issuerBlock(pdf: PdfBuilder, face: LicenceFaceView, x: number, y: number): void {
  const issuer = `发证机关：${face.issuerName}`;
  pdf.textAt(issuer, x, y, { size: 12, align: 'right' });
  pdf.textAt(chineseDate(face.issuedOn), x, y - 20, { size: 12, align: 'right' });
  // The seal's place, left of the issuer: a red ring, as on paper (the electronic seal is the SM2 signature).
  const cx = x - pdf.measure(issuer, 12) - 44;
  pdf.page.drawCircle({ x: cx, y: y - 6, size: 34, borderColor: RED, borderWidth: 1.5 });
  pdf.textAt('电子签章', cx, y - 10, { size: 9, align: 'center', color: RED });
}

/** Label and wrapped value, no rules: the certificate's columns. Returns the cursor below the last row. */
function columnRows(pdf: PdfBuilder, rows: FaceRow[], x: number, top: number, width: number, size: number): number {
  const labelWidth = Math.max(0, ...rows.map((r) => pdf.measure(r.label, size, 'bold'))) + 14;
  const lineHeight = size * 1.6;
  let y = top;
  for (const r of rows) {
    const lines = pdf.wrap(r.value, width - labelWidth, size);
    pdf.textAt(r.label, x, y - size, { size, weight: 'bold' });
    lines.forEach((line, i) => pdf.textAt(line, x + labelWidth, y - size - i * lineHeight, { size }));
    y -= Math.max(1, lines.length) * lineHeight + size * 0.5;
  }
  return y;
}

/**
 * A licence as a PDF, laid out like the paper one: 'certificate' (landscape, the business licence: the code at the
 * top left, the QR code at the top right, two columns of fields, the issuer and the date with the seal at the bottom
 * right) or 'permit' (portrait: a table of fields, QR code at the bottom left, issuer and date at the bottom right).
 * Only the type's fields are printed. Chinese text is real text in an embedded subset font.
 */
export async function renderLicencePdf(l: LicenceRow, qrText: string, createdAt: Date): Promise<Uint8Array> {
  const face = faceOf(l);
  const landscape = face.layout === 'certificate';
  const pdf = await createPdf({
    title: `${face.title}（电子证照）${l.holder_name}`,
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

  if (landscape) {
    const qrSize = 120;
    const head = face.fields.find((r) => r.key === 'holderId' || r.key === 'certificateNumber');
    const rest = face.fields.filter((r) => r !== head);
    if (head) pdf.textAt(`${head.label}  ${head.value}`, pdf.margin + 8, pdf.height - pdf.margin - 24, { size: 11 });
    pdf.textAt(`编号：${face.serial}`, pdf.margin + 8, pdf.height - pdf.margin - 42, { size: 9, color: GREY });
    pdf.qrAt(qrText, pdf.width - pdf.margin - qrSize, pdf.height - pdf.margin - qrSize - 8, qrSize, { caption: '扫码核验真伪与状态' });
    pdf.spacer(28);
    pdf.heading(face.title, { size: 34, align: 'center' });
    pdf.spacer(12);
    const top = pdf.y;
    const columnWidth = (pdf.contentWidth - 40) / 2;
    const left = rest.filter((r) => r.side !== 'right');
    const right = rest.filter((r) => r.side === 'right');
    const bottom = Math.min(columnRows(pdf, left, pdf.margin + 8, top, columnWidth, 12), columnRows(pdf, right, pdf.margin + columnWidth + 40, top, columnWidth, 12));
    if (face.note) pdf.textAt(face.note, pdf.margin + 8, Math.min(bottom - 8, pdf.margin + 70), { size: 8, color: GREY });
    issuerBlock(pdf, face, pdf.width - pdf.margin - 20, pdf.margin + 40);
  } else {
    const qrSize = 130;
    pdf.spacer(36);
    pdf.heading(face.title, { size: face.title.length > 12 ? 20 : 26, align: 'center' });
    pdf.paragraph(`（电子证照）  编号：${face.serial}  版本：${String(l.version).padStart(3, '0')}`, { size: 10, align: 'center', color: GREY });
    pdf.spacer(8);
    const labelWidth = Math.min(220, Math.max(...face.fields.map((r) => pdf.measure(r.label, 12, 'bold'))) + 20);
    pdf.keyValueTable(face.fields.map((r) => [r.label, r.value]), { size: 12, labelWidth });
    if (face.note) pdf.paragraph(face.note, { size: 10, color: GREY, indent: 2 });
    pdf.qrAt(qrText, pdf.margin, pdf.margin + 20, qrSize, { caption: '扫码核验真伪与状态' });
    issuerBlock(pdf, face, pdf.width - pdf.margin - 10, pdf.margin + 80);
  }
  pdf.textAt(`签名算法 SM2/SM3 · 签名密钥 ${l.key_id} · 以扫码核验结果为准`, pdf.width / 2, inset + 12, { size: 7, align: 'center', color: GREY });
  return pdf.save();
}
