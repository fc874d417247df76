import { createPdf, GREY } from '../documents/index.js';
import { maskAs, shanghaiDateOf, type Audience } from '../core/index.js';
import type { Deadline } from './deadlines-port.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

const dateZh = (d: Date) => {
  const [y, m, day] = shanghaiDateOf(d).split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
};

interface NoticeContext {
  app: ApplicationRow;
  cases: CaseRow[];
  departmentName: (id: string | null) => string;
  deadlines: Map<string, Deadline>;
  /** who the copy is for: the clerk's free text is masked by shape for a masked audience */
  audience: Audience;
}

/** 受理通知书: what was accepted, by which window, which authorities decide, and by when (from the deadline engine). */
export async function acceptanceNoticePdf({ app, cases, departmentName, deadlines }: NoticeContext): Promise<Uint8Array> {
  const acceptedAt = app.accepted_at!;
  const pdf = await createPdf({ title: `受理通知书 ${app.number}`, subject: app.title, author: departmentName(app.accepting_department_id), createdAt: acceptedAt, footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading(departmentName(app.accepting_department_id), { size: 14, align: 'center' });
  pdf.heading(app.pending.length ? '容缺受理通知书' : '受理通知书', { size: 20, align: 'center' });
  pdf.paragraph(`办件编号：${app.number}`, { align: 'right', size: 10, color: GREY });
  const who = app.applicant.orgName ? `${app.applicant.orgName}（${app.applicant.name}）` : app.applicant.name;
  pdf.paragraph(`${who}：`);
  pdf.paragraph(
    `你（单位）于${dateZh(app.submitted_at ?? app.created_at)}提交的“${app.title}”申请，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。受理日期：${dateZh(acceptedAt)}。`,
    { indent: 2 },
  );
  if (app.cross_region) {
    pdf.paragraph(`本申请由${departmentName(app.accepting_department_id)}异地代收（已核验申请人身份及材料形式完备），转由${[...new Set(cases.map((c) => departmentName(c.department_id)))].join('、')}依法审批。`, { indent: 2 });
  }
  pdf.keyValueTable(
    cases.map((c) => {
      const d = deadlines.get(c.id);
      const due = d?.dueOn ? `${d.dueOn} 前办结（承诺 ${c.promised_days} 个工作日）${d.calendarMissing ? '，日历待更新' : ''}` : c.status === 'blocked' ? `待前置事项办结后开始计时（承诺 ${c.promised_days} 个工作日）` : c.immediate ? '即办' : `承诺 ${c.promised_days} 个工作日`;
      return [`${c.item_name}`, `审批部门：${departmentName(c.department_id)}；${due}`];
    }),
  );
  if (app.pending.length) {
    pdf.paragraph('以下材料容缺受理，请在期限内补交，补齐前不予出件：', { weight: 'bold' });
    for (const p of app.pending) pdf.paragraph(`· ${p.name}：${p.dueDate} 前`, { indent: 1 });
  }
  pdf.paragraph(`结果领取方式：${app.pickup.mode === 'together' ? '统一出件' : '逐项出件'}，${app.pickup.method === 'post' ? '邮寄送达' : '窗口领取'}。可凭办件编号查询办理进度。`, { indent: 2 });
  pdf.paragraph(`${departmentName(app.accepting_department_id)}（印章）`, { align: 'right' });
  pdf.paragraph(dateZh(acceptedAt), { align: 'right' });
  return pdf.save();
}

/** 一次性补正告知书: every problem in one list, each with what the guide says and why. */
export async function correctionNoticePdf({ app, departmentName, audience }: Pick<NoticeContext, 'app' | 'departmentName' | 'audience'>): Promise<Uint8Array> {
  const c = app.correction!;
  const at = new Date(c.requestedAt);
  const pdf = await createPdf({ title: `一次性补正告知书 ${app.number}`, createdAt: at, footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading('一次性补正告知书', { size: 20, align: 'center' });
  pdf.paragraph(`办件编号：${app.number}`, { align: 'right', size: 10, color: GREY });
  pdf.paragraph(`${app.applicant.orgName ?? app.applicant.name}：`);
  pdf.paragraph(`你（单位）提交的“${app.title}”申请材料需要补正。依照办事指南，请一次性补正以下全部内容，补正期间不计入办理时限：`, { indent: 2 });
  pdf.keyValueTable(c.items.map((i, n) => [`${n + 1}. ${i.title}`, `${maskAs('none', i.problem, audience)}${i.legalBasis ? `（依据：${i.legalBasis}）` : ''}`]));
  pdf.paragraph(`${departmentName(app.accepting_department_id ?? null) || '综合窗口'}`, { align: 'right' });
  pdf.paragraph(dateZh(at), { align: 'right' });
  return pdf.save();
}
