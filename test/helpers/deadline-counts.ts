import type { Queryable } from '../../src/db/index.js';

/** The day counts as kept by supervision, and as recounted from the deadlines themselves: they must agree. */
export async function dayCountsAgree(q: Queryable): Promise<{ kept: string[]; recounted: string[] }> {
  const kept = await q.query<{ k: string }>(
    `SELECT department_id || ' ' || subject_kind || ' ' || due_on || ' ' || yellow_from || ' ' || n AS k FROM deadline_day_counts WHERE n > 0 ORDER BY 1`,
  );
  const recounted = await q.query<{ k: string }>(
    `SELECT department_id || ' ' || subject_kind || ' ' || due_on || ' ' || yellow_from || ' ' || count(*) AS k FROM deadlines
      WHERE status = 'open' AND due_on IS NOT NULL GROUP BY department_id, subject_kind, due_on, yellow_from ORDER BY 1`,
  );
  return { kept: kept.map((r) => r.k), recounted: recounted.map((r) => r.k) };
}
