import { knowChainHead } from '../audit/index.js';
import { keptReferences, shiftParameters, type Queryable } from '../db/index.js';
import { AppError } from '../core/index.js';

export interface SigningKeyRow {
  id: string;
  department_id: string;
  issuer_uscc: string;
  issuer_name: string;
  public_key: string;
  private_key_sealed: string;
  created_at: Date;
  retired_at: Date | null;
}

export type LicenceStatus = 'valid' | 'suspended' | 'revoked';

/** A licence with its current version. */
export interface LicenceRow {
  id: string;
  type: string;
  type_code: string;
  serial: string;
  department_id: string;
  issuer_uscc: string;
  issuer_name: string;
  holder_kind: 'business' | 'citizen';
  holder_id: string;
  holder_name: string;
  holder_user_id: string | null;
  version: number;
  status: LicenceStatus;
  status_reason: string | null;
  status_at: Date;
  valid_from: string;
  valid_until: string | null;
  application_id: string | null;
  case_id: string | null;
  /** 'decision': issued by approving a case; 'registration': issued outside the platform, registered here. */
  origin: 'decision' | 'registration';
  registration_reason: string | null;
  issued_at: Date;
  updated_at: Date;
  identifier: string;
  data: Record<string, unknown>;
  key_id: string;
  digest: string;
  payload: string;
  version_issued_at: Date;
}

export interface VersionRow {
  licence_id: string;
  version: number;
  identifier: string;
  data: Record<string, unknown>;
  holder_name: string;
  valid_from: string;
  valid_until: string | null;
  change: 'issue' | 'change' | 'renew';
  reason: string | null;
  key_id: string;
  digest: string;
  /** Random, part of the content digest; null for versions signed before salts. */
  salt: string | null;
  payload: string;
  issued_at: Date;
  issued_by: string | null;
}

export interface UseRow {
  id: string;
  licence_id: string;
  version: number;
  used_by: string | null;
  used_by_name: string | null;
  application_id: string | null;
  material_name: string;
  purpose: string;
  at: Date;
  type: string;
  identifier: string;
}

const LICENCE_SELECT = `SELECT l.*, v.identifier, v.data, v.key_id, v.digest, v.payload, v.issued_at AS version_issued_at
  FROM licences l JOIN licence_versions v ON v.licence_id = l.id AND v.version = l.version`;

// ---- signing keys ----

export async function insertKey(tx: Queryable, k: Omit<SigningKeyRow, 'retired_at'>): Promise<boolean> {
  activeKeys.writing(tx, k.department_id);
  // ON CONFLICT rather than catching the violation: an error would abort the caller's transaction.
  const rows = await tx.query(
    `INSERT INTO licence_signing_keys (id, department_id, issuer_uscc, issuer_name, public_key, private_key_sealed, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
    [k.id, k.department_id, k.issuer_uscc, k.issuer_name, k.public_key, k.private_key_sealed, k.created_at],
  );
  return rows.length === 1;
}

/**
 * Each authority's active key, kept per database and checked at the commit of a transaction that signed with it (see
 * keptReferences): a key another process retired meanwhile makes the transaction run again with the new one.
 */
const activeKeys = keptReferences<SigningKeyRow | undefined>(
  'signing key',
  async (q, departmentId) =>
    (await q.query<SigningKeyRow>('SELECT * FROM licence_signing_keys WHERE department_id = $1 AND retired_at IS NULL', [departmentId], { name: 'licence_active_key' }))[0],
  (row, departmentId) =>
    row
      ? { sql: 'EXISTS (SELECT 1 FROM licence_signing_keys WHERE id = $1 AND retired_at IS NULL)', params: [row.id] }
      : { sql: 'NOT EXISTS (SELECT 1 FROM licence_signing_keys WHERE department_id = $1 AND retired_at IS NULL)', params: [departmentId] },
);

export async function activeKeyOf(q: Queryable, departmentId: string): Promise<SigningKeyRow | undefined> {
  const row = await activeKeys.get(q, departmentId);
  return row && { ...row };
}

export async function keyById(q: Queryable, id: string): Promise<SigningKeyRow | undefined> {
  return (await q.query<SigningKeyRow>('SELECT * FROM licence_signing_keys WHERE id = $1', [id], { name: 'licence_key_by_id' }))[0];
}

export async function allKeys(q: Queryable): Promise<SigningKeyRow[]> {
  return q.query<SigningKeyRow>('SELECT * FROM licence_signing_keys ORDER BY issuer_uscc, created_at');
}

export async function retireKey(tx: Queryable, id: string, at: Date): Promise<boolean> {
  activeKeys.writing(tx);
  const rows = await tx.query('UPDATE licence_signing_keys SET retired_at = $2 WHERE id = $1 AND retired_at IS NULL RETURNING id', [id, at]);
  return rows.length === 1;
}

export async function keyCountOf(q: Queryable, departmentId: string): Promise<number> {
  return (await q.query<{ n: number }>('SELECT count(*) AS n FROM licence_signing_keys WHERE department_id = $1', [departmentId]))[0]!.n;
}

// ---- licences ----

/** The next serial of a licence type at one authority in one year, in one statement (concurrent issues never collide). */
export async function nextSerial(tx: Queryable, typeCode: string, issuerUscc: string, year: number): Promise<number> {
  const rows = await tx.query<{ last_value: number }>(
    `INSERT INTO licence_serials (type_code, issuer_uscc, year, last_value) VALUES ($1, $2, $3, 1)
     ON CONFLICT (type_code, issuer_uscc, year) DO UPDATE SET last_value = licence_serials.last_value + 1
     RETURNING last_value`,
    [typeCode, issuerUscc, year],
    { name: 'licence_next_serial' },
  );
  return rows[0]!.last_value;
}

export type NewLicence = Omit<LicenceRow, 'identifier' | 'data' | 'key_id' | 'digest' | 'payload' | 'version_issued_at'>;

const INSERT_LICENCE = `INSERT INTO licences (id, type, type_code, serial, department_id, issuer_uscc, issuer_name, holder_kind, holder_id, holder_name,
       holder_user_id, version, status, status_reason, status_at, valid_from, valid_until, application_id, case_id, issued_at, updated_at,
       origin, registration_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)`;
const licenceParams = (l: NewLicence) => [l.id, l.type, l.type_code, l.serial, l.department_id, l.issuer_uscc, l.issuer_name, l.holder_kind, l.holder_id, l.holder_name,
  l.holder_user_id, l.version, l.status, l.status_reason, l.status_at, l.valid_from, l.valid_until, l.application_id, l.case_id, l.issued_at, l.updated_at,
  l.origin, l.registration_reason];

const INSERT_VERSION = `INSERT INTO licence_versions (licence_id, version, identifier, data, holder_name, valid_from, valid_until, change, reason, key_id, digest, salt, payload, issued_at, issued_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;
const versionParams = (v: VersionRow) => [v.licence_id, v.version, v.identifier, JSON.stringify(v.data), v.holder_name, v.valid_from, v.valid_until, v.change, v.reason, v.key_id, v.digest, v.salt, v.payload, v.issued_at, v.issued_by];

const HOLDER_ACCOUNTS = {
  business: "SELECT id FROM users WHERE uscc = $1 AND kind = 'business'",
  citizen: "SELECT id FROM users WHERE id_number = $1 AND kind = 'citizen'",
} as const;

export async function insertVersion(tx: Queryable, v: VersionRow): Promise<void> {
  await tx.query(INSERT_VERSION, versionParams(v));
}

/**
 * A new licence and its first version written in one statement, which also answers the holder's accounts (whom
 * the issue is told to): one round trip where there were three.
 */
export async function insertLicenceWithVersion(tx: Queryable, l: NewLicence, v: VersionRow): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `WITH l AS (${INSERT_LICENCE}), v AS (${shiftParameters(INSERT_VERSION, 23)}) ${shiftParameters(HOLDER_ACCOUNTS[l.holder_kind], 38)}`,
    [...licenceParams(l), ...versionParams(v), l.holder_id],
    { name: `licence_issue_${l.holder_kind}` },
  );
  return rows.map((r) => r.id);
}

/** Moves a licence to its new version or status, only from the state the caller read (else CONFLICT: one writer wins). */
export async function updateLicence(
  tx: Queryable,
  id: string,
  expectedUpdatedAt: Date,
  set: Pick<LicenceRow, 'version' | 'status' | 'status_reason' | 'status_at' | 'valid_from' | 'valid_until' | 'holder_name' | 'updated_at'>,
): Promise<void> {
  const rows = await tx.query(
    `UPDATE licences SET version = $3, status = $4, status_reason = $5, status_at = $6, valid_from = $7, valid_until = $8, holder_name = $9, updated_at = $10
     WHERE id = $1 AND updated_at = $2 RETURNING id`,
    [id, expectedUpdatedAt, set.version, set.status, set.status_reason, set.status_at, set.valid_from, set.valid_until, set.holder_name, set.updated_at],
  );
  if (rows.length !== 1) throw new AppError('CONFLICT', { licenceId: id });
}

/**
 * A licence moved to its next version by a case's approval, and that version written, in one statement (only from the
 * state the caller read, else CONFLICT), which also answers the holder's accounts.
 */
export async function updateLicenceWithVersion(
  tx: Queryable,
  id: string,
  expectedUpdatedAt: Date,
  set: Pick<LicenceRow, 'version' | 'valid_from' | 'valid_until' | 'holder_name' | 'updated_at'>,
  fromCase: { applicationId: string; caseId: string },
  v: VersionRow,
  holder: Pick<LicenceRow, 'holder_kind' | 'holder_id'>,
): Promise<string[]> {
  const rows = await tx.query<{ moved: number; accounts: string[] }>(
    `WITH u AS (UPDATE licences SET version = $3, valid_from = $4, valid_until = $5, holder_name = $6, updated_at = $7,
         origin = 'decision', application_id = $8, case_id = $9
       WHERE id = $1 AND updated_at = $2 RETURNING id),
     v AS (${shiftParameters(INSERT_VERSION, 9)})
     SELECT (SELECT count(*) FROM u) AS moved, ARRAY(${shiftParameters(HOLDER_ACCOUNTS[holder.holder_kind], 24)}) AS accounts`,
    [id, expectedUpdatedAt, set.version, set.valid_from, set.valid_until, set.holder_name, set.updated_at, fromCase.applicationId, fromCase.caseId,
      ...versionParams(v), holder.holder_id],
    { name: `licence_new_version_${holder.holder_kind}` },
  );
  if (rows[0]!.moved !== 1) throw new AppError('CONFLICT', { licenceId: id });
  return rows[0]!.accounts;
}

/** The holder's licences of one type that still stand (not revoked), current version first by issue. */
export async function standingLicencesOf(q: Queryable, holderId: string, type: string): Promise<LicenceRow[]> {
  const rows = await q.query<LicenceRow & { audit_seq: number | null; audit_hash: string | null }>(
    `${LICENCE_SELECT} WHERE l.holder_id = $1 AND l.type = $2 AND l.status <> 'revoked' ORDER BY l.issued_at, l.id FOR UPDATE OF l`,
    [holderId, type],
  );
  // locked: the head of each licence's audit chain is the one its row carries (no read before appending to it)
  for (const r of rows) knowChainHead(q, `licence:${r.id}`, r.audit_seq, r.audit_hash);
  return rows;
}

export async function licenceById(q: Queryable, id: string): Promise<LicenceRow | undefined> {
  return (await q.query<LicenceRow>(`${LICENCE_SELECT} WHERE l.id = $1`, [id], { name: 'licence_by_id' }))[0];
}

export async function versionsOf(q: Queryable, licenceId: string): Promise<VersionRow[]> {
  return q.query<VersionRow>('SELECT * FROM licence_versions WHERE licence_id = $1 ORDER BY version', [licenceId]);
}

/** What the online check needs about one scanned version, in one round trip. */
export interface StatusRow {
  licence_id: string;
  type: string;
  version: number;
  current_version: number;
  status: LicenceStatus;
  status_reason: string | null;
  status_at: Date;
  valid_from: string;
  valid_until: string | null;
  holder_kind: 'business' | 'citizen';
  holder_id: string;
  holder_name: string;
  issuer_name: string;
  issuer_uscc: string;
  payload: string;
}

export async function statusByIdentifier(q: Queryable, identifier: string): Promise<StatusRow | undefined> {
  const rows = await q.query<StatusRow>(
    `SELECT l.id AS licence_id, l.type, v.version, l.version AS current_version, l.status, l.status_reason, l.status_at,
            l.valid_from, l.valid_until, l.holder_kind, l.holder_id, l.holder_name, l.issuer_name, l.issuer_uscc, v.payload
     FROM licence_versions v JOIN licences l ON l.id = v.licence_id WHERE v.identifier = $1`,
    [identifier],
    { name: 'licence_status_by_identifier' },
  );
  return rows[0];
}

export async function licencesOfHolders(q: Queryable, holderIds: readonly string[]): Promise<LicenceRow[]> {
  return q.query<LicenceRow>(`${LICENCE_SELECT} WHERE l.holder_id = ANY($1::text[]) ORDER BY l.issued_at DESC, l.id`, [holderIds], {
    name: 'licences_of_holders',
  });
}

/** Valid licences of the holders, of the given types, on `today` (YYYY-MM-DD). */
export async function reusableLicences(q: Queryable, holderIds: readonly string[], types: readonly string[], today: string): Promise<LicenceRow[]> {
  return q.query<LicenceRow>(
    `${LICENCE_SELECT} WHERE l.holder_id = ANY($1::text[]) AND l.type = ANY($2::text[]) AND l.status = 'valid'
       AND l.valid_from <= $3::date AND (l.valid_until IS NULL OR l.valid_until >= $3::date)
     ORDER BY l.type, l.issued_at DESC`,
    [holderIds, types, today],
    { name: 'licences_reusable' },
  );
}

export interface ListFilter {
  departmentId?: string;
  holderId?: string;
  type?: string;
  limit: number;
  offset: number;
}

export async function listLicences(q: Queryable, f: ListFilter): Promise<LicenceRow[]> {
  return q.query<LicenceRow>(
    `${LICENCE_SELECT} WHERE ($1::uuid IS NULL OR l.department_id = $1) AND ($2::text IS NULL OR l.holder_id = $2) AND ($3::text IS NULL OR l.type = $3)
     ORDER BY l.issued_at DESC, l.id LIMIT $4 OFFSET $5`,
    [f.departmentId ?? null, f.holderId ?? null, f.type ?? null, f.limit, f.offset],
  );
}

/** Licences that passed their last day of validity while still marked valid. */
export async function lapsedLicences(q: Queryable, today: string, limit: number): Promise<LicenceRow[]> {
  return q.query<LicenceRow>(`${LICENCE_SELECT} WHERE l.status = 'valid' AND l.valid_until < $1::date ORDER BY l.valid_until LIMIT $2`, [today, limit]);
}

// ---- uses ----

export async function insertUse(tx: Queryable, u: Omit<UseRow, 'type' | 'identifier'>): Promise<void> {
  await tx.query(
    `INSERT INTO licence_uses (id, licence_id, version, used_by, used_by_name, application_id, material_name, purpose, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [u.id, u.licence_id, u.version, u.used_by, u.used_by_name, u.application_id, u.material_name, u.purpose, u.at],
    { name: 'licence_insert_use' },
  );
}

const USE_SELECT = `SELECT u.*, l.type, v.identifier FROM licence_uses u JOIN licences l ON l.id = u.licence_id
  JOIN licence_versions v ON v.licence_id = u.licence_id AND v.version = u.version`;

export async function usesOfLicence(q: Queryable, licenceId: string): Promise<UseRow[]> {
  return q.query<UseRow>(`${USE_SELECT} WHERE u.licence_id = $1 ORDER BY u.at DESC, u.id`, [licenceId]);
}

export async function usesOfHolders(q: Queryable, holderIds: readonly string[], limit: number): Promise<UseRow[]> {
  return q.query<UseRow>(`${USE_SELECT} WHERE l.holder_id = ANY($1::text[]) ORDER BY u.at DESC, u.id LIMIT $2`, [holderIds, limit]);
}

/**
 * Accounts that hold a licence (a business by its USCC, a citizen by ID number), to notify them of changes.
 * Reads identity's users table, read-only: identity has no lookup by holder number.
 */
export async function holderAccounts(q: Queryable, holderKind: 'business' | 'citizen', holderId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(HOLDER_ACCOUNTS[holderKind], [holderId]);
  return rows.map((r) => r.id);
}
