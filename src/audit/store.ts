import { PG_UNIQUE_VIOLATION, pgErrorCode, type Db, type Queryable } from '../db/index.js';
import { AppError } from '../core/index.js';
import type { AuditEntry, AuditInput, ChainHead, StoredEntry, SubjectHead } from './chain.js';
import { nextEntry, parseEntry } from './chain.js';

interface EntryRow {
  chain: string;
  seq: number;
  body: string;
  prev_hash: string;
  hash: string;
}

const toStored = (r: EntryRow): StoredEntry => ({ chain: r.chain, seq: r.seq, body: r.body, prevHash: r.prev_hash, hash: r.hash });

export async function chainHead(q: Queryable, chain: string): Promise<ChainHead | undefined> {
  const rows = await q.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_entries WHERE chain = $1 ORDER BY seq DESC LIMIT 1',
    [chain],
    { name: 'audit_chain_head' },
  );
  return rows[0];
}

/**
 * Appends to a chain inside the caller's transaction. A concurrent append to the same chain
 * violates (chain, seq) uniqueness and surfaces as CONFLICT: one writer wins.
 */
export async function appendAudit(tx: Queryable, input: AuditInput, prev?: ChainHead | null): Promise<AuditEntry> {
  const head = prev === undefined ? await chainHead(tx, input.chain) : prev ?? undefined;
  const e = nextEntry(head, input);
  try {
    await tx.query(
      `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.chain, e.seq, e.at, e.body, e.prevHash, e.hash],
      { name: 'audit_append' },
    );
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new AppError('CONFLICT', { chain: input.chain });
    throw err;
  }
  return e;
}

/**
 * The first entry of a new chain as the body of a data-modifying CTE in the caller's own statement, so that a change
 * and its audit entry commit in one round trip (DESIGN.md, "speed"). The entry is inserted once per row of `guard`
 * (a CTE of that statement): nothing when the guarded insert inserted nothing. Parameters are numbered from `$first`.
 */
export function firstEntryInsert(input: AuditInput, first: number, guard: string): { sql: string; params: unknown[]; entry: AuditEntry } {
  if (!/^[a-z_]+$/.test(guard)) throw new Error(`not a CTE name: ${guard}`);
  const e = nextEntry(undefined, input);
  const p = (i: number) => `$${first + i}`;
  return {
    sql: `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash) SELECT ${p(0)}::text, 1, ${p(1)}::timestamptz, ${p(2)}::text, ${p(3)}::char(64), ${p(4)}::char(64) FROM ${guard}`,
    params: [e.chain, e.at, e.body, e.prevHash, e.hash],
    entry: e,
  };
}

export async function chainEntries(q: Queryable, chain: string): Promise<AuditEntry[]> {
  const rows = await q.query<EntryRow>('SELECT chain, seq, body, prev_hash, hash FROM audit_entries WHERE chain = $1 ORDER BY seq', [chain]);
  return rows.map((r) => parseEntry(toStored(r)));
}

/** Entries in (chain, seq) order, a page at a time, for verification (rows come back in StoredEntry's shape). */
export async function entriesAfter(db: Db, after: { chain: string; seq: number } | null, limit: number): Promise<StoredEntry[]> {
  const columns = 'chain, seq, body, prev_hash AS "prevHash", hash';
  return after
    ? db.query<StoredEntry>(`SELECT ${columns} FROM audit_entries WHERE (chain, seq) > ($1, $2) ORDER BY chain, seq LIMIT $3`, [after.chain, after.seq, limit], {
        name: 'audit_entries_after',
      })
    : db.query<StoredEntry>(`SELECT ${columns} FROM audit_entries ORDER BY chain, seq LIMIT $1`, [limit], { name: 'audit_entries_first' });
}

export interface SealRow {
  id: number;
  sealed_at: Date;
  entry_count: number;
  root: string;
  prev_root: string;
  signature: string;
  key_id: string;
}

export async function lastSeal(q: Queryable): Promise<SealRow | undefined> {
  const rows = await q.query<SealRow>('SELECT * FROM audit_seals ORDER BY id DESC LIMIT 1');
  return rows[0];
}

/** Claims every unsealed entry for a new seal, in id order. */
export async function claimUnsealed(tx: Queryable, sealId: number): Promise<string[]> {
  const rows = await tx.query<{ hash: string }>(
    `UPDATE audit_entries SET seal_id = $1 WHERE seal_id IS NULL AND id IN
       (SELECT id FROM audit_entries WHERE seal_id IS NULL ORDER BY id FOR UPDATE SKIP LOCKED)
     RETURNING id, hash`,
    [sealId],
  );
  return (rows as Array<{ id: number; hash: string }>).sort((a, b) => a.id - b.id).map((r) => r.hash);
}

export async function nextSealId(tx: Queryable): Promise<number> {
  const rows = await tx.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('audit_seals', 'id')) AS id`);
  return rows[0]!.id;
}

export async function insertSeal(tx: Queryable, s: SealRow): Promise<void> {
  await tx.query(
    `INSERT INTO audit_seals (id, sealed_at, entry_count, root, prev_root, signature, key_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [s.id, s.sealed_at, s.entry_count, s.root, s.prev_root, s.signature, s.key_id],
  );
}

export async function seals(db: Db): Promise<SealRow[]> {
  return db.query<SealRow>('SELECT * FROM audit_seals ORDER BY id');
}

export async function sealedHashes(db: Db, sealId: number): Promise<string[]> {
  const rows = await db.query<{ hash: string }>('SELECT hash FROM audit_entries WHERE seal_id = $1 ORDER BY id', [sealId]);
  return rows.map((r) => r.hash);
}

/** A seal's entry hashes in id order as one string, 64 hex digits each, and how many there are. */
export async function sealedHashesConcatenated(db: Db, sealId: number): Promise<{ count: number; hex: string }> {
  const rows = await db.query<{ count: number; hex: string }>(
    `SELECT count(*)::int AS count, coalesce(string_agg(hash, '' ORDER BY id), '') AS hex FROM audit_entries WHERE seal_id = $1`,
    [sealId],
    { name: 'audit_sealed_hashes_concatenated' },
  );
  return rows[0]!;
}

/** Every subject's recorded chain head (0150_audit_subject_heads.sql). */
export async function subjectHeads(db: Db): Promise<SubjectHead[]> {
  return db.query<SubjectHead>(
    `SELECT chain, label, audit_seq AS seq, audit_hash AS hash FROM audit_subject_heads WHERE audit_seq IS NOT NULL`,
  );
}
