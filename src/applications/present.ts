import { maskIdNumber, maskPhone } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { listDepartments, type Actor, type DepartmentRow } from '../identity/index.js';
import { caseDeadlines, pendingDeadlines, pendingSubjectId, type Deadline } from './deadlines-port.js';
import { can } from './policy.js';
import { applicationStatusNames, caseStatusNames } from './state.js';
import * as store from './store/applications.js';
import type { ApplicationRow, AttachmentRow, CaseRow } from './store/rows.js';

let departmentCache: { at: number; rows: DepartmentRow[] } | undefined;
/** Departments change rarely; a short cache keeps presenting an application to one query per table. */
async function departments(q: Queryable): Promise<Map<string, DepartmentRow>> {
  if (!departmentCache || Date.now() - departmentCache.at > 30_000) departmentCache = { at: Date.now(), rows: await listDepartments(q) };
  return new Map(departmentCache.rows.map((d) => [d.id, d]));
}

const dept = (m: Map<string, DepartmentRow>, id: string | null) => {
  const d = id ? m.get(id) : undefined;
  return d ? { id: d.id, code: d.code, name: d.name, regionCode: d.region_code.trim() } : null;
};

const presentDeadlineBrief = (d: Deadline | undefined) =>
  d ? { dueOn: d.dueOn, status: d.status, colour: d.colour ?? null, calendarMissing: d.calendarMissing, workingDays: d.workingDays, extensionDays: d.extensionDays, suspensions: d.suspensions.length, assigneeId: d.assigneeId } : null;

export function presentCase(c: CaseRow, m: Map<string, DepartmentRow>, deadline?: Deadline) {
  return {
    id: c.id,
    applicationId: c.application_id,
    itemCode: c.item_code,
    itemVersionId: c.item_version_id,
    itemName: c.item_name,
    department: dept(m, c.department_id),
    status: c.status,
    statusName: caseStatusNames[c.status],
    version: c.version,
    mode: c.mode,
    promisedDays: c.promised_days,
    immediate: c.immediate,
    dependsOn: c.depends_on,
    authorisedToWindow: c.authorised_to_window,
    decidedOnPlatform: c.decided_on_platform,
    startedAt: c.started_at?.toISOString() ?? null,
    reviewedAt: c.reviewed_at?.toISOString() ?? null,
    siteCheckId: c.site_check_id,
    moreRequest: c.more_request,
    decision: c.decided_at
      ? {
          result: c.status === 'approved' ? 'approved' : 'denied',
          reasons: c.decision_reasons,
          at: c.decided_at.toISOString(),
          by: c.decided_by,
          byRule: c.decided_by_rule,
          withoutReview: c.decided_without_review,
        }
      : null,
    commitment: c.commitment,
    licenceId: c.licence_id,
    deliveredAt: c.delivered_at?.toISOString() ?? null,
    deadline: presentDeadlineBrief(deadline),
  };
}

const presentAttachment = (a: AttachmentRow) => ({
  id: a.id,
  kind: a.kind,
  uploadId: a.upload_id,
  sha256: a.sha256,
  licenceId: a.licence_id,
  licenceType: a.licence_type,
  materials: a.material_keys.map((k) => ({ itemCode: k.slice(0, k.indexOf(':')), materialCode: k.slice(k.indexOf(':') + 1) })),
  round: a.round,
  addedAt: a.added_at.toISOString(),
});

/** The application as `actor` may see it: personal numbers masked unless the role needs them. */
export async function presentApplication(q: Queryable, actor: Actor, app: ApplicationRow, now: Date, loaded?: { cases?: CaseRow[]; attachments?: AttachmentRow[] }) {
  const cases = loaded?.cases ?? (await store.casesOf(q, app.id));
  const attachments = loaded?.attachments ?? (await store.attachmentsOf(q, app.id));
  const m = await departments(q);
  const deadlines = await caseDeadlines(q, cases.filter((c) => c.started_at).map((c) => c.id), now);
  const owed = await pendingDeadlines(q, app.id, app.pending, now);
  const full = can(actor, 'seeIdNumbers', app);
  const a = app.applicant;
  const concluded = ['concluded', 'delivered'].includes(app.status);
  return {
    id: app.id,
    number: app.number,
    status: app.status,
    statusName: applicationStatusNames[app.status],
    version: app.version,
    title: app.title,
    bundleCode: app.bundle_code,
    bundleVersionId: app.bundle_version_id,
    channel: app.channel,
    applicant: {
      kind: a.kind,
      name: a.name,
      idNumber: full ? a.idNumber : maskIdNumber(a.idNumber),
      uscc: a.uscc,
      orgName: a.orgName,
      phone: full ? a.phone : maskPhone(a.phone),
      userId: app.applicant_user_id,
    },
    submittedBy: app.submitted_by,
    authorisation: app.authorisation,
    answers: app.answers,
    form: app.form,
    pickup: app.pickup,
    authorityRegion: app.authority_region.trim(),
    acceptance: app.accepted_at
      ? {
          at: app.accepted_at.toISOString(),
          by: app.accepted_by,
          department: dept(m, app.accepting_department_id),
          region: app.accepting_region?.trim() ?? null,
          crossRegion: app.cross_region,
          authorityRegion: app.authority_region.trim(),
          authorities: [...new Map(cases.map((c) => [c.department_id, dept(m, c.department_id)])).values()],
          checks: app.acceptance_checks,
        }
      : null,
    correction: app.correction,
    refusal: app.refusal,
    pending: app.pending.map((p) => ({ ...p, deadline: presentDeadlineBrief(owed.get(pendingSubjectId(app.id, p))) })),
    cases: cases.map((c) => presentCase(c, m, deadlines.get(c.id))),
    attachments: attachments.map(presentAttachment),
    outcome: concluded
      ? { granted: cases.filter((c) => c.status === 'approved').map((c) => c.item_name), denied: cases.filter((c) => c.status === 'denied').map((c) => c.item_name) }
      : null,
    delivery: app.delivery,
    createdAt: app.created_at.toISOString(),
    submittedAt: app.submitted_at?.toISOString() ?? null,
    concludedAt: app.concluded_at?.toISOString() ?? null,
    deliveredAt: app.delivered_at?.toISOString() ?? null,
  };
}

/** What a submission answers: built from what the one INSERT returned, with no further reads. */
export function presentSubmission(app: ApplicationRow) {
  return { id: app.id, number: app.number, status: app.status, statusName: applicationStatusNames[app.status], version: app.version, title: app.title, submittedAt: app.submitted_at?.toISOString() ?? null };
}

export async function departmentMap(q: Queryable) {
  return departments(q);
}
