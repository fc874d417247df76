import { applicationStatusNames, type ApplicationStatus } from '../applications/index.js';
import { beijingDate, beijingDateTime, maskShapes } from '../core/index.js';
import type { ProjectState } from './project-state.js';
import { ASSESSMENT_KINDS, findingVerdictNames, MAX_REVIEW_ROUNDS, reviewStatusNames, reviewVerdictNames, stageStatusNames } from './rules.js';
import type * as store from './store.js';

const splitKey = (k: string) => { const [itemCode, materialCode] = k.split(':'); return { itemCode: itemCode!, materialCode: materialCode! }; };

export function presentAssessment(a: store.AssessmentRow) {
  return { id: a.id, kind: a.kind, kindName: ASSESSMENT_KINDS[a.kind], title: a.title, conclusion: a.conclusion, covers: a.covers.map(splitKey), validUntil: a.valid_until, recordedAt: a.recorded_at.toISOString() };
}

export function presentZone(z: store.ZoneRow, assessments: store.AssessmentRow[]) {
  return {
    code: z.code, name: z.name, regionCode: z.region_code, regionName: z.region_name,
    adminRegion: z.admin_region ? { code: z.admin_region, name: z.admin_region_name ?? z.admin_region } : null,
    areaKm2: z.area_km2 === null ? null : Number(z.area_km2), assessments: assessments.filter((a) => a.zone_code === z.code).map(presentAssessment) };
}

/** The merged notice: every department's opinion of the round in one text, then the outcome. */
export function mergedNotice(r: store.ReviewRow, opinions: store.OpinionRow[]): string | null {
  if (r.status === 'reviewing') return null;
  const of = opinions.filter((o) => o.round === r.round);
  return `施工图联合审查意见（第${r.round === 1 ? '一' : '二'}轮）：${of.map((o) => `${o.department_name}：${reviewVerdictNames[o.verdict]}，${o.opinion}`).join('；')}。结论：${reviewStatusNames[r.status]}。`;
}

export function presentReview(r: store.ReviewRow, opinions: store.OpinionRow[], names: Map<string, { name: string }>, own: boolean) {
  const text = (s: string) => (own ? s : maskShapes(s));
  return {
    id: r.id, projectId: r.project_id, round: r.round, status: r.status, statusName: reviewStatusNames[r.status],
    departments: r.departments.map((c) => ({ code: c, name: names.get(c)?.name ?? c, answered: opinions.some((o) => o.round === r.round && o.department_code === c) })),
    opinions: opinions.map((o) => ({ round: o.round, department: o.department_name, departmentCode: o.department_code, verdict: o.verdict, verdictName: reviewVerdictNames[o.verdict], opinion: text(o.opinion), reviewer: o.reviewer_name, at: o.recorded_at.toISOString() })),
    mergedNotice: mergedNotice(r, opinions),
    openedAt: r.opened_at.toISOString(), concludedAt: r.concluded_at?.toISOString() ?? null,
    revisionsLeft: r.status === 'passed' || r.status === 'failed' ? 0 : MAX_REVIEW_ROUNDS - r.round,
  };
}

export function presentAcceptance(a: store.AcceptanceRow, findings: store.FindingRow[], names: Map<string, { name: string }>) {
  return {
    id: a.id, projectId: a.project_id, scheduledFor: a.scheduled_for.toISOString(), scheduledForText: beijingDateTime(a.scheduled_for), place: a.place,
    status: a.status, statusName: a.status === 'issued' ? '已出具竣工联合验收意见书' : '已安排现场联合验收',
    departments: a.departments.map((c) => ({ code: c, name: names.get(c)?.name ?? c, recorded: findings.some((f) => f.department_code === c) })),
    findings: findings.map((f) => ({ department: f.department_name, departmentCode: f.department_code, verdict: f.verdict, verdictName: findingVerdictNames[f.verdict], findings: maskShapes(f.findings), inspector: f.inspector_name, at: f.recorded_at.toISOString() })),
    certificate: a.status === 'issued' && a.certificate_no && a.licence_id && a.issued_at
      ? { number: a.certificate_no, licenceId: a.licence_id, identifier: a.licence_identifier ?? '', issuedAt: a.issued_at.toISOString(), issuedOn: beijingDate(a.issued_at) }
      : null,
  };
}

export function presentSummary(p: store.ProjectRow, zone: store.ZoneRow | null, s: ProjectState) {
  const currentStage = currentStageOf(s);
  return {
    id: p.id, projectCode: p.project_code, name: p.name, address: p.address, regionCode: p.region_code,
    zone: p.zone_code ? { code: p.zone_code, name: zone?.name ?? p.zone_code, regionName: zone ? zone.admin_region_name ?? zone.region_name : null } : null, applicantName: p.applicant_name, createdAt: p.created_at.toISOString(), currentStage,
    drawingReviewId: s.reviews.at(-1)?.id ?? null, jointAcceptanceId: s.acceptance?.id ?? null,
  };
}

export const currentStageOf = (s: ProjectState) => s.stages.find((x) => x.status !== 'issued')?.name ?? null;

export function presentProject(s: ProjectState, extra: { review: ReturnType<typeof presentReview> | null; acceptance: ReturnType<typeof presentAcceptance> | null }) {
  return {
    ...presentSummary(s.project, s.zone, s),
    applicantUscc: s.project.applicant_uscc,
    stages: s.stages.map((x) => ({
      key: x.key, name: x.name, promisedDays: x.promisedDays, lead: x.lead, status: x.status, statusName: stageStatusNames[x.status], items: x.items, questions: x.questions, materials: x.materials,
      filing: x.filing ? { applicationId: x.filing.application_id, number: x.filing.number, status: x.filing.status, statusName: applicationStatusNames[x.filing.status as ApplicationStatus] ?? '' } : null,
      acceptedOn: x.acceptedOn, issuedOn: x.issuedOn, dueOn: x.dueOn, usedWorkingDays: x.usedWorkingDays, overdue: x.overdue,
    })),
    promisedDays: s.promisedDays, usedWorkingDays: s.usedWorkingDays, withinPromise: s.usedWorkingDays <= s.promisedDays, calendarMissing: s.calendarMissing,
    assessments: s.assessments.map(presentAssessment),
    drawingReview: extra.review,
    acceptance: extra.acceptance,
  };
}
