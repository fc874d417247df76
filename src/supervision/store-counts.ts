import { updateHotRowAtCommit, type Queryable } from '../db/index.js';
import type { IsoDate } from '../calendar/index.js';

/** What a deadline contributes to the day counts: only running, unsuspended ones with dates. */
export interface Counted {
  department_id: string;
  subject_kind: string;
  status: string;
  due_on: IsoDate | null;
  yellow_from: IsoDate | null;
}

const counts = (d: Counted | null): d is Counted & { due_on: IsoDate; yellow_from: IsoDate } =>
  !!d && d.status === 'open' && d.due_on !== null && d.yellow_from !== null;

/** Moves one deadline from its old bucket to its new one (either may be none), in the caller's transaction. */
export async function moveDayCount(q: Queryable, before: Counted | null, after: Counted | null): Promise<void> {
  if (counts(before) && counts(after) && before.department_id === after.department_id && before.subject_kind === after.subject_kind &&
    before.due_on === after.due_on && before.yellow_from === after.yellow_from) return;
  const key = (d: Counted & { due_on: IsoDate; yellow_from: IsoDate }) => `day-count|${d.department_id}|${d.subject_kind}|${d.due_on}|${d.yellow_from}`;
  if (counts(before)) {
    const b = before;
    await updateHotRowAtCommit(q, key(b), () =>
      q.query(
        `UPDATE deadline_day_counts SET n = n - 1 WHERE department_id = $1 AND subject_kind = $2 AND due_on = $3 AND yellow_from = $4`,
        [b.department_id, b.subject_kind, b.due_on, b.yellow_from],
        { name: 'deadline_day_count_dec' },
      ).then(() => undefined),
    );
  }
  if (counts(after)) {
    const a = after;
    await updateHotRowAtCommit(q, key(a), () =>
      q.query(
        `INSERT INTO deadline_day_counts AS c (department_id, subject_kind, due_on, yellow_from, n) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (department_id, subject_kind, due_on, yellow_from) DO UPDATE SET n = c.n + 1`,
        [a.department_id, a.subject_kind, a.due_on, a.yellow_from],
        { name: 'deadline_day_count_inc' },
      ).then(() => undefined),
    );
  }
}

/** Recounts everything from the deadlines (repair, or after a bulk load). */
export async function rebuildDayCounts(q: Queryable): Promise<void> {
  await q.query('DELETE FROM deadline_day_counts');
  await q.query(
    `INSERT INTO deadline_day_counts (department_id, subject_kind, due_on, yellow_from, n)
     SELECT department_id, subject_kind, due_on, yellow_from, count(*) FROM deadlines
      WHERE status = 'open' AND due_on IS NOT NULL AND yellow_from IS NOT NULL
      GROUP BY 1, 2, 3, 4`,
  );
}

export interface BucketCounts {
  key: string;
  red: number;
  yellow_or_red: number;
  open: number;
}

/** Colour counts per department from the day counts, optionally for one region, one department or one kind of subject. */
export async function bucketCounts(q: Queryable, today: IsoDate, f: { departmentId?: string; subjectKind?: string; regionPattern?: string }): Promise<BucketCounts[]> {
  const params: unknown[] = [today];
  let where = '';
  if (f.regionPattern !== undefined) {
    // kept per department: a region's counts are those of the departments in it
    params.push(f.regionPattern);
    where += ` AND department_id IN (SELECT id FROM departments WHERE region_code LIKE $${params.length})`;
  }
  if (f.departmentId) {
    params.push(f.departmentId);
    where += ` AND department_id = $${params.length}`;
  }
  if (f.subjectKind) {
    params.push(f.subjectKind);
    where += ` AND subject_kind = $${params.length}`;
  }
  return q.query<BucketCounts>(
    `SELECT department_id::text AS key, coalesce(sum(n) FILTER (WHERE due_on < $1), 0) AS red,
            coalesce(sum(n) FILTER (WHERE yellow_from <= $1), 0) AS yellow_or_red, sum(n) AS open
       FROM deadline_day_counts WHERE n > 0${where} GROUP BY department_id`,
    params,
  );
}
