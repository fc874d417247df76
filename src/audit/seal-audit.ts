import type { Clock, Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { EMPTY_ROOT, Frontier, leafHash } from './merkle.js';
import * as store from './store.js';
import { STORED_LEVEL } from './tree-ranges.js';
import { auditKeyPair, signTreeHead } from './tree-head.js';

// Same lock on every server process: two sealers never make two heads of the same size (a fork).
const SEAL_LOCK = 80012;

/**
 * Adds every entry appended since the last tree head to the tree and signs the new head. Returns the head, or null
 * when nothing was new. Serialised across processes by an advisory lock; the head's id is the previous one's plus
 * one and its size is unique, so even without the lock a second head of the same size could not be stored.
 */
export async function sealAudit(db: Db, clock: Clock, config: Pick<Config, 'masterKey' | 'dataDir'>): Promise<store.SealRow | null> {
  const key = auditKeyPair(config);
  return db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [SEAL_LOCK]);
    const prev = await store.lastSeal(tx);
    const id = (prev?.id ?? 0) + 1;
    const hashes = await store.claimUnsealed(tx, id);
    if (hashes.length === 0) return null;
    const frontier = prev ? Frontier.parse(prev.tree_size, prev.frontier) : new Frontier();
    // The large complete subtrees are kept for proofs (tree-ranges.ts).
    const nodes: store.TreeNodeRow[] = [];
    const keep = (level: number, position: number, hash: Buffer) => {
      if (level >= STORED_LEVEL) nodes.push({ level, position, hash: hash.toString('hex') });
    };
    for (const h of hashes) frontier.push(leafHash(h), keep);
    const now = clock.now();
    const head = signTreeHead({ treeSize: frontier.size, rootHash: frontier.root(), timestamp: now.getTime() }, key);
    await store.ensureAuditKey(tx, key, now);
    const row: store.SealRow = {
      id,
      sealed_at: now,
      entry_count: hashes.length,
      tree_size: head.treeSize,
      root: head.rootHash,
      prev_root: prev?.root ?? EMPTY_ROOT,
      signature: head.signature,
      key_id: head.keyId,
      frontier: frontier.toString(),
    };
    await store.insertSeal(tx, row);
    await store.insertTreeNodes(tx, id, nodes);
    return row;
  });
}

export interface SealerOptions {
  /** seal as soon as this many entries wait */
  maxPending: number;
  /** seal whatever waits once this long has passed since the last head */
  maxAgeMs: number;
  /** how often to look */
  pollMs: number;
}

export const defaultSealerOptions: SealerOptions = { maxPending: 1_000, maxAgeMs: 60_000, pollMs: 5_000 };

/** Whether a tree head is due: enough entries wait, or some wait and the last head is old enough. Pure. */
export function sealDue(pending: number, lastSealAt: Date | null, now: Date, o: Pick<SealerOptions, 'maxPending' | 'maxAgeMs'>): boolean {
  if (pending === 0) return false;
  return pending >= o.maxPending || !lastSealAt || now.getTime() - lastSealAt.getTime() >= o.maxAgeMs;
}

/**
 * Keeps sealing while the server runs: at once when started (a crashed predecessor's entries are sealed first), then
 * whenever a head is due, and a last time when stopped (a clean shutdown leaves nothing unsealed).
 */
export function startSealer(
  db: Db,
  clock: Clock,
  config: Pick<Config, 'masterKey' | 'dataDir'>,
  onError: (e: unknown) => void,
  options: Partial<SealerOptions> = {},
): { ready: Promise<void>; stop: () => Promise<void> } {
  const o = { ...defaultSealerOptions, ...options };
  let lastSealAt: Date | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const seal = async () => {
    const head = await sealAudit(db, clock, config);
    lastSealAt = head ? head.sealed_at : (lastSealAt ?? clock.now());
  };
  const tick = () => {
    running = running
      .then(async () => {
        if (stopped) return;
        const pending = await store.unsealedCount(db, o.maxPending);
        if (sealDue(pending, lastSealAt, clock.now(), o)) await seal();
      })
      .catch(onError);
  };
  const ready = (running = seal().catch(onError));
  const timer = setInterval(tick, o.pollMs);
  timer.unref();
  return {
    ready,
    async stop() {
      clearInterval(timer);
      stopped = true;
      await running;
      await seal().catch(onError);
    },
  };
}
