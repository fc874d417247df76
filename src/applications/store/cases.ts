import type { Queryable } from '../../db/index.js';
import { flushRowWrites } from './applications.js';
import type { CaseRow, GuideExceptionRow, SiteCheckRow } from './rows.js';

export interface InboxRow extends CaseRow {
  number: string;
  title: string;
  applicant_name: string;
  application_status: string;
}

/** A department's cases in a region (LIKE pattern), newest first; `open` limits to cases waiting for the department. */
export async function inboxOf(q: Queryable, departmentId: string, regionPattern: string, open: boolean, limit: number): Promise<InboxRow[]> {
  await flushRowWrites(q); // a transaction's own case changes first
  return q.query<InboxRow>(
    `SELECT c.*, a.number, a.title, a.applicant->>'name' AS applicant_name, a.status AS application_status
     FROM cases c JOIN applications a ON a.id = c.application_id
     WHERE c.department_id = $1 AND (NOT $2 OR c.status IN ('accepted', 'reviewing', 'siteCheck', 'correction'))
       AND c.status <> 'pending' AND c.region_code LIKE $4
     ORDER BY c.started_at DESC NULLS LAST, c.id LIMIT $3`,
    [departmentId, open, limit, regionPattern],
    { name: 'cases_inbox' },
  );
}

export async function insertSiteCheck(q: Queryable, s: Omit<SiteCheckRow, 'results'>): Promise<void> {
  await q.query(
    `INSERT INTO site_checks (id, application_id, case_ids, scheduled_for, address, requested_by, requested_at)
     VALUES ($1, $2, $3::uuid[], $4, $5, $6, $7)`,
    [s.id, s.application_id, s.case_ids, s.scheduled_for, s.address, s.requested_by, s.requested_at],
  );
}

export async function siteCheckById(q: Queryable, id: string): Promise<SiteCheckRow | undefined> {
  return (await q.query<SiteCheckRow>('SELECT * FROM site_checks WHERE id = $1', [id]))[0];
}

export async function siteChecksOf(q: Queryable, applicationId: string): Promise<SiteCheckRow[]> {
  return q.query<SiteCheckRow>('SELECT * FROM site_checks WHERE application_id = $1 ORDER BY requested_at', [applicationId]);
}

export async function recordSiteCheckResult(q: Queryable, id: string, caseId: string, result: SiteCheckRow['results'][string]): Promise<void> {
  await q.query(`UPDATE site_checks SET results = results || jsonb_build_object($2::text, $3::jsonb) WHERE id = $1`, [id, caseId, JSON.stringify(result)]);
}

export async function insertGuideException(q: Queryable, e: Omit<GuideExceptionRow, 'decided_by' | 'decided_at' | 'decision_note' | 'used_at' | 'status'>): Promise<void> {
  await q.query(
    `INSERT INTO guide_exceptions (id, application_id, case_id, department_id, context, cited, reason, requested_by, requested_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested')`,
    [e.id, e.application_id, e.case_id, e.department_id, e.context, e.cited, e.reason, e.requested_by, e.requested_at],
  );
}

export async function guideExceptionById(q: Queryable, id: string): Promise<GuideExceptionRow | undefined> {
  return (await q.query<GuideExceptionRow>('SELECT * FROM guide_exceptions WHERE id = $1', [id]))[0];
}

export async function guideExceptionsOf(q: Queryable, applicationId: string): Promise<GuideExceptionRow[]> {
  return q.query<GuideExceptionRow>('SELECT * FROM guide_exceptions WHERE application_id = $1 ORDER BY requested_at, id', [applicationId]);
}

/** Requests on applications of a region (LIKE pattern: the authority's or the window's region). */
export async function listGuideExceptions(q: Queryable, regionPattern: string, status: string | null, limit: number): Promise<GuideExceptionRow[]> {
  return q.query<GuideExceptionRow>(
    `SELECT e.* FROM guide_exceptions e JOIN applications a ON a.id = e.application_id
     WHERE ($1::text IS NULL OR e.status = $1) AND (a.authority_region LIKE $3 OR a.window_region LIKE $3)
     ORDER BY e.requested_at DESC, e.id LIMIT $2`,
    [status, limit, regionPattern],
  );
}

/** Decides a request still open; undefined when someone decided it first. */
export async function decideGuideException(q: Queryable, id: string, status: 'approved' | 'rejected', by: string, at: Date, note: string | null) {
  return (
    await q.query<GuideExceptionRow>(
      `UPDATE guide_exceptions SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1 AND status = 'requested' RETURNING *`,
      [id, status, by, at, note],
    )
  )[0];
}

export async function markExceptionsUsed(q: Queryable, ids: string[], at: Date): Promise<void> {
  if (ids.length) await q.query('UPDATE guide_exceptions SET used_at = $2 WHERE id = ANY($1::uuid[]) AND used_at IS NULL', [ids, at]);
}

/** A new open check; false when the case already has one. */
export async function insertCommitmentCheck(q: Queryable, c: { id: string; caseId: string; departmentId: string; at: Date }): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO commitment_checks (id, case_id, department_id, status, created_at) VALUES ($1, $2, $3, 'open', $4) ON CONFLICT (case_id) DO NOTHING RETURNING id`,
    [c.id, c.caseId, c.departmentId, c.at],
  );
  return rows.length > 0;
}

export async function commitmentBreached(q: Queryable, caseId: string): Promise<boolean> {
  return (await q.query(`SELECT 1 FROM commitment_checks WHERE case_id = $1 AND status = 'breached'`, [caseId])).length > 0;
}

export async function setCommitmentCheckDue(q: Queryable, id: string, dueOn: string | null): Promise<void> {
  await q.query('UPDATE commitment_checks SET due_on = $2 WHERE id = $1', [id, dueOn]);
}

export async function recordCommitmentLicenceAction(q: Queryable, id: string, action: 'suspend' | 'revoke', licenceId: string): Promise<void> {
  await q.query('UPDATE commitment_checks SET licence_action = $2, licence_id = $3 WHERE id = $1', [id, action, licenceId]);
}

/** Follow-up checks of cases in a region (LIKE pattern), of one department or all. */
export async function commitmentChecksOf(q: Queryable, departmentId: string | null, regionPattern: string, status: string | null) {
  await flushRowWrites(q); // a transaction's own case changes first
  return q.query<{ id: string; case_id: string; department_id: string; status: string; created_at: Date; done_at: Date | null; note: string | null; item_name: string; number: string; due_on: string | null; licence_action: 'suspend' | 'revoke' | null; licence_id: string | null }>(
    `SELECT k.id, k.case_id, k.department_id, k.status, k.created_at, k.done_at, k.note, k.due_on::text AS due_on, k.licence_action, k.licence_id, c.item_name, a.number FROM commitment_checks k JOIN cases c ON c.id = k.case_id JOIN applications a ON a.id = c.application_id
     WHERE ($1::uuid IS NULL OR k.department_id = $1) AND ($2::text IS NULL OR k.status = $2) AND c.region_code LIKE $3
     ORDER BY k.created_at, k.id`,
    [departmentId, status, regionPattern],
  );
}

export async function closeCommitmentCheck(q: Queryable, id: string, status: 'confirmed' | 'breached', by: string, at: Date, note: string) {
  return (
    await q.query<{ id: string; case_id: string; department_id: string }>(
      `UPDATE commitment_checks SET status = $2, done_by = $3, done_at = $4, note = $5 WHERE id = $1 AND status = 'open' RETURNING id, case_id, department_id`,
      [id, status, by, at, note],
    )
  )[0];
}

/** Per department of a region (LIKE pattern): exceptions outside the guide (requested / approved) and decisions recorded without review steps. */
export async function departmentIntegrityStats(q: Queryable, regionPattern: string) {
  await flushRowWrites(q); // a transaction's own case changes first
  return q.query<{ department_id: string; exceptions_requested: number; exceptions_approved: number; decided_without_review: number; decided: number }>(
    `SELECT d.id AS department_id,
       (SELECT count(*) FROM guide_exceptions e WHERE e.department_id = d.id) AS exceptions_requested,
       (SELECT count(*) FROM guide_exceptions e WHERE e.department_id = d.id AND e.status = 'approved') AS exceptions_approved,
       (SELECT count(*) FROM cases c WHERE c.department_id = d.id AND c.decided_without_review) AS decided_without_review,
       (SELECT count(*) FROM cases c WHERE c.department_id = d.id AND c.decided_at IS NOT NULL) AS decided
     FROM departments d WHERE d.region_code LIKE $1 ORDER BY d.code`,
    [regionPattern],
  );
}

export async function casesDecidedWithoutReview(q: Queryable, departmentId: string | null, regionPattern: string, limit: number) {
  await flushRowWrites(q); // a transaction's own case changes first
  return q.query<CaseRow & { number: string }>(
    `SELECT c.*, a.number FROM cases c JOIN applications a ON a.id = c.application_id
     WHERE c.decided_without_review AND ($1::uuid IS NULL OR c.department_id = $1) AND c.region_code LIKE $3
     ORDER BY c.decided_at DESC, c.id LIMIT $2`,
    [departmentId, limit, regionPattern],
  );
}
