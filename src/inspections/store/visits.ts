import { maybeOne, type Queryable } from '../../db/index.js';

export interface VisitRow {
  id: string;
  plan_id: string;
  uscc: string;
  subject_name: string;
  stratum: string;
  position: number;
}

export interface ResultRow {
  id: string;
  visit_id: string;
  plan_id: string;
  uscc: string;
  department_id: string;
  inspector_ids: string[];
  checklist: string[];
  outcome: 'compliant' | 'problems' | 'referred' | null;
  findings: string | null;
  checks: Array<{ item: string; ok: boolean }> | null;
  serious: boolean;
  rectify_days: number | null;
  recorded_by: string | null;
  recorded_at: Date | null;
  inspected_on: string | null;
  rectified_at: Date | null;
  rectification_note: string | null;
}

/** A result with what a reader needs around it: the subject, the plan and the department. */
export interface ResultView extends ResultRow {
  subject_name: string;
  position: number;
  plan_title: string;
  department_code: string;
  department_name: string;
  township_name: string | null;
  address: string | null;
  county_code: string | null;
}

/** The visits and their empty result records of a draw, in two statements whatever the sample size. */
export async function insertVisits(q: Queryable, visits: VisitRow[], results: Array<Pick<ResultRow, 'id' | 'visit_id' | 'plan_id' | 'uscc' | 'department_id' | 'inspector_ids' | 'checklist'>>): Promise<void> {
  if (visits.length === 0) return;
  await q.query(
    `INSERT INTO inspection_visits (id, plan_id, uscc, subject_name, stratum, position)
     SELECT x.id, x.plan_id, x.uscc, x.subject_name, x.stratum, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, plan_id uuid, uscc text, subject_name text, stratum text, position integer)`,
    [JSON.stringify(visits)],
  );
  await q.query(
    `INSERT INTO inspection_results (id, visit_id, plan_id, uscc, department_id, inspector_ids, checklist)
     SELECT x.id, x.visit_id, x.plan_id, x.uscc, x.department_id,
            ARRAY(SELECT jsonb_array_elements_text(x.inspector_ids))::uuid[], x.checklist
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, visit_id uuid, plan_id uuid, uscc text, department_id uuid, inspector_ids jsonb, checklist jsonb)`,
    [JSON.stringify(results)],
  );
}

const viewSql = `SELECT r.*, v.subject_name, v.position, p.title AS plan_title, d.code AS department_code, d.name AS department_name,
       s.township_name, s.address, s.county_code
  FROM inspection_results r
  JOIN inspection_visits v ON v.id = r.visit_id
  JOIN inspection_plans p ON p.id = r.plan_id
  JOIN departments d ON d.id = r.department_id
  LEFT JOIN inspection_subjects s ON s.uscc = r.uscc`;

export async function resultsOfPlan(q: Queryable, planId: string): Promise<ResultView[]> {
  return q.query<ResultView>(`${viewSql} WHERE r.plan_id = $1 ORDER BY v.position, d.code`, [planId]);
}

export async function resultView(q: Queryable, id: string): Promise<ResultView | undefined> {
  return maybeOne<ResultView>(q, `${viewSql} WHERE r.id = $1`, [id]);
}

export async function resultForUpdate(q: Queryable, id: string): Promise<ResultRow | undefined> {
  return maybeOne<ResultRow>(q, 'SELECT * FROM inspection_results WHERE id = $1 FOR UPDATE', [id]);
}

export async function tasksOfInspector(q: Queryable, inspectorId: string, pending: boolean | null): Promise<ResultView[]> {
  return q.query<ResultView>(
    `${viewSql} WHERE $1::uuid = ANY(r.inspector_ids) AND ($2::boolean IS NULL OR (r.outcome IS NULL) = $2)
     ORDER BY (r.outcome IS NULL) DESC, p.drawn_at DESC, v.position`,
    [inspectorId, pending],
  );
}

/** Records a result once; false when someone recorded it first. */
export async function recordResult(
  q: Queryable,
  id: string,
  r: Pick<ResultRow, 'outcome' | 'findings' | 'checks' | 'serious' | 'rectify_days' | 'recorded_by' | 'recorded_at' | 'inspected_on'>,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE inspection_results SET outcome = $2, findings = $3, checks = $4, serious = $5, rectify_days = $6, recorded_by = $7, recorded_at = $8, inspected_on = $9
      WHERE id = $1 AND outcome IS NULL RETURNING id`,
    [id, r.outcome, r.findings, JSON.stringify(r.checks), r.serious, r.rectify_days, r.recorded_by, r.recorded_at, r.inspected_on],
  );
  return rows.length === 1;
}

/** Recorded results, newest first: the public list (一公开) and the enterprise file. */
export async function recordedResults(q: Queryable, f: { uscc?: string; planId?: string; limit: number; offset: number }): Promise<ResultView[]> {
  return q.query<ResultView>(
    `${viewSql} WHERE r.outcome IS NOT NULL AND ($1::text IS NULL OR r.uscc = $1) AND ($2::uuid IS NULL OR r.plan_id = $2)
     ORDER BY r.recorded_at DESC, r.id LIMIT $3 OFFSET $4`,
    [f.uscc ?? null, f.planId ?? null, f.limit, f.offset],
  );
}

/** Confirms that problems found were fixed; false unless the result awaits a fix. */
export async function markRectified(q: Queryable, id: string, at: Date, note: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE inspection_results SET rectified_at = $2, rectification_note = $3 WHERE id = $1 AND outcome = 'problems' AND rectified_at IS NULL RETURNING id`,
    [id, at, note],
  );
  return rows.length === 1;
}
