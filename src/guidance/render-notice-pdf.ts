/** The Notice as a PDF with embedded Chinese glyphs (src/documents), the same content as the HTML page. */
import { createPdf, GREY, RED } from '../documents/index.js';
import type { Notice } from './build-notice.js';
import { formatYuan, limitText, materialReuseText, promiseText, shanghaiDateTime } from './render-notice-html.js';

export async function renderNoticePdf(n: Notice): Promise<Uint8Array> {
  const s = n.summary;
  const pdf = await createPdf({
    title: `${n.title}：${n.subject.name}`,
    subject: '一次告知：需办理的事项、条件和申请材料',
    author: 'banshi 一体化政务服务平台',
    footer: `${n.title} ${n.id ?? ''}  第 {page} 页 / 共 {pages} 页`,
    createdAt: new Date(n.generatedAt),
  });
  pdf.heading(n.title, { size: 22, align: 'center' });
  pdf.paragraph(`${n.subject.name}　生成时间：${shanghaiDateTime(n.generatedAt)}${n.id ? `　编号：${n.id}` : ''}`, { size: 10, align: 'center', color: GREY });
  if (n.answers.length) {
    pdf.heading('您的情况', { size: 14, color: RED });
    pdf.keyValueTable(n.answers.map((a) => [a.text, a.label]), { size: 10 });
  }
  pdf.heading('办理概况', { size: 14, color: RED });
  pdf.keyValueTable(
    [
      ['需办理事项', `${s.itemCount} 项：${n.items.map((i) => i.name).join('、')}`],
      ['涉及部门', s.authorities.join('、')],
      ['申请材料', `${s.materialCount} 份（必需 ${s.requiredMaterialCount} 份${s.reusableMaterialCount ? `，其中 ${s.reusableMaterialCount} 份可用电子证照免交` : ''}）`],
      ['收费', formatYuan(s.totalFee)],
      ['办理时限', `${promiseText(s)}（法定 ${s.legalDays} 个工作日，各事项并联办理）`],
      ['到现场次数', s.visits === 0 ? '零跑动' : `最多 ${s.visits} 次`],
      ['办理地点', s.places.join('；')],
    ],
    { size: 10 },
  );
  pdf.heading('需办理的事项', { size: 14, color: RED });
  n.items.forEach((it, i) => {
    pdf.heading(`${i + 1}. ${it.name}（${it.itemKindLabel}，${it.handlingLabel}${it.commitment ? '，可告知承诺' : ''}）`, { size: 12 });
    if (it.note) pdf.paragraph(it.note, { size: 9.5, color: GREY });
    pdf.keyValueTable(
      [
        ['实施机关', it.authority.name],
        ['事项编码', it.itemCode],
        ['设定依据', it.legalBasis],
        ['办理条件', it.conditions.length ? it.conditions.map((c, k) => `${k + 1}. ${c}`).join('  ') : '无特别条件'],
        ['办理时限', limitText(it)],
        ...(it.after.length ? [['办理顺序', it.after.map((a) => `在“${a.itemName}”办结后办理（${a.reason}）`).join('；')] as [string, string]] : []),
        ['收费', it.fees.some((f) => f.amount > 0) ? it.fees.map((f) => `${f.name}：${formatYuan(f.amount)}`).join('；') : '不收费'],
        ['到现场次数', `${it.visits} 次`],
        ['办理地点', it.place],
      ],
      { size: 10 },
    );
  });
  pdf.heading('申请材料清单（同一材料只需提交一份）', { size: 14, color: RED });
  n.materials.forEach((m, i) => {
    const rows: Array<[string, string]> = [
      ['形式与份数', `${m.form}，${m.copies} 份，${m.required ? '必需' : '非必需'}`],
      ['为什么需要', m.neededBy.map((x) => `${x.itemName}（${x.authorityName}）：${x.legalBasis}`).join('；')],
    ];
    const reuse = materialReuseText(m, n.licenceTypeNames);
    if (reuse) rows.push(['免提交', reuse]);
    if (m.conditionText) rows.push(['何时需要', m.conditionText]);
    if (m.note) rows.push(['说明', m.note]);
    pdf.heading(`${i + 1}. ${m.name}`, { size: 11 });
    pdf.keyValueTable(rows, { size: 9.5 });
  });
  pdf.paragraph('本告知单一次性告知您办理上述事项所需的全部条件和材料。清单之外，窗口和审批部门不得要求您提交其他材料。如发现指南内容有误或不清楚，可在办事页面“指南纠错”中反馈。', { size: 9.5, color: GREY, indent: 2 });
  return pdf.save();
}
