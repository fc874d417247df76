import { keptReferences, pgErrorCode, PG_UNIQUE_VIOLATION, rowFromJson, writesHeldUntilCommit, type CommitWrite, type Queryable } from '../db/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { RollupSums } from './store-board.js';
import type { DeadlineRow, DeadlineStatus, ExtensionRecord, HistoryEntry, SuspensionRecord } from './types.js';

const COLUMNS = `id, subject_kind, subject_id, title, department_id, assignee_id, window_id, region_code, started_at, accepted_on,
  working_days, legal_days, immediate, extension_days, suspensions, extensions, history, calendar_revision, calendar_version,
  calendar_missing, missing_years, status, due_on, yellow_from, notified_level, revision, closed_at, closed_on, used_days, on_time,
  created_at, updated_at`;

/**
 * The deadlines a transaction has written or locked, as the database answered it: an inserted row nobody else sees
 * until the commit, an updated or `FOR UPDATE` row nobody else may change until then. Every writer of these columns is
 * in this module (this file, and the scan's card levels in store-scan.ts, which forgets what a transaction holds); so
 * a transaction's later reads of its running deadlines are answered from here without a statement (issue 22: no
 * re-reads). Keyed by the transaction object, like the applications store's locked rows; outside a transaction
 * nothing is held. Only a subject's running row is held (or the row this transaction closed, which was its running
 * one): only one row of a subject can run, it is the latest, and none can start while this transaction holds it, so
 * the held row is the subject's latest until the transaction ends (a new one it starts takes its place).
 */
const heldDeadlines = new WeakMap<Queryable, Map<string, DeadlineRow>>();
const subjectKey = (kind: string, id: string) => `${kind}\u0000${id}`;

function hold(q: Queryable, row: DeadlineRow | undefined): DeadlineRow | undefined {
  if (!row || !q.beforeCommit) return row;
  let held = heldDeadlines.get(q);
  if (!held) heldDeadlines.set(q, (held = new Map()));
  held.set(subjectKey(row.subject_kind, row.subject_id), structuredClone(row));
  return row;
}

function heldLatest(q: Queryable, kind: string, subjectId: string): DeadlineRow | undefined {
  const row = heldDeadlines.get(q)?.get(subjectKey(kind, subjectId));
  return row && structuredClone(row);
}

function heldRunning(q: Queryable, kind: string, subjectId: string): DeadlineRow | undefined {
  const row = heldLatest(q, kind, subjectId);
  return row && row.status !== 'closed' ? row : undefined;
}

function heldById(q: Queryable, id: string): DeadlineRow | undefined {
  for (const row of heldDeadlines.get(q)?.values() ?? []) if (row.id === id) return structuredClone(row);
  return undefined;
}

/** A write whose answer is not held: whatever the transaction held may be older than the database now. */
export function forgetHeldDeadlines(q: Queryable): void {
  heldDeadlines.delete(q);
}

export interface Computed {
  calendar_revision: number;
  calendar_version: string;
  calendar_missing: boolean;
  missing_years: number[];
  due_on: IsoDate | null;
  yellow_from: IsoDate | null;
}

/**
 * Deadlines a transaction has started or changed and not yet written, by id: they are written with its commit (the
 * started ones in one write of the commit statement, the changed ones in another), unless a statement of this store
 * needs them in the database before (`flushDeadlineWrites`). A change of one started in the same transaction (a case
 * decided by rule at once) changes the row to be inserted. Only rows the transaction holds locked are changed this way.
 * Keyed by the transaction object; a job of the outbox run in a savepoint of its own has its own.
 */
interface PendingWrite {
  row: DeadlineRow;
  /** a started deadline; else a held one changed */
  insert: boolean;
  /** the error when another running deadline of the subject refuses the insert */
  taken?: () => unknown;
}
const pendingWrites = writesHeldUntilCommit<PendingWrite>((list) => writesOf(list));
const pendingOf = (q: Queryable) => pendingWrites.of(q);

/** The statements of pending writes: the inserts, then the changes. */
function writesOf(list: readonly PendingWrite[]): CommitWrite[] {
  const inserts = list.filter((p) => p.insert);
  const updates = list.filter((p) => !p.insert);
  const out: CommitWrite[] = [];
  if (inserts.length) out.push({ key: 'deadlines|insert', ...deadlinesInsert(inserts.map((p) => p.row)), failure: (e) => (isRunningTaken(e) ? inserts[0]!.taken!() : undefined) });
  if (updates.length) out.push({ key: 'deadlines|update', ...deadlinesUpdate(updates.map((p) => p.row)) });
  return out;
}

/** Changed deadlines written as the transaction holds them (each locked by it): every column a change may move. */
function deadlinesUpdate(rows: readonly DeadlineRow[]): { sql: string; params: unknown[] } {
  const col = <K extends keyof DeadlineRow>(k: K) => rows.map((r) => r[k]);
  const json = (k: 'suspensions' | 'extensions' | 'history' | 'missing_years') => rows.map((r) => JSON.stringify(r[k]));
  return {
    sql: `UPDATE deadlines d SET department_id = c.department_id, assignee_id = c.assignee_id, window_id = c.window_id, status = c.status,
       extension_days = c.extension_days, suspensions = c.suspensions, extensions = c.extensions, history = c.history,
       calendar_revision = c.calendar_revision, calendar_version = c.calendar_version, calendar_missing = c.calendar_missing,
       missing_years = ARRAY(SELECT jsonb_array_elements_text(c.missing_years)::int), due_on = c.due_on, yellow_from = c.yellow_from,
       notified_level = c.notified_level, revision = c.revision, closed_at = c.closed_at, closed_on = c.closed_on, used_days = c.used_days,
       on_time = c.on_time, updated_at = c.updated_at
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::jsonb[], $10::int[],
       $11::text[], $12::bool[], $13::jsonb[], $14::date[], $15::date[], $16::smallint[], $17::int[], $18::timestamptz[], $19::date[],
       $20::int[], $21::bool[], $22::timestamptz[])
       AS c(id, department_id, assignee_id, window_id, status, extension_days, suspensions, extensions, history, calendar_revision,
            calendar_version, calendar_missing, missing_years, due_on, yellow_from, notified_level, revision, closed_at, closed_on,
            used_days, on_time, updated_at)
     WHERE d.id = c.id`,
    params: [col('id'), col('department_id'), col('assignee_id'), col('window_id'), col('status'), col('extension_days'), json('suspensions'),
      json('extensions'), json('history'), col('calendar_revision'), col('calendar_version'), col('calendar_missing'), json('missing_years'),
      col('due_on'), col('yellow_from'), col('notified_level'), col('revision'), col('closed_at'), col('closed_on'), col('used_days'),
      col('on_time'), col('updated_at')],
  };
}

/**
 * A change of a deadline the transaction holds (locked, or started by it and not yet written): the row as changed,
 * written with the commit; undefined when it holds none by that id or `change` declines (the caller then writes it
 * with a statement).
 */
function changeHeld(q: Queryable, id: string, change: (row: DeadlineRow) => Partial<DeadlineRow> | undefined): DeadlineRow | undefined {
  if (!q.commitWrite || !q.beforeCommit) return undefined;
  const pending = pendingWrites.peek(q)?.get(id);
  const held = pending?.row ?? heldById(q, id);
  const changes = held && change(held);
  if (!held || !changes) return undefined;
  const row: DeadlineRow = { ...held, ...changes, revision: held.revision + 1 };
  pendingOf(q).set(id, { ...pending, row: structuredClone(row), insert: pending?.insert ?? false });
  return hold(q, row);
}

const INSERT_COLUMNS = `id, subject_kind, subject_id, title, department_id, assignee_id, window_id, region_code, started_at, accepted_on,
       working_days, legal_days, immediate, extension_days, suspensions, extensions, history, calendar_revision, calendar_version,
       calendar_missing, missing_years, status, due_on, yellow_from, notified_level, revision, closed_at, closed_on, used_days, on_time,
       created_at, updated_at`;

/** Deadlines as one INSERT of whole rows; a subject's second running deadline fails on the unique index. */
function deadlinesInsert(rows: readonly DeadlineRow[]): { sql: string; params: unknown[] } {
  const col = <K extends keyof DeadlineRow>(k: K) => rows.map((r) => r[k]);
  const json = (k: 'suspensions' | 'extensions' | 'history') => rows.map((r) => JSON.stringify(r[k]));
  return {
    sql: `INSERT INTO deadlines (${INSERT_COLUMNS})
     SELECT id, subject_kind, subject_id, title, department_id, assignee_id, window_id, region_code, started_at, accepted_on, working_days,
       legal_days, immediate, extension_days, suspensions, extensions, history, calendar_revision, calendar_version, calendar_missing,
       ARRAY(SELECT jsonb_array_elements_text(missing_years)::int), status, due_on, yellow_from, notified_level, revision, closed_at,
       closed_on, used_days, on_time, created_at, updated_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::timestamptz[],
       $10::date[], $11::int[], $12::int[], $13::bool[], $14::int[], $15::jsonb[], $16::jsonb[], $17::jsonb[], $18::int[], $19::text[],
       $20::bool[], $21::jsonb[], $22::text[], $23::date[], $24::date[], $25::smallint[], $26::int[], $27::timestamptz[], $28::date[],
       $29::int[], $30::bool[], $31::timestamptz[], $32::timestamptz[])
       AS d(id, subject_kind, subject_id, title, department_id, assignee_id, window_id, region_code, started_at, accepted_on,
            working_days, legal_days, immediate, extension_days, suspensions, extensions, history, calendar_revision, calendar_version,
            calendar_missing, missing_years, status, due_on, yellow_from, notified_level, revision, closed_at, closed_on, used_days,
            on_time, created_at, updated_at)`,
    params: [
      col('id'), col('subject_kind'), col('subject_id'), col('title'), col('department_id'), col('assignee_id'), col('window_id'), col('region_code'),
      col('started_at'), col('accepted_on'), col('working_days'), col('legal_days'), col('immediate'), col('extension_days'), json('suspensions'),
      json('extensions'), json('history'), col('calendar_revision'), col('calendar_version'), col('calendar_missing'),
      rows.map((r) => JSON.stringify(r.missing_years)), col('status'), col('due_on'), col('yellow_from'), col('notified_level'), col('revision'),
      col('closed_at'), col('closed_on'), col('used_days'), col('on_time'), col('created_at'), col('updated_at'),
    ],
  };
}

const isRunningTaken = (e: unknown) => pgErrorCode(e) === PG_UNIQUE_VIOLATION && (e as { constraint?: string }).constraint === 'deadlines_subject_live';

/**
 * Inserts a deadline unless its subject already has a running one: whether it was inserted. Inside a transaction the
 * row is written with the commit (no statement now): a running deadline the transaction holds refuses it at once, one
 * it does not know of (a concurrent start) fails the commit on the unique index of running deadlines, as `taken`.
 * Outside one, one statement.
 */
export async function insertDeadline(q: Queryable, r: DeadlineRow, taken: () => unknown): Promise<boolean> {
  if (q.beforeCommit && q.commitWrite) {
    if (heldRunning(q, r.subject_kind, r.subject_id) || pendingWrites.peek(q)?.has(r.id)) return false;
    // a clock of the subject closed in this transaction is written closed first: two running at once, even within one
    // statement, would break the unique index of running deadlines
    const closing = [...(pendingWrites.peek(q)?.values() ?? [])].some((p) => !p.insert && p.row.subject_kind === r.subject_kind && p.row.subject_id === r.subject_id);
    if (closing) await flushDeadlineWrites(q);
    pendingOf(q).set(r.id, { row: structuredClone(r), insert: true, taken });
    hold(q, r);
    return true;
  }
  const w = deadlinesInsert([r]);
  const rows = await q.query<DeadlineRow>(`${w.sql} ON CONFLICT (subject_kind, subject_id) WHERE status <> 'closed' DO NOTHING RETURNING ${COLUMNS}`, w.params, {
    name: 'deadline_insert',
  });
  return rows.length === 1;
}

/**
 * Writes the deadlines the transaction has started or closed and not yet written, before a statement that must see
 * them: every statement on deadlines in this file and in the scan's comes after it. (The board's counts and lists are
 * read outside the transactions that start deadlines; the cases read under their application's lock come first in
 * theirs.)
 */
export const flushDeadlineWrites = (q: Queryable): Promise<void> => pendingWrites.flush(q);

/** The running (open or suspended) deadline of a subject, locked for the caller's transaction. */
export async function liveForUpdate(q: Queryable, subjectKind: string, subjectId: string): Promise<DeadlineRow | undefined> {
  const held = heldRunning(q, subjectKind, subjectId);
  if (held) return held;
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `SELECT ${COLUMNS} FROM deadlines WHERE subject_kind = $1 AND subject_id = $2 AND status <> 'closed' FOR UPDATE`,
    [subjectKind, subjectId],
  );
  return hold(q, rows[0]);
}

/** Running deadlines a person is responsible for, locked, by due date. */
export async function liveAssignedTo(q: Queryable, assigneeId: string): Promise<DeadlineRow[]> {
  await flushDeadlineWrites(q);
  return q.query<DeadlineRow>(`SELECT ${COLUMNS} FROM deadlines WHERE assignee_id = $1 AND status <> 'closed' ORDER BY due_on NULLS LAST, id FOR UPDATE`, [assigneeId]);
}

/** The running deadline if any, else the most recently closed one. */
export async function latestOf(q: Queryable, subjectKind: string, subjectId: string): Promise<DeadlineRow | undefined> {
  const held = heldLatest(q, subjectKind, subjectId);
  if (held) return held;
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `SELECT ${COLUMNS} FROM deadlines WHERE subject_kind = $1 AND subject_id = $2
      ORDER BY (status <> 'closed') DESC, created_at DESC, id LIMIT 1`,
    [subjectKind, subjectId],
    { name: 'deadline_latest_of' },
  );
  return rows[0];
}

export async function latestOfMany(q: Queryable, subjectKind: string, subjectIds: string[]): Promise<DeadlineRow[]> {
  const held = [...new Set(subjectIds)].sort().map((id) => heldLatest(q, subjectKind, id));
  if (held.every((r) => r !== undefined)) return held as DeadlineRow[];
  await flushDeadlineWrites(q);
  return q.query<DeadlineRow>(
    `SELECT DISTINCT ON (subject_id) ${COLUMNS} FROM deadlines WHERE subject_kind = $1 AND subject_id = ANY($2::text[])
      ORDER BY subject_id, (status <> 'closed') DESC, created_at DESC, id`,
    [subjectKind, subjectIds],
  );
}

export async function byId(q: Queryable, id: string): Promise<DeadlineRow | undefined> {
  await flushDeadlineWrites(q);
  return (await q.query<DeadlineRow>(`SELECT ${COLUMNS} FROM deadlines WHERE id = $1`, [id]))[0];
}

/** Writes new inputs and their recomputed dates; the card level drops back when the colour improves. */
export async function updateComputed(
  q: Queryable,
  id: string,
  r: Computed & {
    status: DeadlineStatus;
    extension_days: number;
    suspensions: SuspensionRecord[];
    extensions: ExtensionRecord[];
    history: HistoryEntry[];
    notified_level: number;
    updated_at: Date;
  },
): Promise<void> {
  if (changeHeld(q, id, () => ({ ...r }))) return;
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `UPDATE deadlines SET status = $2, extension_days = $3, suspensions = $4, extensions = $5, history = $6,
       calendar_revision = $7, calendar_version = $8, calendar_missing = $9, missing_years = $10, due_on = $11, yellow_from = $12,
       notified_level = $13, revision = revision + 1, updated_at = $14
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id, r.status, r.extension_days, JSON.stringify(r.suspensions), JSON.stringify(r.extensions), JSON.stringify(r.history),
      r.calendar_revision, r.calendar_version, r.calendar_missing, r.missing_years, r.due_on, r.yellow_from, r.notified_level, r.updated_at,
    ],
    { name: 'deadline_update_computed' },
  );
  if (rows[0]) hold(q, rows[0]);
  else forgetHeldDeadlines(q);
}

export async function markClosed(
  q: Queryable,
  id: string,
  r: { closed_at: Date; closed_on: IsoDate; used_days: number; on_time: boolean; suspensions: SuspensionRecord[]; history: HistoryEntry[] },
): Promise<DeadlineRow | undefined> {
  // a deadline this transaction holds locked is written closed with the commit; one it started and has not written yet
  // is inserted closed (a case decided by rule at once)
  const closed = changeHeld(q, id, (held) => (held.status === 'closed' ? undefined : { status: 'closed', closed_at: r.closed_at, closed_on: r.closed_on, used_days: r.used_days,
    on_time: r.on_time, suspensions: r.suspensions, history: r.history, updated_at: r.closed_at }));
  if (closed) return closed;
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `UPDATE deadlines SET status = 'closed', closed_at = $2, closed_on = $3, used_days = $4, on_time = $5, suspensions = $6, history = $7,
       revision = revision + 1, updated_at = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, r.closed_at, r.closed_on, r.used_days, r.on_time, JSON.stringify(r.suspensions), JSON.stringify(r.history)],
    { name: 'deadline_close' },
  );
  if (!rows[0]) forgetHeldDeadlines(q);
  return hold(q, rows[0]);
}

export interface RollupDelta {
  department_id: string;
  subject_kind: string;
  on_time: boolean;
  immediate: boolean;
  used_days: number;
  promised_days: number;
  legal_days: number | null;
}

/** A rollup row's additions, as one transaction adds them up: the sums the board reads, for one row. */
type RollupRow = Omit<RollupSums, 'key' | 'name'> & { period_kind: 'week' | 'quarter'; period_start: IsoDate; department_id: string; subject_kind: string };

/** The rollup additions of each transaction, per row, written with its commit. */
const pendingRollups = new WeakMap<Queryable, Map<string, RollupRow>>();

/**
 * Adds one closed deadline to its week's and quarter's buckets. Every close in a department adds to the same two rows:
 * inside a transaction the additions are summed per row and written with the commit, rows in key order (hot rows
 * locked last, in one global order: no deadlocks).
 */
export async function addToRollups(q: Queryable, week: IsoDate, quarter: IsoDate, d: RollupDelta): Promise<void> {
  const hasLegal = d.legal_days !== null;
  const rows = (['week', 'quarter'] as const).map((period_kind): RollupRow => ({
    period_kind, period_start: period_kind === 'week' ? week : quarter, department_id: d.department_id, subject_kind: d.subject_kind,
    closed: 1, on_time: d.on_time ? 1 : 0, immediate: d.immediate ? 1 : 0, used_days: d.used_days, promised_days: d.promised_days,
    legal_count: hasLegal ? 1 : 0, legal_days: d.legal_days ?? 0, legal_promised: hasLegal ? d.promised_days : 0,
  }));
  if (!q.beforeCommit) {
    const w = rollupsUpsert(rows);
    await q.query(w.sql, w.params, { name: 'deadline_rollups_add' });
    return;
  }
  let held = pendingRollups.get(q);
  if (!held) {
    const mine = new Map<string, RollupRow>();
    pendingRollups.set(q, (held = mine));
    q.beforeCommit(async () => {
      pendingRollups.delete(q);
      const sorted = [...mine.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
      const w = rollupsUpsert(sorted);
      if (q.commitWrite) q.commitWrite({ key: 'hot|rollups', ...w });
      else await q.query(w.sql, w.params, { name: 'deadline_rollups_add' });
    });
  }
  for (const r of rows) {
    const k = `${r.period_kind}|${r.period_start}|${r.department_id}|${r.subject_kind}`;
    const had = held.get(k);
    if (!had) held.set(k, r);
    else {
      for (const f of ['closed', 'on_time', 'immediate', 'used_days', 'promised_days', 'legal_count', 'legal_days', 'legal_promised'] as const) had[f] += r[f];
    }
  }
}

/** Rollup rows' additions as one upsert (each row once: one statement cannot change a row twice). */
function rollupsUpsert(rows: readonly RollupRow[]): { sql: string; params: unknown[] } {
  const col = <K extends keyof RollupRow>(k: K) => rows.map((r) => r[k]);
  return {
    sql: `INSERT INTO deadline_rollups AS r (period_kind, period_start, department_id, subject_kind, closed_count, on_time_count, immediate_count,
        used_days_sum, promised_days_sum, legal_count, legal_days_sum, legal_promised_sum)
     SELECT * FROM unnest($1::text[], $2::date[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[], $12::int[])
     ON CONFLICT (period_kind, period_start, department_id, subject_kind) DO UPDATE SET
       closed_count = r.closed_count + EXCLUDED.closed_count,
       on_time_count = r.on_time_count + EXCLUDED.on_time_count,
       immediate_count = r.immediate_count + EXCLUDED.immediate_count,
       used_days_sum = r.used_days_sum + EXCLUDED.used_days_sum,
       promised_days_sum = r.promised_days_sum + EXCLUDED.promised_days_sum,
       legal_count = r.legal_count + EXCLUDED.legal_count,
       legal_days_sum = r.legal_days_sum + EXCLUDED.legal_days_sum,
       legal_promised_sum = r.legal_promised_sum + EXCLUDED.legal_promised_sum`,
    params: [
      col('period_kind'), col('period_start'), col('department_id'), col('subject_kind'), col('closed'), col('on_time'), col('immediate'),
      col('used_days'), col('promised_days'), col('legal_count'), col('legal_days'), col('legal_promised'),
    ],
  };
}

/** The yellow rule, kept per database and checked at the commit of a transaction that used it (see keptReferences). */
const yellowRule = keptReferences(
  'yellow rule',
  async (q) =>
    (await q.query<{ value: { minDays: number; fraction: number } }>("SELECT value FROM supervision_settings WHERE key = 'yellow_rule'", [], { name: 'supervision_yellow_rule' }))[0]?.value,
  (v) => ({ sql: "(SELECT value FROM supervision_settings WHERE key = 'yellow_rule') IS NOT DISTINCT FROM $1::jsonb", params: [v === undefined ? null : JSON.stringify(v)] }),
);

export async function yellowRuleSetting(q: Queryable): Promise<{ minDays: number; fraction: number } | undefined> {
  return yellowRule.get(q);
}

export async function saveYellowRule(q: Queryable, rule: { minDays: number; fraction: number }): Promise<void> {
  yellowRule.writing(q);
  await q.query(
    `INSERT INTO supervision_settings (key, value) VALUES ('yellow_rule', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(rule)],
  );
}

/** Running deadlines whose dates a calendar change may move, a batch at a time (ordered by id for paging). */
export async function liveAffectedBy(
  q: Queryable,
  f: { from: IsoDate; to: IsoDate; regionPrefix?: string; afterId: string; limit: number },
): Promise<DeadlineRow[]> {
  await flushDeadlineWrites(q);
  return q.query<DeadlineRow>(
    `SELECT ${COLUMNS} FROM deadlines
      WHERE status <> 'closed' AND id > $1 AND accepted_on <= $3
        AND (due_on IS NULL OR due_on >= $2 OR calendar_missing)
        AND ($4::text IS NULL OR region_code LIKE $4 || '%')
      ORDER BY id LIMIT $5 FOR UPDATE`,
    [f.afterId, f.from, f.to, f.regionPrefix ?? null, f.limit],
  );
}

export async function liveIdsAfter(q: Queryable, afterId: string, limit: number): Promise<DeadlineRow[]> {
  await flushDeadlineWrites(q);
  return q.query<DeadlineRow>(`SELECT ${COLUMNS} FROM deadlines WHERE status <> 'closed' AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE`, [afterId, limit]);
}


export async function reassign(
  q: Queryable,
  id: string,
  r: { department_id: string; assignee_id: string | null; window_id: string | null; updated_at: Date },
): Promise<DeadlineRow | undefined> {
  // a new responsible person gets their own cards: the sent level starts again
  const moved = changeHeld(q, id, (held) => ({ ...r, notified_level: held.assignee_id !== r.assignee_id || held.department_id !== r.department_id ? 0 : held.notified_level }));
  if (moved) return moved;
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `UPDATE deadlines SET department_id = $2, assignee_id = $3, window_id = $4, updated_at = $5, revision = revision + 1,
       notified_level = CASE WHEN assignee_id IS DISTINCT FROM $3 OR department_id <> $2 THEN 0 ELSE notified_level END
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, r.department_id, r.assignee_id, r.window_id, r.updated_at],
    { name: 'deadline_reassign' },
  );
  if (!rows[0]) forgetHeldDeadlines(q);
  return hold(q, rows[0]);
}

/**
 * Hands a subject's running deadline to a person, in one statement, unless it is theirs already or `at` is before it
 * started (the caller reads it then): the department stays, and the new person's cards start again.
 */
export async function assignRunning(q: Queryable, subjectKind: string, subjectId: string, assigneeId: string, at: Date): Promise<DeadlineRow | undefined> {
  await flushDeadlineWrites(q);
  const rows = await q.query<DeadlineRow>(
    `UPDATE deadlines SET assignee_id = $3, updated_at = $4, revision = revision + 1, notified_level = 0
     WHERE subject_kind = $1 AND subject_id = $2 AND status <> 'closed' AND assignee_id IS DISTINCT FROM $3 AND started_at <= $4
     RETURNING ${COLUMNS}`,
    [subjectKind, subjectId, assigneeId, at],
    { name: 'deadline_assign_running' },
  );
  return hold(q, rows[0]);
}

/**
 * SQL of a CTE body that locks the running deadlines of the subjects `subjectIds` (an SQL expression of a set of
 * text ids) of one kind, in id order (the order every batch lock of deadlines takes: no deadlocks between them). For
 * a module that reads its subjects under its own lock and wants their clocks with them, in the same statement; the
 * rows it gets go back through `holdLockedDeadlines`.
 */
export function runningDeadlinesLockedSql(subjectKind: string, subjectIds: string): string {
  if (!/^[a-z-]+$/.test(subjectKind)) throw new Error(`not a subject kind: ${subjectKind}`);
  return `SELECT ${COLUMNS} FROM deadlines WHERE subject_kind = '${subjectKind}' AND subject_id IN (${subjectIds}) AND status <> 'closed' ORDER BY id FOR UPDATE`;
}

/** Running deadlines read as JSON by `runningDeadlinesLockedSql`, held for the transaction that locked them. */
export function holdLockedDeadlines(q: Queryable, rows: ReadonlyArray<Record<string, unknown>>): DeadlineRow[] {
  return rows.map((j) => hold(q, rowFromJson<DeadlineRow>(j))!);
}

/**
 * SQL of a scalar subquery: the latest deadline (the running one, else the last closed) of the subject `subjectId`
 * (an SQL expression of a text id) as JSON, for a read that shows its subjects with their clocks in one statement.
 */
export function latestDeadlineJsonSql(subjectKind: string, subjectId: string): string {
  if (!/^[a-z-]+$/.test(subjectKind)) throw new Error(`not a subject kind: ${subjectKind}`);
  return `SELECT to_json(d) FROM (SELECT ${COLUMNS} FROM deadlines WHERE subject_kind = '${subjectKind}' AND subject_id = ${subjectId}
      ORDER BY (status <> 'closed') DESC, created_at DESC, id LIMIT 1) d`;
}

/** A deadline row read as JSON (by the subqueries above). */
export const deadlineFromJson = (j: Record<string, unknown>): DeadlineRow => rowFromJson<DeadlineRow>(j);

/** Whether the transaction holds the subject's running deadline (has written or locked it). */
export function holdsRunning(q: Queryable, kind: string, subjectId: string): boolean {
  return heldRunning(q, kind, subjectId) !== undefined;
}

/** One deadline by id, locked for the caller's transaction (whatever its status). */
export async function byIdForUpdate(q: Queryable, id: string): Promise<DeadlineRow | undefined> {
  await flushDeadlineWrites(q);
  const row = (await q.query<DeadlineRow>(`SELECT ${COLUMNS} FROM deadlines WHERE id = $1 FOR UPDATE`, [id]))[0];
  // an older, closed deadline of a subject is not its latest: only a running one is held
  return row?.status === 'closed' ? row : hold(q, row);
}
