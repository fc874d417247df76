import type { Clock, Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { GENESIS_HASH, merkleRoot, signTreeHead, verifyChain, type ChainProblem, type StoredEntry } from './chain.js';
import * as store from './store.js';
import { sealingKey } from './sealing-key.js';

export type SealProblem = { kind: 'seal-root' | 'seal-signature' | 'seal-link' | 'seal-count'; sealId: number };

export interface AuditReport {
  ok: boolean;
  chains: number;
  entries: number;
  seals: number;
  problems: Array<ChainProblem | SealProblem>;
}

/** Checks every chain (links, hashes, no gaps) and every sealed tree head (root, count, signature, link). */
export async function verifyAudit(db: Db, config: Pick<Config, 'masterKey' | 'dataDir'>, pageSize = 20_000): Promise<AuditReport> {
  const problems: AuditReport['problems'] = [];
  let chains = 0;
  let entries = 0;
  let current: StoredEntry[] = [];
  const flush = () => {
    if (current.length) problems.push(...verifyChain(current));
    current = [];
  };
  // Fetch the next page while hashing this one: the database and the hashing run on different cores.
  let next: Promise<StoredEntry[]> | null = store.entriesAfter(db, null, pageSize);
  while (next) {
    const page: StoredEntry[] = await next;
    const last = page[page.length - 1];
    next = page.length === pageSize && last ? store.entriesAfter(db, { chain: last.chain, seq: last.seq }, pageSize) : null;
    for (const e of page) {
      if (current.length && current[0]!.chain !== e.chain) flush();
      if (!current.length) chains++;
      current.push(e);
      entries++;
    }
  }
  flush();

  const key = sealingKey(config);
  let prevRoot = GENESIS_HASH;
  const allSeals = await store.seals(db);
  for (const s of allSeals) {
    const hashes = await store.sealedHashes(db, s.id);
    if (hashes.length !== s.entry_count) problems.push({ kind: 'seal-count', sealId: s.id });
    if (merkleRoot(hashes) !== s.root) problems.push({ kind: 'seal-root', sealId: s.id });
    if (s.prev_root !== prevRoot) problems.push({ kind: 'seal-link', sealId: s.id });
    const sig = signTreeHead(key, { root: s.root, prevRoot: s.prev_root, entryCount: s.entry_count, sealedAt: s.sealed_at });
    if (sig !== s.signature) problems.push({ kind: 'seal-signature', sealId: s.id });
    prevRoot = s.root;
  }
  return { ok: problems.length === 0, chains, entries, seals: allSeals.length, problems };
}

/** Seals every entry appended since the last seal under a signed Merkle root. Returns the seal, or null when nothing was new. */
export async function sealAudit(db: Db, clock: Clock, config: Pick<Config, 'masterKey' | 'dataDir'>) {
  const key = sealingKey(config);
  return db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(80012)');
    const prev = await store.lastSeal(tx);
    const id = await store.nextSealId(tx);
    const hashes = await store.claimUnsealed(tx, id);
    if (hashes.length === 0) return null;
    const head = { root: merkleRoot(hashes), prevRoot: prev?.root ?? GENESIS_HASH, entryCount: hashes.length, sealedAt: clock.now() };
    const row = {
      id,
      sealed_at: head.sealedAt,
      entry_count: head.entryCount,
      root: head.root,
      prev_root: head.prevRoot,
      signature: signTreeHead(key, head),
      key_id: 'hmac-sm3:master',
    };
    await store.insertSeal(tx, row);
    return row;
  });
}
