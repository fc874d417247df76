import { Worker } from 'node:worker_threads';

/**
 * Merkle roots computed on another thread, so that verification checks the seals (two SM3 hashes per entry) on one
 * core while it checks the chains (one per entry) on another. The worker's code is plain JavaScript evaluated from
 * this string: it needs nothing but node:crypto, and runs the same under tsx, vitest or compiled code. It must
 * compute exactly `merkleRoot` of chain.ts (audit.test.ts checks both agree).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { hash } = require('node:crypto');
function merkleRoot(hex) {
  const all = Buffer.from(hex, 'hex');
  const n = all.length / 32;
  if (n === 0) return hash('sm3', '', 'hex');
  const leaf = Buffer.alloc(33);
  let level = new Array(n);
  for (let i = 0; i < n; i++) { all.copy(leaf, 1, i * 32, i * 32 + 32); level[i] = hash('sm3', leaf, 'buffer'); }
  const node = Buffer.alloc(65);
  node[0] = 1;
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      if (i + 1 === level.length) next.push(level[i]);
      else { level[i].copy(node, 1); level[i + 1].copy(node, 33); next.push(hash('sm3', node, 'buffer')); }
    }
    level = next;
  }
  return level[0].toString('hex');
}
parentPort.on('message', ({ id, hex }) => parentPort.postMessage({ id, root: merkleRoot(hex) }));
`;

export interface MerkleWorker {
  /** The root over leaf hashes given as one string of 64-hex-digit hashes back to back (one string crosses threads cheaply). */
  root(concatenatedHex: string): Promise<string>;
  close(): Promise<void>;
}

export function startMerkleWorker(): MerkleWorker {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  const pending = new Map<number, { resolve: (root: string) => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  worker.on('message', ({ id, root }: { id: number; root: string }) => {
    pending.get(id)?.resolve(root);
    pending.delete(id);
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  return {
    root(hex) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, hex });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
