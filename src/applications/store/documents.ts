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
const ORDER = "issued_at, CASE kind WHEN 'acceptance' THEN 0 ELSE 1 END, seq, id";

/** An application's documents as a JSON array, in a query over `applications a` (read with the application). */
export const DOCUMENTS_JSON = `SELECT coalesce(json_agg(d ORDER BY ${ORDER}), '[]'::json)
  FROM (SELECT ${COLUMNS} FROM application_documents WHERE application_id = a.id) d`;

/**
 * Issues a document under the next number of its department's documents of that kind and year: the counter's upsert
 * and the insert in one statement. The number is `around[0]` + the sequence + `around[1]`, written both in its column
 * and in the content; answers the sequence and the number.
 */
export async function insertNumberedDocument(
  q: Queryable,
  d: Omit<DocumentRow, 'has_pdf' | 'seq' | 'number'>,
  around: readonly [string, string],
): Promise<{ seq: number; number: string }> {
  const rows = await q.query<{ seq: number; number: string }>(
    `WITH n AS (
       INSERT INTO document_number_counters (department_id, kind, year, last) VALUES ($5, $4, $6, 1)
       ON CONFLICT (department_id, kind, year) DO UPDATE SET last = document_number_counters.last + 1 RETURNING last)
     INSERT INTO application_documents (id, application_id, case_id, kind, department_id, year, seq, number, title, issued_at, content)
     SELECT $1, $2, $3, $4, $5, $6, n.last, $7 || n.last || $8, $9, $10, jsonb_set($11::jsonb, '{number}', to_jsonb($7 || n.last || $8))
       FROM n
     RETURNING seq, number`,
    [d.id, d.application_id, d.case_id, d.kind, d.department_id, d.year, around[0], around[1], d.title, d.issued_at, JSON.stringify(d.content)],
    { name: 'documents_insert_numbered' },
  );
  const issued = { seq: Number(rows[0]!.seq), number: rows[0]!.number };
  if (q.beforeCommit) {
    const row: DocumentRow = { ...d, ...issued, content: { ...d.content, number: issued.number }, has_pdf: false };
    written.set(q, [...(written.get(q) ?? []), row]);
  }
  return issued;
}

/** The documents each transaction has issued, as they were written (keyed by the transaction object). */
const written = new WeakMap<Queryable, DocumentRow[]>();

/** The documents this transaction has issued so far. */
export function documentsIssuedIn(q: Queryable): DocumentRow[] {
  return structuredClone(written.get(q) ?? []);
}

/** Documents in the order an application's page lists them (as `documentsOf` reads them). */
export function inDocumentOrder(list: readonly DocumentRow[]): DocumentRow[] {
  const rank = (d: DocumentRow) => (d.kind === 'acceptance' ? 0 : 1);
  return [...list].sort((a, b) => a.issued_at.getTime() - b.issued_at.getTime() || rank(a) - rank(b) || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function documentsOf(q: Queryable, applicationId: string): Promise<DocumentRow[]> {
  return q.query<DocumentRow>(`SELECT ${COLUMNS} FROM application_documents WHERE application_id = $1 ORDER BY ${ORDER}`, [applicationId]);
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

/**
 * Keeps the rendered PDF; the first rendering stays (a document once issued does not change). Inside a transaction it
 * is written with the commit (a background job's rendering goes out with the job's done-mark).
 */
export async function keepDocumentPdf(q: Queryable, id: string, pdf: Uint8Array): Promise<void> {
  const sql = 'UPDATE application_documents SET pdf = $2 WHERE id = $1 AND pdf IS NULL';
  if (q.commitWrite) q.commitWrite({ key: `documents|pdf|${id}`, sql, params: [id, Buffer.from(pdf)] });
  else await q.query(sql, [id, Buffer.from(pdf)]);
}
