import { beijingDate, beijingDateTime } from '../core/index.js';
import { createPdf, GREY } from '../documents/index.js';
import { ASSESSMENT_KINDS, findingVerdictNames, reviewStatusNames, reviewVerdictNames, type ReviewStatus } from './rules.js';
import type { AcceptanceRow, AssessmentRow, FindingRow, OpinionRow, ProjectRow, ZoneRow } from './store.js';

/**
 * The project's documents, each a PDF with its text extractable: the merged 联合审图意见书, the 竣工联合验收意见书,
 * and the 区域评估成果 statement that stands in for a covered material in a filing.
 */

const head = (p: ProjectRow): Array<[string, string]> => [
  ['项目名称', p.name],
  ['项目代码', p.project_code],
  ['建设单位', p.applicant_name],
  ['建设地点', p.address],
];

export async function drawingReviewNoticePdf(a: { project: ProjectRow; status: ReviewStatus; round: number; opinions: OpinionRow[]; at: Date }): Promise<Uint8Array> {
  const pdf = await createPdf({ title: `施工图联合审查意见书 ${a.project.project_code}`, subject: a.project.name, author: '工程建设项目审批综合窗口', createdAt: a.at, footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading('施工图联合审查意见书', { size: 20, align: 'center' });
  pdf.paragraph(`审查轮次：第${a.round === 1 ? '一' : '二'}轮　　出具日期：${beijingDate(a.at)}`, { align: 'right', size: 10, color: GREY });
  pdf.keyValueTable(head(a.project));
  pdf.heading('各部门审查意见（一次性合并告知）', { size: 13 });
  for (const round of [1, 2]) {
    const of = a.opinions.filter((o) => o.round === round);
    if (!of.length) continue;
    pdf.paragraph(`第${round === 1 ? '一' : '二'}轮`, { size: 11 });
    pdf.keyValueTable(of.map((o) => [o.department_name, `${reviewVerdictNames[o.verdict]}：${o.opinion}（${o.reviewer_name}，${beijingDateTime(o.recorded_at)}）`]));
  }
  pdf.heading(`审查结论：${reviewStatusNames[a.status]}`, { size: 13 });
  if (a.status === 'revising') pdf.paragraph('请按上述意见一次性修改施工图后重新提交。联合审图只允许修改一次，修改后仍不合格的，审查结论为不合格。', { indent: 2 });
  pdf.paragraph('工程建设项目审批综合窗口（联合审图专用章）', { align: 'right' });
  return pdf.save();
}

export async function acceptanceCertificatePdf(a: { project: ProjectRow; acceptance: AcceptanceRow; findings: FindingRow[]; issuerName: string; identifier: string; payloadUrl: string }): Promise<Uint8Array> {
  const at = a.acceptance.issued_at ?? a.acceptance.scheduled_for;
  const pdf = await createPdf({ title: `竣工联合验收意见书 ${a.acceptance.certificate_no ?? ''}`, subject: a.project.name, author: a.issuerName, createdAt: at, footer: '第 {page} 页 / 共 {pages} 页' });
  pdf.heading(a.issuerName, { size: 14, align: 'center' });
  pdf.heading('竣工联合验收意见书', { size: 20, align: 'center' });
  pdf.paragraph(`编号：${a.acceptance.certificate_no ?? ''}`, { align: 'right', size: 10, color: GREY });
  pdf.keyValueTable([...head(a.project), ['现场验收', `${beijingDateTime(a.acceptance.scheduled_for)}，${a.acceptance.place}`], ['电子证照标识', a.identifier]]);
  pdf.heading('各部门验收意见', { size: 13 });
  pdf.keyValueTable(a.findings.map((f) => [f.department_name, `${findingVerdictNames[f.verdict]}：${f.findings}（${f.inspector_name}）`]));
  pdf.heading('联合验收结论：验收合格，准予交付使用', { size: 13 });
  pdf.paragraph('参加联合验收的各部门于同一次现场验收中分别查验并出具上述意见，统一出具本意见书，不再分别出具验收文书。', { indent: 2 });
  pdf.qrCode(a.payloadUrl, { size: 96, align: 'right', caption: '扫码核验' });
  pdf.paragraph(`${a.issuerName}（建设项目验收专用章）`, { align: 'right' });
  pdf.paragraph(beijingDate(at), { align: 'right' });
  return pdf.save();
}

export async function zoneResultsPdf(a: { zone: ZoneRow; assessment: AssessmentRow; project: ProjectRow; materials: string[]; at: Date }): Promise<Uint8Array> {
  const pdf = await createPdf({ title: `区域评估成果共享说明 ${a.zone.name}`, subject: a.project.name, author: a.zone.name, createdAt: a.at });
  pdf.heading('区域评估成果共享说明', { size: 18, align: 'center' });
  pdf.keyValueTable([
    ['园区', a.zone.name],
    ['评估事项', ASSESSMENT_KINDS[a.assessment.kind]],
    ['评估成果', a.assessment.title],
    ['评估结论', a.assessment.conclusion],
    ['有效期至', a.assessment.valid_until ? beijingDate(a.assessment.valid_until) : '长期'],
    ['适用项目', `${a.project.name}（${a.project.project_code}）`],
    ['代替的申请材料', a.materials.join('；')],
  ]);
  pdf.paragraph('本项目位于已完成区域评估的园区内，依区域评估成果共享共用的规定，不再单独编制和提交上述材料。', { indent: 2 });
  return pdf.save();
}
