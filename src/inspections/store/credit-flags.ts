import { maybeOne, type Queryable } from '../../db/index.js';

export interface CreditFlagRow {
  id: string;
  uscc: string | null;
  id_number: string | null;
  subject_name: string;
  reason: string;
  source: 'inspection' | 'commitment' | 'manual';
  source_ref: string | null;
  starts_at: Date;
  ends_at: Date;
  status: 'active' | 'revoked';
  created_by: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

export interface AppealRow {
  id: string;
  flag_id: string;
  filed_by: string;
  statement: string;
  filed_at: Date;
  decision: 'revoked' | 'upheld' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/** The standing flag of a business or a person at an instant: the one ending last, if several overlap. */
export async function activeFlagOf(q: Queryable, who: { uscc?: string; idNumber?: string }, at: Date): Promise<CreditFlagRow | undefined> {
  return maybeOne<CreditFlagRow>(
    q,
    `SELECT * FROM credit_flags
      WHERE status = 'active' AND starts_at <= $3 AND ends_at > $3
        AND ((uscc IS NOT NULL AND uscc = $1) OR (id_number IS NOT NULL AND id_number = $2))
      ORDER BY ends_at DESC, id LIMIT 1`,
    [who.uscc ?? null, who.idNumber ?? null, at],
    { name: 'credit_flag_active' },
  );
}

/** Inserts a flag; a second flag from the same source record is ignored (returns undefined). */
export async function insertFlag(q: Queryable, f: Omit<CreditFlagRow, 'status' | 'revoked_at'>): Promise<CreditFlagRow | undefined> {
  return maybeOne<CreditFlagRow>(
    q,
    `INSERT INTO credit_flags (id, uscc, id_number, subject_name, reason, source, source_ref, starts_at, ends_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (source, source_ref) DO NOTHING
     RETURNING *`,
    [f.id, f.uscc, f.id_number, f.subject_name, f.reason, f.source, f.source_ref, f.starts_at, f.ends_at, f.created_by, f.created_at],
  );
}

export async function flagById(q: Queryable, id: string): Promise<CreditFlagRow | undefined> {
  return maybeOne<CreditFlagRow>(q, 'SELECT * FROM credit_flags WHERE id = $1', [id]);
}

export async function flagBySource(q: Queryable, source: string, sourceRef: string): Promise<CreditFlagRow | undefined> {
  return maybeOne<CreditFlagRow>(q, 'SELECT * FROM credit_flags WHERE source = $1 AND source_ref = $2', [source, sourceRef]);
}

export async function listFlags(
  q: Queryable,
  f: { uscc?: string; idNumber?: string; activeAt?: Date; limit: number; offset: number },
): Promise<CreditFlagRow[]> {
  return q.query<CreditFlagRow>(
    `SELECT * FROM credit_flags
      WHERE ($1::text IS NULL OR uscc = $1) AND ($2::text IS NULL OR id_number = $2)
        AND ($3::timestamptz IS NULL OR (status = 'active' AND starts_at <= $3 AND ends_at > $3))
      ORDER BY created_at DESC, id LIMIT $4 OFFSET $5`,
    [f.uscc ?? null, f.idNumber ?? null, f.activeAt ?? null, f.limit, f.offset],
  );
}

/** Revokes a flag still active; returns false when it was already revoked (a concurrent decision). */
export async function revokeFlag(q: Queryable, id: string, at: Date): Promise<boolean> {
  const rows = await q.query(`UPDATE credit_flags SET status = 'revoked', revoked_at = $2 WHERE id = $1 AND status = 'active' RETURNING id`, [id, at]);
  return rows.length === 1;
}

export async function insertAppeal(q: Queryable, a: Pick<AppealRow, 'id' | 'flag_id' | 'filed_by' | 'statement' | 'filed_at'>): Promise<AppealRow> {
  const rows = await q.query<AppealRow>(
    `INSERT INTO credit_flag_appeals (id, flag_id, filed_by, statement, filed_at) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [a.id, a.flag_id, a.filed_by, a.statement, a.filed_at],
  );
  return rows[0]!;
}

export async function appealById(q: Queryable, id: string): Promise<AppealRow | undefined> {
  return maybeOne<AppealRow>(q, 'SELECT * FROM credit_flag_appeals WHERE id = $1', [id]);
}

export async function appealsOfFlag(q: Queryable, flagId: string): Promise<AppealRow[]> {
  return q.query<AppealRow>('SELECT * FROM credit_flag_appeals WHERE flag_id = $1 ORDER BY filed_at, id', [flagId]);
}

export async function pendingAppeals(q: Queryable, limit: number): Promise<AppealRow[]> {
  return q.query<AppealRow>('SELECT * FROM credit_flag_appeals WHERE decision IS NULL ORDER BY filed_at, id LIMIT $1', [limit]);
}

/** Decides a pending appeal; false when someone else decided it first. */
export async function decideAppeal(
  q: Queryable,
  id: string,
  d: { decision: 'revoked' | 'upheld'; note: string; decidedBy: string; at: Date },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE credit_flag_appeals SET decision = $2, decision_note = $3, decided_by = $4, decided_at = $5
      WHERE id = $1 AND decision IS NULL RETURNING id`,
    [id, d.decision, d.note, d.decidedBy, d.at],
  );
  return rows.length === 1;
}
