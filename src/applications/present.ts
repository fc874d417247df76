/**
 * What leaves the server about applications and cases: pure functions of loaded data (load-application.ts) and of the
 * audience the policy puts the actor in. Personal data passes the one masking rule of its class (core/personal-data).
 */
import { presentCounterIntake } from './counter-intake.js';
import { maskData, type Audience, type PersonalClass } from '../core/index.js';
import type { DepartmentRow } from '../identity/index.js';
import type { Deadline } from './deadlines-port.js';
import type { ApplicationView, CaseViews } from './load-application.js';
import { pendingSubjectId } from './deadlines-port.js';
import { specialProcedureNames, type SpecialProcedureKind } from './special-procedure.js';
import { applicationStatusNames, caseStatusNames } from './state.js';
import type { Authorisation } from './responses.js';
import type { SpecialProcedureRow } from './store/special-procedures.js';
import type { ApplicationRow, AttachmentRow, CaseRow, GuideExceptionRow, SiteCheckRow } from './store/rows.js';

/** The personal data class of the presenters' own fields; any other string still gets the shape check. */
const presenterClasses: Record<string, PersonalClass> = {
  idNumber: 'idNumber',
  phone: 'phone',
  address: 'address',
  name: 'name',
  applicantName: 'name',
  recipient: 'name',
  signedBy: 'name',
  presenterName: 'name',
};
const presenterClass = (key: string): PersonalClass | undefined => presenterClasses[key];

const dept = (m: Map<string, DepartmentRow>, id: string | null) => {
  const d = id ? m.get(id) : undefined;
  return d ? { id: d.id, code: d.code, name: d.name, regionCode: d.region_code.trim() } : null;
};

const pauseNames: Record<string, string> = { correction: '补正', 'special-procedure': '特别程序', consultation: '征求第三方意见' };

const presentDeadlineBrief = (d: Deadline | undefined) =>
  d
    ? {
        dueOn: d.dueOn,
        status: d.status,
        statusName: d.status === 'suspended' ? '暂停计时' : d.status === 'closed' ? '已结束' : '计时中',
        colour: d.colour ?? null,
        calendarMissing: d.calendarMissing,
        workingDays: d.workingDays,
        extensionDays: d.extensionDays,
        suspensions: d.suspensions.length,
        // the time that does not count, each stretch with why: 补正, 特别程序 (听证、检测、专家评审 …)
        pauses: d.suspensions.map((s) => ({ kind: s.kind, kindName: pauseNames[s.kind] ?? s.kind, reason: s.reason, from: s.from, to: s.to })),
        assigneeId: d.assigneeId,
      }
    : null;

const presentProcedure = (p: SpecialProcedureRow) => ({
  id: p.id,
  kind: p.kind,
  kindName: specialProcedureNames[p.kind as SpecialProcedureKind] ?? p.kind,
  reason: p.reason,
  startedAt: p.started_at.toISOString(),
  plannedEnd: p.planned_end,
  endedAt: p.ended_at?.toISOString() ?? null,
  outcome: p.outcome,
});

export function presentCase(c: CaseRow, views: CaseViews, audience: Audience) {
  return maskData(
    {
      id: c.id,
      applicationId: c.application_id,
      itemCode: c.item_code,
      itemVersionId: c.item_version_id,
      itemName: c.item_name,
      department: dept(views.departments, c.department_id),
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
            result: c.status === 'approved' ? ('approved' as const) : ('denied' as const),
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
      deadline: presentDeadlineBrief(views.deadlines.get(c.id)),
      specialProcedures: (views.procedures.get(c.id) ?? []).map(presentProcedure),
    },
    audience,
    presenterClass,
  );
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

/** 网上 (online, also through an agent) or 窗口 (filed at the counter). */
export const channelNames = { online: '网上申报', agent: '网上申报（帮代办）', window: '窗口收件' } as const;

/** The application as an actor of `audience` may see it: the form masked by its fields' classes, the rest by the presenter's. */
export function presentApplication(view: ApplicationView, audience: Audience) {
  const { app, cases, departments: m } = view;
  const a = app.applicant;
  const concluded = ['concluded', 'delivered'].includes(app.status);
  const shown = maskData(
    {
      id: app.id,
      number: app.number,
      status: app.status,
      statusName: applicationStatusNames[app.status],
      version: app.version,
      title: app.title,
      bundleCode: app.bundle_code,
      bundleVersionId: app.bundle_version_id,
      channel: app.channel,
      applicant: { kind: a.kind, name: a.name, idNumber: a.idNumber, uscc: a.uscc, orgName: a.orgName, phone: a.phone, userId: app.applicant_user_id },
      submittedBy: app.submitted_by,
      // the agent's authorisation; a counter filing's record is shown as counterIntake
      authorisation: app.channel === 'agent' ? (app.authorisation as Authorisation | null) : null,
      channelName: channelNames[app.channel],
      counterIntake: presentCounterIntake(app.channel, app.authorisation),
      answers: app.answers,
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
      pending: app.pending.map((p) => ({ ...p, deadline: presentDeadlineBrief(view.owed.get(pendingSubjectId(app.id, p))) })),
      attachments: view.attachments.map(presentAttachment),
      outcome: concluded
        ? { granted: cases.filter((c) => c.status === 'approved').map((c) => c.item_name), denied: cases.filter((c) => c.status === 'denied').map((c) => c.item_name) }
        : null,
      delivery: app.delivery,
      createdAt: app.created_at.toISOString(),
      submittedAt: app.submitted_at?.toISOString() ?? null,
      concludedAt: app.concluded_at?.toISOString() ?? null,
      deliveredAt: app.delivered_at?.toISOString() ?? null,
    },
    audience,
    presenterClass,
  );
  return {
    ...shown,
    fullView: audience === 'full',
    form: maskData(app.form, audience, (key) => view.formClasses.get(key)),
    cases: cases.map((c) => presentCase(c, view, audience)),
    documents: view.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      number: d.number,
      caseId: d.case_id,
      issuedAt: d.issued_at.toISOString(),
      url: `/api/v1/applications/${app.id}/documents/${d.id}/content`,
    })),
  };
}

/** One row of an application list. */
export function presentApplicationListItem(a: ApplicationRow, audience: Audience) {
  return maskData(
    { id: a.id, number: a.number, title: a.title, status: a.status, version: a.version, applicantName: a.applicant.name, channel: a.channel, channelName: channelNames[a.channel], submittedAt: a.submitted_at?.toISOString() ?? null, crossRegion: a.cross_region || a.window_region !== a.authority_region },
    audience,
    presenterClass,
  );
}

/** What a submission answers: built from what the one INSERT returned, with no further reads. */
export function presentSubmission(app: ApplicationRow) {
  return { id: app.id, number: app.number, status: app.status, statusName: applicationStatusNames[app.status], version: app.version, title: app.title, submittedAt: app.submitted_at?.toISOString() ?? null };
}

export const presentSiteCheck = (s: SiteCheckRow, audience: Audience) =>
  maskData(
    {
      id: s.id,
      applicationId: s.application_id,
      caseIds: s.case_ids,
      scheduledFor: s.scheduled_for.toISOString(),
      address: s.address,
      requestedBy: s.requested_by,
      requestedAt: s.requested_at.toISOString(),
      results: s.results,
    },
    audience,
    // the premises inspected, not a home: shown whole, numbers in it still masked by shape
    (key) => (key === 'address' ? 'none' : undefined),
  );

/** A request for an exception to the guide: its reasons never need a personal number, so they are always masked by shape. */
export const presentException = (e: GuideExceptionRow) =>
  maskData(
    {
      id: e.id,
      applicationId: e.application_id,
      caseId: e.case_id,
      departmentId: e.department_id,
      context: e.context,
      cited: e.cited,
      reason: e.reason,
      status: e.status,
      requestedBy: e.requested_by,
      requestedAt: e.requested_at.toISOString(),
      decidedBy: e.decided_by,
      decidedAt: e.decided_at?.toISOString() ?? null,
      decisionNote: e.decision_note,
      usedAt: e.used_at?.toISOString() ?? null,
    },
    'masked',
  );
