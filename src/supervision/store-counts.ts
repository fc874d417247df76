import type { Queryable } from '../db/index.js';
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

type Bucket = Counted & { due_on: IsoDate; yellow_from: IsoDate };

/** The day-count changes of each transaction, net per bucket, written in one statement at its commit. */
const pendingCounts = new WeakMap<Queryable, Map<string, { b: Bucket; n: number }>>();

/**
 * Moves one deadline from its old bucket to its new one (either may be none), in the caller's transaction. Inside a
 * transaction the moves are added up per bucket and written with the commit, buckets in key order (hot rows locked
 * last and in one global order).
 */
export async function moveDayCount(q: Queryable, before: Counted | null, after: Counted | null): Promise<void> {
  if (counts(before) && counts(after) && before.department_id === after.department_id && before.subject_kind === after.subject_kind &&
    before.due_on === after.due_on && before.yellow_from === after.yellow_from) return;
  const key = (d: Bucket) => `${d.department_id}|${d.subject_kind}|${d.due_on}|${d.yellow_from}`;
  const moves: Array<{ b: Bucket; n: number }> = [];
  if (counts(before)) moves.push({ b: before, n: -1 });
  if (counts(after)) moves.push({ b: after, n: 1 });
  if (moves.length === 0) return;
  if (!q.beforeCommit) return writeDayCounts(q, moves);
  let held = pendingCounts.get(q);
  if (!held) {
    const list = new Map<string, { b: Bucket; n: number }>();
    pendingCounts.set(q, list);
    held = list;
    q.beforeCommit(async () => {
      pendingCounts.delete(q);
      const sorted = [...list.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
      if (q.commitWrite) {
        const write = dayCountsCall(sorted);
        if (write) q.commitWrite({ key: 'hot|day-counts', call: true, ...write });
      } else await writeDayCounts(q, sorted);
    });
  }
  for (const m of moves) {
    const k = key(m.b);
    const had = held.get(k);
    if (had) had.n += m.n;
    else held.set(k, { b: { department_id: m.b.department_id, subject_kind: m.b.subject_kind, status: 'open', due_on: m.b.due_on, yellow_from: m.b.yellow_from }, n: m.n });
  }
}

/**
 * Adds each bucket's change in one statement, in the order given (migration 0420: a bucket that is not there is made by
 * an increase; a decrease of one that is not there, counts out of step, changes nothing).
 */
async function writeDayCounts(q: Queryable, moves: ReadonlyArray<{ b: Bucket; n: number }>): Promise<void> {
  const call = dayCountsCall(moves);
  if (call) await q.query(call.sql, call.params, { name: 'deadline_day_counts_move' });
}

function dayCountsCall(moves: ReadonlyArray<{ b: Bucket; n: number }>): { sql: string; params: unknown[] } | undefined {
  const list = moves.filter((m) => m.n !== 0);
  if (list.length === 0) return undefined;
  return {
    sql: 'SELECT move_day_counts($1::uuid[], $2::text[], $3::date[], $4::date[], $5::int[])',
    params: [list.map((m) => m.b.department_id), list.map((m) => m.b.subject_kind), list.map((m) => m.b.due_on), list.map((m) => m.b.yellow_from), list.map((m) => m.n)],
  };
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
