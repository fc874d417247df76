import { shanghaiDateOf } from '../core/index.js';
import { createPdf, GREY } from '../documents/index.js';
import type { ApplicationRow } from './store/rows.js';

const dateZh = (iso: string) => {
  const [y, m, d] = shanghaiDateOf(new Date(iso)).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/**
 * 不予受理通知书 (《行政许可法》第三十二条): the reason, the legal basis, what in the guide is not met, and the
 * applicant's remedies — 行政复议 within 60 days (《行政复议法》第二十条) or 行政诉讼 within 6 months (《行政诉讼法》第四十六条),
 * naming the reviewing government and the court of the authority's region.
 */
export async function refusalNoticePdf(args: { app: ApplicationRow; authorityName: string; regionName: string }): Promise<Uint8Array> {
  const { app, authorityName, regionName } = args;
  const r = app.refusal as { reason: string; legalBasis: string; cited: Array<{ title: string; problem: string; legalBasis: string | null }>; at: string };
  const year = shanghaiDateOf(new Date(r.at)).slice(0, 4);
  const pdf = await createPdf({ title: `不予受理通知书 ${app.number}`, subject: app.title, author: authorityName, createdAt: new Date(r.at), footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading(authorityName, { size: 14, align: 'center' });
  pdf.heading('不予受理通知书', { size: 20, align: 'center' });
  pdf.paragraph(`文书编号：不予受理〔${year}〕${app.number}号`, { align: 'right', size: 10, color: GREY });
  pdf.paragraph(`${app.applicant.orgName ? `${app.applicant.orgName}（${app.applicant.name}）` : app.applicant.name}：`);
  pdf.paragraph(`你（单位）于${dateZh((app.submitted_at ?? app.created_at).toISOString())}提交的“${app.title}”申请（办件编号 ${app.number}），经审查，本机关决定不予受理。`, { indent: 2 });
  pdf.paragraph(`理由：${r.reason}。`, { indent: 2 });
  pdf.paragraph(`法律依据：${r.legalBasis}。`, { indent: 2 });
  if (r.cited.length) pdf.keyValueTable(r.cited.map((c, n) => [`${n + 1}. ${c.title}`, `${c.problem}${c.legalBasis ? `（依据：${c.legalBasis}）` : ''}`]));
  pdf.paragraph(
    `如不服本决定，可以自收到本通知书之日起六十日内向${regionName}人民政府申请行政复议，也可以自收到本通知书之日起六个月内依法向${regionName}人民法院提起行政诉讼。`,
    { indent: 2 },
  );
  pdf.paragraph(`${authorityName}（印章）`, { align: 'right' });
  pdf.paragraph(dateZh(r.at), { align: 'right' });
  return pdf.save();
}
