import { maybeOne, type Queryable } from '../../db/index.js';

export interface SubjectRow {
  uscc: string;
  name: string;
  industry: string;
  township_code: string;
  township_name: string;
  county_code: string;
  risk_level: 'low' | 'medium' | 'high';
  licence_types: string[];
  address: string;
  source: string;
  active: boolean;
}

export interface InspectorRow {
  id: string;
  badge_no: string;
  name: string;
  department_id: string;
  user_id: string | null;
  qualifications: string[];
  active: boolean;
}

export interface SubjectFilter {
  licenceTypes?: string[];
  regions?: string[];
  industries?: string[];
  riskLevels?: string[];
}

/** Bulk upsert in one statement (a pool of thousands must not cost thousands of round trips). */
export async function upsertSubjects(q: Queryable, rows: Array<Omit<SubjectRow, 'active'>>, at: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO inspection_subjects (uscc, name, industry, township_code, township_name, county_code, risk_level, licence_types, address, source, updated_at)
     SELECT x.uscc, x.name, x.industry, x.township_code, x.township_name, x.county_code, x.risk_level,
            ARRAY(SELECT jsonb_array_elements_text(x.licence_types)), x.address, x.source, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(uscc text, name text, industry text, township_code text, township_name text,
            county_code text, risk_level text, licence_types jsonb, address text, source text)
     ON CONFLICT (uscc) DO UPDATE SET name = EXCLUDED.name, industry = EXCLUDED.industry, township_code = EXCLUDED.township_code,
       township_name = EXCLUDED.township_name, county_code = EXCLUDED.county_code, risk_level = EXCLUDED.risk_level,
       licence_types = EXCLUDED.licence_types, address = EXCLUDED.address, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(rows), at],
  );
}

const filterSql = `active
  AND ($1::text[] IS NULL OR licence_types && $1::text[])
  AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS r(code) WHERE township_code LIKE r.code || '%'))
  AND ($3::text[] IS NULL OR industry = ANY($3::text[]))
  AND ($4::text[] IS NULL OR risk_level = ANY($4::text[]))`;

const filterParams = (f: SubjectFilter) => [
  f.licenceTypes?.length ? f.licenceTypes : null,
  f.regions?.length ? f.regions : null,
  f.industries?.length ? f.industries : null,
  f.riskLevels?.length ? f.riskLevels : null,
];

/** Subjects of a region's tree (`regionPattern`, a LIKE pattern of region codes) matching a filter. */
export async function searchSubjects(q: Queryable, f: SubjectFilter & { name?: string; regionPattern: string }, limit: number, offset: number): Promise<{ rows: SubjectRow[]; total: number }> {
  const params = [...filterParams(f), f.name ? `%${f.name}%` : null, f.regionPattern];
  const where = `${filterSql} AND ($5::text IS NULL OR name LIKE $5 OR uscc = upper(btrim($5, '%'))) AND township_code LIKE $6`;
  const rows = await q.query<SubjectRow>(`SELECT * FROM inspection_subjects WHERE ${where} ORDER BY township_code, name, uscc LIMIT $7 OFFSET $8`, [...params, limit, offset]);
  const total = (await q.query<{ n: number }>(`SELECT count(*) AS n FROM inspection_subjects WHERE ${where}`, params))[0]!.n;
  return { rows, total };
}

/** The population of a plan: every active subject the filter selects, in ascending USCC order. */
export async function population(q: Queryable, f: SubjectFilter): Promise<Array<Pick<SubjectRow, 'uscc' | 'name' | 'township_code' | 'risk_level'>>> {
  return q.query(`SELECT uscc, name, township_code, risk_level FROM inspection_subjects WHERE ${filterSql} ORDER BY uscc COLLATE "C"`, filterParams(f));
}

export async function subjectByUscc(q: Queryable, uscc: string): Promise<SubjectRow | undefined> {
  return maybeOne<SubjectRow>(q, 'SELECT * FROM inspection_subjects WHERE uscc = $1', [uscc]);
}

export async function subjectFacets(q: Queryable): Promise<{ industries: string[]; licenceTypes: string[] }> {
  const industries = await q.query<{ industry: string }>('SELECT DISTINCT industry FROM inspection_subjects WHERE active ORDER BY industry');
  const licences = await q.query<{ t: string }>('SELECT DISTINCT unnest(licence_types) AS t FROM inspection_subjects WHERE active ORDER BY t');
  return { industries: industries.map((r) => r.industry), licenceTypes: licences.map((r) => r.t) };
}

export async function insertInspectors(q: Queryable, rows: InspectorRow[]): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO inspectors (id, badge_no, name, department_id, user_id, qualifications, active)
     SELECT x.id, x.badge_no, x.name, x.department_id, x.user_id, ARRAY(SELECT jsonb_array_elements_text(x.qualifications)), x.active
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, badge_no text, name text, department_id uuid, user_id uuid, qualifications jsonb, active boolean)
     ON CONFLICT (badge_no) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

export async function listInspectors(q: Queryable, departmentIds: string[] | null): Promise<InspectorRow[]> {
  return q.query<InspectorRow>(
    'SELECT * FROM inspectors WHERE ($1::uuid[] IS NULL OR department_id = ANY($1::uuid[])) ORDER BY badge_no COLLATE "C"',
    [departmentIds],
  );
}

export async function inspectorById(q: Queryable, id: string): Promise<InspectorRow | undefined> {
  return maybeOne<InspectorRow>(q, 'SELECT * FROM inspectors WHERE id = $1', [id]);
}

export async function inspectorOfUser(q: Queryable, userId: string): Promise<InspectorRow | undefined> {
  return maybeOne<InspectorRow>(q, 'SELECT * FROM inspectors WHERE user_id = $1', [userId]);
}

export async function inspectorsByIds(q: Queryable, ids: string[]): Promise<InspectorRow[]> {
  if (ids.length === 0) return [];
  return q.query<InspectorRow>('SELECT * FROM inspectors WHERE id = ANY($1::uuid[])', [ids]);
}

/** Declares a conflict of interest; false when it was already declared. */
export async function insertConflict(q: Queryable, c: { inspectorId: string; uscc: string; reason: string; at: Date }): Promise<boolean> {
  const rows = await q.query(
    'INSERT INTO inspector_conflicts (inspector_id, uscc, reason, declared_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING uscc',
    [c.inspectorId, c.uscc, c.reason, c.at],
  );
  return rows.length === 1;
}

export async function conflictsOf(q: Queryable, inspectorId: string): Promise<Array<{ uscc: string; reason: string; declared_at: Date }>> {
  return q.query('SELECT uscc, reason, declared_at FROM inspector_conflicts WHERE inspector_id = $1 ORDER BY declared_at', [inspectorId]);
}

/**
 * Pairs that must not meet in a new draw among the given inspectors: declared conflicts, and each subject's
 * inspectors of its last inspection (the most recently drawn plan that visited it).
 */
export async function excludedPairs(q: Queryable, inspectorIds: string[]): Promise<Array<{ badge_no: string; uscc: string }>> {
  return q.query(
    `SELECT i.badge_no, c.uscc FROM inspector_conflicts c JOIN inspectors i ON i.id = c.inspector_id WHERE c.inspector_id = ANY($1::uuid[])
     UNION
     SELECT i.badge_no, last.uscc
       FROM (SELECT DISTINCT ON (v.uscc) v.uscc, v.id AS visit_id
               FROM inspection_visits v JOIN inspection_plans p ON p.id = v.plan_id
              ORDER BY v.uscc, p.drawn_at DESC, p.id) AS last
       JOIN inspection_results r ON r.visit_id = last.visit_id
       CROSS JOIN LATERAL unnest(r.inspector_ids) AS ri(inspector_id)
       JOIN inspectors i ON i.id = ri.inspector_id
      WHERE ri.inspector_id = ANY($1::uuid[])`,
    [inspectorIds],
  );
}

export async function subjectNames(q: Queryable, usccs: string[]): Promise<Map<string, string>> {
  const rows = await q.query<{ uscc: string; name: string }>('SELECT uscc, name FROM inspection_subjects WHERE uscc = ANY($1::text[])', [usccs]);
  return new Map(rows.map((r) => [r.uscc, r.name]));
}

export async function activeSubjectLicences(q: Queryable): Promise<Array<{ uscc: string; licence_types: string[] }>> {
  return q.query('SELECT uscc, licence_types FROM inspection_subjects WHERE active ORDER BY uscc');
}

/** The e-licences held: marks the subject as fed by the licences module. */
export async function setSubjectLicenceTypes(q: Queryable, rows: Array<{ uscc: string; licence_types: string[] }>, at: Date): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `UPDATE inspection_subjects s SET licence_types = ARRAY(SELECT jsonb_array_elements_text(x.licence_types)), source = 'licences', updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS x(uscc text, licence_types jsonb) WHERE s.uscc = x.uscc`,
    [JSON.stringify(rows), at],
  );
}
