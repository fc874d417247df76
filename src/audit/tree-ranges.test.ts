import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Frontier, MerkleLevels, leafHash, verifyConsistency, verifyInclusion } from './merkle.js';
import { STORED_LEVEL, consistencyRanges, inclusionRanges, nodeKey, readPlan, subtreeHash } from './tree-ranges.js';

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(createHash('sha256').update(`entry ${i}`).digest()));

/** The subtrees the sealer keeps while it grows the tree, as it does head after head. */
function grow(leaves: Buffer[], heads: number[]): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  let f = new Frontier();
  let at = 0;
  for (const size of heads) {
    f = Frontier.parse(f.size, f.toString()); // each head resumes from the stored state of the one before
    for (; at < size; at++) f.push(leaves[at]!, (level, position, hash) => level >= STORED_LEVEL && kept.set(nodeKey({ level, position }), hash));
  }
  return kept;
}

/** A proof's hashes from the kept nodes and the leaves its plan asks for, and how many leaves that is. */
function fromStored(ranges: ReturnType<typeof inclusionRanges>, kept: Map<string, Buffer>, leaves: Buffer[]) {
  const plan = readPlan(ranges, new Set(readPlan(ranges).nodes.map(nodeKey).filter((k) => !kept.has(k))));
  const read = new Map<number, Buffer>();
  for (const [s, e] of plan.leaves) for (let i = s; i < e; i++) read.set(i, leaves[i]!);
  const hashes = ranges.map((r) => subtreeHash(r, kept, (i) => read.get(i)!).toString('hex'));
  return { hashes, leavesRead: read.size, nodesRead: plan.nodes.length };
}

describe('proofs from the stored subtree roots', () => {
  const n = 5_000;
  const leaves = leavesOf(n);
  const heads = [700, 1_000, 2_345, 4_096, 4_100, n];
  const kept = grow(leaves, heads);
  const full = new MerkleLevels(leaves);

  it('give the same inclusion proofs as the whole tree, reading a few hundred leaves instead of all', () => {
    for (const m of [0, 1, 255, 256, 1_000, 2_344, 4_095, 4_096, 4_999]) {
      const ranges = inclusionRanges(m, n);
      const { hashes, leavesRead, nodesRead } = fromStored(ranges, kept, leaves);
      expect(hashes).toEqual(full.inclusionProof(m));
      expect(verifyInclusion(leaves[m]!, m, n, hashes, full.root())).toBe(true);
      expect(leavesRead).toBeLessThanOrEqual(2 * 2 ** STORED_LEVEL);
      expect(nodesRead).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)));
    }
  });

  it('give the same consistency proofs as the whole tree', () => {
    for (const m of [1, 700, 1_000, 2_345, 4_096, 4_100]) {
      const { hashes } = fromStored(consistencyRanges(m, n), kept, leaves);
      expect(hashes).toEqual(full.consistencyProof(m));
      expect(verifyConsistency(m, n, new MerkleLevels(leaves.slice(0, m)).root(), full.root(), hashes)).toBe(true);
    }
  });

  it('fall back to the leaves where no node was kept (heads sealed before nodes were kept)', () => {
    const { hashes, leavesRead } = fromStored(inclusionRanges(17, n), new Map(), leaves);
    expect(hashes).toEqual(full.inclusionProof(17));
    expect(leavesRead).toBe(n - 1); // every leaf but the one proved
  });

  it('do not check once a kept node is wrong', () => {
    const m = 3;
    const ranges = inclusionRanges(m, n);
    const used = readPlan(ranges).nodes.map(nodeKey);
    expect(used.length).toBeGreaterThan(0);
    const bad = new Map(kept);
    bad.set(used[0]!, Buffer.alloc(32, 7));
    const { hashes } = fromStored(ranges, bad, leaves);
    expect(verifyInclusion(leaves[m]!, m, n, hashes, full.root())).toBe(false);
  });
});
