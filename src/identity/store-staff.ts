/** SQL of staff administration: accounts, departments and windows as the administrator manages them. */
import { PG_UNIQUE_VIOLATION, pgErrorCode, type Queryable } from '../db/index.js';
import { AppError } from '../core/index.js';
import type { Role } from './roles.js';
import { forgetReferenceData, type DepartmentRow, type UserRow } from './store.js';
import { forgetSessionsOf } from './session-cache.js';

export interface WindowRow {
  id: string;
  code: string;
  name: string;
  department_id: string;
  region_code: string;
  location: string | null;
  active: boolean;
}

export interface StaffFilter {
  regionPrefix: string;
  departmentId?: string;
  status?: 'active' | 'disabled';
  role?: Role;
  q?: string;
  limit: number;
}

/** Staff accounts of a region tree, by department then user name. */
export async function listStaff(q: Queryable, f: StaffFilter): Promise<UserRow[]> {
  return q.query<UserRow>(
    `SELECT u.* FROM users u LEFT JOIN departments d ON d.id = u.department_id
     WHERE u.kind = 'staff' AND u.region_code LIKE $1 || '%'
       AND ($2::uuid IS NULL OR u.department_id = $2)
       AND ($3::text IS NULL OR ($3 = 'active') = (u.disabled_at IS NULL))
       AND ($4::text IS NULL OR $4 = ANY(u.roles))
       AND ($5::text IS NULL OR u.username ILIKE '%' || $5 || '%' OR u.name ILIKE '%' || $5 || '%')
     ORDER BY d.code NULLS FIRST, u.username LIMIT $6`,
    [f.regionPrefix, f.departmentId ?? null, f.status ?? null, f.role ?? null, f.q ?? null, f.limit],
  );
}

export async function lockUser(q: Queryable, id: string): Promise<UserRow | undefined> {
  return (await q.query<UserRow>('SELECT * FROM users WHERE id = $1 FOR UPDATE', [id]))[0];
}

export async function updateStaff(
  q: Queryable,
  id: string,
  patch: { name: string; roles: Role[]; departmentId: string | null; regionCode: string; windowId: string | null; phone: string | null },
): Promise<void> {
  await q.query('UPDATE users SET name = $2, roles = $3, department_id = $4, region_code = $5, window_id = $6, phone = $7 WHERE id = $1', [
    id,
    patch.name,
    patch.roles,
    patch.departmentId,
    patch.regionCode,
    patch.windowId,
    patch.phone,
  ]);
  forgetSessionsOf(q, id);
}

export async function setDisabled(q: Queryable, id: string, at: Date | null, reason: string | null): Promise<void> {
  await q.query('UPDATE users SET disabled_at = $2, disabled_reason = $3 WHERE id = $1', [id, at, reason]);
  forgetSessionsOf(q, id);
}

/** A new password also lifts a lockout: the person starts again with the password the administrator handed over. */
export async function setPasswordHash(q: Queryable, id: string, hash: string): Promise<void> {
  await q.query('UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1', [id, hash]);
  forgetSessionsOf(q, id);
}

/** How many active accounts of each given department hold `role`. */
export async function activeCountsByDepartment(q: Queryable, departmentIds: readonly string[], role: Role): Promise<Map<string, number>> {
  if (departmentIds.length === 0) return new Map();
  const rows = await q.query<{ department_id: string; n: number }>(
    `SELECT department_id, count(*)::int AS n FROM users
     WHERE department_id = ANY($1::uuid[]) AND disabled_at IS NULL AND $2 = ANY(roles) GROUP BY department_id`,
    [departmentIds, role],
  );
  return new Map(rows.map((r) => [r.department_id, r.n]));
}

export async function countActiveAdmins(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL`);
  return rows[0]!.n;
}

export async function updateDepartment(q: Queryable, d: Pick<DepartmentRow, 'id' | 'name' | 'short_name' | 'uscc' | 'document_prefix'>): Promise<void> {
  forgetReferenceData(q);
  await q.query('UPDATE departments SET name = $2, short_name = $3, uscc = $4, document_prefix = $5 WHERE id = $1', [d.id, d.name, d.short_name, d.uscc, d.document_prefix ?? null]);
}

export async function insertDepartmentOnce(q: Queryable, d: DepartmentRow): Promise<void> {
  forgetReferenceData(q);
  try {
    await q.query('INSERT INTO departments (id, code, name, short_name, uscc, region_code) VALUES ($1, $2, $3, $4, $5, $6)', [d.id, d.code, d.name, d.short_name, d.uscc, d.region_code]);
  } catch (e) {
    if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw new AppError('DEPARTMENT_CODE_TAKEN');
    throw e;
  }
}

export async function regionByCode(q: Queryable, code: string): Promise<{ code: string; name: string } | undefined> {
  return (await q.query<{ code: string; name: string }>('SELECT code, name FROM regions WHERE code = $1', [code]))[0];
}

const WINDOW_COLUMNS = 'id, code, name, department_id, region_code, location, active';

export async function listWindows(q: Queryable, regionPrefix: string, departmentId?: string): Promise<WindowRow[]> {
  return q.query<WindowRow>(
    `SELECT ${WINDOW_COLUMNS} FROM service_windows WHERE region_code LIKE $1 || '%' AND ($2::uuid IS NULL OR department_id = $2) ORDER BY code`,
    [regionPrefix, departmentId ?? null],
  );
}

export async function windowById(q: Queryable, id: string): Promise<WindowRow | undefined> {
  return (await q.query<WindowRow>(`SELECT ${WINDOW_COLUMNS} FROM service_windows WHERE id = $1`, [id]))[0];
}

export async function insertWindow(q: Queryable, w: WindowRow): Promise<void> {
  try {
    await q.query(`INSERT INTO service_windows (${WINDOW_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [w.id, w.code, w.name, w.department_id, w.region_code, w.location, w.active]);
  } catch (e) {
    if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw new AppError('WINDOW_CODE_TAKEN');
    throw e;
  }
}

export async function updateWindow(q: Queryable, w: WindowRow): Promise<void> {
  await q.query('UPDATE service_windows SET name = $2, department_id = $3, region_code = $4, location = $5, active = $6 WHERE id = $1', [
    w.id,
    w.name,
    w.department_id,
    w.region_code,
    w.location,
    w.active,
  ]);
}

export async function getSetting<T>(q: Queryable, key: string): Promise<T | undefined> {
  return (await q.query<{ value: T }>('SELECT value FROM identity_settings WHERE key = $1', [key]))[0]?.value;
}

export async function putSetting(q: Queryable, key: string, value: unknown): Promise<void> {
  await q.query('INSERT INTO identity_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)]);
}
