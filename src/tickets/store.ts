import type { Queryable } from '../db/index.js';
import type { TicketKind, TicketStatus } from './rules.js';

export interface CategoryRow {
  code: string;
  name: string;
  department_id: string;
  working_days: number;
  sort: number;
  updated_at: Date;
}

export interface TicketRow {
  id: string;
  number: string;
  kind: TicketKind;
  category_code: string | null;
  title: string;
  content: string;
  source: 'phone' | 'online' | 'window';
  region_code: string;
  entered_by: string | null;
  requester_user_id: string | null;
  requester_name: string;
  requester_phone: string | null;
  status: TicketStatus;
  department_id: string | null;
  dispatched_at: Date | null;
  due_date: string | null;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  on_time: boolean | null;
  duplicate_of: string | null;
  rating_level: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface TicketEventRow {
  id: number;
  ticket_id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  from_department_id: string | null;
  to_department_id: string | null;
  reason: string | null;
}

export interface KnowledgeRow {
  id: string;
  category_code: string | null;
  department_id: string | null;
  title: string;
  question: string;
  answer: string;
  status: 'published' | 'retired';
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

// ---- categories

export async function listCategories(q: Queryable): Promise<CategoryRow[]> {
  return q.query<CategoryRow>('SELECT * FROM ticket_categories ORDER BY sort, code');
}

export async function categoryByCode(q: Queryable, code: string): Promise<CategoryRow | undefined> {
  return (await q.query<CategoryRow>('SELECT * FROM ticket_categories WHERE code = $1', [code]))[0];
}

export async function upsertCategory(q: Queryable, c: CategoryRow): Promise<CategoryRow> {
  const rows = await q.query<CategoryRow>(
    `INSERT INTO ticket_categories (code, name, department_id, working_days, sort, updated_at) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, department_id = EXCLUDED.department_id,
       working_days = EXCLUDED.working_days, sort = EXCLUDED.sort, updated_at = EXCLUDED.updated_at
     RETURNING *`,
    [c.code, c.name, c.department_id, c.working_days, c.sort, c.updated_at],
  );
  return rows[0]!;
}

// ---- tickets

export type NewTicket = Omit<TicketRow, 'number' | 'version' | 'dispatched_at' | 'due_date' | 'answer' | 'answered_at' | 'answered_by' | 'on_time' | 'duplicate_of' | 'rating_level' | 'rating_comment' | 'rated_at' | 'department_id'>;

/** Inserts a ticket; its number is RX + the Shanghai date + a running number (5 digits or more). */
export async function insertTicket(q: Queryable, t: NewTicket, day: string): Promise<TicketRow> {
  const rows = await q.query<TicketRow>(
    `INSERT INTO tickets (id, number, kind, category_code, title, content, source, region_code, entered_by, requester_user_id,
       requester_name, requester_phone, status, created_at, updated_at)
     VALUES ($1, 'RX' || $15 || next_serial('ticket_number_seq', 5), $2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     RETURNING *`,
    [t.id, t.kind, t.category_code, t.title, t.content, t.source, t.region_code, t.entered_by, t.requester_user_id,
      t.requester_name, t.requester_phone, t.status, t.created_at, t.updated_at, day.replaceAll('-', '')],
  );
  return rows[0]!;
}

export async function ticketByNumber(q: Queryable, number: string): Promise<TicketRow | undefined> {
  return (await q.query<TicketRow>('SELECT * FROM tickets WHERE number = $1', [number]))[0];
}

export async function ticketById(q: Queryable, id: string, forUpdate = false): Promise<TicketRow | undefined> {
  return (await q.query<TicketRow>(`SELECT * FROM tickets WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

/** Writes back the mutable fields of a ticket read FOR UPDATE. */
export async function saveTicket(q: Queryable, t: TicketRow): Promise<TicketRow> {
  const rows = await q.query<TicketRow>(
    `UPDATE tickets SET kind = $2, category_code = $3, status = $4, department_id = $5, dispatched_at = $6, due_date = $7,
       answer = $8, answered_at = $9, answered_by = $10, on_time = $11, duplicate_of = $12, rating_level = $13, rating_comment = $14,
       rated_at = $15, updated_at = $16, version = version + 1
     WHERE id = $1 RETURNING *`,
    [t.id, t.kind, t.category_code, t.status, t.department_id, t.dispatched_at, t.due_date, t.answer, t.answered_at, t.answered_by,
      t.on_time, t.duplicate_of, t.rating_level, t.rating_comment, t.rated_at, t.updated_at],
  );
  return rows[0]!;
}

export interface TicketFilter {
  status?: TicketStatus;
  departmentId?: string;
  requesterUserId?: string;
  /** staff: the LIKE pattern of their region's codes */
  regionPattern?: string;
  limit: number;
}

export async function listTickets(q: Queryable, f: TicketFilter): Promise<TicketRow[]> {
  return q.query<TicketRow>(
    `SELECT * FROM tickets WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR department_id = $2)
       AND ($3::uuid IS NULL OR requester_user_id = $3) AND ($5::text IS NULL OR region_code LIKE $5)
     ORDER BY created_at DESC LIMIT $4`,
    [f.status ?? null, f.departmentId ?? null, f.requesterUserId ?? null, f.limit, f.regionPattern ?? null],
  );
}

export async function duplicatesOf(q: Queryable, masterId: string): Promise<TicketRow[]> {
  return q.query<TicketRow>('SELECT * FROM tickets WHERE duplicate_of = $1 ORDER BY created_at FOR UPDATE', [masterId]);
}

export async function linkedTickets(q: Queryable, masterId: string): Promise<TicketRow[]> {
  return q.query<TicketRow>('SELECT * FROM tickets WHERE duplicate_of = $1 ORDER BY created_at', [masterId]);
}

export async function insertEvent(q: Queryable, e: Omit<TicketEventRow, 'id'>): Promise<void> {
  await q.query(
    'INSERT INTO ticket_events (ticket_id, at, actor_id, action, from_department_id, to_department_id, reason) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [e.ticket_id, e.at, e.actor_id, e.action, e.from_department_id, e.to_department_id, e.reason],
  );
}

export async function eventsOf(q: Queryable, ticketId: string): Promise<TicketEventRow[]> {
  return q.query<TicketEventRow>('SELECT * FROM ticket_events WHERE ticket_id = $1 ORDER BY id', [ticketId]);
}

export async function indexTicket(q: Queryable, ticketId: string, terms: string[]): Promise<void> {
  if (terms.length === 0) return;
  await q.query('INSERT INTO ticket_terms (term, ticket_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [terms, ticketId]);
}

/** Open tickets sharing at least `min` terms with the given ones: candidates for the same matter. */
export async function similarTickets(q: Queryable, terms: string[], min: number, excludeId: string | null, since: Date, limit: number, regionPattern: string | null = null): Promise<Array<TicketRow & { matched: number }>> {
  if (terms.length === 0) return [];
  return q.query(
    `SELECT t.*, m.matched FROM (
       SELECT ticket_id, count(*) AS matched FROM ticket_terms WHERE term = ANY($1::text[]) GROUP BY ticket_id HAVING count(*) >= $2
     ) m JOIN tickets t ON t.id = m.ticket_id
     WHERE ($3::uuid IS NULL OR t.id <> $3) AND t.status NOT IN ('merged', 'closed') AND t.created_at >= $4
       AND ($6::text IS NULL OR t.region_code LIKE $6)
     ORDER BY m.matched DESC, t.created_at DESC LIMIT $5`,
    [terms, min, excludeId, since, limit, regionPattern],
  );
}

// ---- knowledge base

export async function insertKnowledge(q: Queryable, k: KnowledgeRow): Promise<KnowledgeRow> {
  const rows = await q.query<KnowledgeRow>(
    `INSERT INTO knowledge_entries (id, category_code, department_id, title, question, answer, status, created_by, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING *`,
    [k.id, k.category_code, k.department_id, k.title, k.question, k.answer, k.status, k.created_by, k.created_at, k.updated_at],
  );
  return rows[0]!;
}

export async function updateKnowledge(q: Queryable, k: KnowledgeRow): Promise<KnowledgeRow> {
  const rows = await q.query<KnowledgeRow>(
    `UPDATE knowledge_entries SET category_code = $2, department_id = $3, title = $4, question = $5, answer = $6, status = $7, updated_at = $8
     WHERE id = $1 RETURNING *`,
    [k.id, k.category_code, k.department_id, k.title, k.question, k.answer, k.status, k.updated_at],
  );
  return rows[0]!;
}

export async function knowledgeById(q: Queryable, id: string): Promise<KnowledgeRow | undefined> {
  return (await q.query<KnowledgeRow>('SELECT * FROM knowledge_entries WHERE id = $1', [id]))[0];
}

export async function knowledgeByTitle(q: Queryable, title: string): Promise<KnowledgeRow | undefined> {
  return (await q.query<KnowledgeRow>('SELECT * FROM knowledge_entries WHERE title = $1', [title]))[0];
}

export async function indexKnowledge(q: Queryable, entryId: string, terms: Map<string, number>): Promise<void> {
  await q.query('DELETE FROM knowledge_terms WHERE entry_id = $1', [entryId]);
  if (terms.size === 0) return;
  await q.query('INSERT INTO knowledge_terms (term, entry_id, weight) SELECT unnest($1::text[]), $2, unnest($3::int[])', [[...terms.keys()], entryId, [...terms.values()]]);
}

/** Published entries ranked by how many query terms they share, then by the weight of those terms. */
export async function searchKnowledge(q: Queryable, terms: string[], min: number, limit: number): Promise<Array<KnowledgeRow & { matched: number; score: number }>> {
  if (terms.length === 0) return [];
  return q.query(
    `SELECT k.*, m.matched, m.score FROM (
       SELECT entry_id, count(*) AS matched, sum(weight) AS score FROM knowledge_terms WHERE term = ANY($1::text[])
       GROUP BY entry_id HAVING count(*) >= $2
     ) m JOIN knowledge_entries k ON k.id = m.entry_id
     WHERE k.status = 'published'
     ORDER BY m.matched DESC, m.score DESC, k.title LIMIT $3`,
    [terms, min, limit],
  );
}

export async function listKnowledge(q: Queryable, f: { categoryCode?: string; limit: number }): Promise<KnowledgeRow[]> {
  return q.query<KnowledgeRow>(
    `SELECT * FROM knowledge_entries WHERE status = 'published' AND ($1::text IS NULL OR category_code = $1) ORDER BY updated_at DESC LIMIT $2`,
    [f.categoryCode ?? null, f.limit],
  );
}
