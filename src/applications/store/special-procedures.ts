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

/** Inserts an open procedure; none is returned when the case already has one open (the partial unique index). */
export async function insertSpecialProcedure(q: Queryable, p: { id: string; caseId: string; kind: string; reason: string; at: Date; by: string; plannedEnd: string | null }) {
  return (
    await q.query<SpecialProcedureRow>(
      `INSERT INTO special_procedures (id, case_id, kind, reason, started_at, started_by, planned_end) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id) WHERE ended_at IS NULL DO NOTHING RETURNING ${COLUMNS}`,
      [p.id, p.caseId, p.kind, p.reason, p.at, p.by, p.plannedEnd],
    )
  )[0];
}

export async function endSpecialProcedure(q: Queryable, caseId: string, p: { at: Date; by: string | null; outcome: string }) {
  return (
    await q.query<SpecialProcedureRow>(
      `UPDATE special_procedures SET ended_at = $2, ended_by = $3, outcome = $4 WHERE case_id = $1 AND ended_at IS NULL RETURNING ${COLUMNS}`,
      [caseId, p.at, p.by, p.outcome],
    )
  )[0];
}

export async function openSpecialProcedure(q: Queryable, caseId: string) {
  return (await q.query<SpecialProcedureRow>(`SELECT ${COLUMNS} FROM special_procedures WHERE case_id = $1 AND ended_at IS NULL`, [caseId]))[0];
}

export async function specialProceduresOf(q: Queryable, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return q.query<SpecialProcedureRow>(`SELECT ${COLUMNS} FROM special_procedures WHERE case_id = ANY($1::uuid[]) ORDER BY started_at, id`, [[...caseIds]]);
}
