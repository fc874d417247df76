/** The Notice as a clean, printable zh-CN page, rendered on the server (no script, print styles included). */
import { beijingDateTime } from '../core/index.js';
import type { Notice, NoticeMaterial } from './build-notice.js';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const formatYuan = (n: number) => (n === 0 ? '不收费' : `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`);

export function shanghaiDateTime(iso: string): string {
  return beijingDateTime(iso);
}

export function limitText(i: { handling: string; legalDays: number; promisedDays: number }): string {
  return i.handling === 'immediate' ? `即办件（当场办结）；法定时限 ${i.legalDays} 个工作日` : `承诺件：承诺 ${i.promisedDays} 个工作日；法定时限 ${i.legalDays} 个工作日`;
}

/** How the applicant can meet a material without bringing it, in words. */
export function materialReuseText(m: NoticeMaterial, licenceNames: Record<string, string> = {}): string {
  if (m.reuse) return `您已持有电子证照“${m.reuse.typeName}”，免于提交`;
  if (m.producedBy) return `由本次一并办理的“${m.producedBy.itemName}”核发电子证照，免于提交`;
  const parts: string[] = [];
  if (m.acceptsLicenceTypes.length) parts.push(`持有电子证照（${m.acceptsLicenceTypes.map((t) => licenceNames[t] ?? t).join('、')}）的可免于提交`);
  if (m.satisfiedByElements.length) parts.push('填报信息经部门间数据核验的可免于提交');
  return parts.join('；');
}

function materialRows(n: Notice): string {
  return n.materials
    .map((m, i) => {
      const why = m.neededBy.map((x) => `<li><b>${esc(x.itemName)}</b>（${esc(x.authorityName)}）：${esc(x.legalBasis)}</li>`).join('');
      const reuse = materialReuseText(m, n.licenceTypeNames);
      return `<tr><td class="n">${i + 1}</td><td><b>${esc(m.name)}</b>${m.note ? `<div class="note">${esc(m.note)}</div>` : ''}${m.conditionText ? `<div class="note">${esc(m.conditionText)}</div>` : ''}</td>
<td>${esc(m.form)}</td><td class="n">${m.copies}</td><td>${m.required ? '必需' : '非必需'}</td><td><ul>${why}</ul></td><td>${esc(reuse) || '—'}</td></tr>`;
    })
    .join('\n');
}

function itemSections(n: Notice): string {
  return n.items
    .map(
      (it, i) => `<section class="item">
<h3>${i + 1}. ${esc(it.name)} <span class="tag">${esc(it.itemKindLabel)}</span> <span class="tag">${esc(it.handlingLabel)}</span>${it.commitment ? ' <span class="tag">可告知承诺</span>' : ''}</h3>
${it.note ? `<p class="note">${esc(it.note)}</p>` : ''}
<table class="kv"><tbody>
<tr><th>实施机关</th><td>${esc(it.authority.name)}</td></tr>
<tr><th>事项编码</th><td>${esc(it.itemCode)}</td></tr>
<tr><th>设定依据</th><td>${esc(it.legalBasis)}</td></tr>
<tr><th>办理条件</th><td>${it.conditions.length ? `<ul>${it.conditions.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : '无特别条件'}</td></tr>
<tr><th>办理时限</th><td>${esc(limitText(it))}</td></tr>
${it.after.length ? `<tr><th>办理顺序</th><td>${it.after.map((a) => `在“${esc(a.itemName)}”办结后办理（${esc(a.reason)}）`).join('；')}</td></tr>` : ''}
<tr><th>收费</th><td>${it.fees.length && it.fees.some((f) => f.amount > 0) ? it.fees.map((f) => `${esc(f.name)}：${esc(formatYuan(f.amount))}${f.legalBasis ? `（${esc(f.legalBasis)}）` : ''}`).join('；') : '不收费'}</td></tr>
<tr><th>到现场次数</th><td>${it.visits} 次</td></tr>
<tr><th>办理地点</th><td>${esc(it.place)}</td></tr>
</tbody></table></section>`,
    )
    .join('\n');
}

export function promiseText(s: Notice['summary']): string {
  if (s.immediate) return '即办';
  if (s.promisedHours) return `承诺 ${s.promisedHours} 小时内办结`;
  return `承诺 ${s.promisedDays} 个工作日`;
}

export function renderNoticeHtml(n: Notice): string {
  const s = n.summary;
  const answers = n.answers.length
    ? `<h2>您的情况</h2><ul class="answers">${n.answers.map((a) => `<li>${esc(a.text)}：<b>${esc(a.label)}</b></li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(n.title)}：${esc(n.subject.name)}</title>
<style>
body{font-family:"Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;max-width:960px;margin:24px auto;padding:0 16px;line-height:1.6}
h1{text-align:center;font-size:26px;margin:8px 0}.sub{text-align:center;color:#555}
h2{font-size:18px;border-left:4px solid #b71c1c;padding-left:8px;margin-top:28px}h3{font-size:16px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #999;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#f3f3f3;white-space:nowrap}td.n{text-align:center}ul{margin:0;padding-left:18px}.note{color:#666;font-size:12px}
.tag{display:inline-block;font-size:12px;font-weight:normal;border:1px solid #b71c1c;color:#b71c1c;border-radius:3px;padding:0 4px}
.kv th{width:7em}.summary td{font-size:15px}.foot{margin-top:32px;color:#555;font-size:13px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.item,tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style></head>
<body>
<h1>${esc(n.title)}</h1>
<p class="sub">${esc(n.subject.name)}　·　生成时间：${esc(shanghaiDateTime(n.generatedAt))}　·　编号：${esc(n.id ?? '')}</p>
${answers}
<h2>办理概况</h2>
<table class="summary"><tbody>
<tr><th>需办理事项</th><td>${s.itemCount} 项</td><th>涉及部门</th><td>${esc(s.authorities.join('、'))}</td></tr>
<tr><th>申请材料</th><td>${s.materialCount} 份（必需 ${s.requiredMaterialCount} 份${s.reusableMaterialCount ? `，其中 ${s.reusableMaterialCount} 份可用电子证照免交` : ''}）</td><th>收费</th><td>${esc(formatYuan(s.totalFee))}</td></tr>
<tr><th>办理时限</th><td>${esc(promiseText(s))}（法定 ${s.legalDays} 个工作日，各事项并联办理）</td><th>到现场次数</th><td>${s.visits === 0 ? '零跑动' : `最多 ${s.visits} 次`}</td></tr>
<tr><th>办理地点</th><td colspan="3">${esc(s.places.join('；'))}</td></tr>
</tbody></table>
<h2>需办理的事项</h2>
${itemSections(n)}
<h2>申请材料清单（同一材料只需提交一份）</h2>
<table><thead><tr><th>序号</th><th>材料名称</th><th>形式</th><th>份数</th><th>要求</th><th>为什么需要（事项及法律依据）</th><th>免提交</th></tr></thead>
<tbody>
${materialRows(n)}
</tbody></table>
<p class="foot">本告知单一次性告知您办理上述事项所需的全部条件和材料。清单之外，窗口和审批部门不得要求您提交其他材料。如发现指南内容有误或不清楚，可在办事页面“指南纠错”中反馈。</p>
</body></html>`;
}
