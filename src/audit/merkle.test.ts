import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT, Frontier, MerkleLevels, leafHash, rootOf, verifyConsistency, verifyInclusion } from './merkle.js';

// RFC 6962 §2.1, written out as the recursion it is, to compare against.
const sm3 = (...parts: Buffer[]) => createHash('sm3').update(Buffer.concat(parts)).digest();
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sm3();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sm3(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(createHash('sha256').update(`entry ${i}`).digest()));

describe('the Merkle tree of the audit log', () => {
  it('has the RFC 6962 root, however it is computed', () => {
    expect(rootOf([])).toBe(EMPTY_ROOT);
    for (const n of [1, 2, 3, 4, 5, 7, 8, 9, 31, 100]) {
      const leaves = leavesOf(n);
      const expected = mth(leaves).toString('hex');
      expect(rootOf(leaves)).toBe(expected);
      expect(new MerkleLevels(leaves).root()).toBe(expected);
      const half = new Frontier();
      leaves.slice(0, n >> 1).forEach((l) => half.push(l));
      const resumed = Frontier.parse(half.size, half.toString());
      leaves.slice(n >> 1).forEach((l) => resumed.push(l));
      expect(resumed.root()).toBe(expected);
    }
  });

  it('proves every leaf included, and no leaf at another place or under another root', () => {
    for (const n of [1, 2, 3, 5, 8, 13]) {
      const leaves = leavesOf(n);
      const tree = new MerkleLevels(leaves);
      for (let i = 0; i < n; i++) {
        const path = tree.inclusionProof(i);
        expect(verifyInclusion(leaves[i]!, i, n, path, tree.root())).toBe(true);
        expect(verifyInclusion(leaves[(i + 1) % n]!, i, n, path, tree.root())).toBe(n === 1);
        if (n > 1) expect(verifyInclusion(leaves[i]!, (i + 1) % n, n, path, tree.root())).toBe(false);
        expect(verifyInclusion(leaves[i]!, i, n, path, rootOf(leavesOf(n + 1)))).toBe(false);
      }
    }
  });

  it('proves each earlier tree a prefix of a later one, and a rewritten history not', () => {
    for (const n of [1, 2, 3, 6, 8, 11]) {
      const leaves = leavesOf(n);
      const tree = new MerkleLevels(leaves);
      for (let m = 0; m <= n; m++) {
        const proof = tree.consistencyProof(m);
        const first = rootOf(leaves.slice(0, m));
        expect(verifyConsistency(m, n, first, tree.root(), proof)).toBe(true);
        if (m > 0 && m < n) {
          const forged = [...leaves];
          forged[m - 1] = leafHash(Buffer.alloc(32));
          expect(verifyConsistency(m, n, rootOf(forged.slice(0, m)), tree.root(), proof)).toBe(false);
        }
      }
    }
  });
});
