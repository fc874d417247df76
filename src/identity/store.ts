import { createHash } from 'node:crypto';
import { perDatabase, PG_UNIQUE_VIOLATION, pgErrorCode, type Queryable } from '../db/index.js';
import { AppError, meetsRealNameLevel, type RealNameLevel } from '../core/index.js';
import type { Actor } from './actor.js';
import { forgetSession, forgetSessionsOf, type SessionRow } from './session-cache.js';
import type { Role } from './roles.js';

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  name: string;
  roles: Role[];
  department_id: string | null;
  region_code: string | null;
  kind: Actor['kind'];
  id_number: string | null;
  uscc: string | null;
  org_name: string | null;
  phone: string | null;
  failed_logins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
  disabled_reason: string | null;
  window_id: string | null;
  real_name_level: RealNameLevel | null;
  real_name_verified_at: Date | null;
  created_at: Date;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  uscc: string | null;
  region_code: string;
  /** 发文代字 set by the region's administrator; null: derived from the region and the short name */
  document_prefix?: string | null;
}

export interface RegionRow {
  code: string;
  name: string;
  parent_code: string | null;
  level: string;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The actor of an account. An applicant's ID number or credit code opens their licences, credit file and enterprise
 * file, so it counts only once proved (统一身份认证 or the counter): a number that reached an account any other way
 * (an old import, a hand-made row) makes its holder nobody in particular.
 */
export function toActor(u: Pick<UserRow, 'id' | 'username' | 'name' | 'roles' | 'kind' | 'department_id' | 'region_code' | 'id_number' | 'uscc' | 'org_name' | 'real_name_level'>): Actor {
  const proved = u.kind === 'staff' || meetsRealNameLevel(u.real_name_level, 'provider');
  return {
    userId: u.id,
    username: u.username,
    name: u.name,
    roles: u.roles,
    kind: u.kind,
    departmentId: u.department_id,
    regionCode: u.region_code,
    idNumber: proved ? u.id_number : null,
    uscc: proved ? u.uscc : null,
    orgName: u.org_name,
    realNameLevel: u.real_name_level ?? null,
  };
}

export async function userByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  return (await q.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]))[0];
}

export async function userById(q: Queryable, id: string): Promise<UserRow | undefined> {
  return (await q.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]))[0];
}

/**
 * Counts one wrong password, atomically: the MAX-th failure in a row locks the account until `lockUntil` and resets
 * the count; failures while locked change nothing. Returns the lock in force afterwards (null when none).
 */
export async function recordLoginFailure(q: Queryable, userId: string, now: Date, maxFailures: number, lockUntil: Date): Promise<Date | null> {
  const rows = await q.query<{ locked_until: Date | null }>(
    `UPDATE users SET
       failed_logins = CASE WHEN locked_until > $2 THEN failed_logins WHEN failed_logins + 1 >= $3 THEN 0 ELSE failed_logins + 1 END,
       locked_until = CASE WHEN locked_until > $2 THEN locked_until WHEN failed_logins + 1 >= $3 THEN $4::timestamptz ELSE locked_until END
     WHERE id = $1
     RETURNING locked_until`,
    [userId, now, maxFailures, lockUntil],
    { name: 'identity_login_failure' },
  );
  const until = rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
  return until && until.getTime() > now.getTime() ? until : null;
}

/**
 * Opens a session unless the account is locked at this moment, and clears the failure count, in one statement: it
 * takes the user's row lock, so a lock set by a concurrent wrong password is seen. Returns false when locked.
 */
export async function openSessionUnlessLocked(q: Queryable, token: string, userId: string, now: Date, expiresAt: Date): Promise<boolean> {
  const rows = await q.query(
    `WITH ok AS (
       UPDATE users SET failed_logins = 0, locked_until = NULL
       WHERE id = $2 AND (locked_until IS NULL OR locked_until <= $3)
       RETURNING id
     )
     INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
     SELECT $1, id, $3, $4 FROM ok
     RETURNING user_id`,
    [tokenHash(token), userId, now, expiresAt],
    { name: 'identity_open_session' },
  );
  return rows.length === 1;
}

export async function lockedUntilOf(q: Queryable, userId: string): Promise<Date | null> {
  const rows = await q.query<{ locked_until: Date | null }>('SELECT locked_until FROM users WHERE id = $1', [userId]);
  return rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
}

export async function deleteSession(q: Queryable, token: string): Promise<void> {
  const hash = tokenHash(token);
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
  forgetSession(q, hash);
}

/** Ends every session of a user (force sign-out); how many there were. */
export async function deleteSessionsOf(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ token_hash: string }>('DELETE FROM sessions WHERE user_id = $1 RETURNING token_hash', [userId]);
  forgetSessionsOf(q, userId);
  return rows.length;
}

/** The actor behind a live session (by its token's hash) and when the session ends, in one round trip. */
export async function sessionByHash(q: Queryable, hash: string, now: Date): Promise<SessionRow | undefined> {
  const rows = await q.query<UserRow & { expires_at: Date }>(
    `SELECT u.id, u.username, u.name, u.roles, u.kind, u.department_id, u.region_code, u.id_number, u.uscc, u.org_name, u.real_name_level, s.expires_at
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [hash, now],
    { name: 'identity_actor_by_session' },
  );
  return rows[0] ? { actor: toActor(rows[0]), expiresAt: new Date(rows[0].expires_at) } : undefined;
}

export interface NewUser {
  id: string;
  username: string;
  passwordHash: string;
  name: string;
  roles: Role[];
  kind: Actor['kind'];
  departmentId?: string | null;
  regionCode?: string | null;
  idNumber?: string | null;
  uscc?: string | null;
  orgName?: string | null;
  phone?: string | null;
  windowId?: string | null;
  realNameLevel?: RealNameLevel | null;
  realNameVerifiedAt?: Date | null;
}

export async function insertUser(q: Queryable, u: NewUser): Promise<void> {
  try {
    await q.query(
      `INSERT INTO users (id, username, password_hash, name, roles, kind, department_id, region_code, id_number, uscc, org_name, phone, window_id, real_name_level, real_name_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [u.id, u.username, u.passwordHash, u.name, u.roles, u.kind, u.departmentId ?? null, u.regionCode ?? null, u.idNumber ?? null, u.uscc ?? null, u.orgName ?? null, u.phone ?? null, u.windowId ?? null, u.realNameLevel ?? null, u.realNameVerifiedAt ?? null],
    );
  } catch (e) {
    if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw new AppError('USERNAME_TAKEN');
    throw e;
  }
}

/**
 * Departments and regions change rarely (an administrator's edit, a seed) and nearly every state change reads them (a
 * notice's issuer and number prefix, a licence's issuer): kept per database (issue 22: reference data without a round
 * trip). A writer through this module forgets them at once and again just before its transaction commits (a read
 * racing the write cannot keep the old rows), and its own transaction reads past the cache until it ends; another
 * server process on the same database sees an edit within REFERENCE_TTL_MS.
 */
const REFERENCE_TTL_MS = 30_000;
const referenceOf = perDatabase(() => ({
  departments: undefined as { at: number; rows: DepartmentRow[]; byId: Map<string, DepartmentRow>; byCode: Map<string, DepartmentRow> } | undefined,
  regions: new Map<string, { at: number; row: RegionRow }>(),
}));
const writingReference = new WeakSet<Queryable>();

/** Called by every writer of departments or regions, before it writes. */
export function forgetReferenceData(q: Queryable): void {
  const ref = referenceOf(q);
  const forget = () => {
    ref.departments = undefined;
    ref.regions.clear();
  };
  forget();
  if (q.beforeCommit && !writingReference.has(q)) {
    writingReference.add(q);
    q.beforeCommit(async () => forget());
  }
}

async function departmentsHeld(q: Queryable) {
  const ref = referenceOf(q);
  if (ref.departments && Date.now() - ref.departments.at < REFERENCE_TTL_MS && !writingReference.has(q)) return ref.departments;
  const rows = await q.query<DepartmentRow>('SELECT id, code, name, short_name, uscc, region_code, document_prefix FROM departments ORDER BY code', [], {
    name: 'departments_all',
  });
  const held = { at: Date.now(), rows, byId: new Map(rows.map((d) => [d.id, d])), byCode: new Map(rows.map((d) => [d.code, d])) };
  if (!writingReference.has(q)) ref.departments = held;
  return held;
}

export async function insertRegion(q: Queryable, r: RegionRow): Promise<void> {
  forgetReferenceData(q);
  await q.query('INSERT INTO regions (code, name, parent_code, level) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING', [r.code, r.name, r.parent_code, r.level]);
}

export async function insertDepartment(q: Queryable, d: DepartmentRow): Promise<void> {
  forgetReferenceData(q);
  await q.query(
    'INSERT INTO departments (id, code, name, short_name, uscc, region_code) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING',
    [d.id, d.code, d.name, d.short_name, d.uscc, d.region_code],
  );
}

export async function listDepartments(q: Queryable): Promise<DepartmentRow[]> {
  return (await departmentsHeld(q)).rows.map((d) => ({ ...d }));
}

export async function departmentByCode(q: Queryable, code: string): Promise<DepartmentRow | undefined> {
  const d = (await departmentsHeld(q)).byCode.get(code);
  return d && { ...d };
}

export async function departmentById(q: Queryable, id: string): Promise<DepartmentRow | undefined> {
  const d = (await departmentsHeld(q)).byId.get(id);
  return d && { ...d };
}

export async function listRegions(q: Queryable): Promise<RegionRow[]> {
  return q.query<RegionRow>('SELECT code, name, parent_code, level FROM regions ORDER BY code');
}

/** Whether some region lies outside a region tree (`LIKE` pattern of its root). */
export async function regionOutsidePatternExists(q: Queryable, pattern: string): Promise<boolean> {
  return (await q.query<{ x: boolean }>('SELECT EXISTS (SELECT 1 FROM regions WHERE code NOT LIKE $1) AS x', [pattern]))[0]!.x;
}

export async function regionByCode(q: Queryable, code: string): Promise<RegionRow | undefined> {
  const ref = referenceOf(q);
  const hit = ref.regions.get(code);
  if (hit && Date.now() - hit.at < REFERENCE_TTL_MS && !writingReference.has(q)) return { ...hit.row };
  const row = (await q.query<RegionRow>('SELECT code, name, parent_code, level FROM regions WHERE code = $1', [code], { name: 'regions_by_code' }))[0];
  // a code not (yet) known is not remembered: it may be added at any time
  if (row && !writingReference.has(q)) {
    if (ref.regions.size >= 10_000) ref.regions.clear();
    ref.regions.set(code, { at: Date.now(), row: { ...row } });
  }
  return row;
}

export async function usersOfDepartment(q: Queryable, departmentId: string, role?: Role): Promise<UserRow[]> {
  return q.query<UserRow>(
    // disabled accounts are told nothing and handed nothing
    'SELECT * FROM users WHERE department_id = $1 AND disabled_at IS NULL AND ($2::text IS NULL OR $2 = ANY(roles)) ORDER BY username',
    [departmentId, role ?? null],
  );
}
