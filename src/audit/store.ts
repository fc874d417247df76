import { PG_UNIQUE_VIOLATION, pgErrorCode, type Db, type Queryable } from '../db/index.js';
import { AppError } from '../core/index.js';
import type { AuditEntry, AuditInput, ChainHead, StoredEntry, SubjectHead } from './chain.js';
import type { AuditKey } from './tree-head.js';
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
  // only this chain's pending entries need to be written first: the others can wait for the commit, in one statement
  if (pending.get(q)?.some((e) => e.chain === chain)) await flushAudit(q);
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
 * Inside a transaction the entry is computed now and written just before COMMIT, together with the transaction's
 * other entries, in one statement (issue 22: a state change that records seven entries sends one INSERT, not seven).
 * Reads of a chain through this module (chainEntries, chainHead) write the pending entries first.
 */
export async function appendAudit(tx: Queryable, input: AuditInput, prev?: ChainHead | null): Promise<AuditEntry> {
  const known = knownHeads.get(tx);
  const head = prev === undefined ? (known?.get(input.chain) ?? (await chainHead(tx, input.chain))) : (prev ?? undefined);
  const e = nextEntry(head, input);
  if (!tx.beforeCommit) {
    await insertEntries(tx, [e]);
    return e;
  }
  let queue = pending.get(tx);
  if (!queue) {
    const list: AuditEntry[] = [];
    pending.set(tx, list);
    queue = list;
    tx.beforeCommit(() => flushAudit(tx, true));
  }
  queue.push(e);
  // Until this transaction ends nobody else can append behind this entry (the (chain, seq) index waits for it).
  rememberHeads(tx).set(input.chain, { seq: e.seq, hash: e.hash });
  return e;
}

/** Entries appended in this transaction and not yet written. */
const pending = new WeakMap<Queryable, AuditEntry[]>();

/**
 * Writes the transaction's pending entries (one statement; at its commit, with the transaction's other commit writes);
 * a lost race on a chain is a CONFLICT.
 */
async function flushAudit(tx: Queryable, atCommit = false): Promise<void> {
  const queue = pending.get(tx);
  if (!queue?.length) return;
  // in (chain, seq) order: the subjects' rows the trigger moves are locked in one order by every transaction
  const entries = queue.splice(0).sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.seq - b.seq));
  const forget = () => {
    for (const e of entries) knownHeads.get(tx)?.delete(e.chain);
  };
  if (atCommit && tx.commitWrite) {
    tx.commitWrite({ key: 'audit', ...entriesInsert(entries), failure: (err) => (lostRace(err) ? (forget(), conflict(entries)) : undefined) });
    return;
  }
  try {
    await insertEntries(tx, entries);
  } catch (err) {
    forget();
    throw err;
  }
}

/** A concurrent append took the same place in a chain. */
const lostRace = (err: unknown) => pgErrorCode(err) === PG_UNIQUE_VIOLATION && (err as { table?: string }).table === 'audit_entries';
const conflict = (entries: readonly AuditEntry[]) => new AppError('CONFLICT', { chain: entries[0]!.chain });

/** Entries as one INSERT (for the commit statement). */
function entriesInsert(entries: readonly AuditEntry[]): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash)
       SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[])`,
    params: [entries.map((e) => e.chain), entries.map((e) => e.seq), entries.map((e) => e.at.toISOString()), entries.map((e) => e.body), entries.map((e) => e.prevHash), entries.map((e) => e.hash)],
  };
}

async function insertEntries(tx: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  try {
    if (entries.length === 1) {
      const e = entries[0]!;
      await tx.query(
        `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6)`,
        [e.chain, e.seq, e.at, e.body, e.prevHash, e.hash],
        { name: 'audit_append' },
      );
      return;
    }
    const { sql, params } = entriesInsert(entries);
    await tx.query(sql, params, { name: 'audit_append_many' });
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw conflict(entries);
    throw err;
  }
}

const knownHeads = new WeakMap<Queryable, Map<string, ChainHead>>();
const rememberHeads = (tx: Queryable) => {
  let m = knownHeads.get(tx);
  if (!m) knownHeads.set(tx, (m = new Map()));
  return m;
};

/**
 * Inside a transaction that has just locked a subject's row (SELECT ... FOR UPDATE): the chain head that row carries.
 * Appends to that chain in the same transaction then need not read the head first (one round trip less each).
 */
export function knowChainHead(tx: Queryable, chain: string, seq: number | null, hash: string | null): void {
  if (!tx.beforeCommit || seq === null || hash === null) return;
  // an entry appended earlier in this transaction and not yet written is newer than what the row says
  const known = rememberHeads(tx).get(chain);
  if (!known || known.seq < seq) rememberHeads(tx).set(chain, { seq, hash });
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
  await flushAudit(q);
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

/** One chain's entries in seq order, read in one statement: the verifier's second look at a chain whose runs did not join. */
export async function chainStored(db: Db, chain: string): Promise<StoredEntry[]> {
  const rows = await db.query<EntryRow>('SELECT chain, seq, body, prev_hash, hash FROM audit_entries WHERE chain = $1 ORDER BY seq', [chain]);
  return rows.map(toStored);
}

/**
 * A page of entries in id order after entry `afterId`, as binary COPY output (see verify-worker.ts): read in id order
 * the table is read about in the order its rows lie in, one heap page after another, where (chain, seq) order fetched
 * about one heap page per row (bench/findings.md). Chains are joined by the verifier.
 */
export async function entryPageCopy(db: Db, afterId: number, limit: number, into?: Buffer): Promise<Buffer> {
  return db.copyOut(
    `SELECT chain, seq, prev_hash, body, hash, seal_id, id FROM audit_entries WHERE id > ${Math.trunc(afterId)} ORDER BY id LIMIT ${Math.trunc(limit)}`,
    into,
  );
}

/** The id of the last row of a page from `entryPageCopy`, and how many rows it has. */
export function lastEntryOfPage(buf: Buffer): { rows: number; lastId: number } {
  if (buf.length === 0) return { rows: 0, lastId: 0 };
  let p = 19 + buf.readInt32BE(15);
  let rows = 0;
  let lastId = 0;
  while (p < buf.length) {
    const fields = buf.readInt16BE(p);
    if (fields === -1) break;
    p += 2;
    rows++;
    // the last column is id (int8)
    for (let f = 1; f < fields; f++) p += 4 + Math.max(0, buf.readInt32BE(p));
    lastId = buf.readUInt32BE(p + 8) + buf.readInt32BE(p + 4) * 4294967296;
    p += 12;
  }
  return { rows, lastId };
}

export interface SealRow {
  id: number;
  sealed_at: Date;
  entry_count: number;
  tree_size: number;
  root: string;
  prev_root: string;
  signature: string;
  key_id: string;
  frontier: string;
}

export async function lastSeal(q: Queryable): Promise<SealRow | undefined> {
  const rows = await q.query<SealRow>('SELECT * FROM audit_seals ORDER BY id DESC LIMIT 1');
  return rows[0];
}

/** Claims every unsealed entry for a new tree head, in id order (the order of its leaves). */
export async function claimUnsealed(tx: Queryable, sealId: number): Promise<string[]> {
  const rows = await tx.query<{ id: number; hash: string }>(
    `UPDATE audit_entries SET seal_id = $1 WHERE seal_id IS NULL AND id IN
       (SELECT id FROM audit_entries WHERE seal_id IS NULL ORDER BY id FOR UPDATE SKIP LOCKED)
     RETURNING id, hash`,
    [sealId],
  );
  return rows.sort((a, b) => a.id - b.id).map((r) => r.hash);
}

/** How many entries wait for a tree head (counting stops at `atMost`). */
export async function unsealedCount(q: Queryable, atMost: number): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_entries WHERE seal_id IS NULL LIMIT $1) w',
    [atMost],
    { name: 'audit_unsealed_count' },
  );
  return rows[0]!.n;
}

export async function insertSeal(tx: Queryable, s: SealRow): Promise<void> {
  await tx.query(
    `INSERT INTO audit_seals (id, sealed_at, entry_count, tree_size, root, prev_root, signature, key_id, frontier)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.id, s.sealed_at, s.entry_count, s.tree_size, s.root, s.prev_root, s.signature, s.key_id, s.frontier],
  );
}

export interface TreeNodeRow {
  level: number;
  position: number;
  hash: string;
}

/** The complete subtrees a tree head added (0230_audit_tree_nodes.sql). */
export async function insertTreeNodes(tx: Queryable, sealId: number, nodes: readonly TreeNodeRow[]): Promise<void> {
  if (nodes.length === 0) return;
  await tx.query(
    `INSERT INTO audit_tree_nodes (level, position, hash, seal_id)
     SELECT level, position, hash, $4 FROM unnest($1::smallint[], $2::bigint[], $3::text[]) AS n(level, position, hash)`,
    [nodes.map((n) => n.level), nodes.map((n) => n.position), nodes.map((n) => n.hash), sealId],
  );
}

/** Stored subtree roots of a tree of `treeSize` leaves, by level and position (nodes of a bigger tree are left out). */
export async function treeNodes(q: Queryable, wanted: ReadonlyArray<{ level: number; position: number }>, treeSize: number): Promise<TreeNodeRow[]> {
  if (wanted.length === 0) return [];
  return q.query<TreeNodeRow>(
    `SELECT n.level, n.position::float8 AS position, n.hash::text AS hash
       FROM unnest($1::smallint[], $2::bigint[]) AS w(level, position)
       JOIN audit_tree_nodes n ON n.level = w.level AND n.position = w.position
      WHERE ((n.position + 1) << n.level::int) <= $3`,
    [wanted.map((w) => w.level), wanted.map((w) => w.position), treeSize],
  );
}

/** The entry hashes of leaves [start, end), in leaf order: each head's entries by id, heads one after another. */
export async function leafRange(q: Queryable, start: number, end: number): Promise<string[]> {
  const heads = await q.query<{ id: number; first: number; entry_count: number }>(
    `SELECT id, (tree_size - entry_count)::float8 AS first, entry_count FROM audit_seals
      WHERE tree_size > $1 AND tree_size - entry_count < $2 ORDER BY id`,
    [start, end],
  );
  const out: string[] = [];
  for (const h of heads) {
    const from = Math.max(start, h.first) - h.first;
    const to = Math.min(end, h.first + h.entry_count) - h.first;
    const rows = await q.query<{ hash: string }>('SELECT hash FROM audit_entries WHERE seal_id = $1 ORDER BY id OFFSET $2 LIMIT $3', [h.id, from, to - from], {
      name: 'audit_leaf_range',
    });
    out.push(...rows.map((r) => r.hash));
  }
  return out;
}

export async function ensureAuditKey(tx: Queryable, key: AuditKey, at: Date): Promise<void> {
  await tx.query('INSERT INTO audit_keys (key_id, public_key, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING', [key.keyId, key.publicKey, at]);
}

export async function auditKeys(q: Queryable): Promise<Array<AuditKey & { createdAt: Date }>> {
  return q.query('SELECT key_id AS "keyId", public_key AS "publicKey", created_at AS "createdAt" FROM audit_keys ORDER BY created_at');
}

export async function seals(db: Queryable): Promise<SealRow[]> {
  return db.query<SealRow>('SELECT * FROM audit_seals ORDER BY id');
}

export async function sealCount(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_seals'))[0]!.n;
}

/** Tree heads newest first, a page at a time. */
export async function sealsNewestFirst(db: Queryable, limit: number, offset: number): Promise<SealRow[]> {
  return db.query<SealRow>('SELECT * FROM audit_seals ORDER BY id DESC LIMIT $1 OFFSET $2', [limit, offset]);
}

export async function sealById(db: Queryable, id: number): Promise<SealRow | undefined> {
  return (await db.query<SealRow>('SELECT * FROM audit_seals WHERE id = $1', [id]))[0];
}

export async function sealBySize(db: Queryable, treeSize: number): Promise<SealRow | undefined> {
  return (await db.query<SealRow>('SELECT * FROM audit_seals WHERE tree_size = $1', [treeSize]))[0];
}

/** A chain's entries with their place among the leaves (null: not sealed yet). */
export async function chainLeaves(db: Queryable, chain: string): Promise<Array<StoredEntry & { leafIndex: number | null; sealId: number | null }>> {
  return db.query(
    `SELECT e.chain, e.seq, e.body, e.prev_hash AS "prevHash", e.hash, e.seal_id AS "sealId",
            CASE WHEN s.id IS NULL THEN NULL ELSE
              (s.tree_size - s.entry_count + (SELECT count(*) FROM audit_entries x WHERE x.seal_id = e.seal_id AND x.id < e.id))::int END AS "leafIndex"
       FROM audit_entries e LEFT JOIN audit_seals s ON s.id = e.seal_id
      WHERE e.chain = $1 ORDER BY e.seq`,
    [chain],
  );
}

/** The chain of a subject known by its label (an application's number). */
export async function chainByLabel(db: Queryable, kind: string, label: string): Promise<string | undefined> {
  const rows = await db.query<{ chain: string }>(`SELECT chain FROM audit_subject_heads WHERE label = $1 AND chain LIKE $2 LIMIT 1`, [label, `${kind}:%`]);
  return rows[0]?.chain;
}

/** Every subject's recorded chain head (0150_audit_subject_heads.sql). */
export async function subjectHeads(db: Db): Promise<SubjectHead[]> {
  return db.query<SubjectHead>(
    `SELECT chain, label, audit_seq AS seq, audit_hash AS hash FROM audit_subject_heads WHERE audit_seq IS NOT NULL`,
  );
}
