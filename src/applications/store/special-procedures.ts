import type { Queryable } from '../../db/index.js';

export interface SpecialProcedureRow {
  id: string;
  case_id: string;
  kind: string;
  reason: string;
  started_at: Date;
  started_by: string;
  planned_end: string | null;
  ended_at: Date | null;
  ended_by: string | null;
  outcome: string | null;
}

const COLUMNS = `id, case_id, kind, reason, started_at, started_by, planned_end::text AS planned_end, ended_at, ended_by, outcome`;

const PROCEDURE_OBJECT = `json_build_object('id', p.id, 'case_id', p.case_id, 'kind', p.kind, 'reason', p.reason, 'started_at', p.started_at,
    'started_by', p.started_by, 'planned_end', p.planned_end::text, 'ended_at', p.ended_at, 'ended_by', p.ended_by, 'outcome', p.outcome)`;

/** A case's procedures as a JSON array, in a query over `cases c` (read with the cases under the lock). */
export const PROCEDURES_JSON = `SELECT coalesce(json_agg(${PROCEDURE_OBJECT} ORDER BY p.started_at, p.id), '[]'::json) FROM special_procedures p WHERE p.case_id = c.id`;

/** The procedures of all of an application's cases as a JSON array, in a query over `applications a` (or its id as `a`). */
export const APPLICATION_PROCEDURES_JSON = `SELECT coalesce(json_agg(${PROCEDURE_OBJECT} ORDER BY p.started_at, p.id), '[]'::json)
  FROM special_procedures p JOIN cases c ON c.id = p.case_id WHERE c.application_id = a.id`;

/**
 * The procedures of each case that a transaction has read under its application's lock (every reader and writer of
 * special procedures runs under that lock: a case's decision, a request for more, starting and ending a procedure, a
 * lapse), as they stand after the transaction's own writes: the decision that checks for an open procedure and then
 * shows the case reads them once. Keyed by the transaction object; outside a transaction nothing is held.
 */
const heldProcedures = new WeakMap<Queryable, Map<string, SpecialProcedureRow[]>>();
const byStart = (a: SpecialProcedureRow, b: SpecialProcedureRow) => a.started_at.getTime() - b.started_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Keeps a case's procedures as the transaction read them under its application's lock. */
export function holdProcedures(q: Queryable, caseId: string, rows: readonly SpecialProcedureRow[]): void {
  if (!q.beforeCommit) return;
  let held = heldProcedures.get(q);
  if (!held) heldProcedures.set(q, (held = new Map()));
  held.set(caseId, structuredClone([...rows].sort(byStart)));
}

/** A procedure the transaction wrote: its case's held list takes it in (or is forgotten when the write found nothing). */
function keepWritten(q: Queryable, caseId: string, row: SpecialProcedureRow | undefined): void {
  const list = heldProcedures.get(q)?.get(caseId);
  if (!list) return;
  if (!row) {
    heldProcedures.get(q)!.delete(caseId);
    return;
  }
  holdProcedures(q, caseId, [...list.filter((p) => p.id !== row.id), row]);
}

/** Inserts an open procedure; none is returned when the case already has one open (the partial unique index). */
export async function insertSpecialProcedure(q: Queryable, p: { id: string; caseId: string; kind: string; reason: string; at: Date; by: string; plannedEnd: string | null }) {
  const row = (
    await q.query<SpecialProcedureRow>(
      `INSERT INTO special_procedures (id, case_id, kind, reason, started_at, started_by, planned_end) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id) WHERE ended_at IS NULL DO NOTHING RETURNING ${COLUMNS}`,
      [p.id, p.caseId, p.kind, p.reason, p.at, p.by, p.plannedEnd],
    )
  )[0];
  keepWritten(q, p.caseId, row);
  return row;
}

export async function endSpecialProcedure(q: Queryable, caseId: string, p: { at: Date; by: string | null; outcome: string }) {
  const row = (
    await q.query<SpecialProcedureRow>(
      `UPDATE special_procedures SET ended_at = $2, ended_by = $3, outcome = $4 WHERE case_id = $1 AND ended_at IS NULL RETURNING ${COLUMNS}`,
      [caseId, p.at, p.by, p.outcome],
    )
  )[0];
  // nothing open to end: a held list (with nothing open) is still what the database has
  if (row) keepWritten(q, caseId, row);
  return row;
}

/** The case's open procedure, if any; read under its application's lock, with every procedure of the case (held). */
export async function openSpecialProcedure(q: Queryable, caseId: string) {
  const held = heldProcedures.get(q)?.get(caseId);
  const all = held ?? (await q.query<SpecialProcedureRow>(`SELECT ${COLUMNS} FROM special_procedures WHERE case_id = $1 ORDER BY started_at, id`, [caseId]));
  if (!held) holdProcedures(q, caseId, all);
  const open = all.find((p) => p.ended_at === null);
  return open && structuredClone(open);
}

export async function specialProceduresOf(q: Queryable, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const held = heldProcedures.get(q);
  if (held && caseIds.every((id) => held.has(id))) return structuredClone([...new Set(caseIds)].flatMap((id) => held.get(id)!).sort(byStart));
  return q.query<SpecialProcedureRow>(`SELECT ${COLUMNS} FROM special_procedures WHERE case_id = ANY($1::uuid[]) ORDER BY started_at, id`, [[...caseIds]]);
}
