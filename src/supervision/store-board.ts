import type { Queryable } from '../db/index.js';
import type { IsoDate } from '../calendar/index.js';
import { bucketCounts } from './store-counts.js';

/**
 * Who a query is limited to: a region's tree (supervisor), a department (head) or one person (reviewer).
 * `regionPattern` (a LIKE pattern of region codes) bounds deadlines by their own region code, and the day counts and
 * rollups, which are kept per department, by the department's region.
 */
export interface Scope {
  departmentId?: string;
  assigneeId?: string;
  windowId?: string;
  subjectKind?: string;
  regionPattern?: string;
}

/** Fixed SQL per scope shape (no "$n IS NULL OR" tricks), so each variant gets its own good plan on the indexes. */
function scopeSql(scope: Scope, params: unknown[], region: 'deadline' | 'department' = 'deadline'): string {
  const parts: string[] = [];
  const add = (col: string, v: string | undefined, op = '=') => {
    if (v === undefined) return;
    params.push(v);
    parts.push(`${col} ${op} $${params.length}`);
  };
  add('department_id', scope.departmentId);
  add('assignee_id', scope.assigneeId);
  add('window_id', scope.windowId);
  add('subject_kind', scope.subjectKind);
  if (region === 'deadline') add('region_code', scope.regionPattern, 'LIKE');
  else if (scope.regionPattern !== undefined) {
    params.push(scope.regionPattern);
    parts.push(`department_id IN (SELECT id FROM departments WHERE region_code LIKE $${params.length})`);
  }
  return parts.map((p) => ` AND ${p}`).join('');
}

export interface ColourCounts {
  red: number;
  yellow_or_red: number;
  open: number;
  suspended: number;
  calendar_missing: number;
}

/** Scopes the day counts can answer (they have no person or window). */
const bucketable = (scope: Scope) => scope.assigneeId === undefined && scope.windowId === undefined;

/**
 * Red = due_on < today; yellow-or-red = yellow_from <= today (yellow_from never follows due_on). A department or the
 * whole county is read from the day counts; a person's or a window's few deadlines from the partial indexes.
 */
export async function colourCounts(q: Queryable, today: IsoDate, scope: Scope): Promise<ColourCounts> {
  const params: unknown[] = [today];
  const s = scopeSql(scope, params);
  const small = await q.query<Pick<ColourCounts, 'suspended' | 'calendar_missing'>>(
    `SELECT (SELECT count(*) FROM deadlines WHERE status = 'suspended'${s}) AS suspended,
            (SELECT count(*) FROM deadlines WHERE calendar_missing AND status <> 'closed'${s}) AS calendar_missing
      WHERE $1::date IS NOT NULL`,
    params,
  );
  if (bucketable(scope)) {
    const rows = await bucketCounts(q, today, scope);
    const sum = (k: 'red' | 'yellow_or_red' | 'open') => rows.reduce((a, r) => a + r[k], 0);
    return { red: sum('red'), yellow_or_red: sum('yellow_or_red'), open: sum('open'), ...small[0]! };
  }
  const rows = await q.query<Omit<ColourCounts, 'suspended' | 'calendar_missing'>>(
    `SELECT (SELECT count(*) FROM deadlines WHERE status = 'open' AND due_on < $1${s}) AS red,
            (SELECT count(*) FROM deadlines WHERE status = 'open' AND yellow_from <= $1${s}) AS yellow_or_red,
            (SELECT count(*) FROM deadlines WHERE status = 'open'${s}) AS open`,
    params,
  );
  return { ...rows[0]!, ...small[0]! };
}

export interface GroupCounts {
  key: string | null;
  name: string | null;
  red: number;
  yellow_or_red: number;
  open: number;
}

export async function countsByDepartment(q: Queryable, today: IsoDate, scope: Scope): Promise<GroupCounts[]> {
  const params: unknown[] = [today];
  const s = scopeSql(scope, params);
  const rows = bucketable(scope)
    ? await bucketCounts(q, today, scope)
    : await q.query<{ key: string; red: number; yellow_or_red: number; open: number }>(
        `SELECT department_id::text AS key, count(*) FILTER (WHERE due_on < $1) AS red, count(*) FILTER (WHERE yellow_from <= $1) AS yellow_or_red,
                count(*) AS open
           FROM deadlines WHERE status = 'open'${s} GROUP BY department_id`,
        params,
      );
  if (rows.length === 0) return [];
  const names = await q.query<{ id: string; name: string; code: string }>('SELECT id::text AS id, name, code FROM departments WHERE id = ANY($1::uuid[])', [
    rows.map((r) => r.key),
  ]);
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows
    .map((r) => ({ ...r, name: byId.get(r.key)?.name ?? null, code: byId.get(r.key)?.code ?? '' }))
    .sort((a, b) => b.red - a.red || b.yellow_or_red - a.yellow_or_red || a.code.localeCompare(b.code))
    .map(({ code: _code, ...r }) => r);
}

/** Drill-down inside a department: one line per responsible person. */
export async function countsByAssignee(q: Queryable, today: IsoDate, scope: Scope & { departmentId: string }): Promise<GroupCounts[]> {
  const params: unknown[] = [today];
  const s = scopeSql(scope, params);
  return q.query<GroupCounts>(
    `SELECT c.assignee_id::text AS key, u.name, c.red, c.yellow_or_red, c.open FROM (
       SELECT assignee_id, count(*) FILTER (WHERE due_on < $1) AS red, count(*) FILTER (WHERE yellow_from <= $1) AS yellow_or_red, count(*) AS open
         FROM deadlines WHERE status = 'open'${s} GROUP BY assignee_id) c
     LEFT JOIN users u ON u.id = c.assignee_id
     ORDER BY c.red DESC, c.yellow_or_red DESC, u.name`,
    params,
  );
}

export interface ListRow {
  id: string;
  subject_kind: string;
  subject_id: string;
  title: string;
  department_id: string;
  department_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  window_id: string | null;
  region_code: string;
  status: 'open' | 'suspended';
  accepted_on: IsoDate;
  due_on: IsoDate | null;
  yellow_from: IsoDate | null;
  calendar_missing: boolean;
  missing_years: number[];
}

export type ListFilter = 'red' | 'yellow' | 'green' | 'open' | 'suspended' | 'calendar-missing';

/** One page ordered by due date (accepted date for suspended ones), continuing after a (date, id) cursor. */
export async function listPage(
  q: Queryable,
  today: IsoDate,
  filter: ListFilter,
  scope: Scope,
  after: { date: IsoDate; id: string } | undefined,
  limit: number,
): Promise<ListRow[]> {
  const params: unknown[] = [today];
  const s = scopeSql(scope, params).replace(/ AND (\w+) (=|LIKE) /g, ' AND d.$1 $2 ');
  const where = {
    red: `d.status = 'open' AND d.due_on < $1`,
    yellow: `d.status = 'open' AND d.due_on >= $1 AND d.yellow_from <= $1`,
    green: `d.status = 'open' AND d.yellow_from > $1`,
    open: `d.status = 'open' AND $1::date IS NOT NULL`,
    suspended: `d.status = 'suspended' AND $1::date IS NOT NULL`,
    'calendar-missing': `d.status <> 'closed' AND d.calendar_missing AND $1::date IS NOT NULL`,
  }[filter];
  const orderCol = filter === 'suspended' || filter === 'calendar-missing' ? 'd.accepted_on' : 'd.due_on';
  let cursor = '';
  if (after) {
    params.push(after.date, after.id);
    cursor = ` AND (${orderCol}, d.id) > ($${params.length - 1}::date, $${params.length}::uuid)`;
  }
  params.push(limit);
  return q.query<ListRow>(
    `SELECT d.id, d.subject_kind, d.subject_id, d.title, d.department_id, dep.name AS department_name, d.assignee_id, u.name AS assignee_name,
            d.window_id, d.region_code, d.status, d.accepted_on, d.due_on, d.yellow_from, d.calendar_missing, d.missing_years
       FROM (SELECT * FROM deadlines d WHERE ${where}${s}${cursor} ORDER BY ${orderCol}, d.id LIMIT $${params.length}) d
       JOIN departments dep ON dep.id = d.department_id
       LEFT JOIN users u ON u.id = d.assignee_id
      ORDER BY ${orderCol}, d.id`,
    params,
  );
}

export interface RollupSums {
  key: string;
  name?: string | null;
  closed: number;
  on_time: number;
  immediate: number;
  used_days: number;
  promised_days: number;
  legal_count: number;
  legal_days: number;
  legal_promised: number;
}

const SUMS = `sum(closed_count) AS closed, sum(on_time_count) AS on_time, sum(immediate_count) AS immediate,
  sum(used_days_sum) AS used_days, sum(promised_days_sum) AS promised_days, sum(legal_count) AS legal_count,
  sum(legal_days_sum) AS legal_days, sum(legal_promised_sum) AS legal_promised`;

/** Efficiency sums per period (trend) and per department (volumes) from the rollups, between two period starts. */
export async function rollupSums(
  q: Queryable,
  period: 'week' | 'quarter',
  from: IsoDate,
  to: IsoDate,
  scope: { departmentId?: string; subjectKind?: string; regionPattern?: string },
): Promise<{ byPeriod: RollupSums[]; byDepartment: RollupSums[] }> {
  const params: unknown[] = [period, from, to];
  const s = scopeSql(scope, params, 'department');
  // both groupings from one read of the rollups (GROUPING SETS): the trend by period, the volumes by department
  const rows = await q.query<RollupSums & { by_period: boolean }>(
    `SELECT r.by_period, COALESCE(r.period_start::text, r.department_id::text) AS key, dep.name,
            r.closed, r.on_time, r.immediate, r.used_days, r.promised_days, r.legal_count, r.legal_days, r.legal_promised
       FROM (SELECT GROUPING(department_id) = 1 AS by_period, period_start, department_id, ${SUMS} FROM deadline_rollups
              WHERE period_kind = $1 AND period_start BETWEEN $2 AND $3${s}
              GROUP BY GROUPING SETS ((period_start), (department_id))) r
       LEFT JOIN departments dep ON NOT r.by_period AND dep.id = r.department_id
      ORDER BY r.by_period DESC, r.period_start, r.closed DESC, dep.code`,
    params,
  );
  const byPeriod: RollupSums[] = [];
  const byDepartment: RollupSums[] = [];
  for (const { by_period, name, ...sums } of rows) {
    if (by_period) byPeriod.push(sums);
    else byDepartment.push({ ...sums, name });
  }
  return { byPeriod, byDepartment };
}
