/**
 * The case flow's decisions as pure functions (issue 22): given the cases of one application as they stand (read once
 * under the application's lock), what happens next to each — start, wait for a prerequisite, be refused because a
 * prerequisite was, be decided by the platform (秒批, 告知承诺) — whether an approval's licence is issued or withheld
 * (容缺: 补齐前不出件), and whether the application concludes. No database, no clock: case-flow.ts applies the plan.
 */
import { allConcluded, type CaseAction, type CaseStatus } from './state.js';

/** What the planner needs of a case. */
export interface PlannedCase {
  id: string;
  item_code: string;
  item_name: string;
  status: CaseStatus;
  depends_on: readonly string[];
}

export type StartStep =
  | { kind: 'none' }
  /** a prerequisite was refused or cancelled: this case is refused too */
  | { kind: 'deny'; reasons: string }
  /** every prerequisite is approved (or there is none): the case starts and its clock runs */
  | { kind: 'start' }
  /** still waiting for these prerequisites (item codes) */
  | { kind: 'block'; waitingFor: string[] };

const FAILED: readonly CaseStatus[] = ['denied', 'cancelled'];

/** The next step of one case given every case of its application as it stands now. */
export function planStart(c: PlannedCase, cases: readonly PlannedCase[]): StartStep {
  if (c.status !== 'pending' && c.status !== 'blocked') return { kind: 'none' };
  const prerequisites = cases.filter((d) => c.depends_on.includes(d.item_code));
  const failed = prerequisites.filter((d) => FAILED.includes(d.status));
  if (failed.length) return { kind: 'deny', reasons: `前置事项未获批准：${failed.map((d) => d.item_name).join('、')}` };
  if (prerequisites.every((d) => d.status === 'approved')) return { kind: 'start' };
  // a case already waiting keeps waiting: nothing to record again
  if (c.status === 'blocked') return { kind: 'none' };
  return { kind: 'block', waitingFor: prerequisites.filter((d) => d.status !== 'approved').map((d) => d.item_code) };
}

/**
 * One pass over the cases in their order, as long as no step needs the database to decide (a start may be followed
 * by a system decision, a refusal concludes a case and may start others): the steps up to and including the first
 * such one, with the blocks before it, which can be written together.
 */
export function planPass(cases: readonly PlannedCase[], from = 0): { blocks: Array<{ id: string; waitingFor: string[] }>; next?: { index: number; step: StartStep }; } {
  const blocks: Array<{ id: string; waitingFor: string[] }> = [];
  for (let i = from; i < cases.length; i++) {
    const step = planStart(cases[i]!, cases);
    if (step.kind === 'none') continue;
    if (step.kind === 'block') blocks.push({ id: cases[i]!.id, waitingFor: step.waitingFor });
    else return { blocks, next: { index: i, step } };
  }
  return { blocks };
}

export type SystemStep =
  | { kind: 'none' }
  /** an active credit flag removes 秒批 and 告知承诺: the case goes the ordinary way */
  | { kind: 'withdrawFastTrack'; reason: string }
  | { kind: 'autoApprove'; openCommitmentCheck: boolean }
  /** 告知承诺; `autoApprovalNotApplicable`: a 秒批 rule was tried first and did not hold */
  | { kind: 'approveOnCommitment'; autoApprovalNotApplicable: boolean }
  /** a 秒批 rule did not hold and there is no commitment: recorded, the case goes the ordinary way */
  | { kind: 'autoApprovalNotApplicable' };

/**
 * 秒批 and 告知承诺 at the moment a case starts. `autoApproval`: whether the item has a 秒批 rule and whether it holds
 * for this application (null: no rule); `creditFlag`: the applicant's active 失信 record, if any.
 */
export function planSystemDecision(
  mode: 'standard' | 'commitment' | 'auto',
  creditFlag: { reason: string } | null,
  autoApproval: { holds: boolean } | null,
): SystemStep {
  if (mode === 'standard') return { kind: 'none' };
  if (creditFlag) return { kind: 'withdrawFastTrack', reason: `失信记录：${creditFlag.reason}` };
  if (autoApproval?.holds) return { kind: 'autoApprove', openCommitmentCheck: mode === 'commitment' };
  if (mode === 'commitment') return { kind: 'approveOnCommitment', autoApprovalNotApplicable: !!autoApproval };
  return autoApproval ? { kind: 'autoApprovalNotApplicable' } : { kind: 'none' };
}

const APPROVING: readonly CaseAction[] = ['approve', 'autoApprove', 'approveOnCommitment'];
export const isApproving = (action: CaseAction) => APPROVING.includes(action);

/** 补齐前不出件: an approval's licence is issued now, or withheld while materials of its item are owed (容缺). */
export function planLicence(action: CaseAction, producesLicence: boolean, owed: readonly { name: string }[]): { kind: 'none' } | { kind: 'issue' } | { kind: 'withhold'; reason: string } {
  if (!isApproving(action) || !producesLicence) return { kind: 'none' };
  if (owed.length) return { kind: 'withhold', reason: `容缺材料尚未补齐：${owed.map((p) => p.name).join('、')}` };
  return { kind: 'issue' };
}

/** The application concludes once every case has; who was granted what, and refused what, in case order. */
export function planConclusion(appStatus: string, cases: readonly PlannedCase[]): { granted: string[]; denied: string[] } | null {
  if (appStatus !== 'accepted' || !allConcluded(cases.map((c) => c.status))) return null;
  return { granted: cases.filter((c) => c.status === 'approved').map((c) => c.item_name), denied: cases.filter((c) => c.status === 'denied').map((c) => c.item_name) };
}
