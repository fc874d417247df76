import type { Queryable } from '../../db/index.js';
import type { DocumentContent, DocumentKind } from '../statutory-document-rules.js';

export interface DocumentRow {
  id: string;
  application_id: string;
  case_id: string | null;
  kind: DocumentKind;
  department_id: string;
  year: number;
  seq: number;
  number: string;
  title: string;
  issued_at: Date;
  content: DocumentContent;
  has_pdf: boolean;
}

const COLUMNS = 'id, application_id, case_id, kind, department_id, year, seq, number, title, issued_at, content, pdf IS NOT NULL AS has_pdf';

/** The next number of a department's documents of one kind in one year: one atomic upsert. */
export async function nextDocumentSeq(q: Queryable, departmentId: string, kind: DocumentKind, year: number): Promise<number> {
  const rows = await q.query<{ last: number }>(
    `INSERT INTO document_number_counters (department_id, kind, year, last) VALUES ($1, $2, $3, 1)
     ON CONFLICT (department_id, kind, year) DO UPDATE SET last = document_number_counters.last + 1 RETURNING last`,
    [departmentId, kind, year],
  );
  return Number(rows[0]!.last);
}

export async function insertDocument(q: Queryable, d: Omit<DocumentRow, 'has_pdf'>): Promise<void> {
  await q.query(
    `INSERT INTO application_documents (id, application_id, case_id, kind, department_id, year, seq, number, title, issued_at, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [d.id, d.application_id, d.case_id, d.kind, d.department_id, d.year, d.seq, d.number, d.title, d.issued_at, JSON.stringify(d.content)],
  );
}

export async function documentsOf(q: Queryable, applicationId: string): Promise<DocumentRow[]> {
  return q.query<DocumentRow>(`SELECT ${COLUMNS} FROM application_documents WHERE application_id = $1 ORDER BY issued_at, CASE kind WHEN 'acceptance' THEN 0 ELSE 1 END, seq, id`, [applicationId]);
}

export async function documentById(q: Queryable, id: string): Promise<DocumentRow | undefined> {
  return (await q.query<DocumentRow>(`SELECT ${COLUMNS} FROM application_documents WHERE id = $1`, [id]))[0];
}

export async function latestDocumentOf(q: Queryable, applicationId: string, kind: DocumentKind): Promise<DocumentRow | undefined> {
  return (await q.query<DocumentRow>(`SELECT ${COLUMNS} FROM application_documents WHERE application_id = $1 AND kind = $2 ORDER BY issued_at DESC, seq DESC LIMIT 1`, [applicationId, kind]))[0];
}

export async function documentPdf(q: Queryable, id: string): Promise<Uint8Array | null> {
  const row = (await q.query<{ pdf: Uint8Array | null }>('SELECT pdf FROM application_documents WHERE id = $1', [id]))[0];
  return row?.pdf ? new Uint8Array(row.pdf) : null;
}

/** Keeps the rendered PDF; the first rendering stays (a document once issued does not change). */
export async function keepDocumentPdf(q: Queryable, id: string, pdf: Uint8Array): Promise<void> {
  await q.query('UPDATE application_documents SET pdf = $2 WHERE id = $1 AND pdf IS NULL', [id, Buffer.from(pdf)]);
}
