import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The hashing of audit verification, spread over one worker thread per core. Two kinds of task:
 *
 * - a page of entries in (chain, seq) order, as the raw output of `COPY (…) TO STDOUT (FORMAT binary)` with the
 *   columns chain, seq, prev_hash, body, hash, seal_id and id: each entry's SM3 is recomputed straight from the copy buffer and each entry is compared with the one before it in the page (seq, link); the first entry of a
 *   page is compared with the last of the page before by the caller (`stitch` in verify-audit.ts), so pages can be
 *   checked in any order on any thread;
 * - a tree head: its entry hashes in leaf order, appended to the tree state (frontier) stored with the previous head;
 *   answers the root, the new frontier and the roots at any sizes asked for. Each head is checked from the previous
 *   head's stored frontier, so heads too are independent tasks; checking that every stored frontier is the computed
 *   one makes the whole chain of heads exactly the tree grown from nothing.
 *
 * The worker's code is plain JavaScript evaluated from this string: it needs nothing but node:crypto and runs the
 * same under tsx, vitest or compiled code. It must compute exactly what chain.ts (ChainChecker) and merkle.ts do
 * (audit.test.ts checks that they agree). SM3 is OpenSSL's through `crypto.hash`, with hex or latin1 output: a
 * Buffer output costs about a microsecond more per call on Node 20 (bench/findings.md).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const watch = new Map(workerData.watch);
const GENESIS = Buffer.alloc(64, 0x30);
const SIGNATURE = Buffer.from('PGCOPY\\n\\xff\\r\\n\\0', 'latin1');

function entries(buf) {
  const problems = [];
  const heads = [];
  const hashAt = [];
  let p = 0;
  if (buf.length > 0) {
    if (buf.length < 19 || buf.compare(SIGNATURE, 0, 11, 0, 11) !== 0) throw new Error('not a binary COPY');
    p = 19 + buf.readInt32BE(15);
  }
  let n = 0, starts = 0;
  // Rows are at least 160 bytes (two 64-digit hashes): enough room for every sealed entry's place and hash.
  const room = Math.ceil(buf.length / 160) + 1;
  const leafId = new Float64Array(room), leafSeal = new Float64Array(room), leafHex = new Uint8Array(room * 64);
  let leaves = 0;
  let first = null;
  let cS = -1, cE = -1, chain = null, w, seq = 0, hS = -1;
  while (p < buf.length) {
    const fields = buf.readInt16BE(p);
    if (fields === -1) break;
    if (fields !== 7) throw new Error('unexpected copy row');
    p += 2;
    const cl = buf.readInt32BE(p), ncS = p + 4;
    p = ncS + cl + 8;
    const nseq = buf.readInt32BE(p - 4);
    const pl = buf.readInt32BE(p), pS = p + 4;
    p = pS + pl;
    const bl0 = buf.readInt32BE(p);
    p = p + 4 + bl0;
    const hl = buf.readInt32BE(p), nhS = p + 4;
    p = nhS + hl;
    // seal_id (int8 or NULL) and id (int8): where the entry sits among the tree's leaves
    const sl = buf.readInt32BE(p);
    const sealId = sl === 8 ? Number(buf.readBigInt64BE(p + 4)) : 0;
    p += 4 + Math.max(sl, 0);
    const id = Number(buf.readBigInt64BE(p + 4));
    p += 12;
    if (sealId > 0) {
      leafId[leaves] = id;
      leafSeal[leaves] = sealId;
      // a hash that is not 64 digits cannot be a leaf: 'zz' makes the tree task find it malformed
      if (hl === 64) leafHex.set(buf.subarray(nhS, nhS + 64), leaves * 64);
      else leafHex.fill(0x7a, leaves * 64, leaves * 64 + 64);
      leaves++;
    }
    // The hashed bytes are prev_hash || body: moving prev_hash over the body's length field makes them one range.
    let bS, bl, hashed;
    if (pl === 64) {
      buf.copyWithin(pS + 4, pS, pS + 64);
      bS = pS + 4;
      bl = 64 + bl0;
      hashed = buf.subarray(bS, bS + bl);
    } else {
      // not a 64-digit hash: the link check fails below; hash what is stored all the same
      bS = pS;
      bl = Math.min(pl, 0);
      hashed = Buffer.concat([buf.subarray(pS, pS + Math.max(pl, 0)), buf.subarray(pS + Math.max(pl, 0) + 4, pS + Math.max(pl, 0) + 4 + bl0)]);
    }
    n++;
    const same = cS >= 0 && cl === cE - cS && buf.compare(buf, cS, cE, ncS, ncS + cl) === 0;
    if (!same) {
      if (chain !== null && w !== undefined) heads.push([chain, seq, buf.toString('latin1', hS, hS + 64)]);
      chain = buf.toString('utf8', ncS, ncS + cl);
      w = watch.get(chain);
      if (cS < 0) first = { chain, seq: nseq, prevHash: buf.toString('latin1', bS, bS + Math.min(64, bl)) };
      else {
        starts++;
        if (nseq !== 1) problems.push({ kind: 'gap', chain, expectedSeq: 1, foundSeq: nseq });
        if (bl < 64 || buf.compare(GENESIS, 0, 64, bS, bS + 64) !== 0) problems.push({ kind: 'link', chain, seq: nseq });
      }
      cS = ncS;
      cE = ncS + cl;
    } else {
      if (nseq !== seq + 1) problems.push({ kind: 'gap', chain, expectedSeq: seq + 1, foundSeq: nseq });
      if (bl < 64 || buf.compare(buf, hS, hS + 64, bS, bS + 64) !== 0) problems.push({ kind: 'link', chain, seq: nseq });
    }
    if (hl !== 64 || hash('sm3', hashed, 'hex') !== buf.toString('latin1', nhS, nhS + 64)) problems.push({ kind: 'hash', chain, seq: nseq });
    if (w === nseq) hashAt.push([chain, buf.toString('latin1', nhS, nhS + hl)]);
    seq = nseq;
    hS = nhS;
  }
  const last = chain === null ? null : { chain, seq, hash: buf.toString('latin1', hS, hS + 64) };
  if (chain !== null && w !== undefined) heads.push([chain, seq, last.hash]);
  return {
    entries: n, starts, first, last, problems, heads, hashAt,
    leaves: { count: leaves, ids: leafId.slice(0, leaves), seals: leafSeal.slice(0, leaves), hex: leafHex.subarray(0, leaves * 64) },
  };
}

const EMPTY = hash('sm3', '', 'hex');
const leaf = Buffer.alloc(33);
const node = Buffer.alloc(65);
node[0] = 1;
// Nodes are 32-character latin1 strings: the cheapest output of crypto.hash.
const join = (l, r) => { node.latin1Write(l, 1); node.latin1Write(r, 33); return hash('sm3', node, 'latin1'); };
function rootOf(frontier) {
  if (frontier.length === 0) return EMPTY;
  let r = frontier[frontier.length - 1];
  for (let i = frontier.length - 2; i >= 0; i--) r = join(frontier[i], r);
  return Buffer.from(r, 'latin1').toString('hex');
}
function popcount(n) { let c = 0; for (; n > 0; n = Math.floor(n / 2)) c += n % 2; return c; }

function tree({ hex: hexIn, startSize, frontierHex, at }) {
  const hex = typeof hexIn === 'string' ? hexIn : Buffer.from(hexIn.buffer, hexIn.byteOffset, hexIn.byteLength).toString('latin1');
  const all = Buffer.from(hex, 'hex');
  const count = Math.floor(hex.length / 64);
  const frontier = [];
  for (let i = 0; i < frontierHex.length; i += 64) frontier.push(Buffer.from(frontierHex.slice(i, i + 64), 'hex').toString('latin1'));
  // A stored frontier that cannot be the state at its size: nothing to grow from.
  if (all.length !== count * 32 || hex.length !== count * 64 || frontier.length !== popcount(startSize) || frontier.some((f) => f.length !== 32)) return { count, malformed: true };
  let size = startSize;
  const roots = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    all.copy(leaf, 1, i * 32, i * 32 + 32);
    let x = hash('sm3', leaf, 'latin1');
    for (let s = size; s & 1; s >>= 1) x = join(frontier.pop(), x);
    frontier.push(x);
    size++;
    while (next < at.length && at[next] === size) roots.push([size, rootOf(frontier)]), next++;
  }
  return { count, size, root: rootOf(frontier), frontier: frontier.map((f) => Buffer.from(f, 'latin1').toString('hex')).join(''), roots };
}

parentPort.on('message', (m) => {
  try {
    const answer = m.kind === 'entries' ? entries(Buffer.from(m.buf, m.offset, m.length)) : tree(m);
    const transfer = answer.leaves ? [answer.leaves.ids.buffer, answer.leaves.seals.buffer, answer.leaves.hex.buffer] : [];
    parentPort.postMessage({ id: m.id, answer }, transfer);
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e && e.message || e) });
  }
});
`;

export interface EntryPageResult {
  entries: number;
  /** chains that start within the page after its first entry */
  starts: number;
  first: { chain: string; seq: number; prevHash: string } | null;
  last: { chain: string; seq: number; hash: string } | null;
  problems: Array<{ kind: 'gap'; chain: string; expectedSeq: number; foundSeq: number } | { kind: 'link' | 'hash'; chain: string; seq: number }>;
  /** [chain, seq, hash] of the last entry in the page of each watched chain */
  heads: Array<[string, number, string]>;
  /** [chain, hash] of each watched chain's entry at its watched seq */
  hashAt: Array<[string, string]>;
  /** the page's sealed entries: id, tree head and hash (64 hex digits each, back to back), in page order */
  leaves: { count: number; ids: Float64Array; seals: Float64Array; hex: Uint8Array };
}

export type TreeResult =
  | { count: number; malformed: true }
  | { count: number; malformed?: undefined; size: number; root: string; frontier: string; roots: Array<[number, string]> };

export interface TreeTask {
  /** the head's entry hashes in leaf order, 64 hex digits each, back to back */
  hex: string | Uint8Array;
  /** size and frontier of the tree before these leaves (the previous head's) */
  startSize: number;
  frontierHex: string;
  /** sizes within this batch whose roots to answer, ascending */
  at: number[];
}

export interface VerifyPool {
  readonly threads: number;
  /** Tasks waiting or running: callers wait below a bound so that pages in memory stay few. */
  readonly pending: number;
  entries(page: Buffer): Promise<EntryPageResult>;
  tree(task: TreeTask): Promise<TreeResult>;
  /** Resolves when fewer than `max` tasks are pending. */
  room(max: number): Promise<void>;
  close(): Promise<void>;
}

/** One worker per core (at least one); `watch` maps chains to the seq whose hash to report (subjects' heads). */
export function startVerifyPool(watch: ReadonlyMap<string, number> = new Map(), threads = Math.max(1, os.availableParallelism())): VerifyPool {
  const workerData = { watch: [...watch] };
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, workerData }));
  const load = workers.map(() => 0);
  const pending = new Map<number, { resolve: (a: never) => void; reject: (e: unknown) => void; worker: number }>();
  const waiters: Array<() => void> = [];
  let nextId = 0;
  const settle = (id: number, f: (p: { resolve: (a: never) => void; reject: (e: unknown) => void }) => void) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    load[p.worker]!--;
    f(p);
    while (waiters.length) waiters.shift()!();
  };
  workers.forEach((w, i) => {
    w.unref();
    w.on('message', ({ id, answer, error }: { id: number; answer?: never; error?: string }) =>
      settle(id, (p) => (error === undefined ? p.resolve(answer!) : p.reject(new Error(error)))),
    );
    w.on('error', (e) => {
      for (const [id, p] of pending) if (p.worker === i) settle(id, (q) => q.reject(e));
    });
  });
  const submit = <A>(message: Record<string, unknown>, transfer: ArrayBuffer[] = []) => {
    const id = nextId++;
    let worker = 0;
    for (let i = 1; i < threads; i++) if (load[i]! < load[worker]!) worker = i;
    load[worker]!++;
    return new Promise<A>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (a: never) => void, reject, worker });
      workers[worker]!.postMessage({ id, ...message }, transfer);
    });
  };
  return {
    threads,
    get pending() {
      return pending.size;
    },
    entries(page) {
      // The page's memory moves to the worker when it is a whole buffer of its own; otherwise it is copied.
      const own = page.byteOffset === 0 && page.byteLength === page.buffer.byteLength && page.buffer instanceof ArrayBuffer;
      const ab = own ? (page.buffer as ArrayBuffer) : page.buffer.slice(page.byteOffset, page.byteOffset + page.byteLength);
      return submit<EntryPageResult>({ kind: 'entries', buf: ab, offset: 0, length: page.byteLength }, [ab as ArrayBuffer]);
    },
    tree(task) {
      // A view is cloned with its whole buffer: send the head's leaves in a buffer of their own, moved, not copied.
      if (typeof task.hex === 'string') return submit<TreeResult>({ kind: 'tree', ...task });
      const hex = new Uint8Array(task.hex); // a copy (Buffer.slice would be a view)
      return submit<TreeResult>({ kind: 'tree', ...task, hex }, [hex.buffer]);
    },
    async room(max) {
      while (pending.size >= max) await new Promise<void>((r) => waiters.push(r));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
