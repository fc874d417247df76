import { maskIdNumber, maskShapes, shanghaiDateOf } from '../core/index.js';
import type { AppealRow, CreditFlagRow } from './store/credit-flags.js';
import type { InspectorRow } from './store/pools.js';
import type { PlanRow } from './store/plans.js';
import type { ResultView } from './store/visits.js';

export const flagSourceNames: Record<CreditFlagRow['source'], string> = {
  inspection: '双随机抽查发现严重问题',
  commitment: '未履行告知承诺',
  manual: '监管部门认定',
};

/**
 * A credit flag as it leaves the API. `full` shows the citizen ID number (the person themself, supervisors); everyone
 * else sees it masked, and a number written into the reason masked by its shape.
 */
export function presentFlag(f: CreditFlagRow, at: Date, opts: { full?: boolean } = {}) {
  const standing = f.status === 'active' && f.starts_at <= at && at < f.ends_at;
  return {
    id: f.id,
    uscc: f.uscc,
    idNumber: opts.full ? f.id_number : maskIdNumber(f.id_number),
    subjectName: f.subject_name,
    reason: opts.full ? f.reason : maskShapes(f.reason),
    source: f.source,
    sourceName: flagSourceNames[f.source],
    sourceRef: f.source_ref,
    startsAt: f.starts_at.toISOString(),
    endsAt: f.ends_at.toISOString(),
    endsOn: shanghaiDateOf(new Date(f.ends_at.getTime() - 1)),
    status: f.status,
    standing,
    revokedAt: f.revoked_at?.toISOString() ?? null,
  };
}

export function presentAppeal(a: AppealRow) {
  return {
    id: a.id,
    flagId: a.flag_id,
    statement: a.statement,
    filedAt: a.filed_at.toISOString(),
    decision: a.decision,
    decisionNote: a.decision_note,
    decidedAt: a.decided_at?.toISOString() ?? null,
  };
}

export const outcomeNames: Record<'compliant' | 'problems' | 'referred', string> = {
  compliant: '未发现问题',
  problems: '发现问题，责令整改',
  referred: '发现问题，移送立案查处',
};

/** One department's result of one visit, as published (一公开): inspectors by name and badge number. */
export function presentResult(r: ResultView, inspectors: Map<string, InspectorRow>, deadlines?: Map<string, { dueOn: string | null; status: string }>) {
  return {
    id: r.id,
    planId: r.plan_id,
    planTitle: r.plan_title,
    visitId: r.visit_id,
    position: r.position,
    uscc: r.uscc,
    subjectName: r.subject_name,
    townshipName: r.township_name,
    department: { code: r.department_code, name: r.department_name },
    inspectors: r.inspector_ids.map((id) => inspectors.get(id)).filter((i) => !!i).map((i) => ({ name: i!.name, badgeNo: i!.badge_no })),
    checklist: r.checklist,
    recorded: r.outcome !== null,
    outcome: r.outcome,
    outcomeName: r.outcome ? outcomeNames[r.outcome] : '待检查',
    findings: r.findings,
    checks: r.checks,
    serious: r.serious,
    rectifyDays: r.rectify_days,
    rectifyDueOn: deadlines?.get(r.id)?.dueOn ?? null,
    rectifiedAt: r.rectified_at?.toISOString() ?? null,
    rectificationNote: r.rectification_note,
    inspectedOn: r.inspected_on,
    recordedAt: r.recorded_at?.toISOString() ?? null,
  };
}

/** A plan as staff see it (never the secret seed). */
export function presentPlan(p: PlanRow) {
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    statusName: { draft: '草拟', published: '已公布（待抽取）', drawn: '已抽取' }[p.status],
    departments: p.departments.map((d) => ({ code: d.code, name: d.name, qualification: d.qualification, checklist: d.checklist })),
    joint: p.departments.length > 1,
    filter: p.filter,
    sampling: p.sampling.kind === 'rate' ? { kind: 'rate' as const, percent: p.sampling.basisPoints / 100 } : p.sampling,
    stratifyBy: p.stratify_by,
    inspectorsPerVisit: p.inspectors_per_visit,
    createdAt: p.created_at.toISOString(),
    seedCommitment: p.seed_commitment,
    planDigest: p.plan_digest,
    publishedAt: p.published_at?.toISOString() ?? null,
    seed: p.seed,
    drawnAt: p.drawn_at?.toISOString() ?? null,
    drawDigest: p.draw_digest,
    populationCount: p.population_count,
    sampleCount: p.sample_count,
  };
}
