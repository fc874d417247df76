import { createPdf, GREY } from '../documents/index.js';
import type { DocumentContent } from './statutory-document-rules.js';

/** Lays a statutory document out like its paper form: authority, title, number, addressee, text, basis, remedies, seal, date. */
export async function renderDocumentPdf(c: DocumentContent, issuedAt: Date): Promise<Uint8Array> {
  const pdf = await createPdf({ title: `${c.title} ${c.number}`, author: c.authorityName, createdAt: issuedAt, footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading(c.authorityName, { size: 14, align: 'center' });
  pdf.heading(c.title, { size: 20, align: 'center' });
  pdf.paragraph(c.number, { align: 'right', size: 10, color: GREY });
  pdf.paragraph(`${c.addressee}：`);
  for (const p of c.paragraphs) pdf.paragraph(p, { indent: 2 });
  if (c.table?.length) pdf.keyValueTable(c.table);
  pdf.paragraph(`法律依据：${c.legalBasis}。`, { indent: 2 });
  if (c.rights) pdf.paragraph(c.rights, { indent: 2 });
  pdf.paragraph(`${c.authorityName}（印章）`, { align: 'right' });
  pdf.paragraph(c.dateText, { align: 'right' });
  return pdf.save();
}
