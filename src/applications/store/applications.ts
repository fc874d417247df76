import { rowFromJson, writesHeldUntilCommit, type CommitWrite, type Queryable } from '../../db/index.js';
import { knowChainHead } from '../../audit/index.js';
import { deadlineFromJson, holdLockedDeadlines, latestDeadlineJsonSql, runningDeadlinesLockedSql } from '../../supervision/index.js';
import type { ApplicationRow, AttachmentRow, CaseRow } from './rows.js';
import { versionedUpdate } from './update.js';
import { APPLICATION_PROCEDURES_JSON, holdProcedures, PROCEDURES_JSON, type SpecialProcedureRow } from './special-procedures.js';
import { DOCUMENTS_JSON, type DocumentRow } from './documents.js';
import { APPLICATION_STATUSES } from '../state.js';

const APP_JSON = new Set(['applicant', 'authorisation', 'answers', 'form', 'pickup', 'acceptance_checks', 'correction', 'refusal', 'pending', 'delivery', 'outputs']);
const CASE_JSON = new Set(['more_request', 'decided_by_rule', 'commitment']);

export interface NewCase {
  id: string;
  seq: number;
  itemCode: string;
  itemVersionId: string;
  itemName: string;
  departmentId: string;
  regionCode: string;
  promisedDays: number;
  immediate: boolean;
  mode: CaseRow['mode'];
  producesLicenceType: string | null;
  dependsOn: string[];
  authorisedToWindow: boolean;
  decidedOnPlatform: boolean;
  /** the delegation (赋权) it is filed under */
  delegationId?: string | null;
}

export interface NewAttachment {
  id: string;
  kind: 'upload' | 'licence';
  uploadId: string | null;
  sha256: string | null;
  licenceId: string | null;
  licenceType: string | null;
  materialKeys: string[];
}

export interface NewApplication {
  id: string;
  regionCode: string;
  dateStamp: string;
  status: 'draft' | 'submitted';
  title: string;
  bundleCode: string | null;
  bundleVersionId: string | null;
  applicantUserId: string | null;
  applicant: ApplicationRow['applicant'];
  submittedBy: string;
  channel: ApplicationRow['channel'];
  authorisation: Record<string, unknown> | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  answers: Record<string, unknown>;
  form: Record<string, unknown>;
  pickup: ApplicationRow['pickup'];
  /** the window it is routed to; another region's window for 异地代收代办 */
  windowRegion: string;
  /** filed under a delegation: the delegate's region, whose window alone handles it */
  delegateRegion?: string | null;
  at: Date;
  cases: NewCase[];
  attachments: NewAttachment[];
}

/**
 * The application, its cases, its attachment references and the first entry of its audit chain (`audit`: a CTE
 * body guarded by `app`, parameters from $23) in ONE statement: one round trip, atomic without an explicit
 * transaction (DESIGN.md, "speed"). A retry with the same (submitter, idempotency key) inserts nothing and returns
 * no row: the caller then reads the existing application. The number is region-date-sequence (431127-20260302-000123; the sequence grows past 6 digits, 1000000).
 */
export const AUDIT_FIRST_PARAM = 23;
export async function insertApplication(q: Queryable, a: NewApplication, audit: { sql: string; params: unknown[] }): Promise<ApplicationRow | undefined> {
  const rows = await q.query<ApplicationRow>(
    `WITH app AS (
       INSERT INTO applications (id, number, status, title, bundle_code, bundle_version_id, applicant_user_id, applicant,
         applicant_id_number, applicant_uscc, submitted_by, channel, authorisation, idempotency_key, request_hash, answers, form,
         authority_region, window_region, delegate_region, pickup, created_at, submitted_at, updated_at)
       VALUES ($1, $2 || '-' || $3 || '-' || next_serial('application_number_seq', 6), $4, $5, $6, $7, $8, $9::jsonb,
         $9::jsonb->>'idNumber', $9::jsonb->>'uscc', $10, $11, $12::jsonb, $13, $14, $15::jsonb, $16::jsonb,
         $2, $21, $22, $17::jsonb, $18, CASE WHEN $4 = 'submitted' THEN $18::timestamptz END, $18)
       ON CONFLICT (submitted_by, idempotency_key) DO NOTHING
       RETURNING *
     ), c AS (
       INSERT INTO cases (id, application_id, seq, item_code, item_version_id, item_name, department_id, region_code, status,
         promised_days, immediate, mode, produces_licence_type, depends_on, authorised_to_window, decided_on_platform, delegation_id)
       SELECT x.id, app.id, x.seq, x.item_code, x.item_version_id, x.item_name, x.department_id, x.region_code, 'pending',
         x.promised_days, x.immediate, x.mode, x.produces_licence_type,
         ARRAY(SELECT jsonb_array_elements_text(x.depends_on)), x.authorised_to_window, x.decided_on_platform, x.delegation_id
       FROM app, jsonb_to_recordset($19::jsonb) AS x(id uuid, seq int, item_code text, item_version_id uuid, item_name text,
         department_id uuid, region_code varchar(12), promised_days int, immediate boolean, mode text, produces_licence_type text,
         depends_on jsonb, authorised_to_window boolean, decided_on_platform boolean, delegation_id uuid)
     ), att AS (
       INSERT INTO attachments (id, application_id, kind, upload_id, sha256, licence_id, licence_type, material_keys, round, added_by, added_at)
       SELECT x.id, app.id, x.kind, x.upload_id, x.sha256, x.licence_id, x.licence_type,
         ARRAY(SELECT jsonb_array_elements_text(x.material_keys)), 0, $10, $18
       FROM app, jsonb_to_recordset($20::jsonb) AS x(id uuid, kind text, upload_id uuid, sha256 char(64), licence_id text,
         licence_type text, material_keys jsonb)
     ), ev AS (
       ${audit.sql}
     )
     SELECT * FROM app`,
    [
      a.id, a.regionCode, a.dateStamp, a.status, a.title, a.bundleCode, a.bundleVersionId, a.applicantUserId,
      JSON.stringify(a.applicant), a.submittedBy, a.channel, a.authorisation === null ? null : JSON.stringify(a.authorisation),
      a.idempotencyKey, a.requestHash, JSON.stringify(a.answers), JSON.stringify(a.form), JSON.stringify(a.pickup), a.at,
      JSON.stringify(a.cases.map((c) => ({
        id: c.id, seq: c.seq, item_code: c.itemCode, item_version_id: c.itemVersionId, item_name: c.itemName,
        department_id: c.departmentId, region_code: c.regionCode, promised_days: c.promisedDays, immediate: c.immediate,
        mode: c.mode, produces_licence_type: c.producesLicenceType, depends_on: c.dependsOn,
        authorised_to_window: c.authorisedToWindow, decided_on_platform: c.decidedOnPlatform, delegation_id: c.delegationId ?? null,
      }))),
      JSON.stringify(a.attachments.map((x) => ({
        id: x.id, kind: x.kind, upload_id: x.uploadId, sha256: x.sha256, licence_id: x.licenceId,
        licence_type: x.licenceType, material_keys: x.materialKeys,
      }))),
      a.windowRegion,
      a.delegateRegion ?? null,
      ...audit.params,
    ],
    { name: 'applications_insert' },
  );
  return rows[0];
}

export async function applicationByKey(q: Queryable, submittedBy: string, key: string): Promise<ApplicationRow | undefined> {
  await flushRowWrites(q);
  const rows = await q.query<ApplicationRow>('SELECT * FROM applications WHERE submitted_by = $1 AND idempotency_key = $2', [submittedBy, key], {
    name: 'applications_by_key',
  });
  return rows[0];
}

/**
 * The application rows a transaction holds locked (lockApplication), as they stand after the transaction's own updates
 * through this store: nobody else can change a locked row, so the case flow's many steps read it from here instead of
 * the database (issue 22: no re-reads). Keyed by the transaction object, so a job of the outbox run in a savepoint of
 * its own (a transaction object of its own) never sees what a rolled-back job left here. What the audit trigger keeps on
 * the row (audit_seq, audit_hash) may be older here than in the database; the chain's head is known to the audit module.
 */
const lockedRows = new WeakMap<Queryable, Map<string, ApplicationRow>>();

const copyOf = (row: ApplicationRow): ApplicationRow => structuredClone(row);

export async function applicationById(q: Queryable, id: string): Promise<ApplicationRow | undefined> {
  const held = lockedRows.get(q)?.get(id);
  if (held) return copyOf(held);
  await flushRowWrites(q);
  const rows = await q.query<ApplicationRow>('SELECT * FROM applications WHERE id = $1', [id], { name: 'applications_by_id' });
  return rows[0];
}

export async function applicationByNumber(q: Queryable, number: string): Promise<ApplicationRow | undefined> {
  await flushRowWrites(q);
  const rows = await q.query<ApplicationRow>('SELECT * FROM applications WHERE number = $1', [number]);
  return rows[0];
}

/** Locks the application row for the rest of the transaction: changes to one application (and its audit chain) queue up. */
export async function lockApplication(q: Queryable, id: string): Promise<ApplicationRow | undefined> {
  const rows = await q.query<ApplicationRow>('SELECT * FROM applications WHERE id = $1 FOR UPDATE', [id], { name: 'applications_lock' });
  return holdLocked(q, rows[0]);
}

/** Locks the application a case belongs to (as `lockApplication`), found from the case in the same statement. */
export async function lockApplicationOfCase(q: Queryable, caseId: string): Promise<ApplicationRow | undefined> {
  const rows = await q.query<ApplicationRow>('SELECT * FROM applications WHERE id = (SELECT application_id FROM cases WHERE id = $1) FOR UPDATE', [caseId], {
    name: 'applications_lock_of_case',
  });
  return holdLocked(q, rows[0]);
}

function holdLocked(q: Queryable, row: ApplicationRow | undefined): ApplicationRow | undefined {
  if (!row) return row;
  // The locked row carries its audit chain's head: the transition's audit entry need not read it again.
  knowChainHead(q, `application:${row.id}`, row.audit_seq, row.audit_hash);
  if (q.beforeCommit) {
    let held = lockedRows.get(q);
    if (!held) lockedRows.set(q, (held = new Map()));
    held.set(row.id, copyOf(row));
  }
  return row;
}

export async function updateApplication(q: Queryable, id: string, version: number, patch: Partial<Record<keyof ApplicationRow, unknown>>) {
  const held = lockedRows.get(q);
  // a row the transaction holds locked at that version: changed in memory, written with the commit
  const mine = held?.get(id);
  if (mine && mine.version === version && q.commitWrite && q.beforeCommit) {
    const row = { ...mine, ...asStored<ApplicationRow>(patch, APP_JSON), version: version + 1 } as ApplicationRow;
    changeLater(q, 'applications', row, patch);
    held!.set(id, copyOf(row));
    return copyOf(row);
  }
  await flushRowWrites(q);
  const row = await versionedUpdate<ApplicationRow>(q, 'applications', id, version, patch, APP_JSON).catch((e: unknown) => {
    held?.delete(id);
    throw e;
  });
  if (row && q.beforeCommit) {
    // the update holds the row's lock to the end of the transaction, as lockApplication does
    knowChainHead(q, `application:${id}`, row.audit_seq, row.audit_hash);
    if (held) held.set(id, copyOf(row));
    else lockedRows.set(q, new Map([[id, copyOf(row)]]));
  } else held?.delete(id);
  return row;
}

/**
 * The cases of each application a transaction holds locked, as they stand after the transaction's own writes: every
 * writer of `cases` is in this file (the insert at submission, `updateCase`, `stepCases`, `markCasesDelivered`) and
 * every change to a case is made under its application's row lock, so while the lock is held nobody else changes them
 * and the case flow's many steps read them from here instead of the database (issue 22: no re-reads). Keyed by the
 * transaction object, like `lockedRows`; kept only while the application is in `lockedRows`.
 */
const heldCases = new WeakMap<Queryable, Map<string, CaseRow[]>>();
const copyCase = (row: CaseRow): CaseRow => structuredClone(row);

/** The held list of the case's application gets the row as the database answered it; a miss forgets the list. */
function keepCaseRows(q: Queryable, rows: readonly CaseRow[], forget?: string): void {
  const held = heldCases.get(q);
  if (!held) return;
  if (forget) held.delete(forget);
  for (const row of rows) {
    const list = held.get(row.application_id);
    if (!list) continue;
    const i = list.findIndex((c) => c.id === row.id);
    if (i < 0) held.delete(row.application_id);
    else list[i] = copyCase(row);
  }
}

/**
 * A write to cases whose answer refreshes the held lists: `expected` rows must come back, else (a lost race, an
 * error) whatever was held may be older than the database and is forgotten.
 */
async function writeCases(q: Queryable, expected: number, write: () => Promise<CaseRow[]>): Promise<CaseRow[]> {
  let rows: CaseRow[];
  try {
    rows = await write();
  } catch (e) {
    heldCases.delete(q);
    throw e;
  }
  if (rows.length === expected) keepCaseRows(q, rows);
  else heldCases.delete(q);
  return rows;
}

/**
 * Changes a transaction has made under an application's lock and not written yet, to the application's row or its
 * cases, by table and id: the row as it now stands and the columns changed. They are written with the commit (each row
 * one write of the commit statement), or before any other statement of this module's stores on those tables in the
 * same transaction (`flushRowWrites`). Only a row held under the lock at the version the change expects is changed
 * this way: nobody else can change it until the commit, so the version check the statement would have made holds.
 * Keyed by the transaction object, like the held rows.
 */
type Table = 'applications' | 'cases';
type PendingRow = { table: Table; row: { id: string }; columns: Set<string> };
const pendingRowWrites = writesHeldUntilCommit<PendingRow>((list) => rowWrites(list));

/** One write per changed row: its changed columns, typed by the table's own row type from JSON. */
function rowWrites(pending: readonly PendingRow[]): CommitWrite[] {
  return pending.map(({ table, row, columns }) => {
    const cols = [...columns].sort();
    return {
      key: `${table}|${row.id}`,
      sql: `UPDATE ${table} t SET ${cols.map((k) => `${k} = r.${k}`).join(', ')} FROM jsonb_populate_record(NULL::${table}, $2::jsonb) r WHERE t.id = $1`,
      params: [row.id, JSON.stringify(Object.fromEntries(cols.map((k) => [k, (row as Record<string, unknown>)[k] ?? null])))],
    };
  });
}

/** Writes the changes the transaction has not written yet, before a statement on applications or cases that must see them. */
export const flushRowWrites = (q: Queryable): Promise<void> => pendingRowWrites.flush(q);

/** Records a change of a held row, to be written later. */
function changeLater(q: Queryable, table: Table, row: { id: string }, patch: Record<string, unknown>): void {
  const pending = pendingRowWrites.of(q);
  const key = `${table}|${row.id}`;
  pending.set(key, { table, row: structuredClone(row), columns: new Set([...(pending.get(key)?.columns ?? []), ...Object.keys(patch), 'version']) });
}

/** A case the transaction holds under its application's lock, as it now stands. */
function heldCase(q: Queryable, id: string): CaseRow | undefined {
  for (const list of heldCases.get(q)?.values() ?? []) {
    const c = list.find((x) => x.id === id);
    if (c) return copyCase(c);
  }
  return undefined;
}

/** A patch's values as the database would answer them: timestamps as dates, JSON as parsed JSON, nothing undefined. */
function asStored<R>(patch: Record<string, unknown>, json: ReadonlySet<string>): Partial<R> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null) out[k] = null;
    else if (k.endsWith('_at') && !(v instanceof Date)) out[k] = new Date(v as string);
    else if (json.has(k)) out[k] = JSON.parse(JSON.stringify(v));
    else out[k] = v;
  }
  return out as Partial<R>;
}

/** A change of a case held under the lock at `version`, made in memory and written later; undefined when it is not held so. */
function changeHeldCase(q: Queryable, id: string, version: number, patch: Partial<Record<keyof CaseRow, unknown>>): CaseRow | undefined {
  if (!q.commitWrite || !q.beforeCommit) return undefined;
  const held = heldCase(q, id);
  if (!held || held.version !== version) return undefined;
  const row = { ...held, ...asStored<CaseRow>(patch, CASE_JSON), version: version + 1 } as CaseRow;
  changeLater(q, 'cases', row, patch);
  keepCaseRows(q, [row]);
  return row;
}

export async function updateCase(q: Queryable, id: string, version: number, patch: Partial<Record<keyof CaseRow, unknown>>) {
  const changed = changeHeldCase(q, id, version, patch);
  if (changed) return changed;
  await flushRowWrites(q);
  const [row] = await writeCases(q, 1, async () => {
    const updated = await versionedUpdate<CaseRow>(q, 'cases', id, version, patch, CASE_JSON);
    return updated ? [updated] : [];
  });
  return row;
}

/**
 * Cases moved on together by the case flow, each with its version checked: to 'blocked' (waiting for a prerequisite)
 * or 'accepted' with the time it started. The rows that changed.
 */
export async function stepCases(q: Queryable, list: ReadonlyArray<{ id: string; version: number; status: 'blocked' | 'accepted'; startedAt: Date | null }>): Promise<CaseRow[]> {
  // held under the lock: each moved in memory and written with the commit
  const held = list.map((c) => heldCase(q, c.id));
  if (q.commitWrite && list.length && held.every((h, i) => h?.version === list[i]!.version)) {
    return list.map((c, i) => changeHeldCase(q, c.id, c.version, { status: c.status, started_at: c.startedAt ?? held[i]!.started_at })!);
  }
  await flushRowWrites(q);
  return writeCases(q, list.length, () =>
    q.query<CaseRow>(
      `UPDATE cases SET status = s.status, started_at = COALESCE(s.started_at, cases.started_at), version = cases.version + 1
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[]) AS s(id, version, status, started_at)
        WHERE cases.id = s.id AND cases.version = s.version RETURNING cases.*`,
      [list.map((c) => c.id), list.map((c) => c.version), list.map((c) => c.status), list.map((c) => c.startedAt)],
      { name: 'cases_step_many' },
    ),
  );
}

/** Cases handed over (出件) together, each with its version checked: the rows that changed. */
export async function markCasesDelivered(q: Queryable, list: ReadonlyArray<{ id: string; version: number }>, at: Date): Promise<CaseRow[]> {
  await flushRowWrites(q);
  return writeCases(q, list.length, () =>
    q.query<CaseRow>(
      `UPDATE cases SET delivered_at = $3, version = cases.version + 1 FROM unnest($1::uuid[], $2::int[]) AS d(id, version)
        WHERE cases.id = d.id AND cases.version = d.version RETURNING cases.*`,
      [list.map((c) => c.id), list.map((c) => c.version), at],
      { name: 'cases_deliver_many' },
    ),
  );
}

/** The application's cases in order; inside a transaction that holds the application locked, read once and then kept. */
export async function casesOf(q: Queryable, applicationId: string): Promise<CaseRow[]> {
  const locked = q.beforeCommit !== undefined && lockedRows.get(q)?.has(applicationId) === true;
  const held = heldCases.get(q);
  if (!locked) held?.delete(applicationId);
  const hit = locked ? held?.get(applicationId) : undefined;
  if (hit) return hit.map(copyCase);
  if (locked) return casesHeldUnderLock(q, applicationId);
  await flushRowWrites(q);
  return q.query<CaseRow>('SELECT * FROM cases WHERE application_id = $1 ORDER BY seq', [applicationId], { name: 'cases_of_application' });
}

/**
 * The cases of an application whose row the transaction has locked, read with their special procedures in one
 * statement and both held for the transaction (a decision checks for an open procedure, a change shows the case's).
 */
async function casesHeldUnderLock(q: Queryable, applicationId: string): Promise<CaseRow[]> {
  await flushRowWrites(q);
  const read = await q.query<CaseRow & { procedures_json: Array<Record<string, unknown>>; clock_json: Record<string, unknown> | null }>(
    `WITH clocks AS MATERIALIZED (${runningDeadlinesLockedSql('case', 'SELECT id::text FROM cases WHERE application_id = $1')})
     SELECT c.*, (${PROCEDURES_JSON}) AS procedures_json, (SELECT to_json(k) FROM clocks k WHERE k.subject_id = c.id::text) AS clock_json
       FROM cases c WHERE c.application_id = $1 ORDER BY c.seq`,
    [applicationId],
    { name: 'cases_of_application_locked' },
  );
  // the running clocks of the cases are locked with them (in id order) and held: a decision closes its case's clock
  // without reading it again
  holdLockedDeadlines(q, read.flatMap((r) => (r.clock_json ? [r.clock_json] : [])));
  const rows = read.map(({ procedures_json, clock_json: _clock, ...c }) => {
    holdProcedures(q, c.id, procedures_json.map((p) => rowFromJson<SpecialProcedureRow>(p)));
    return c as CaseRow;
  });
  const held = heldCases.get(q);
  if (held) held.set(applicationId, rows.map(copyCase));
  else heldCases.set(q, new Map([[applicationId, rows.map(copyCase)]]));
  return rows;
}

const PARTS_JSON = `(SELECT coalesce(json_agg(t ORDER BY t.round, t.added_at, t.id), '[]'::json) FROM attachments t WHERE t.application_id = a.id) AS attachments_json,
       (${DOCUMENTS_JSON}) AS documents_json`;

type PartsJson = { attachments_json: Array<Record<string, unknown>>; documents_json: Array<Record<string, unknown>> };

/** The parts of an application's page besides its row and cases: attachments, special procedures, documents. */
export interface ApplicationParts {
  attachments: AttachmentRow[];
  procedures: Map<string, SpecialProcedureRow[]>;
  documents: DocumentRow[];
}

const partsFromJson = (r: PartsJson): Omit<ApplicationParts, 'procedures'> => ({
  attachments: r.attachments_json.map((t) => rowFromJson<AttachmentRow>(t)),
  documents: r.documents_json.map((d) => rowFromJson<DocumentRow>(d)),
});

/**
 * An application with everything its page shows of it from this module (its cases with their special procedures,
 * attachments, documents) in one statement: one round trip where there were five, and one snapshot.
 */
export async function applicationWithParts(
  q: Queryable,
  id: string,
): Promise<({ app: ApplicationRow; cases: CaseRow[]; clocks: Map<string, CaseClockRow> } & ApplicationParts) | undefined> {
  await flushRowWrites(q);
  const rows = await q.query<ApplicationRow & PartsJson & { cases_json: Array<Record<string, unknown>> }>(
    `SELECT a.*,
       (SELECT coalesce(json_agg(c ORDER BY c.seq), '[]'::json) FROM (SELECT c.*, (${PROCEDURES_JSON}) AS procedures_json,
          (${latestDeadlineJsonSql('case', 'c.id::text')}) AS clock_json FROM cases c WHERE c.application_id = a.id) c) AS cases_json,
       ${PARTS_JSON}
     FROM applications a WHERE a.id = $1`,
    [id],
    { name: 'application_with_parts' },
  );
  if (!rows[0]) return undefined;
  const { cases_json, attachments_json, documents_json, ...app } = rows[0];
  const procedures = new Map<string, SpecialProcedureRow[]>();
  const clocks = new Map<string, CaseClockRow>();
  const cases = cases_json.map(({ procedures_json, clock_json, ...c }) => {
    const list = (procedures_json as Array<Record<string, unknown>>).map((p) => rowFromJson<SpecialProcedureRow>(p));
    if (list.length) procedures.set(c.id as string, list);
    if (clock_json) clocks.set(c.id as string, deadlineFromJson(clock_json as Record<string, unknown>));
    return rowFromJson<CaseRow>(c);
  });
  return { app: app as ApplicationRow, cases, clocks, procedures, ...partsFromJson({ attachments_json, documents_json }) };
}

/** A case's clock as the supervision module keeps it (its latest deadline), read with the case. */
export type CaseClockRow = ReturnType<typeof deadlineFromJson>;

/** An application and its cases, in one statement. */
export async function applicationWithCases(q: Queryable, id: string): Promise<{ app: ApplicationRow; cases: CaseRow[] } | undefined> {
  await flushRowWrites(q);
  const rows = await q.query<ApplicationRow & { cases_json: Array<Record<string, unknown>> }>(
    `SELECT a.*, (SELECT coalesce(json_agg(c ORDER BY c.seq), '[]'::json) FROM cases c WHERE c.application_id = a.id) AS cases_json
       FROM applications a WHERE a.id = $1`,
    [id],
    { name: 'application_with_cases' },
  );
  if (!rows[0]) return undefined;
  const { cases_json, ...app } = rows[0];
  return { app: app as ApplicationRow, cases: cases_json.map((c) => rowFromJson<CaseRow>(c)) };
}

/** An application's attachments, its cases' special procedures and its documents, in one statement. */
export async function partsOf(q: Queryable, id: string): Promise<ApplicationParts> {
  const rows = await q.query<PartsJson & { procedures_json: Array<Record<string, unknown>> }>(
    `SELECT (${APPLICATION_PROCEDURES_JSON}) AS procedures_json,
       ${PARTS_JSON}
     FROM (SELECT $1::uuid AS id) a`,
    [id],
    { name: 'application_parts' },
  );
  const procedures = new Map<string, SpecialProcedureRow[]>();
  for (const p of rows[0]!.procedures_json.map((p) => rowFromJson<SpecialProcedureRow>(p))) procedures.set(p.case_id, [...(procedures.get(p.case_id) ?? []), p]);
  return { procedures, ...partsFromJson(rows[0]!) };
}

export async function caseById(q: Queryable, id: string): Promise<CaseRow | undefined> {
  await flushRowWrites(q);
  const rows = await q.query<CaseRow>('SELECT * FROM cases WHERE id = $1', [id], { name: 'cases_by_id' });
  return rows[0];
}

export async function attachmentsOf(q: Queryable, applicationId: string): Promise<AttachmentRow[]> {
  return q.query<AttachmentRow>('SELECT * FROM attachments WHERE application_id = $1 ORDER BY round, added_at, id', [applicationId], {
    name: 'attachments_of_application',
  });
}

export async function insertAttachments(q: Queryable, applicationId: string, round: number, addedBy: string, at: Date, list: NewAttachment[]): Promise<void> {
  if (list.length === 0) return;
  await q.query(
    `INSERT INTO attachments (id, application_id, kind, upload_id, sha256, licence_id, licence_type, material_keys, round, added_by, added_at)
     SELECT x.id, $1, x.kind, x.upload_id, x.sha256, x.licence_id, x.licence_type, ARRAY(SELECT jsonb_array_elements_text(x.material_keys)), $2, $3, $4
     FROM jsonb_to_recordset($5::jsonb) AS x(id uuid, kind text, upload_id uuid, sha256 char(64), licence_id text, licence_type text, material_keys jsonb)`,
    [applicationId, round, addedBy, at, JSON.stringify(list.map((x) => ({
      id: x.id, kind: x.kind, upload_id: x.uploadId, sha256: x.sha256, licence_id: x.licenceId, licence_type: x.licenceType, material_keys: x.materialKeys,
    })))],
  );
}

export interface ApplicationListFilter {
  applicantUserId?: string;
  submittedBy?: string;
  statuses?: string[];
  /** staff: the LIKE pattern of their region; an application is in the region of its authority and of its window */
  regionPattern?: string;
  limit: number;
}

export async function listApplications(q: Queryable, f: ApplicationListFilter): Promise<ApplicationRow[]> {
  await flushRowWrites(q);
  if (f.regionPattern !== undefined && f.applicantUserId === undefined && f.submittedBy === undefined) {
    // each stage is one ordered scan per region code: a stage named twice would be read twice
    return listRegionApplications(q, f.regionPattern, [...new Set(f.statuses ?? APPLICATION_STATUSES)], f.limit);
  }
  return q.query<ApplicationRow>(
    `SELECT * FROM applications
     WHERE ($1::uuid IS NULL OR applicant_user_id = $1 OR submitted_by = $1)
       AND ($2::uuid IS NULL OR submitted_by = $2)
       AND ($3::text[] IS NULL OR status = ANY($3))
       AND ($5::text IS NULL OR authority_region LIKE $5 OR window_region LIKE $5)
     ORDER BY COALESCE(submitted_at, created_at) DESC, id LIMIT $4`,
    [f.applicantUserId ?? null, f.submittedBy ?? null, f.statuses ?? null, f.limit, f.regionPattern ?? null],
  );
}

/**
 * A region's applications in some stages, newest first: what a window's tabs list. An application belongs to the
 * region of its authority and to that of the window it was routed to (异地代收代办).
 *
 * Sorting every match and keeping the newest is what a plain `ORDER BY … LIMIT` does, and a county's finished tab
 * would sort about 100,000 applications at province scale (4 s measured). Instead: the region codes that occur under
 * the prefix are walked in the index (one probe per code, a loose index scan), each (code, stage) is read newest first
 * from an index in that order and cut at the limit, and only those candidates are merged. The work follows the
 * number of codes and stages, not the number of applications. The window's side reads only the applications routed
 * away from their authority's region (a partial index); the two sides can meet when both regions lie under the
 * prefix, hence UNION.
 */
async function listRegionApplications(q: Queryable, pattern: string, statuses: string[], limit: number): Promise<ApplicationRow[]> {
  return q.query<ApplicationRow>(
    `WITH RECURSIVE
     authority(code) AS (
       (SELECT authority_region FROM applications WHERE authority_region LIKE $1 ORDER BY authority_region USING ~<~ LIMIT 1)
       UNION ALL
       SELECT (SELECT a.authority_region FROM applications a
                WHERE a.authority_region LIKE $1 AND a.authority_region ~>~ r.code ORDER BY a.authority_region USING ~<~ LIMIT 1)
         FROM authority r WHERE r.code IS NOT NULL
     ),
     routed(code) AS (
       (SELECT window_region FROM applications WHERE window_region <> authority_region AND window_region LIKE $1 ORDER BY window_region USING ~<~ LIMIT 1)
       UNION ALL
       SELECT (SELECT a.window_region FROM applications a
                WHERE a.window_region <> a.authority_region AND a.window_region LIKE $1 AND a.window_region ~>~ r.code ORDER BY a.window_region USING ~<~ LIMIT 1)
         FROM routed r WHERE r.code IS NOT NULL
     ),
     candidates AS (
       SELECT x.id, x.listed_at FROM authority r CROSS JOIN unnest($2::text[]) AS s(status) CROSS JOIN LATERAL (
         SELECT a.id, COALESCE(a.submitted_at, a.created_at) AS listed_at FROM applications a
          WHERE a.authority_region = r.code AND a.status = s.status
          ORDER BY COALESCE(a.submitted_at, a.created_at) DESC, a.id LIMIT $3) x
        WHERE r.code IS NOT NULL
       UNION
       SELECT x.id, x.listed_at FROM routed r CROSS JOIN unnest($2::text[]) AS s(status) CROSS JOIN LATERAL (
         SELECT a.id, COALESCE(a.submitted_at, a.created_at) AS listed_at FROM applications a
          WHERE a.window_region = r.code AND a.status = s.status AND a.window_region <> a.authority_region
          ORDER BY COALESCE(a.submitted_at, a.created_at) DESC, a.id LIMIT $3) x
        WHERE r.code IS NOT NULL
     )
     SELECT a.* FROM (SELECT id, listed_at FROM candidates ORDER BY listed_at DESC, id LIMIT $3) c
       JOIN applications a ON a.id = c.id
      ORDER BY c.listed_at DESC, c.id`,
    [pattern, statuses, limit],
    { name: 'applications_of_region' },
  );
}
