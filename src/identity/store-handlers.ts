import type { Queryable } from '../db/index.js';
import type { UserRow } from './store.js';

/** 经办人 authorisations of businesses: the only SQL about them. */
export interface HandlerRow {
  id: string;
  uscc: string;
  business_user_id: string;
  handler_name: string;
  handler_id_number: string;
  handler_phone: string | null;
  item_codes: string[] | null;
  valid_until: string;
  granted_by: string;
  granted_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  org_name?: string | null;
}

// dates travel as text: a date column read back as a JavaScript Date would shift with the process's time zone
const COLUMNS = `h.id, h.uscc, h.business_user_id, h.handler_name, h.handler_id_number, h.handler_phone, h.item_codes, h.valid_until::text AS valid_until,
  h.granted_by, h.granted_at, h.revoked_at, h.revoked_by, h.revoke_reason, b.org_name`;

export async function insertHandler(q: Queryable, h: Omit<HandlerRow, 'revoked_at' | 'revoked_by' | 'revoke_reason' | 'org_name'>): Promise<void> {
  await q.query(
    `INSERT INTO business_handlers (id, uscc, business_user_id, handler_name, handler_id_number, handler_phone, item_codes, valid_until, granted_by, granted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [h.id, h.uscc, h.business_user_id, h.handler_name, h.handler_id_number, h.handler_phone, h.item_codes, h.valid_until, h.granted_by, h.granted_at],
  );
}

export async function handlersOfBusiness(q: Queryable, uscc: string): Promise<HandlerRow[]> {
  return q.query<HandlerRow>(`SELECT ${COLUMNS} FROM business_handlers h JOIN users b ON b.id = h.business_user_id WHERE h.uscc = $1 ORDER BY h.granted_at DESC, h.id`, [uscc]);
}

export async function handlerById(q: Queryable, id: string, lock = false): Promise<HandlerRow | undefined> {
  const rows = await q.query<HandlerRow>(
    `SELECT ${COLUMNS} FROM business_handlers h JOIN users b ON b.id = h.business_user_id WHERE h.id = $1${lock ? ' FOR UPDATE OF h' : ''}`,
    [id],
  );
  return rows[0];
}

export async function revokeHandler(q: Queryable, id: string, by: string, at: Date, reason: string): Promise<boolean> {
  const rows = await q.query('UPDATE business_handlers SET revoked_at = $3, revoked_by = $2, revoke_reason = $4 WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id, by, at, reason]);
  return rows.length === 1;
}

/** A person's authorisations (by ID number and name), live or not, newest first. */
export async function handlerGrantsOfPerson(q: Queryable, idNumber: string, name: string, uscc?: string): Promise<HandlerRow[]> {
  return q.query<HandlerRow>(
    `SELECT ${COLUMNS} FROM business_handlers h JOIN users b ON b.id = h.business_user_id
      WHERE h.handler_id_number = $1 AND h.handler_name = $2 AND ($3::text IS NULL OR h.uscc = $3)
      ORDER BY h.granted_at DESC, h.id`,
    [idNumber, name, uscc ?? null],
  );
}

/** The verified business account of a USCC (the legal representative's), the earliest when several claim it. */
export async function businessAccountOf(q: Queryable, uscc: string): Promise<UserRow | undefined> {
  const rows = await q.query<UserRow>(
    `SELECT * FROM users WHERE kind = 'business' AND uscc = $1 AND disabled_at IS NULL
      ORDER BY (real_name_level IS NOT NULL AND real_name_level <> 'phone') DESC, created_at, id LIMIT 1`,
    [uscc],
  );
  return rows[0];
}
