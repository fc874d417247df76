import type { Queryable } from '../db/index.js';
import { DEFAULT_RATING_SETTINGS, type RatingSettings } from './rules.js';
import type { Channel } from './levels.js';

export interface HandlingRow {
  id: string;
  channel: Channel;
  source_key: string;
  application_id: string | null;
  item_code: string | null;
  item_name: string;
  department_id: string;
  region_code: string;
  rater_user_id: string | null;
  rater_name: string | null;
  rater_phone: string | null;
  rater_uscc: string | null;
  rating_code: string | null;
  recorded_by: string | null;
  handled_at: Date;
  created_at: Date;
}

export interface RatingRow {
  id: string;
  handling_id: string;
  channel: Channel;
  department_id: string;
  item_code: string | null;
  item_name: string;
  rater_user_id: string | null;
  rater_name: string | null;
  rater_phone: string | null;
  rater_uscc: string | null;
  real_name: boolean;
  level: number;
  indicators: Record<string, number>;
  comment: string | null;
  rated_at: Date;
  updated_at: Date;
  editable_until: Date;
  status: 'valid' | 'voided';
  void_reason: string | null;
  voided_at: Date | null;
  voided_by: string | null;
}

export interface RectificationRow {
  id: string;
  rating_id: string;
  department_id: string;
  status: 'open' | 'answered' | 'closed' | 'withdrawn' | 'voided';
  follow_up_required: boolean;
  opened_at: Date;
  working_days: number;
  due_date: string | null;
  finding: string | null;
  action: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  on_time: boolean | null;
  follow_up_method: string | null;
  follow_up_result: string | null;
  follow_up_note: string | null;
  followed_up_at: Date | null;
  followed_up_by: string | null;
  closed_at: Date | null;
}

export interface AppealRow {
  id: string;
  rating_id: string;
  department_id: string;
  reason_kind: 'mistaken' | 'malicious';
  explanation: string;
  filed_by: string;
  filed_at: Date;
  status: 'pending' | 'upheld' | 'rejected';
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

// ---- settings

export async function ratingSettings(q: Queryable): Promise<RatingSettings> {
  const rows = await q.query<{ key: string; value: unknown }>('SELECT key, value FROM rating_settings', [], { name: 'ratings_settings' });
  const s: RatingSettings = { ...DEFAULT_RATING_SETTINGS };
  for (const r of rows) if (r.key in s && typeof r.value === 'number') (s as unknown as Record<string, number>)[r.key] = r.value;
  return s;
}

export async function putRatingSetting(q: Queryable, key: keyof RatingSettings, value: number, at: Date, by: string): Promise<void> {
  await q.query(
    `INSERT INTO rating_settings (key, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [key, JSON.stringify(value), at, by],
  );
}

// ---- handlings

export type NewHandling = Omit<HandlingRow, 'created_at'> & { created_at: Date };

/** Inserts a handling once per source (a delivered case, a visit); returns undefined when it existed already. */
export async function insertHandling(q: Queryable, h: NewHandling): Promise<HandlingRow | undefined> {
  const rows = await q.query<HandlingRow>(
    `INSERT INTO rating_handlings (id, channel, source_key, application_id, item_code, item_name, department_id, region_code,
       rater_user_id, rater_name, rater_phone, rater_uscc, rating_code, recorded_by, handled_at, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
     ON CONFLICT (source_key) DO NOTHING RETURNING *`,
    [h.id, h.channel, h.source_key, h.application_id, h.item_code, h.item_name, h.department_id, h.region_code,
      h.rater_user_id, h.rater_name, h.rater_phone, h.rater_uscc, h.rating_code, h.recorded_by, h.handled_at, h.created_at],
  );
  return rows[0];
}

/** Several handlings in one statement (one per case of a delivered application); answers how many were new. */
/**
 * Handlings, each once under its source key (one already made stays as it was). Inside a transaction they are written
 * with its commit: a job's invitations go out with its done-mark.
 */
export async function insertHandlings(q: Queryable, list: readonly NewHandling[]): Promise<void> {
  if (list.length === 0) return;
  const w = handlingsInsert(list);
  if (q.commitWrite) q.commitWrite({ key: 'rating-handlings', ...w });
  else await q.query(w.sql, w.params, { name: 'rating_handlings_insert_many' });
}

function handlingsInsert(list: readonly NewHandling[]): { sql: string; params: unknown[] } {
  const col = <K extends keyof NewHandling>(k: K) => list.map((h) => h[k] ?? null);
  return {
    sql: `INSERT INTO rating_handlings (id, channel, source_key, application_id, item_code, item_name, department_id, region_code,
       rater_user_id, rater_name, rater_phone, rater_uscc, rating_code, recorded_by, handled_at, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::text[],
       $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::uuid[], $15::timestamptz[], $16::timestamptz[])
     ON CONFLICT (source_key) DO NOTHING`,
    params: [col('id'), col('channel'), col('source_key'), col('application_id'), col('item_code'), col('item_name'), col('department_id'), col('region_code'),
      col('rater_user_id'), col('rater_name'), col('rater_phone'), col('rater_uscc'), col('rating_code'), col('recorded_by'),
      list.map((h) => new Date(h.handled_at).toISOString()), list.map((h) => new Date(h.created_at).toISOString())],
  };
}

export async function handlingById(q: Queryable, id: string): Promise<HandlingRow | undefined> {
  return (await q.query<HandlingRow>('SELECT * FROM rating_handlings WHERE id = $1', [id]))[0];
}

export async function handlingBySourceKey(q: Queryable, key: string): Promise<HandlingRow | undefined> {
  return (await q.query<HandlingRow>('SELECT * FROM rating_handlings WHERE source_key = $1', [key]))[0];
}

export async function handlingByCode(q: Queryable, code: string): Promise<HandlingRow | undefined> {
  return (await q.query<HandlingRow>('SELECT * FROM rating_handlings WHERE rating_code = $1', [code]))[0];
}

export async function handlingsOfApplication(q: Queryable, applicationId: string): Promise<HandlingRow[]> {
  return q.query<HandlingRow>('SELECT * FROM rating_handlings WHERE application_id = $1 ORDER BY item_name', [applicationId]);
}

/** A rater's handlings with their rating, if any: newest first. */
export async function handlingsOfRater(q: Queryable, userId: string, limit: number): Promise<Array<HandlingRow & { rating_id: string | null }>> {
  return q.query(
    `SELECT h.*, r.id AS rating_id FROM rating_handlings h LEFT JOIN ratings r ON r.handling_id = h.id
     WHERE h.rater_user_id = $1 ORDER BY h.handled_at DESC LIMIT $2`,
    [userId, limit],
  );
}

// ---- ratings

export async function insertRating(q: Queryable, r: RatingRow): Promise<RatingRow | undefined> {
  const rows = await q.query<RatingRow>(
    `INSERT INTO ratings (id, handling_id, channel, department_id, item_code, item_name, rater_user_id, rater_name, rater_phone, rater_uscc,
       real_name, level, indicators, comment, rated_at, updated_at, editable_until, status)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,'valid')
     ON CONFLICT (handling_id) DO NOTHING RETURNING *`,
    [r.id, r.handling_id, r.channel, r.department_id, r.item_code, r.item_name, r.rater_user_id, r.rater_name, r.rater_phone, r.rater_uscc,
      r.real_name, r.level, JSON.stringify(r.indicators), r.comment, r.rated_at, r.updated_at, r.editable_until],
  );
  return rows[0];
}

export async function ratingById(q: Queryable, id: string, forUpdate = false): Promise<RatingRow | undefined> {
  return (await q.query<RatingRow>(`SELECT * FROM ratings WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export async function ratingOfHandling(q: Queryable, handlingId: string): Promise<RatingRow | undefined> {
  return (await q.query<RatingRow>('SELECT * FROM ratings WHERE handling_id = $1', [handlingId]))[0];
}

export async function updateRatingContent(q: Queryable, id: string, level: number, indicators: Record<string, number>, comment: string | null, at: Date): Promise<RatingRow> {
  const rows = await q.query<RatingRow>(
    'UPDATE ratings SET level = $2, indicators = $3, comment = $4, updated_at = $5 WHERE id = $1 RETURNING *',
    [id, level, JSON.stringify(indicators), comment, at],
  );
  return rows[0]!;
}

export async function voidRating(q: Queryable, id: string, reason: string, at: Date, by: string): Promise<void> {
  await q.query("UPDATE ratings SET status = 'voided', void_reason = $2, voided_at = $3, voided_by = $4 WHERE id = $1", [id, reason, at, by]);
}

export async function ratingsOfRater(q: Queryable, userId: string, limit: number): Promise<RatingRow[]> {
  return q.query<RatingRow>('SELECT * FROM ratings WHERE rater_user_id = $1 ORDER BY rated_at DESC LIMIT $2', [userId, limit]);
}

export async function ratingsOfUscc(q: Queryable, uscc: string, limit: number): Promise<RatingRow[]> {
  return q.query<RatingRow>('SELECT * FROM ratings WHERE rater_uscc = $1 ORDER BY rated_at DESC LIMIT $2', [uscc, limit]);
}

export interface RatingListFilter {
  departmentId?: string;
  grade?: 'good' | 'neutral' | 'bad';
  /** staff: the LIKE pattern of their region's codes (the region of the handling rated) */
  regionPattern: string;
  limit: number;
}

/** The region of the handling a rating rates (ratings, rectifications and appeals are bounded by it). */
export async function regionOfRating(q: Queryable, ratingId: string): Promise<string | undefined> {
  return (await q.query<{ region_code: string }>('SELECT h.region_code FROM ratings r JOIN rating_handlings h ON h.id = r.handling_id WHERE r.id = $1', [ratingId]))[0]?.region_code;
}

export async function listRatings(q: Queryable, f: RatingListFilter): Promise<RatingRow[]> {
  const range = f.grade === 'good' ? [4, 5] : f.grade === 'neutral' ? [3, 3] : f.grade === 'bad' ? [1, 2] : [1, 5];
  return q.query<RatingRow>(
    `SELECT * FROM ratings r WHERE ($1::uuid IS NULL OR department_id = $1) AND level BETWEEN $2 AND $3
       AND EXISTS (SELECT 1 FROM rating_handlings h WHERE h.id = r.handling_id AND h.region_code LIKE $5)
     ORDER BY rated_at DESC LIMIT $4`,
    [f.departmentId ?? null, range[0], range[1], f.limit, f.regionPattern],
  );
}

// ---- rectifications

export async function insertRectification(q: Queryable, r: Pick<RectificationRow, 'id' | 'rating_id' | 'department_id' | 'follow_up_required' | 'opened_at' | 'working_days' | 'due_date'>): Promise<void> {
  await q.query(
    `INSERT INTO rectifications (id, rating_id, department_id, status, follow_up_required, opened_at, working_days, due_date)
     VALUES ($1,$2,$3,'open',$4,$5,$6,$7)`,
    [r.id, r.rating_id, r.department_id, r.follow_up_required, r.opened_at, r.working_days, r.due_date],
  );
}

export async function rectificationById(q: Queryable, id: string, forUpdate = false): Promise<RectificationRow | undefined> {
  return (await q.query<RectificationRow>(`SELECT * FROM rectifications WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export async function liveRectificationOf(q: Queryable, ratingId: string): Promise<RectificationRow | undefined> {
  return (await q.query<RectificationRow>("SELECT * FROM rectifications WHERE rating_id = $1 AND status IN ('open','answered')", [ratingId]))[0];
}

/** The rectifications of some ratings, newest first per rating (what the rater sees). */
export async function rectificationsOfRatings(q: Queryable, ratingIds: string[]): Promise<RectificationRow[]> {
  if (ratingIds.length === 0) return [];
  return q.query<RectificationRow>('SELECT * FROM rectifications WHERE rating_id = ANY($1::uuid[]) ORDER BY opened_at DESC', [ratingIds]);
}

export async function setRectificationStatus(q: Queryable, id: string, status: RectificationRow['status'], closedAt: Date | null): Promise<void> {
  await q.query('UPDATE rectifications SET status = $2, closed_at = $3 WHERE id = $1', [id, status, closedAt]);
}

export async function answerRectification(q: Queryable, id: string, a: { finding: string; action: string; at: Date; by: string; onTime: boolean; closes: boolean }): Promise<void> {
  await q.query(
    `UPDATE rectifications SET finding = $2, action = $3, answered_at = $4::timestamptz, answered_by = $5, on_time = $6,
       status = CASE WHEN $7::boolean THEN 'closed' ELSE 'answered' END, closed_at = CASE WHEN $7::boolean THEN $4 ELSE NULL END
     WHERE id = $1`,
    [id, a.finding, a.action, a.at, a.by, a.onTime, a.closes],
  );
}

export async function recordFollowUp(q: Queryable, id: string, f: { method: string; result: string; note: string | null; at: Date; by: string; closes: boolean }): Promise<void> {
  await q.query(
    `UPDATE rectifications SET follow_up_method = $2, follow_up_result = $3, follow_up_note = $4, followed_up_at = $5::timestamptz, followed_up_by = $6,
       status = CASE WHEN $7::boolean THEN 'closed' ELSE status END, closed_at = CASE WHEN $7::boolean THEN $5 ELSE closed_at END
     WHERE id = $1`,
    [id, f.method, f.result, f.note, f.at, f.by, f.closes],
  );
}

export interface RectificationListRow extends RectificationRow {
  level: number;
  comment: string | null;
  item_name: string;
  channel: Channel;
  rated_at: Date;
  real_name: boolean;
  rater_name: string | null;
  rater_phone: string | null;
  rater_user_id: string | null;
  rating_status: string;
}

export async function listRectifications(q: Queryable, f: { departmentId?: string; status?: string; regionPattern: string; limit: number }): Promise<RectificationListRow[]> {
  return q.query<RectificationListRow>(
    `SELECT x.*, r.level, r.comment, r.item_name, r.channel, r.rated_at, r.real_name, r.rater_name, r.rater_phone, r.rater_user_id, r.status AS rating_status
     FROM rectifications x JOIN ratings r ON r.id = x.rating_id
     WHERE ($1::uuid IS NULL OR x.department_id = $1) AND ($2::text IS NULL OR x.status = $2)
       AND EXISTS (SELECT 1 FROM rating_handlings h WHERE h.id = r.handling_id AND h.region_code LIKE $4)
     ORDER BY x.opened_at DESC LIMIT $3`,
    [f.departmentId ?? null, f.status ?? null, f.limit, f.regionPattern],
  );
}

// ---- appeals

export async function insertAppeal(q: Queryable, a: Omit<AppealRow, 'status' | 'decision_note' | 'decided_by' | 'decided_at'>): Promise<AppealRow | undefined> {
  const rows = await q.query<AppealRow>(
    `INSERT INTO rating_appeals (id, rating_id, department_id, reason_kind, explanation, filed_by, filed_at, status)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'pending') ON CONFLICT DO NOTHING RETURNING *`,
    [a.id, a.rating_id, a.department_id, a.reason_kind, a.explanation, a.filed_by, a.filed_at],
  );
  return rows[0];
}

export async function appealById(q: Queryable, id: string, forUpdate = false): Promise<AppealRow | undefined> {
  return (await q.query<AppealRow>(`SELECT * FROM rating_appeals WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

export async function decideAppeal(q: Queryable, id: string, d: { status: 'upheld' | 'rejected'; note: string; at: Date; by: string }): Promise<void> {
  await q.query('UPDATE rating_appeals SET status = $2, decision_note = $3, decided_at = $4, decided_by = $5 WHERE id = $1', [id, d.status, d.note, d.at, d.by]);
}

export async function appealsOfRatings(q: Queryable, ratingIds: string[]): Promise<AppealRow[]> {
  if (ratingIds.length === 0) return [];
  return q.query<AppealRow>('SELECT * FROM rating_appeals WHERE rating_id = ANY($1::uuid[]) ORDER BY filed_at DESC', [ratingIds]);
}

export async function listAppeals(q: Queryable, f: { status?: string; departmentId?: string; regionPattern: string; limit: number }): Promise<Array<AppealRow & { level: number; comment: string | null; item_name: string }>> {
  return q.query(
    `SELECT a.*, r.level, r.comment, r.item_name FROM rating_appeals a JOIN ratings r ON r.id = a.rating_id
     WHERE ($1::text IS NULL OR a.status = $1) AND ($2::uuid IS NULL OR a.department_id = $2)
       AND EXISTS (SELECT 1 FROM rating_handlings h WHERE h.id = r.handling_id AND h.region_code LIKE $4)
     ORDER BY a.filed_at DESC LIMIT $3`,
    [f.status ?? null, f.departmentId ?? null, f.limit, f.regionPattern],
  );
}

// ---- statistics

export interface StatRow {
  key: string;
  name: string;
  good: number;
  neutral: number;
  bad: number;
  rectifications: number;
  rectified_on_time: number;
  rectifications_due: number;
}

/**
 * Valid ratings in [from, to) grouped by department or by item; rectifications of those ratings, with those whose
 * outcome is known (answered, or still unanswered past their due date).
 */
export async function ratingStatistics(q: Queryable, by: 'department' | 'item', from: Date, to: Date, today: string): Promise<StatRow[]> {
  const key = by === 'department' ? 'r.department_id::text' : "COALESCE(r.item_code, r.item_name)";
  const name = by === 'department' ? "''" : 'r.item_name';
  return q.query<StatRow>(
    `SELECT ${key} AS key, min(${name}) AS name,
       count(*) FILTER (WHERE r.level >= 4) AS good,
       count(*) FILTER (WHERE r.level = 3) AS neutral,
       count(*) FILTER (WHERE r.level <= 2) AS bad,
       count(x.id) AS rectifications,
       count(x.id) FILTER (WHERE x.on_time) AS rectified_on_time,
       count(x.id) FILTER (WHERE x.answered_at IS NOT NULL OR x.due_date < $3::date) AS rectifications_due
     FROM ratings r
     LEFT JOIN LATERAL (
       SELECT id, on_time, answered_at, due_date FROM rectifications
       WHERE rating_id = r.id AND status <> 'withdrawn' ORDER BY opened_at DESC LIMIT 1
     ) x ON true
     WHERE r.status = 'valid' AND r.rated_at >= $1 AND r.rated_at < $2
     GROUP BY ${key}
     ORDER BY ${key}`,
    [from, to, today],
  );
}
