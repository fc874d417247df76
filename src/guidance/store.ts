/** The guidance module's SQL: issued notices and guide feedback. */
import type { Queryable } from '../db/index.js';
import type { Notice } from './build-notice.js';

export interface NoticeRow {
  id: string;
  subject_kind: 'bundle' | 'item';
  subject_code: string;
  version_id: string;
  answers: Record<string, unknown>;
  content: Notice;
  user_id: string | null;
  created_at: Date;
}

export async function insertNotice(q: Queryable, r: NoticeRow): Promise<void> {
  await q.query(
    `INSERT INTO notices (id, subject_kind, subject_code, version_id, answers, content, user_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.id, r.subject_kind, r.subject_code, r.version_id, JSON.stringify(r.answers), JSON.stringify(r.content), r.user_id, r.created_at],
    { name: 'guidance_insert_notice' },
  );
}

export async function noticeById(q: Queryable, id: string): Promise<NoticeRow | undefined> {
  return (await q.query<NoticeRow>('SELECT * FROM notices WHERE id = $1', [id], { name: 'guidance_notice_by_id' }))[0];
}

export interface FeedbackRow {
  id: string;
  item_code: string;
  item_version_id: string;
  item_name: string;
  department_id: string;
  reporter_id: string;
  reporter_kind: 'applicant' | 'staff';
  step: string;
  kind: 'wrong' | 'unclear';
  part: string;
  material_code: string | null;
  description: string;
  application_id: string | null;
  status: 'open' | 'resolved' | 'dismissed';
  response: string | null;
  handled_by: string | null;
  handled_at: Date | null;
  created_at: Date;
}

export async function insertFeedback(q: Queryable, r: Omit<FeedbackRow, 'status' | 'response' | 'handled_by' | 'handled_at'>): Promise<void> {
  await q.query(
    `INSERT INTO guide_feedback (id, item_code, item_version_id, item_name, department_id, reporter_id, reporter_kind, step, kind, part,
       material_code, description, application_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [r.id, r.item_code, r.item_version_id, r.item_name, r.department_id, r.reporter_id, r.reporter_kind, r.step, r.kind, r.part, r.material_code, r.description, r.application_id, r.created_at],
  );
}

export async function feedbackById(q: Queryable, id: string): Promise<FeedbackRow | undefined> {
  return (await q.query<FeedbackRow>('SELECT * FROM guide_feedback WHERE id = $1', [id]))[0];
}

/** Closes open feedback; false when it was already handled (a concurrent handler won). */
export async function closeFeedback(q: Queryable, id: string, status: 'resolved' | 'dismissed', response: string, by: string, at: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE guide_feedback SET status = $2, response = $3, handled_by = $4, handled_at = $5 WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, status, response, by, at],
  );
  return rows.length === 1;
}

export interface FeedbackFilter {
  departmentId?: string | null;
  reporterId?: string | null;
  itemCode?: string | null;
  status?: string | null;
  /** staff: the LIKE pattern of their region's codes (the region of the guide's department) */
  regionPattern?: string | null;
  limit: number;
}

export async function listFeedback(q: Queryable, f: FeedbackFilter): Promise<FeedbackRow[]> {
  return q.query<FeedbackRow>(
    `SELECT * FROM guide_feedback
     WHERE ($1::uuid IS NULL OR department_id = $1) AND ($2::uuid IS NULL OR reporter_id = $2)
       AND ($3::text IS NULL OR item_code = $3) AND ($4::text IS NULL OR status = $4)
       AND ($6::text IS NULL OR department_id IN (SELECT id FROM departments WHERE region_code LIKE $6))
     ORDER BY created_at DESC, id LIMIT $5`,
    [f.departmentId ?? null, f.reporterId ?? null, f.itemCode ?? null, f.status ?? null, f.limit, f.regionPattern ?? null],
  );
}

export interface FeedbackCountRow {
  item_code: string;
  item_name: string;
  department_id: string;
  total: number;
  open: number;
  resolved: number;
  dismissed: number;
  wrong: number;
  unclear: number;
}

/** Feedback counts per item: how often its guide was found wrong or unclear, and what became of it. */
export async function feedbackCounts(q: Queryable, f: { itemCodes?: string[] | null; departmentId?: string | null }): Promise<FeedbackCountRow[]> {
  return q.query<FeedbackCountRow>(
    `SELECT item_code, max(item_name) AS item_name, max(department_id::text)::uuid AS department_id,
            count(*) AS total,
            count(*) FILTER (WHERE status = 'open') AS open,
            count(*) FILTER (WHERE status = 'resolved') AS resolved,
            count(*) FILTER (WHERE status = 'dismissed') AS dismissed,
            count(*) FILTER (WHERE kind = 'wrong') AS wrong,
            count(*) FILTER (WHERE kind = 'unclear') AS unclear
     FROM guide_feedback
     WHERE ($1::text[] IS NULL OR item_code = ANY($1)) AND ($2::uuid IS NULL OR department_id = $2)
     GROUP BY item_code ORDER BY count(*) DESC, item_code`,
    [f.itemCodes ?? null, f.departmentId ?? null],
  );
}
