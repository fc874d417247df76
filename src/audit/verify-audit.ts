import type { Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { GENESIS_HASH, checkSubjectHeads, type ChainHead, type ChainProblem, type HeadProblem } from './chain.js';
import { EMPTY_ROOT } from './merkle.js';
import { startVerifyPool, type EntryPageResult, type TreeResult, type VerifyPool } from './verify-worker.js';
import { leavesByHead } from './leaf-order.js';
import * as store from './store.js';
import { auditKeyPair, verifyTreeHead, type AuditKey, type SignedTreeHead } from './tree-head.js';

export type TreeHeadProblem =
  /** entries name a tree head that is not there (it was deleted), or a head is missing between two others */
  | { kind: 'head-missing'; sealId: number; entries?: number }
  /** the entries no longer give the signed root: entries of the head were edited, deleted or rewritten */
  | { kind: 'head-root'; sealId: number; treeSize: number }
  /** the tree state stored with a head (its frontier, from which the next head grows) is not the computed one */
  | { kind: 'head-state'; sealId: number; treeSize: number }
  /** the head's counts do not add up with the entries or with the previous head */
  | { kind: 'head-size'; sealId: number; treeSize: number }
  | { kind: 'head-link'; sealId: number }
  /** the head is not signed by a published audit key */
  | { kind: 'head-signature'; sealId: number }
  /** a kept head is bigger than the log now: its tail was cut off */
  | { kind: 'kept-head-missing'; treeSize: number; logSize: number }
  /** a kept head has another root at the same size: the history was rewritten */
  | { kind: 'fork'; treeSize: number; keptRoot: string; logRoot: string }
  /** a kept head whose signature does not verify: the file itself is not genuine */
  | { kind: 'kept-head-unsigned'; treeSize: number };

export type AuditProblem = ChainProblem | HeadProblem | TreeHeadProblem;

export interface AuditReport {
  ok: boolean;
  chains: number;
  entries: number;
  seals: number;
  /** entries covered by the newest tree head */
  treeSize: number;
  /** heads from outside checked against the log */
  keptHeads: number;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  /** tree heads someone kept earlier (`--heads FILE`), with the keys they trust */
  kept?: { heads: SignedTreeHead[]; keys: AuditKey[] };
  /** entries per page read (default 20,000) */
  pageSize?: number;
  /** worker threads (default: one per core) */
  threads?: number;
}

/**
 * Checks every chain (links, hashes, no gaps), every subject's recorded head against its chain, every tree head
 * (the Merkle root and tree state recomputed from the entries, sizes, link to the previous head, SM2 signature) and
 * every kept head (the log must have the same root at that size).
 *
 * The fast path (bench/findings.md): entries are read a page at a time as raw binary COPY output (no object per
 * row) and hashed on one worker thread per core straight from those bytes, while this thread reads the next page
 * and the tree heads' leaves; each tree head is recomputed from the previous head's stored tree state, so heads too
 * are checked in parallel.
 */
export async function verifyAudit(db: Db, config: Pick<Config, 'masterKey' | 'dataDir'>, options: VerifyOptions = {}): Promise<AuditReport> {
  const pageSize = options.pageSize ?? 20_000;
  // The subjects' heads first: whatever is appended while the chains are read only makes chains longer.
  const subjects = await store.subjectHeads(db);
  const pool = startVerifyPool(new Map(subjects.map((s) => [s.chain, s.seq])), options.threads);
  try {
    const read = verifyChains(db, pool, pageSize);
    const [heads, checker] = await Promise.all([
      verifyTreeHeads(db, config, pool, options.kept, read.then((r) => r.leaves)),
      read.then((r) => r.checked),
    ]);
    const problems: AuditProblem[] = [...checker.problems, ...checkSubjectHeads(subjects, checker), ...heads.problems];
    return {
      ok: problems.length === 0,
      chains: checker.chains,
      entries: checker.entries,
      seals: heads.count,
      treeSize: heads.treeSize,
      keptHeads: options.kept?.heads.length ?? 0,
      problems,
    };
  } finally {
    await pool.close();
  }
}

/** What the chain checks found, in the shape checkSubjectHeads reads. */
interface ChainsChecked {
  chains: number;
  entries: number;
  problems: ChainProblem[];
  heads: Map<string, ChainHead>;
  hashAt: Map<string, string>;
}

/**
 * One read of the log in (chain, seq) order, a page at a time: the chains are checked page by page, and each page
 * also hands back its sealed entries' ids, heads and hashes, from which the tree heads' leaves are put in order
 * (leaf-order.ts) instead of reading the log a second time in leaf order (bench/findings.md).
 */
async function verifyChains(db: Db, pool: VerifyPool, pageSize: number): Promise<{ checked: ChainsChecked; leaves: Map<number, Uint8Array> }> {
  const results: Array<Promise<EntryPageResult>> = [];
  // Read the next page while the workers hash this one: the database and the hashing run on different cores.
  let next: Promise<Buffer> | null = store.entryPageCopy(db, null, pageSize);
  while (next) {
    const page: Buffer = await next;
    const { rows, last } = store.lastEntryOfPage(page);
    next = rows === pageSize && last ? store.entryPageCopy(db, last, pageSize) : null;
    if (rows === 0) break;
    await pool.room(pool.threads * 2);
    const r = pool.entries(page);
    r.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
    results.push(r);
  }
  const pages = await Promise.all(results);
  return { checked: stitch(pages), leaves: leavesByHead(pages.map((p) => p.leaves)) };
}

/**
 * Joins the pages' findings in page order: each page's first entry is checked against the page before's last one
 * (the only check a page cannot make itself), and the watched chains' heads of later pages replace earlier ones. Pure.
 */
export function stitch(pages: readonly EntryPageResult[]): ChainsChecked {
  const out: ChainsChecked = { chains: 0, entries: 0, problems: [], heads: new Map(), hashAt: new Map() };
  let before: EntryPageResult['last'] = null;
  for (const r of pages) {
    const f = r.first;
    if (f) {
      if (before && before.chain === f.chain) {
        if (f.seq !== before.seq + 1) out.problems.push({ kind: 'gap', chain: f.chain, expectedSeq: before.seq + 1, foundSeq: f.seq });
        if (f.prevHash !== before.hash) out.problems.push({ kind: 'link', chain: f.chain, seq: f.seq });
      } else {
        out.chains++;
        if (f.seq !== 1) out.problems.push({ kind: 'gap', chain: f.chain, expectedSeq: 1, foundSeq: f.seq });
        if (f.prevHash !== GENESIS_HASH) out.problems.push({ kind: 'link', chain: f.chain, seq: f.seq });
      }
    }
    out.chains += r.starts;
    out.entries += r.entries;
    out.problems.push(...r.problems);
    for (const [chain, seq, hash] of r.heads) out.heads.set(chain, { seq, hash });
    for (const [chain, hash] of r.hashAt) out.hashAt.set(chain, hash);
    before = r.last ?? before;
  }
  return out;
}

async function verifyTreeHeads(
  db: Db,
  config: Pick<Config, 'masterKey' | 'dataDir'>,
  pool: VerifyPool,
  kept: VerifyOptions['kept'],
  leavesOfHeads: Promise<Map<number, Uint8Array>>,
): Promise<{ count: number; treeSize: number; problems: TreeHeadProblem[] }> {
  const problems: TreeHeadProblem[] = [];
  const [allSeals, dbKeys] = await Promise.all([store.seals(db), store.auditKeys(db)]);
  const own = auditKeyPair(config);
  const keys: AuditKey[] = [...dbKeys, own];

  // Kept heads: their signatures first (with the keys the keeper trusts), then the sizes whose roots to compare.
  const keptBySize = new Map<number, SignedTreeHead>();
  for (const h of kept?.heads ?? []) {
    if (!verifyTreeHead(h, kept!.keys.length ? kept!.keys : keys)) problems.push({ kind: 'kept-head-unsigned', treeSize: h.treeSize });
    else keptBySize.set(h.treeSize, h);
  }
  const keptSizes = [...keptBySize.keys()].sort((a, b) => a - b);

  // Each head's leaves go to a worker with the previous head's stored size and tree state; the signatures are checked
  // here meanwhile.
  allSeals.forEach((s, i) => {
    const prev = allSeals[i - 1];
    if (s.id !== (prev?.id ?? 0) + 1) problems.push({ kind: 'head-missing', sealId: (prev?.id ?? 0) + 1 });
    if (s.prev_root !== (prev?.root ?? EMPTY_ROOT)) problems.push({ kind: 'head-link', sealId: s.id });
    if (!verifyTreeHead(headOf(s), keys)) problems.push({ kind: 'head-signature', sealId: s.id });
  });
  const leaves = await leavesOfHeads;
  // Entries that name a tree head which is not there: the head was deleted.
  const known = new Set(allSeals.map((s) => Number(s.id)));
  for (const [sealId, hex] of [...leaves].sort((a, b) => a[0] - b[0])) {
    if (!known.has(sealId)) problems.push({ kind: 'head-missing', sealId, entries: hex.length / 64 });
  }
  const grown: Array<Promise<TreeResult>> = [];
  for (let i = 0; i < allSeals.length; i++) {
    const s = allSeals[i]!;
    const prev = allSeals[i - 1];
    const startSize = Number(prev?.tree_size ?? 0);
    await pool.room(pool.threads * 2);
    const at = keptSizes.filter((k) => k > startSize && k <= s.tree_size);
    const r = pool.tree({ hex: leaves.get(Number(s.id)) ?? '', startSize, frontierHex: prev?.frontier ?? '', at });
    r.catch(() => undefined);
    grown.push(r);
  }
  const logRoots = new Map<number, string>();
  const results = await Promise.all(grown);
  results.forEach((r, i) => {
    const s = allSeals[i]!;
    const startSize = allSeals[i - 1]?.tree_size ?? 0;
    if (r.count !== s.entry_count || startSize + r.count !== s.tree_size) problems.push({ kind: 'head-size', sealId: s.id, treeSize: s.tree_size });
    if (r.malformed || r.root !== s.root) problems.push({ kind: 'head-root', sealId: s.id, treeSize: s.tree_size });
    else if (r.frontier !== s.frontier) problems.push({ kind: 'head-state', sealId: s.id, treeSize: s.tree_size });
    if (!r.malformed) for (const [k, root] of r.roots) logRoots.set(k, root);
  });
  const size = allSeals.length ? allSeals[allSeals.length - 1]!.tree_size : 0;
  for (const k of keptSizes) {
    const h = keptBySize.get(k)!;
    const logRoot = logRoots.get(k);
    if (logRoot === undefined) problems.push({ kind: 'kept-head-missing', treeSize: k, logSize: size });
    else if (logRoot !== h.rootHash) problems.push({ kind: 'fork', treeSize: k, keptRoot: h.rootHash, logRoot });
  }
  return { count: allSeals.length, treeSize: size, problems };
}

/** A stored tree head as it is signed and published. */
export const headOf = (s: store.SealRow): SignedTreeHead => ({
  treeSize: Number(s.tree_size),
  rootHash: s.root,
  timestamp: s.sealed_at.getTime(),
  signature: s.signature,
  keyId: s.key_id,
});
