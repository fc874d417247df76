import type { Queryable } from '../db/index.js';
import type { AssessmentKind, FindingVerdict, ReviewStatus, ReviewVerdict } from './rules.js';

/** The only file of the projects module that speaks SQL. */

export interface ZoneRow {
  code: string; name: string; region_code: string; region_name: string;
  /** the zone's own administrative region (开发区), where delegated items are handled */
  admin_region: string | null; admin_region_name: string | null; area_km2: string | null; created_at: Date;
}
export interface AssessmentRow {
  id: string; zone_code: string; kind: AssessmentKind; title: string; conclusion: string; covers: string[]; valid_until: string | null; recorded_by: string; recorded_at: Date;
}
export interface ProjectRow {
  id: string; project_code: string; name: string; address: string; region_code: string; zone_code: string | null; bundle_code: string;
  applicant_user_id: string; applicant_name: string; applicant_uscc: string | null; building_area: string | null; created_at: Date;
}
export interface FilingRow {
  stage_key: string; application_id: string; filed_at: Date; number: string; status: string; accepted_at: Date | null; delivered_at: Date | null; any_denied: boolean;
}
export interface ReviewRow {
  id: string; project_id: string; departments: string[]; round: number; status: ReviewStatus; upload_ids: string[]; opened_at: Date; concluded_at: Date | null; version: number;
}
export interface OpinionRow { round: number; department_code: string; department_name: string; verdict: ReviewVerdict; opinion: string; reviewer_name: string; recorded_at: Date }
export interface AcceptanceRow {
  id: string; project_id: string; departments: string[]; scheduled_for: Date; place: string; scheduled_by: string; status: 'scheduled' | 'issued';
  certificate_no: string | null; licence_id: string | null; licence_identifier: string | null; licence_payload: string | null; issued_at: Date | null; issued_by: string | null;
}
export interface FindingRow { department_code: string; department_name: string; verdict: FindingVerdict; findings: string; inspector_name: string; recorded_at: Date }

const trimRegion = <T extends { region_code: string; admin_region?: string | null }>(r: T): T => ({ ...r, region_code: r.region_code.trim(), ...('admin_region' in r ? { admin_region: r.admin_region?.trim() ?? null } : {}) });
const dateText = `to_char(valid_until, 'YYYY-MM-DD') AS valid_until`;

// ---- zones and 区域评估 --------------------------------------------------------------------------------------------

export async function insertZone(q: Queryable, z: { code: string; name: string; regionCode: string; adminRegion: string | null; areaKm2: number | null; at: Date }): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO construction_zones (code, name, region_code, admin_region, area_km2, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING code`,
    [z.code, z.name, z.regionCode, z.adminRegion, z.areaKm2, z.at],
  );
  return rows.length > 0;
}

export async function setZoneAdminRegion(q: Queryable, code: string, adminRegion: string | null): Promise<void> {
  await q.query('UPDATE construction_zones SET admin_region = $2 WHERE code = $1', [code, adminRegion]);
}

const ZONE_SELECT = `SELECT z.code, z.name, z.region_code, r.name AS region_name, z.admin_region, a.name AS admin_region_name, z.area_km2::text AS area_km2, z.created_at
  FROM construction_zones z JOIN regions r ON r.code = z.region_code LEFT JOIN regions a ON a.code = z.admin_region`;

export async function zoneByAdminRegion(q: Queryable, region: string): Promise<ZoneRow | undefined> {
  const [z] = await q.query<ZoneRow>(`${ZONE_SELECT} WHERE z.admin_region = $1`, [region]);
  return z && trimRegion(z);
}

export async function zoneByCode(q: Queryable, code: string): Promise<ZoneRow | undefined> {
  const [z] = await q.query<ZoneRow>(`${ZONE_SELECT} WHERE z.code = $1`, [code]);
  return z && trimRegion(z);
}

export async function listZones(q: Queryable, regionPattern: string | null): Promise<ZoneRow[]> {
  const rows = await q.query<ZoneRow>(
    `${ZONE_SELECT} WHERE $1::text IS NULL OR z.region_code LIKE $1 ORDER BY z.region_code, z.code`,
    [regionPattern],
  );
  return rows.map(trimRegion);
}

/** Recording a kind again for the same zone replaces the earlier results (a renewed assessment). */
export async function upsertAssessment(q: Queryable, a: Omit<AssessmentRow, 'recorded_at'> & { recorded_at: Date }): Promise<AssessmentRow> {
  const [row] = await q.query<AssessmentRow>(
    `INSERT INTO zone_assessments (id, zone_code, kind, title, conclusion, covers, valid_until, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (zone_code, kind) DO UPDATE SET title = EXCLUDED.title, conclusion = EXCLUDED.conclusion, covers = EXCLUDED.covers,
       valid_until = EXCLUDED.valid_until, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
     RETURNING id, zone_code, kind, title, conclusion, covers, ${dateText}, recorded_by, recorded_at`,
    [a.id, a.zone_code, a.kind, a.title, a.conclusion, a.covers, a.valid_until, a.recorded_by, a.recorded_at],
  );
  return row!;
}

/** The assessments of zones, valid on `day` (YYYY-MM-DD) when given. */
export async function assessmentsOf(q: Queryable, zoneCodes: string[], day: string | null = null): Promise<AssessmentRow[]> {
  if (zoneCodes.length === 0) return [];
  return q.query<AssessmentRow>(
    `SELECT id, zone_code, kind, title, conclusion, covers, ${dateText}, recorded_by, recorded_at FROM zone_assessments
      WHERE zone_code = ANY($1) AND ($2::date IS NULL OR valid_until IS NULL OR valid_until >= $2::date) ORDER BY zone_code, kind`,
    [zoneCodes, day],
  );
}

// ---- projects ----------------------------------------------------------------------------------------------------

/** The next running number of 投资项目代码 for a year and region, in the caller's transaction. */
export async function nextProjectSerial(q: Queryable, year: number, regionCode: string): Promise<number> {
  const [r] = await q.query<{ last: number }>(
    `INSERT INTO project_code_serials (year, region_code, last) VALUES ($1, $2, 1)
     ON CONFLICT (year, region_code) DO UPDATE SET last = project_code_serials.last + 1 RETURNING last`,
    [year, regionCode],
  );
  return r!.last;
}

export async function insertProject(q: Queryable, p: ProjectRow): Promise<void> {
  await q.query(
    `INSERT INTO construction_projects (id, project_code, name, address, region_code, zone_code, bundle_code, applicant_user_id, applicant_name, applicant_uscc, building_area, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [p.id, p.project_code, p.name, p.address, p.region_code, p.zone_code, p.bundle_code, p.applicant_user_id, p.applicant_name, p.applicant_uscc, p.building_area, p.created_at],
  );
}

const PROJECT_COLUMNS = `id, project_code, name, address, region_code, zone_code, bundle_code, applicant_user_id, applicant_name, applicant_uscc, building_area::text AS building_area, created_at`;

export async function projectById(q: Queryable, id: string): Promise<ProjectRow | undefined> {
  const [p] = await q.query<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM construction_projects WHERE id = $1`, [id]);
  return p && trimRegion(p);
}

export async function listProjects(q: Queryable, by: { applicantUserId?: string; regionPattern?: string }, limit = 200): Promise<ProjectRow[]> {
  const rows = await q.query<ProjectRow>(
    `SELECT ${PROJECT_COLUMNS} FROM construction_projects
      WHERE ($1::uuid IS NULL OR applicant_user_id = $1) AND ($2::text IS NULL OR region_code LIKE $2)
      ORDER BY created_at DESC LIMIT $3`,
    [by.applicantUserId ?? null, by.regionPattern ?? null, limit],
  );
  return rows.map(trimRegion);
}

// ---- stage filings -------------------------------------------------------------------------------------------------

export async function linkFiling(
  q: Queryable,
  f: { projectId: string; stageKey: string; applicationId: string; at: Date; requestHash: string; coveredByZone: string[] },
): Promise<void> {
  await q.query(
    `INSERT INTO project_stage_filings (project_id, stage_key, application_id, filed_at, request_hash, covered_by_zone) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [f.projectId, f.stageKey, f.applicationId, f.at, f.requestHash, f.coveredByZone],
  );
}

/** The stage filing an application is, with the request that filed it (for a retry with the same key). */
export async function filingOfApplication(q: Queryable, applicationId: string): Promise<{ project_id: string; stage_key: string; request_hash: string | null; covered_by_zone: string[] } | undefined> {
  const rows = await q.query<{ project_id: string; stage_key: string; request_hash: string | null; covered_by_zone: string[] }>(
    `SELECT project_id, stage_key, request_hash, covered_by_zone FROM project_stage_filings WHERE application_id = $1`,
    [applicationId],
  );
  return rows[0];
}

/** Holds the project's row until the transaction ends: one stage filing of a project at a time passes its gate. */
export async function lockProject(q: Queryable, projectId: string): Promise<void> {
  await q.query(`SELECT id FROM construction_projects WHERE id = $1 FOR UPDATE`, [projectId]);
}

/** Every filing of a project (its application's state is read through the applications module), oldest first. */
export async function filingsOf(q: Queryable, projectId: string): Promise<Array<{ stage_key: string; application_id: string; filed_at: Date }>> {
  return q.query(`SELECT stage_key, application_id, filed_at FROM project_stage_filings WHERE project_id = $1 ORDER BY filed_at, application_id`, [projectId]);
}

// ---- 联合审图 --------------------------------------------------------------------------------------------------------

const REVIEW_COLUMNS = 'id, project_id, departments, round, status, upload_ids, opened_at, concluded_at, version';

export async function insertReview(q: Queryable, r: Omit<ReviewRow, 'version' | 'concluded_at'>): Promise<void> {
  await q.query(
    `INSERT INTO drawing_reviews (id, project_id, departments, round, status, upload_ids, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.id, r.project_id, r.departments, r.round, r.status, r.upload_ids, r.opened_at],
  );
}

export async function reviewById(q: Queryable, id: string, lock = false): Promise<ReviewRow | undefined> {
  const [r] = await q.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM drawing_reviews WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return r;
}

export async function reviewsOf(q: Queryable, projectId: string): Promise<ReviewRow[]> {
  return q.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM drawing_reviews WHERE project_id = $1 ORDER BY opened_at`, [projectId]);
}

/** Moves a review on, only from the version read (two actors at once: one wins). */
export async function updateReview(q: Queryable, id: string, version: number, set: { status: ReviewStatus; round?: number; uploadIds?: string[]; concludedAt?: Date | null }): Promise<boolean> {
  const rows = await q.query(
    `UPDATE drawing_reviews SET status = $3, round = coalesce($4, round), upload_ids = coalesce($5, upload_ids), concluded_at = $6, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, set.status, set.round ?? null, set.uploadIds ?? null, set.concludedAt ?? null],
  );
  return rows.length > 0;
}

export async function insertOpinion(q: Queryable, o: { reviewId: string; round: number; departmentCode: string; verdict: ReviewVerdict; opinion: string; reviewerId: string; at: Date }): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO drawing_review_opinions (review_id, round, department_code, verdict, opinion, reviewer_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING RETURNING review_id`,
    [o.reviewId, o.round, o.departmentCode, o.verdict, o.opinion, o.reviewerId, o.at],
  );
  return rows.length > 0;
}

export async function opinionsOf(q: Queryable, reviewId: string): Promise<OpinionRow[]> {
  return q.query<OpinionRow>(
    `SELECT o.round, o.department_code, d.name AS department_name, o.verdict, o.opinion, u.name AS reviewer_name, o.recorded_at
       FROM drawing_review_opinions o JOIN departments d ON d.code = o.department_code JOIN users u ON u.id = o.reviewer_id
      WHERE o.review_id = $1 ORDER BY o.round, array_position((SELECT departments FROM drawing_reviews WHERE id = $1), o.department_code)`,
    [reviewId],
  );
}

// ---- 联合验收 --------------------------------------------------------------------------------------------------------

const ACCEPTANCE_COLUMNS = 'id, project_id, departments, scheduled_for, place, scheduled_by, status, certificate_no, licence_id, licence_identifier, licence_payload, issued_at, issued_by';

export async function insertAcceptance(q: Queryable, a: Pick<AcceptanceRow, 'id' | 'project_id' | 'departments' | 'scheduled_for' | 'place' | 'scheduled_by'>): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO joint_acceptances (id, project_id, departments, scheduled_for, place, scheduled_by, status) VALUES ($1, $2, $3, $4, $5, $6, 'scheduled')
     ON CONFLICT (project_id) DO NOTHING RETURNING id`,
    [a.id, a.project_id, a.departments, a.scheduled_for, a.place, a.scheduled_by],
  );
  return rows.length > 0;
}

export async function acceptanceById(q: Queryable, id: string, lock = false): Promise<AcceptanceRow | undefined> {
  const [a] = await q.query<AcceptanceRow>(`SELECT ${ACCEPTANCE_COLUMNS} FROM joint_acceptances WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return a;
}

export async function acceptanceOfProject(q: Queryable, projectId: string): Promise<AcceptanceRow | undefined> {
  const [a] = await q.query<AcceptanceRow>(`SELECT ${ACCEPTANCE_COLUMNS} FROM joint_acceptances WHERE project_id = $1`, [projectId]);
  return a;
}

/** A department records (or, after rectification, records again) its finding until the certificate is issued. */
export async function upsertFinding(q: Queryable, f: { acceptanceId: string; departmentCode: string; verdict: FindingVerdict; findings: string; inspectorId: string; at: Date }): Promise<void> {
  await q.query(
    `INSERT INTO joint_acceptance_findings (acceptance_id, department_code, verdict, findings, inspector_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (acceptance_id, department_code) DO UPDATE SET verdict = EXCLUDED.verdict, findings = EXCLUDED.findings, inspector_id = EXCLUDED.inspector_id, recorded_at = EXCLUDED.recorded_at`,
    [f.acceptanceId, f.departmentCode, f.verdict, f.findings, f.inspectorId, f.at],
  );
}

export async function findingsOf(q: Queryable, acceptanceId: string): Promise<FindingRow[]> {
  return q.query<FindingRow>(
    `SELECT f.department_code, d.name AS department_name, f.verdict, f.findings, u.name AS inspector_name, f.recorded_at
       FROM joint_acceptance_findings f JOIN departments d ON d.code = f.department_code JOIN users u ON u.id = f.inspector_id
      WHERE f.acceptance_id = $1 ORDER BY array_position((SELECT departments FROM joint_acceptances WHERE id = $1), f.department_code)`,
    [acceptanceId],
  );
}

export async function markIssued(q: Queryable, id: string, v: { certificateNo: string; licenceId: string; identifier: string; payload: string; at: Date; by: string }): Promise<boolean> {
  const rows = await q.query(
    `UPDATE joint_acceptances SET status = 'issued', certificate_no = $2, licence_id = $3, licence_identifier = $4, licence_payload = $5, issued_at = $6, issued_by = $7
      WHERE id = $1 AND status = 'scheduled' RETURNING id`,
    [id, v.certificateNo, v.licenceId, v.identifier, v.payload, v.at, v.by],
  );
  return rows.length > 0;
}

export async function departmentNames(q: Queryable, codes: string[]): Promise<Map<string, { id: string; name: string; region: string }>> {
  const rows = await q.query<{ code: string; id: string; name: string; region_code: string }>('SELECT code, id, name, region_code FROM departments WHERE code = ANY($1)', [codes]);
  return new Map(rows.map((r) => [r.code, { id: r.id, name: r.name, region: r.region_code.trim() }]));
}
