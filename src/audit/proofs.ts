import { z } from 'zod';
import type { Db } from '../db/index.js';
import { GENESIS_HASH, entryHash } from './chain.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { consistencyRanges, inclusionRanges, nodeKey, readPlan, subtreeHash, type LeafRange } from './tree-ranges.js';
import * as store from './store.js';
import { verifyTreeHead, type AuditKey, type SignedTreeHead } from './tree-head.js';
import { headOf } from './verify-audit.js';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const signedHead = z.object({
  treeSize: z.number().int().nonnegative(),
  rootHash: hex64,
  timestamp: z.number().int().nonnegative(),
  signature: z.string().regex(/^[0-9a-f]+$/i),
  keyId: z.string(),
});
const auditKey = z.object({ keyId: z.string(), publicKey: z.string().regex(/^04[0-9a-f]{128}$/i) });

/** A file of tree heads someone kept: the export (`/api/v1/public/audit/heads/export`), a page of the list, or a bare list. */
export const HeadsFile = z.union([
  z.object({ keys: z.array(auditKey).default([]), heads: z.array(signedHead) }),
  z.object({ items: z.array(signedHead) }).transform((p) => ({ keys: [] as AuditKey[], heads: p.items })),
  z.array(signedHead).transform((heads) => ({ keys: [] as AuditKey[], heads })),
]);
export const KeysFile = z.object({ keys: z.array(auditKey) });

export const ChainProof = z.object({
  format: z.literal('banshi-audit-proof/v1'),
  chain: z.string(),
  label: z.string().nullable(),
  head: signedHead,
  entries: z.array(z.object({ seq: z.number().int().positive(), body: z.string(), prevHash: hex64, hash: hex64, leafIndex: z.number().int().nonnegative(), path: z.array(hex64) })),
  /** entries appended after the head, not covered by this proof */
  unsealed: z.number().int().nonnegative(),
});
export type ChainProof = z.infer<typeof ChainProof>;

/** Every tree head with the keys that signed them: what a witness keeps. */
export async function exportHeads(db: Db) {
  const [seals, keys] = await Promise.all([store.seals(db), store.auditKeys(db)]);
  return {
    format: 'banshi-audit-heads/v1' as const,
    keys: keys.map((k) => ({ keyId: k.keyId, publicKey: k.publicKey })),
    heads: seals.map(headOf),
  };
}

/** The proof that the tree of `first` leaves is a prefix of the head of `second` leaves (RFC 6962). */
export async function consistencyProof(db: Db, first: number, second: number): Promise<string[] | null> {
  const head = await store.sealBySize(db, second);
  if (!head || first > second || first < 0) return null;
  return subtreeHashes(db, consistencyRanges(first, Number(head.tree_size)), Number(head.tree_size));
}

/**
 * An inclusion proof of a chain's sealed entries under the newest tree head: the entries themselves (so that the
 * chain can be re-hashed) and, for each, its place among the leaves and its audit path. Null when none of the
 * chain's entries is sealed yet. The paths come from the stored subtree roots (tree-ranges.ts): O(log n) reads.
 */
export async function proveChain(db: Db, chain: string, label: string | null): Promise<ChainProof | null> {
  const head = await store.lastSeal(db);
  const entries = await store.chainLeaves(db, chain);
  if (!head || entries.length === 0) return null;
  const size = Number(head.tree_size);
  const sealed = entries.filter((e) => e.leafIndex !== null && e.leafIndex < size);
  if (sealed.length === 0) return null; // nothing to prove yet: the chain's entries all wait for the next head
  const ranges = sealed.map((e) => inclusionRanges(e.leafIndex!, size));
  const hashes = await subtreeHashes(db, ranges.flat(), size);
  let at = 0;
  return {
    format: 'banshi-audit-proof/v1',
    chain,
    label,
    head: headOf(head),
    entries: sealed.map((e, i) => {
      const path = hashes.slice(at, at + ranges[i]!.length);
      at += ranges[i]!.length;
      return { seq: e.seq, body: e.body, prevHash: e.prevHash, hash: e.hash, leafIndex: e.leafIndex!, path };
    }),
    unsealed: entries.length - sealed.length,
  };
}

/** The subtree hashes of `ranges` of the tree of `treeSize` leaves: stored nodes where there are, leaves for the rest. */
async function subtreeHashes(db: Db, ranges: readonly LeafRange[], treeSize: number): Promise<string[]> {
  const wanted = readPlan(ranges).nodes;
  const found = await store.treeNodes(db, wanted, treeSize);
  const nodes = new Map(found.map((n) => [nodeKey(n), Buffer.from(n.hash, 'hex')]));
  // Heads sealed before the nodes were kept have none: their subtrees are hashed from the leaves.
  const missing = new Set(wanted.map(nodeKey).filter((k) => !nodes.has(k)));
  const leaves = new Map<number, Buffer>();
  for (const [start, end] of readPlan(ranges, missing).leaves) {
    const hashes = await store.leafRange(db, start, end);
    hashes.forEach((h, i) => leaves.set(start + i, leafHash(h)));
  }
  // A leaf that is not there any more (entries deleted under a signed head) gives a path that does not check.
  const leaf = (i: number) => leaves.get(i) ?? Buffer.alloc(32);
  return ranges.map((r) => subtreeHash(r, nodes, leaf).toString('hex'));
}

export type ProofProblem =
  | { kind: 'head-signature' }
  | { kind: 'fork'; treeSize: number }
  | { kind: 'no-entries' }
  | { kind: 'entry-edited'; seq: number }
  | { kind: 'chain-broken'; seq: number }
  | { kind: 'not-included'; seq: number };

/**
 * Checks a chain proof offline: the head is signed by a trusted key and agrees with the kept heads of its size; the
 * entries form the chain from its start (each hash recomputed from the body, each linked to the one before); each
 * entry is a leaf of the signed tree at its place. Pure.
 */
export function checkChainProof(proof: ChainProof, trusted: { keys: AuditKey[]; heads: SignedTreeHead[] }): { ok: boolean; problems: ProofProblem[] } {
  const problems: ProofProblem[] = [];
  if (!verifyTreeHead(proof.head, trusted.keys)) problems.push({ kind: 'head-signature' });
  const kept = trusted.heads.find((h) => h.treeSize === proof.head.treeSize);
  if (kept && kept.rootHash !== proof.head.rootHash) problems.push({ kind: 'fork', treeSize: kept.treeSize });
  if (proof.entries.length === 0) problems.push({ kind: 'no-entries' });
  let prev = GENESIS_HASH;
  proof.entries.forEach((e, i) => {
    let body: { chain?: unknown; seq?: unknown } = {};
    try {
      body = JSON.parse(e.body) as typeof body;
    } catch {
      /* an unreadable body fails the checks below */
    }
    if (entryHash(e.prevHash, e.body) !== e.hash || body.chain !== proof.chain || body.seq !== e.seq) problems.push({ kind: 'entry-edited', seq: e.seq });
    if (e.seq !== i + 1 || e.prevHash !== prev) problems.push({ kind: 'chain-broken', seq: e.seq });
    if (!verifyInclusion(leafHash(e.hash), e.leafIndex, proof.head.treeSize, e.path, proof.head.rootHash)) problems.push({ kind: 'not-included', seq: e.seq });
    prev = e.hash;
  });
  return { ok: problems.length === 0, problems };
}
