import type { Queryable } from '../db/index.js';
import type { AnswerType } from './rules.js';

export interface RequestRow {
  id: string;
  number: string;
  applicant_user_id: string | null;
  applicant_kind: 'citizen' | 'organisation';
  applicant_name: string;
  applicant_id_code: string | null;
  applicant_phone: string | null;
  applicant_address: string | null;
  department_id: string;
  region_code: string;
  description: string;
  purpose: string | null;
  format: 'paper' | 'electronic';
  delivery: 'online' | 'email' | 'post' | 'pickup';
  status: 'received' | 'consulting' | 'answered';
  received_at: Date;
  due_date: string | null;
  extended_at: Date | null;
  extension_days: number | null;
  extension_reason: string | null;
  answer_type: AnswerType | null;
  answer_text: string | null;
  legal_basis: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  on_the_spot: boolean | null;
  on_time: boolean | null;
  version: number;
}

export interface ConsultationRow {
  id: string;
  request_id: string;
  third_party: string;
  question: string;
  sent_at: Date;
  sent_by: string | null;
  replied_at: Date | null;
  opinion: 'agrees' | 'objects' | 'no-reply' | null;
  opinion_note: string | null;
}

export type NewRequest = Pick<RequestRow, 'id' | 'applicant_user_id' | 'applicant_kind' | 'applicant_name' | 'applicant_id_code' | 'applicant_phone' | 'applicant_address' | 'department_id' | 'region_code' | 'description' | 'purpose' | 'format' | 'delivery' | 'received_at'>;

/** Numbered per year: 依申请公开〔2026〕00001 style, stored as GK2026-00001. */
export async function insertRequest(q: Queryable, r: NewRequest, year: string): Promise<RequestRow> {
  const rows = await q.query<RequestRow>(
    `INSERT INTO disclosure_requests (id, number, applicant_user_id, applicant_kind, applicant_name, applicant_id_code, applicant_phone, applicant_address,
       department_id, region_code, description, purpose, format, delivery, status, received_at)
     VALUES ($1, 'GK' || $15 || '-' || next_serial('disclosure_number_seq', 5), $2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'received',$14)
     RETURNING *`,
    [r.id, r.applicant_user_id, r.applicant_kind, r.applicant_name, r.applicant_id_code, r.applicant_phone, r.applicant_address,
      r.department_id, r.region_code, r.description, r.purpose, r.format, r.delivery, r.received_at, year],
  );
  return rows[0]!;
}

export async function requestById(q: Queryable, id: string, forUpdate = false): Promise<RequestRow | undefined> {
  return (await q.query<RequestRow>(`SELECT * FROM disclosure_requests WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export async function saveRequest(q: Queryable, r: RequestRow): Promise<RequestRow> {
  const rows = await q.query<RequestRow>(
    `UPDATE disclosure_requests SET status = $2, due_date = $3, extended_at = $4, extension_days = $5, extension_reason = $6,
       answer_type = $7, answer_text = $8, legal_basis = $9, answered_at = $10, answered_by = $11, on_the_spot = $12, on_time = $13,
       version = version + 1
     WHERE id = $1 RETURNING *`,
    [r.id, r.status, r.due_date, r.extended_at, r.extension_days, r.extension_reason, r.answer_type, r.answer_text, r.legal_basis,
      r.answered_at, r.answered_by, r.on_the_spot, r.on_time],
  );
  return rows[0]!;
}

export interface RegisterFilter {
  departmentId?: string;
  applicantUserId?: string;
  status?: string;
  from?: Date;
  to?: Date;
  /** staff: the LIKE pattern of their region's codes */
  regionPattern?: string;
  limit: number;
}

export async function listRequests(q: Queryable, f: RegisterFilter): Promise<RequestRow[]> {
  return q.query<RequestRow>(
    `SELECT * FROM disclosure_requests
     WHERE ($1::uuid IS NULL OR department_id = $1) AND ($2::uuid IS NULL OR applicant_user_id = $2) AND ($3::text IS NULL OR status = $3)
       AND ($4::timestamptz IS NULL OR received_at >= $4) AND ($5::timestamptz IS NULL OR received_at < $5)
       AND ($7::text IS NULL OR region_code LIKE $7)
     ORDER BY received_at DESC LIMIT $6`,
    [f.departmentId ?? null, f.applicantUserId ?? null, f.status ?? null, f.from ?? null, f.to ?? null, f.limit, f.regionPattern ?? null],
  );
}

export interface RegisterSummaryRow {
  total: number;
  answered: number;
  on_the_spot: number;
  on_time: number;
  extended: number;
  disclosed: number;
  partly_disclosed: number;
  not_held: number;
  not_disclosable: number;
}

export async function registerSummary(q: Queryable, f: Omit<RegisterFilter, 'limit' | 'applicantUserId' | 'status'>): Promise<RegisterSummaryRow> {
  const rows = await q.query<RegisterSummaryRow>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'answered') AS answered,
       count(*) FILTER (WHERE on_the_spot) AS on_the_spot, count(*) FILTER (WHERE on_time) AS on_time,
       count(*) FILTER (WHERE extended_at IS NOT NULL) AS extended,
       count(*) FILTER (WHERE answer_type = 'disclosed') AS disclosed, count(*) FILTER (WHERE answer_type = 'partly-disclosed') AS partly_disclosed,
       count(*) FILTER (WHERE answer_type = 'not-held') AS not_held, count(*) FILTER (WHERE answer_type = 'not-disclosable') AS not_disclosable
     FROM disclosure_requests
     WHERE ($1::uuid IS NULL OR department_id = $1) AND ($2::timestamptz IS NULL OR received_at >= $2) AND ($3::timestamptz IS NULL OR received_at < $3)
       AND ($4::text IS NULL OR region_code LIKE $4)`,
    [f.departmentId ?? null, f.from ?? null, f.to ?? null, f.regionPattern ?? null],
  );
  return rows[0]!;
}

/** The register summed per agency (for the public register: counts only, nothing about the applicants). */
export async function registerByDepartment(q: Queryable, f: { from: Date; to: Date }): Promise<Array<RegisterSummaryRow & { department_id: string; department_name: string }>> {
  return q.query(
    `SELECT r.department_id, d.name AS department_name, count(*) AS total, count(*) FILTER (WHERE r.status = 'answered') AS answered,
       count(*) FILTER (WHERE r.on_the_spot) AS on_the_spot, count(*) FILTER (WHERE r.on_time) AS on_time,
       count(*) FILTER (WHERE r.extended_at IS NOT NULL) AS extended,
       count(*) FILTER (WHERE r.answer_type = 'disclosed') AS disclosed, count(*) FILTER (WHERE r.answer_type = 'partly-disclosed') AS partly_disclosed,
       count(*) FILTER (WHERE r.answer_type = 'not-held') AS not_held, count(*) FILTER (WHERE r.answer_type = 'not-disclosable') AS not_disclosable
     FROM disclosure_requests r JOIN departments d ON d.id = r.department_id
     WHERE r.received_at >= $1 AND r.received_at < $2
     GROUP BY r.department_id, d.name ORDER BY count(*) DESC, d.name`,
    [f.from, f.to],
  );
}

export async function insertConsultation(q: Queryable, c: Omit<ConsultationRow, 'replied_at' | 'opinion' | 'opinion_note'>): Promise<void> {
  await q.query('INSERT INTO disclosure_consultations (id, request_id, third_party, question, sent_at, sent_by) VALUES ($1,$2,$3,$4,$5,$6)', [c.id, c.request_id, c.third_party, c.question, c.sent_at, c.sent_by]);
}

export async function openConsultation(q: Queryable, requestId: string): Promise<ConsultationRow | undefined> {
  return (await q.query<ConsultationRow>('SELECT * FROM disclosure_consultations WHERE request_id = $1 AND replied_at IS NULL', [requestId]))[0];
}

export async function closeConsultation(q: Queryable, id: string, at: Date, opinion: string, note: string | null): Promise<void> {
  await q.query('UPDATE disclosure_consultations SET replied_at = $2, opinion = $3, opinion_note = $4 WHERE id = $1', [id, at, opinion, note]);
}

export async function consultationsOf(q: Queryable, requestId: string): Promise<ConsultationRow[]> {
  return q.query<ConsultationRow>('SELECT * FROM disclosure_consultations WHERE request_id = $1 ORDER BY sent_at', [requestId]);
}
