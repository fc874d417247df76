import { hash } from 'node:crypto';

/**
 * The Merkle tree of the audit log, as RFC 6962 / RFC 9162 define it, with SM3 as the hash:
 * a leaf is SM3(0x00 || entry hash) (the 32-byte hash of an entry, which covers its body and the previous entry's
 * hash), an interior node SM3(0x01 || left || right), the root of n > 1 leaves splits at the largest power of two
 * below n, and the root of no leaves is SM3 of nothing. Leaves are the sealed entries in the order they were sealed.
 * Pure functions over 32-byte buffers.
 */
const sm3 = (b: Buffer): Buffer => hash('sm3', b, 'buffer');

export const EMPTY_ROOT = hash('sm3', '', 'hex');

export function leafHash(entryHash: Buffer | string): Buffer {
  const b = Buffer.alloc(33);
  (typeof entryHash === 'string' ? Buffer.from(entryHash, 'hex') : entryHash).copy(b, 1);
  return sm3(b);
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  const b = Buffer.alloc(65);
  b[0] = 1;
  left.copy(b, 1);
  right.copy(b, 33);
  return sm3(b);
}

/**
 * The right edge of a growing tree: the roots of its perfect subtrees, largest first (one per set bit of the size).
 * Enough to append leaves and compute the root without the leaves before; the sealer keeps it with each tree head.
 */
export class Frontier {
  constructor(
    public size = 0,
    private readonly nodes: Buffer[] = [],
  ) {}

  static parse(size: number, hex: string): Frontier {
    const nodes: Buffer[] = [];
    for (let i = 0; i < hex.length; i += 64) nodes.push(Buffer.from(hex.slice(i, i + 64), 'hex'));
    return new Frontier(size, nodes);
  }

  toString(): string {
    return this.nodes.map((n) => n.toString('hex')).join('');
  }

  /** Appends a leaf; `completed` hears of every subtree the leaf completes (level ≥ 1, position among its level). */
  push(leaf: Buffer, completed?: (level: number, position: number, hash: Buffer) => void): void {
    let node = leaf;
    let level = 0;
    for (let s = this.size; s & 1; s >>= 1) {
      node = nodeHash(this.nodes.pop()!, node);
      level++;
      completed?.(level, (this.size + 1) / 2 ** level - 1, node);
    }
    this.nodes.push(node);
    this.size++;
  }

  root(): string {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let r = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) r = nodeHash(this.nodes[i]!, r);
    return r.toString('hex');
  }
}

/** The root over leaf hashes (already leaf-hashed). */
export function rootOf(leaves: readonly Buffer[]): string {
  const f = new Frontier();
  for (const l of leaves) f.push(l);
  return f.root();
}

/**
 * Every node of a tree of `leaves`, level by level (an odd last node is carried up unchanged, which gives exactly the
 * RFC 6962 tree): the hash of any subtree that a proof needs is then a lookup.
 */
export class MerkleLevels {
  private readonly levels: Buffer[][];
  constructor(leaves: readonly Buffer[]) {
    this.levels = [leaves.slice()];
    while (this.levels[this.levels.length - 1]!.length > 1) {
      const below = this.levels[this.levels.length - 1]!;
      const up: Buffer[] = [];
      for (let i = 0; i < below.length; i += 2) up.push(i + 1 < below.length ? nodeHash(below[i]!, below[i + 1]!) : below[i]!);
      this.levels.push(up);
    }
  }

  get size(): number {
    return this.levels[0]!.length;
  }

  /** MTH(D[start:end]) for a range that is a node of this tree (start aligned to the range's power of two). */
  private range(start: number, end: number): Buffer {
    let h = 0;
    while (1 << h < end - start) h++;
    return this.levels[h]![start >> h]!;
  }

  root(): string {
    return this.size === 0 ? EMPTY_ROOT : this.levels[this.levels.length - 1]![0]!.toString('hex');
  }

  /** The audit path of leaf `index` (RFC 6962 PATH(m, D[n])), deepest sibling first. */
  inclusionProof(index: number): string[] {
    const path: Buffer[] = [];
    const walk = (m: number, start: number, end: number): void => {
      const n = end - start;
      if (n <= 1) return;
      const k = largestPowerOfTwoBelow(n);
      if (m < k) {
        walk(m, start, start + k);
        path.push(this.range(start + k, end));
      } else {
        walk(m - k, start + k, end);
        path.push(this.range(start, start + k));
      }
    };
    walk(index, 0, this.size);
    return path.map((b) => b.toString('hex'));
  }

  /** The proof that the tree of the first `m` leaves is a prefix of this one (RFC 6962 PROOF(m, D[n])). */
  consistencyProof(m: number): string[] {
    const proof: Buffer[] = [];
    const sub = (m: number, start: number, end: number, whole: boolean): void => {
      const n = end - start;
      if (m === n) {
        if (!whole) proof.push(this.range(start, end));
        return;
      }
      const k = largestPowerOfTwoBelow(n);
      if (m <= k) {
        sub(m, start, start + k, whole);
        proof.push(this.range(start + k, end));
      } else {
        sub(m - k, start + k, end, false);
        proof.push(this.range(start, start + k));
      }
    };
    if (m > 0 && m < this.size) sub(m, 0, this.size, true);
    return proof.map((b) => b.toString('hex'));
  }
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** RFC 9162 §2.1.3.2: does `leaf` sit at `index` of the tree of `size` leaves whose root is `root`? */
export function verifyInclusion(leaf: Buffer, index: number, size: number, path: readonly string[], root: string): boolean {
  if (index < 0 || index >= size || !path.every(isHash) || !isHash(root)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const hex of path) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      r = nodeHash(p, r);
      if (!(fn & 1)) while (!(fn & 1) && fn !== 0) ((fn >>= 1), (sn >>= 1));
    } else r = nodeHash(r, p);
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === root;
}

/** RFC 9162 §2.1.4.2: is the tree of `first` leaves with root `firstRoot` a prefix of the one of `second` with `secondRoot`? */
export function verifyConsistency(first: number, second: number, firstRoot: string, secondRoot: string, proof: readonly string[]): boolean {
  if (first < 0 || second < first || !proof.every(isHash)) return false;
  if (first === second) return proof.length === 0 && firstRoot === secondRoot;
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path: Buffer[] = proof.map((h) => Buffer.from(h, 'hex'));
  if ((first & (first - 1)) === 0) path.unshift(Buffer.from(firstRoot, 'hex'));
  let fn = first - 1;
  let sn = second - 1;
  while (fn & 1) ((fn >>= 1), (sn >>= 1));
  let fr: Buffer = path[0]!;
  let sr: Buffer = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!(fn & 1)) while (!(fn & 1) && fn !== 0) ((fn >>= 1), (sn >>= 1));
    } else sr = nodeHash(sr, c);
    fn >>= 1;
    sn >>= 1;
  }
  return fr.toString('hex') === firstRoot && sr.toString('hex') === secondRoot && sn === 0;
}

const isHash = (h: string) => /^[0-9a-f]{64}$/.test(h);
