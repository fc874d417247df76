import { nodeHash } from './merkle.js';

/**
 * Proofs from stored subtree roots. The sealer keeps every complete subtree of at least 2^STORED_LEVEL leaves
 * (audit_tree_nodes, 0230), about one row per 128 entries; a proof's nodes above that level are read from there,
 * and those below it are hashed from at most 2^STORED_LEVEL leaves around the entry and at the tree's right edge.
 * So a proof costs O(log n) node reads and a few hundred leaves, never the whole tree. Pure.
 */
export const STORED_LEVEL = 8;

/** A range of leaves [start, end) whose subtree hash (RFC 6962 MTH) a proof needs. */
export type LeafRange = readonly [start: number, end: number];

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The ranges of RFC 6962 PATH(m, D[0:n]), deepest sibling first: the inclusion proof of leaf m. */
export function inclusionRanges(m: number, n: number): LeafRange[] {
  const out: LeafRange[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const len = end - start;
    if (len <= 1) return;
    const k = largestPowerOfTwoBelow(len);
    if (m < k) {
      walk(m, start, start + k);
      out.push([start + k, end]);
    } else {
      walk(m - k, start + k, end);
      out.push([start, start + k]);
    }
  };
  if (m >= 0 && m < n) walk(m, 0, n);
  return out;
}

/** The ranges of RFC 6962 PROOF(m, D[0:n]): that the tree of the first m leaves is a prefix of the tree of n. */
export function consistencyRanges(m: number, n: number): LeafRange[] {
  const out: LeafRange[] = [];
  const sub = (m: number, start: number, end: number, whole: boolean): void => {
    const len = end - start;
    if (m === len) {
      if (!whole) out.push([start, end]);
      return;
    }
    const k = largestPowerOfTwoBelow(len);
    if (m <= k) {
      sub(m, start, start + k, whole);
      out.push([start + k, end]);
    } else {
      sub(m - k, start + k, end, false);
      out.push([start, start + k]);
    }
  };
  if (m > 0 && m < n) sub(m, 0, n, true);
  return out;
}

/** The stored node of a range, when the range is a complete subtree at or above STORED_LEVEL. */
export function storedNodeOf([start, end]: LeafRange): { level: number; position: number } | null {
  const len = end - start;
  if (len < 2 ** STORED_LEVEL || (len & (len - 1)) !== 0 || start % len !== 0) return null;
  return { level: Math.log2(len), position: start / len };
}

/**
 * What to read for the hashes of `ranges`: the stored nodes that may answer whole subtrees, and the leaves for the
 * rest. `missing` are stored nodes known to be absent (heads sealed before 0230): their leaves are read instead.
 */
export function readPlan(ranges: readonly LeafRange[], missing: ReadonlySet<string> = new Set()): { nodes: Array<{ level: number; position: number }>; leaves: LeafRange[] } {
  const nodes = new Map<string, { level: number; position: number }>();
  const leaves: LeafRange[] = [];
  // Below a missing node every node is missing too (it completed earlier still): go down to the leaves.
  const visit = (r: LeafRange, underMissing: boolean): void => {
    const node = storedNodeOf(r);
    const absent = underMissing || (node !== null && missing.has(nodeKey(node)));
    if (node && !absent) {
      nodes.set(nodeKey(node), node);
      return;
    }
    const [start, end] = r;
    if (end - start <= 2 ** STORED_LEVEL) return void leaves.push(r);
    const k = largestPowerOfTwoBelow(end - start);
    visit([start, start + k], absent);
    visit([start + k, end], absent);
  };
  ranges.forEach((r) => visit(r, false));
  return { nodes: [...nodes.values()], leaves: mergeRanges(leaves) };
}

export const nodeKey = (n: { level: number; position: number }): string => `${n.level}:${n.position}`;

/** Overlapping or touching ranges joined, in order. */
export function mergeRanges(ranges: readonly LeafRange[]): LeafRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** MTH(D[start:end]) from the stored nodes and leaf hashes read by the plan. */
export function subtreeHash(r: LeafRange, nodes: ReadonlyMap<string, Buffer>, leaf: (index: number) => Buffer): Buffer {
  const node = storedNodeOf(r);
  const stored = node && nodes.get(nodeKey(node));
  if (stored) return stored;
  const [start, end] = r;
  if (end - start === 1) return leaf(start);
  const k = largestPowerOfTwoBelow(end - start);
  return nodeHash(subtreeHash([start, start + k], nodes, leaf), subtreeHash([start + k, end], nodes, leaf));
}
