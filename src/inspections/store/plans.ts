import { maybeOne, type Queryable } from '../../db/index.js';
import type { DrawPlan } from '../draw/plan-format.js';

export interface PlanDepartment {
  code: string;
  departmentId: string;
  name: string;
  qualification: string | null;
  checklist: string[];
}

export interface PlanRow {
  id: string;
  title: string;
  status: 'draft' | 'published' | 'drawn';
  lead_department_id: string;
  departments: PlanDepartment[];
  filter: Record<string, unknown>;
  sampling: { kind: 'size'; size: number } | { kind: 'rate'; basisPoints: number };
  stratify_by: 'none' | 'region' | 'risk';
  inspectors_per_visit: number;
  created_by: string;
  created_at: Date;
  seed_commitment: string | null;
  seed_secret: string | null;
  seed: string | null;
  plan_json: DrawPlan | null;
  plan_digest: string | null;
  published_at: Date | null;
  drawn_at: Date | null;
  draw_digest: string | null;
  population_count: number | null;
  sample_count: number | null;
}

/** Columns for lists: never the frozen plan (it can hold thousands of subjects) nor the secret seed. */
const listColumns = `id, title, status, lead_department_id, departments, filter, sampling, stratify_by, inspectors_per_visit, created_by, created_at,
  seed_commitment, NULL::text AS seed_secret, seed, NULL::jsonb AS plan_json, plan_digest, published_at, drawn_at, draw_digest, population_count, sample_count`;

export async function insertPlan(q: Queryable, p: Pick<PlanRow, 'id' | 'title' | 'lead_department_id' | 'departments' | 'filter' | 'sampling' | 'stratify_by' | 'inspectors_per_visit' | 'created_by' | 'created_at'>): Promise<PlanRow> {
  const rows = await q.query<PlanRow>(
    `INSERT INTO inspection_plans (id, title, status, lead_department_id, departments, filter, sampling, stratify_by, inspectors_per_visit, created_by, created_at)
     VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${listColumns}`,
    [p.id, p.title, p.lead_department_id, JSON.stringify(p.departments), JSON.stringify(p.filter), JSON.stringify(p.sampling), p.stratify_by, p.inspectors_per_visit, p.created_by, p.created_at],
  );
  return rows[0]!;
}

/** The whole row, locked for the transaction's duration when `forUpdate` (publish and draw run one at a time). */
export async function planById(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<PlanRow | undefined> {
  return maybeOne<PlanRow>(q, `SELECT * FROM inspection_plans WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
}

export async function planSummaryById(q: Queryable, id: string): Promise<PlanRow | undefined> {
  return maybeOne<PlanRow>(q, `SELECT ${listColumns} FROM inspection_plans WHERE id = $1`, [id]);
}

/** Plans led by a department of a region's tree (`regionPattern`, a LIKE pattern of region codes). */
export async function listPlans(q: Queryable, f: { statuses: string[]; regionPattern: string; limit: number; offset: number }): Promise<PlanRow[]> {
  return q.query<PlanRow>(
    `SELECT ${listColumns} FROM inspection_plans
      WHERE status = ANY($1::text[]) AND lead_department_id IN (SELECT id FROM departments WHERE region_code LIKE $4)
      ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
    [f.statuses, f.limit, f.offset, f.regionPattern],
  );
}

export async function markPublished(
  q: Queryable,
  id: string,
  p: { planJson: DrawPlan; planDigest: string; seedCommitment: string; seedSecret: string | null; at: Date; populationCount: number },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE inspection_plans SET status = 'published', plan_json = $2, plan_digest = $3, seed_commitment = $4, seed_secret = $5,
            published_at = $6, population_count = $7
      WHERE id = $1 AND status = 'draft' RETURNING id`,
    [id, JSON.stringify(p.planJson), p.planDigest, p.seedCommitment, p.seedSecret, p.at, p.populationCount],
  );
  return rows.length === 1;
}

export async function markDrawn(q: Queryable, id: string, d: { seed: string; drawDigest: string; at: Date; sampleCount: number }): Promise<boolean> {
  const rows = await q.query(
    `UPDATE inspection_plans SET status = 'drawn', seed = $2, seed_secret = NULL, draw_digest = $3, drawn_at = $4, sample_count = $5
      WHERE id = $1 AND status = 'published' RETURNING id`,
    [id, d.seed, d.drawDigest, d.at, d.sampleCount],
  );
  return rows.length === 1;
}
