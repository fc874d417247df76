import type { Queryable } from '../db/index.js';
import type { BillLine, BillStatus, CatalogueFee } from './rules.js';

/** The fee catalogue's and the bills' SQL. */

interface CatalogueRow {
  code: string;
  name: string;
  department_code: string;
  legal_basis: string;
  rule: CatalogueFee['rule'];
  exemptions: CatalogueFee['exemptions'];
  collector: string;
  active: boolean;
}

const fromRow = (r: CatalogueRow): CatalogueFee & { active: boolean } => ({
  code: r.code, name: r.name, departmentCode: r.department_code, legalBasis: r.legal_basis, rule: r.rule, exemptions: r.exemptions, collector: r.collector, active: r.active,
});

export async function insertFee(q: Queryable, f: CatalogueFee, at: Date): Promise<void> {
  await q.query(
    `INSERT INTO fee_catalogue (code, name, department_code, legal_basis, rule, exemptions, collector, active, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)`,
    [f.code, f.name, f.departmentCode, f.legalBasis, JSON.stringify(f.rule), JSON.stringify(f.exemptions), f.collector, at],
  );
}

export async function listFees(q: Queryable): Promise<Array<CatalogueFee & { active: boolean }>> {
  return (await q.query<CatalogueRow>('SELECT * FROM fee_catalogue ORDER BY department_code, code')).map(fromRow);
}

export async function activeFeesNamed(q: Queryable, names: readonly string[]): Promise<CatalogueFee[]> {
  if (names.length === 0) return [];
  return (await q.query<CatalogueRow>('SELECT * FROM fee_catalogue WHERE active AND name = ANY($1::text[])', [names])).map(fromRow);
}

export interface BillRow {
  id: string;
  number: string;
  application_id: string;
  application_number: string;
  case_id: string;
  user_id: string | null;
  payer_name: string;
  region_code: string;
  item_code: string;
  item_name: string;
  point: 'acceptance' | 'decision';
  lines: BillLine[];
  total_fen: number;
  status: BillStatus;
  delivery_after_payment: boolean;
  created_at: Date;
  paid_at: Date | null;
  closed_at: Date | null;
  close_reason: string | null;
  version: number;
}

const BILL = `id, number, application_id, application_number, case_id, user_id, payer_name, trim(region_code) AS region_code, item_code, item_name, point, lines,
  total_fen, status, delivery_after_payment, created_at, paid_at, closed_at, close_reason, version`;

/** 缴费通知书编号: JF, the Beijing date, ten characters of its id. */
const billNumber = (id: string, at: Date) => `JF${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '')}${id.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

/** Inserts a bill unless the case already has one for that point; returns it, or null when it existed. */
export async function insertBill(q: Queryable, b: Omit<BillRow, 'paid_at' | 'closed_at' | 'close_reason' | 'version' | 'number'>): Promise<BillRow | null> {
  const rows = await q.query<BillRow>(
    `INSERT INTO bills (id, number, application_id, application_number, case_id, user_id, payer_name, region_code, item_code, item_name, point, lines, total_fen, status, delivery_after_payment, created_at)
     VALUES ($1, $16, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (case_id, point) DO NOTHING RETURNING ${BILL}`,
    [b.id, b.application_id, b.application_number, b.case_id, b.user_id, b.payer_name, b.region_code, b.item_code, b.item_name, b.point, JSON.stringify(b.lines), b.total_fen, b.status, b.delivery_after_payment, b.created_at, billNumber(b.id, b.created_at)],
  );
  return rows[0] ?? null;
}

export async function billById(q: Queryable, id: string, lock = false): Promise<BillRow | null> {
  return (await q.query<BillRow>(`SELECT ${BILL} FROM bills WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]))[0] ?? null;
}

export async function billsOfUser(q: Queryable, userId: string): Promise<BillRow[]> {
  return q.query<BillRow>(`SELECT ${BILL} FROM bills WHERE user_id = $1 ORDER BY created_at DESC LIMIT 200`, [userId]);
}

export async function billsOfRegion(q: Queryable, pattern: string, status: BillStatus | null): Promise<BillRow[]> {
  return q.query<BillRow>(`SELECT ${BILL} FROM bills WHERE region_code LIKE $1 AND ($2::text IS NULL OR status = $2) ORDER BY created_at DESC LIMIT 200`, [pattern, status]);
}

export async function billsOfApplication(q: Queryable, applicationId: string): Promise<BillRow[]> {
  return q.query<BillRow>(`SELECT ${BILL} FROM bills WHERE application_id = $1 ORDER BY created_at`, [applicationId]);
}

export async function billsOfCase(q: Queryable, caseId: string): Promise<BillRow[]> {
  return q.query<BillRow>(`SELECT ${BILL} FROM bills WHERE case_id = $1 ORDER BY created_at FOR UPDATE`, [caseId]);
}

/** Moves a bill from one status to another; false when it was not in `from` any more. */
export async function moveBill(q: Queryable, id: string, from: readonly BillStatus[], to: BillStatus, patch: { paid_at?: Date; closed_at?: Date; close_reason?: string }): Promise<BillRow | null> {
  const rows = await q.query<BillRow>(
    `UPDATE bills SET status = $3, paid_at = COALESCE($4, paid_at), closed_at = COALESCE($5, closed_at), close_reason = COALESCE($6, close_reason), version = version + 1
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING ${BILL}`,
    [id, from, to, patch.paid_at ?? null, patch.closed_at ?? null, patch.close_reason ?? null],
  );
  return rows[0] ?? null;
}
