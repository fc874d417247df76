import type { Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { ChainChecker, checkSubjectHeads, type ChainProblem, type HeadProblem, type StoredEntry } from './chain.js';
import { EMPTY_ROOT } from './merkle.js';
import { startMerkleWorker, type MerkleWorker } from './merkle-worker.js';
import * as store from './store.js';
import { auditKeyPair, verifyTreeHead, type AuditKey, type SignedTreeHead } from './tree-head.js';

export type TreeHeadProblem =
  /** entries name a tree head that is not there (it was deleted), or a head is missing between two others */
  | { kind: 'head-missing'; sealId: number; entries?: number }
  /** the entries no longer give the signed root: entries of the head were edited, deleted or rewritten */
  | { kind: 'head-root'; sealId: number; treeSize: number }
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
  pageSize?: number;
}

/**
 * Checks every chain (links, hashes, no gaps), every subject's recorded head against its chain, every tree head
 * (the Merkle root recomputed from the entries, sizes, link to the previous head, SM2 signature) and every kept head
 * (the log must have the same root at that size).
 * Pages of 5,000 entries: measured faster than 2,000 (round trips) and than 20,000, whose rows outlive the young
 * generation and make garbage collection cost as much as the hashing (bench/findings.md).
 */
export async function verifyAudit(db: Db, config: Pick<Config, 'masterKey' | 'dataDir'>, options: VerifyOptions = {}): Promise<AuditReport> {
  const pageSize = options.pageSize ?? 5_000;
  // The tree is grown on a second thread while this one checks the chains (bench/findings.md).
  const merkle = startMerkleWorker();
  try {
    // The subjects' heads first: whatever is appended while the chains are read only makes chains longer.
    const subjects = await store.subjectHeads(db);
    const [heads, checker] = await Promise.all([
      verifyTreeHeads(db, config, merkle, options.kept),
      verifyChains(db, pageSize, new Map(subjects.map((s) => [s.chain, s.seq]))),
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
    await merkle.close();
  }
}

async function verifyChains(db: Db, pageSize: number, watch: ReadonlyMap<string, number>): Promise<ChainChecker> {
  const checker = new ChainChecker(watch);
  // Fetch the next page while checking this one: the database and the hashing run on different cores.
  let next: Promise<StoredEntry[]> | null = store.entriesAfter(db, null, pageSize);
  while (next) {
    const page: StoredEntry[] = await next;
    const last = page[page.length - 1];
    next = page.length === pageSize && last ? store.entriesAfter(db, { chain: last.chain, seq: last.seq }, pageSize) : null;
    for (let i = 0; i < page.length; i++) checker.add(page[i]!);
  }
  return checker;
}

async function verifyTreeHeads(
  db: Db,
  config: Pick<Config, 'masterKey' | 'dataDir'>,
  merkle: MerkleWorker,
  kept: VerifyOptions['kept'],
): Promise<{ count: number; treeSize: number; problems: TreeHeadProblem[] }> {
  const problems: TreeHeadProblem[] = [];
  const [allSeals, dbKeys, orphans] = await Promise.all([store.seals(db), store.auditKeys(db), store.entriesOfMissingSeals(db)]);
  for (const o of orphans) problems.push({ kind: 'head-missing', sealId: o.sealId, entries: o.entries });
  const own = auditKeyPair(config);
  const keys: AuditKey[] = [...dbKeys, own];

  // Kept heads: their signatures first (with the keys the keeper trusts), then the sizes whose roots to compare.
  const keptBySize = new Map<number, SignedTreeHead>();
  for (const h of kept?.heads ?? []) {
    if (!verifyTreeHead(h, kept!.keys.length ? kept!.keys : keys)) problems.push({ kind: 'kept-head-unsigned', treeSize: h.treeSize });
    else keptBySize.set(h.treeSize, h);
  }
  const keptSizes = [...keptBySize.keys()].sort((a, b) => a - b);

  // A head's leaves are read while the worker hashes the previous head's (one ahead: memory stays bounded).
  const reads: Array<Promise<{ count: number; hex: string }>> = [];
  const ahead = (i: number) => {
    if (i >= allSeals.length) return;
    reads[i] = store.sealedHashesConcatenated(db, allSeals[i]!.id);
    reads[i]!.catch(() => undefined); // awaited in order below; a failure must not go unhandled meanwhile
  };
  ahead(0);
  let prevRoot = EMPTY_ROOT;
  let size = 0;
  let root = EMPTY_ROOT;
  const logRoots = new Map<number, string>();
  for (let i = 0; i < allSeals.length; i++) {
    const s = allSeals[i]!;
    ahead(i + 1);
    if (s.id !== (allSeals[i - 1]?.id ?? 0) + 1) problems.push({ kind: 'head-missing', sealId: (allSeals[i - 1]?.id ?? 0) + 1 });
    const { count, hex } = await reads[i]!;
    const at = keptSizes.filter((k) => k > size && k <= size + count);
    const grown = await merkle.append(hex, at);
    for (const [k, r] of grown.roots) logRoots.set(k, r);
    size = grown.size;
    root = grown.root;
    if (count !== s.entry_count || size !== s.tree_size) problems.push({ kind: 'head-size', sealId: s.id, treeSize: s.tree_size });
    if (root !== s.root) problems.push({ kind: 'head-root', sealId: s.id, treeSize: s.tree_size });
    if (s.prev_root !== prevRoot) problems.push({ kind: 'head-link', sealId: s.id });
    if (!verifyTreeHead(headOf(s), keys)) problems.push({ kind: 'head-signature', sealId: s.id });
    prevRoot = s.root;
  }
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
