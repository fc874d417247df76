/**
 * The state machines of applications and cases: which action moves which state to which, and who may take it.
 * Pure: the use cases ask here first, then make the change with an optimistic version check.
 */
import type { Role } from '../identity/index.js';

export const APPLICATION_STATUSES = ['draft', 'submitted', 'correction', 'accepted', 'refused', 'concluded', 'delivered', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const applicationStatusNames: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交，待受理',
  correction: '待补正',
  accepted: '已受理，办理中',
  refused: '不予受理',
  concluded: '已办结，待出件',
  delivered: '已出件',
  withdrawn: '已撤回',
};

/** 'system' is the platform itself (fan-out, auto-approval, dependencies): no person may take that action. */
export type Performer = Role | 'system';

interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  by: readonly Performer[];
}

export const APPLICATION_TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', by: ['applicant', 'agent', 'clerk'] },
  withdraw: { from: ['draft', 'submitted', 'correction'], to: 'withdrawn', by: ['applicant', 'agent'] },
  /** no answer to the correction request within its limit: the application counts as withdrawn */
  correctionLapsed: { from: ['correction'], to: 'withdrawn', by: ['system'] },
  accept: { from: ['submitted'], to: 'accepted', by: ['clerk'] },
  requestCorrection: { from: ['submitted'], to: 'correction', by: ['clerk'] },
  supplyCorrection: { from: ['correction'], to: 'submitted', by: ['applicant', 'agent', 'clerk'] },
  refuse: { from: ['submitted', 'correction'], to: 'refused', by: ['clerk'] },
  conclude: { from: ['accepted'], to: 'concluded', by: ['system'] },
  deliver: { from: ['concluded'], to: 'delivered', by: ['clerk', 'system'] },
} as const satisfies Record<string, Transition<ApplicationStatus>>;
export type ApplicationAction = keyof typeof APPLICATION_TRANSITIONS;

export const CASE_STATUSES = ['pending', 'blocked', 'accepted', 'reviewing', 'siteCheck', 'correction', 'approved', 'denied', 'cancelled'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const caseStatusNames: Record<CaseStatus, string> = {
  pending: '待受理',
  blocked: '等待前置事项办结',
  accepted: '已受理，待审核',
  reviewing: '审核中',
  siteCheck: '现场核查中',
  correction: '待补正（计时暂停）',
  approved: '准予许可',
  denied: '不予许可',
  cancelled: '已终止',
};

const REVIEWERS = ['reviewer', 'head'] as const;

export const CASE_TRANSITIONS = {
  start: { from: ['pending', 'blocked'], to: 'accepted', by: ['system'] },
  block: { from: ['pending'], to: 'blocked', by: ['system'] },
  cancel: { from: ['pending', 'blocked'], to: 'cancelled', by: ['system'] },
  review: { from: ['accepted'], to: 'reviewing', by: REVIEWERS },
  requestSiteCheck: { from: ['accepted', 'reviewing'], to: 'siteCheck', by: REVIEWERS },
  recordSiteCheck: { from: ['siteCheck'], to: 'reviewing', by: REVIEWERS },
  requestMore: { from: ['accepted', 'reviewing'], to: 'correction', by: REVIEWERS },
  supplyMore: { from: ['correction'], to: 'reviewing', by: ['applicant', 'agent', 'clerk'] },
  approve: { from: ['accepted', 'reviewing'], to: 'approved', by: REVIEWERS },
  deny: { from: ['accepted', 'reviewing'], to: 'denied', by: REVIEWERS },
  autoApprove: { from: ['accepted'], to: 'approved', by: ['system'] },
  approveOnCommitment: { from: ['accepted'], to: 'approved', by: ['system'] },
  /** a case whose prerequisite was denied cannot go on */
  denyForDependency: { from: ['blocked'], to: 'denied', by: ['system'] },
  /** 容缺: the owed materials never arrived; the item's rule ends the case (不予许可, or the approval revoked) */
  lapse: { from: ['blocked', 'accepted', 'reviewing', 'siteCheck', 'correction', 'approved'], to: 'denied', by: ['system'] },
} as const satisfies Record<string, Transition<CaseStatus>>;
export type CaseAction = keyof typeof CASE_TRANSITIONS;

export const CONCLUDED_CASE_STATUSES: readonly CaseStatus[] = ['approved', 'denied', 'cancelled'];
export const isConcluded = (s: CaseStatus) => CONCLUDED_CASE_STATUSES.includes(s);

export type TransitionVerdict<S> = { ok: true; to: S } | { ok: false; reason: 'WRONG_STATE' | 'WRONG_ROLE' };

function check<S extends string>(t: Transition<S>, from: S, performers: readonly Performer[]): TransitionVerdict<S> {
  if (!t.by.some((p) => performers.includes(p))) return { ok: false, reason: 'WRONG_ROLE' };
  if (!t.from.includes(from)) return { ok: false, reason: 'WRONG_STATE' };
  return { ok: true, to: t.to };
}

/** May `performers` (an actor's roles, or ['system']) take `action` on an application in state `from`? */
export function applicationTransition(action: ApplicationAction, from: ApplicationStatus, performers: readonly Performer[]): TransitionVerdict<ApplicationStatus> {
  return check<ApplicationStatus>(APPLICATION_TRANSITIONS[action], from, performers);
}

export function caseTransition(action: CaseAction, from: CaseStatus, performers: readonly Performer[]): TransitionVerdict<CaseStatus> {
  return check<CaseStatus>(CASE_TRANSITIONS[action], from, performers);
}

/** Every case concluded: the application can be concluded and delivered. */
export function allConcluded(statuses: readonly CaseStatus[]): boolean {
  return statuses.length > 0 && statuses.every(isConcluded);
}
