import { Worker } from 'node:worker_threads';

/**
 * The Merkle tree of the log grown on another thread, so that verification checks the tree heads (two SM3 hashes per
 * entry) on one core while it checks the chains on others. The worker keeps the tree's frontier between batches: it
 * is fed the sealed entries in leaf order, a tree head's worth at a time, and answers the root at the end of each
 * batch (and at any size asked for within it). Its code is plain JavaScript evaluated from this string: it needs
 * nothing but node:crypto and runs the same under tsx, vitest or compiled code. It must compute exactly what
 * merkle.ts does (audit.test.ts checks both agree).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { hash } = require('node:crypto');
const EMPTY = hash('sm3', '', 'hex');
const leaf = Buffer.alloc(33);
const node = Buffer.alloc(65);
node[0] = 1;
const join = (l, r) => { l.copy(node, 1); r.copy(node, 33); return hash('sm3', node, 'buffer'); };
let size = 0;
let frontier = [];
function root() {
  if (frontier.length === 0) return EMPTY;
  let r = frontier[frontier.length - 1];
  for (let i = frontier.length - 2; i >= 0; i--) r = join(frontier[i], r);
  return r.toString('hex');
}
parentPort.on('message', ({ id, hex, at }) => {
  const all = Buffer.from(hex, 'hex');
  const n = all.length / 32;
  const roots = [];
  let next = 0;
  for (let i = 0; i < n; i++) {
    all.copy(leaf, 1, i * 32, i * 32 + 32);
    let x = hash('sm3', leaf, 'buffer');
    for (let s = size; s & 1; s >>= 1) x = join(frontier.pop(), x);
    frontier.push(x);
    size++;
    while (next < at.length && at[next] === size) roots.push([size, root()]), next++;
  }
  parentPort.postMessage({ id, size, root: root(), roots });
});
`;

export interface MerkleWorker {
  /**
   * Appends leaves given as one string of 64-hex-digit entry hashes back to back (one string crosses threads cheaply);
   * answers the tree's size and root after them, and its root at each size of `at` (ascending) reached on the way.
   */
  append(concatenatedHex: string, at?: number[]): Promise<{ size: number; root: string; roots: Array<[number, string]> }>;
  close(): Promise<void>;
}

export function startMerkleWorker(): MerkleWorker {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  type Answer = { size: number; root: string; roots: Array<[number, string]> };
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  worker.on('message', ({ id, ...answer }: Answer & { id: number }) => {
    pending.get(id)?.resolve(answer);
    pending.delete(id);
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  return {
    append(hex, at = []) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, hex, at });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
