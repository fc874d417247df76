/**
 * Pure rules of 工程建设项目 approval: the 投资项目代码, where each stage stands and whether the next one may open,
 * the one round (and at most one revision) of 联合审图, and the 联合验收 outcome. No database, no clock of its own.
 */

/** 投资项目代码: year-region-industry-type-serial, as 全国投资项目在线审批监管平台 assigns it (2026-431127-47-01-000123). */
export const PROJECT_CODE = /^(\d{4})-(\d{6})-(\d{2})-(0[1-3])-(\d{6})$/;
export const APPROVAL_TYPES = { '01': '审批', '02': '核准', '03': '备案' } as const;
export type ApprovalType = keyof typeof APPROVAL_TYPES;

export function formatProjectCode(year: number, regionCode: string, industry: string, type: ApprovalType, serial: number): string {
  return `${year}-${regionCode}-${industry}-${type}-${String(serial).padStart(6, '0')}`;
}

/** 区域评估 kinds (娄底、怀化: 环境影响、压覆矿产、水资源论证、地质灾害、水土保持、节能; plus 地震安全性、交通影响 …). */
export const ASSESSMENT_KINDS = {
  environment: '环境影响评价',
  water: '水资源论证',
  soilWater: '水土保持',
  geology: '地质灾害危险性评估',
  seismic: '地震安全性评价',
  energy: '节能评价',
  mineral: '压覆重要矿产资源评估',
  traffic: '交通影响评价',
  flood: '洪水影响评价',
  heritage: '文物考古调查',
} as const;
export type AssessmentKind = keyof typeof ASSESSMENT_KINDS;

// ---- stages -----------------------------------------------------------------------------------------------------

export type StageStatus = 'locked' | 'open' | 'filed' | 'handling' | 'issued';
export const stageStatusNames: Record<StageStatus, string> = {
  locked: '未开始（待上一阶段出件）',
  open: '可以申报',
  filed: '已申报，待受理',
  handling: '办理中',
  issued: '已出件',
};

/** What a stage's latest filing shows: the application's status and whether any of its items was denied. */
export interface FilingFacts {
  status: string;
  anyDenied: boolean;
}

/** A filing that no longer counts: refused, withdrawn, or concluded with a denial (the applicant files again). */
export const isVoid = (f: FilingFacts) => f.status === 'refused' || f.status === 'withdrawn' || (f.status === 'delivered' && f.anyDenied);

export interface StageFacts {
  filing: FilingFacts | null;
  /** extra results this stage needs besides its filing's (竣工验收: the joint acceptance certificate) */
  extraIssued: boolean;
}

/**
 * Where each stage stands. A stage opens only when the one before it has its results issued (delivered, nothing
 * denied, and any extra result such as the acceptance certificate issued).
 */
export function stageStatuses(stages: readonly StageFacts[]): StageStatus[] {
  const out: StageStatus[] = [];
  let previousIssued = true;
  for (const s of stages) {
    const f = s.filing && !isVoid(s.filing) ? s.filing : null;
    let status: StageStatus;
    if (!previousIssued && !f) status = 'locked';
    else if (!f) status = 'open';
    else if (f.status === 'draft' || f.status === 'submitted' || f.status === 'correction') status = 'filed';
    else if (f.status === 'delivered' && s.extraIssued) status = 'issued';
    else status = 'handling';
    out.push(status);
    previousIssued = status === 'issued';
  }
  return out;
}

// ---- 联合审图 ----------------------------------------------------------------------------------------------------

export type ReviewVerdict = 'pass' | 'revise' | 'reject';
export type ReviewStatus = 'reviewing' | 'revising' | 'passed' | 'failed';
export const MAX_REVIEW_ROUNDS = 2;
export const reviewVerdictNames: Record<ReviewVerdict, string> = { pass: '审查合格', revise: '需修改', reject: '不合格' };
export const reviewStatusNames: Record<ReviewStatus, string> = { reviewing: '各部门审查中', revising: '待申请人修改图纸', passed: '审查合格', failed: '审查不合格' };

/**
 * After an opinion: the round goes on until every department concerned has given one; then the merged outcome is
 * 合格 if all pass, 不合格 if one rejects, else one revision round, and in that second round anything short of
 * 合格 is 不合格 (no third round).
 */
export function reviewOutcome(departments: readonly string[], round: number, verdicts: ReadonlyMap<string, ReviewVerdict>): ReviewStatus {
  if (departments.some((d) => !verdicts.has(d))) return 'reviewing';
  const all = departments.map((d) => verdicts.get(d)!);
  if (all.every((v) => v === 'pass')) return 'passed';
  if (all.includes('reject') || round >= MAX_REVIEW_ROUNDS) return 'failed';
  return 'revising';
}

// ---- 联合验收 ----------------------------------------------------------------------------------------------------

export type FindingVerdict = 'pass' | 'fail';
export const findingVerdictNames: Record<FindingVerdict, string> = { pass: '验收合格', fail: '不合格，须整改' };

/** The certificate is issued once every department on the visit has recorded a finding and all of them pass. */
export function acceptanceReady(departments: readonly string[], verdicts: ReadonlyMap<string, FindingVerdict>): boolean {
  return departments.every((d) => verdicts.get(d) === 'pass');
}

/** Departments concerned, by role in the reform: the lead first. */
export const DRAWING_REVIEW_DEPARTMENTS = ['zjj', 'zrzy', 'xfjy'] as const;
export const JOINT_ACCEPTANCE_DEPARTMENTS = ['zjj', 'zrzy', 'xfjy'] as const;
/** The stage whose filing needs the drawings passed (施工许可), and the one whose results include the certificate. */
export const DRAWING_STAGE = 'constructionPermit';
export const ACCEPTANCE_STAGE = 'completion';
