/**
 * An application's progress as its applicant reads it: per item, in plain words, without the platform's own steps
 * (fan-out, waiting for a prior item, the auto-approval rule check). Pure: a function of the audit entries and cases.
 */
import type { CaseStatus } from './state.js';

/** What the applicant is told for each event; an event not listed here is the platform's own and is not shown. */
const plainWords: Record<string, string> = {
  submitted: '提交申请',
  submit: '提交申请',
  accept: '窗口受理，开始计时',
  requestCorrection: '需要补正材料（已一次性告知）',
  supplyCorrection: '补正材料已提交',
  refuse: '不予受理',
  concluded: '全部事项办结',
  deliver: '办理结果已出件',
  deliverPart: '部分办理结果已出件',
  pickupChosen: '选择了领取方式',
  pendingReceived: '容缺材料已补交',
  pendingChecked: '容缺材料核验通过',
  pendingReturned: '容缺材料需要重新提交',
  pendingLapsed: '容缺材料逾期未补交',
  withdraw: '申请已撤回',
  correctionLapsed: '逾期未补正，视为撤回',
  'case.lapse': '容缺材料逾期，按规定办结',
  'licence.withheld': '容缺材料补齐后发证',
  'case.review': '部门开始审核',
  'case.requestSiteCheck': '安排现场核查',
  'case.recordSiteCheck': '现场核查完成',
  'case.requestMore': '审核中需要补充材料',
  'case.supplyMore': '补充材料已提交',
  'case.approve': '审批通过',
  'case.deny': '不予许可',
  'case.autoApprove': '审批通过（秒批）',
  'case.approveOnCommitment': '审批通过（告知承诺）',
  'case.denyForDependency': '因前置事项未获批准，本事项不能办理',
  'case.cancel': '本事项终止办理',
  'case.extended': '办理期限依法延长',
  'case.specialProcedureStarted': '进入特别程序（听证、检测等），暂停计时',
  'case.specialProcedureEnded': '特别程序结束，恢复计时',
  'licence.issued': '电子证照已发放',
  'licence.reused': '已用电子证照免交材料',
};

export interface ProgressEntry {
  at: Date;
  action: string;
  data: Record<string, unknown>;
}

export interface ProgressStep {
  at: string;
  text: string;
  /** the item the step concerns; null: the whole application */
  itemName: string | null;
}

/** The steps an applicant sees, oldest first; a step repeated for the same item at the same moment shows once. */
export function applicantSteps(entries: readonly ProgressEntry[], itemNameOfCase: ReadonlyMap<string, string>): ProgressStep[] {
  const out: ProgressStep[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const text = plainWords[e.action];
    if (!text) continue;
    const caseId = typeof e.data.caseId === 'string' ? e.data.caseId : null;
    const itemName = caseId ? (itemNameOfCase.get(caseId) ?? null) : typeof e.data.itemName === 'string' ? e.data.itemName : null;
    const key = `${e.at.toISOString()}|${text}|${itemName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ at: e.at.toISOString(), text, itemName });
  }
  return out;
}

/** A case's state in the applicant's words: the wait for a prior item is simply 办理中. */
export const applicantCaseStatusNames: Record<CaseStatus, string> = {
  pending: '待受理',
  blocked: '办理中',
  accepted: '办理中',
  reviewing: '审核中',
  siteCheck: '现场核查中',
  correction: '待补正',
  approved: '已办结（准予许可）',
  denied: '已办结（不予许可）',
  cancelled: '已终止',
};

/** The last four characters of the applicant's ID number, credit code or phone: enough to follow, not to find. */
export function matchesHolder(applicant: { idNumber: string | null; uscc: string | null; phone: string | null }, check: string): boolean {
  const given = check.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(given)) return false;
  return [applicant.idNumber, applicant.uscc, applicant.phone].some((v) => !!v && v.replace(/\s|-/g, '').toUpperCase().slice(-4) === given);
}
