import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The hashing of audit verification, spread over one worker thread per core. Two kinds of task:
 *
 * - a page of entries in id order (about the order they lie in the table), as the raw output of `COPY (…) TO STDOUT
 *   (FORMAT binary)` with the columns chain, seq, prev_hash, body, hash, seal_id and id: each entry's SM3 is
 *   recomputed straight from the copy buffer; rows of one chain with consecutive seqs read one after the other form a
 *   run, checked link by link here; the runs are joined by chain and seq by the caller (`joinRuns` in
 *   verify-audit.ts), so pages can be checked in any order on any thread. Each sealed entry's Merkle leaf,
 *   SM3(0x00 || stored hash), is made here too, and the leaves are answered grouped by tree head with their entry ids;
 * - a tree head: its leaves with their entry ids, put in id order (the order they were sealed in) and appended to the
 *   tree state (frontier) stored with the previous head; answers the root, the new frontier and the roots at any
 *   sizes asked for. Each head is checked from the previous head's stored frontier, so heads too are independent
 *   tasks, started as soon as a head's leaves have all been read; checking that every stored frontier is the computed
 *   one makes the whole chain of heads exactly the tree grown from nothing.
 *
 * The worker's code is plain JavaScript evaluated from this string: it needs node:crypto and the four-lane SM3
 * (sm3x4.wasm, passed in as bytes) and runs the same under tsx, vitest or compiled code. It must compute exactly what
 * chain.ts (ChainChecker) and merkle.ts do (audit.test.ts and verify-worker.test.ts check that they agree). The
 * entries, leaves and each level of a tree are hashed in batches by sm3x4.wasm; the few hashes left one by one (an
 * entry whose prev_hash is not a hash, the roots folded from a tree state) are OpenSSL's through `crypto.hash`, with
 * latin1 output (bench/findings.md).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const watch = new Map(workerData.watch);
const SIGNATURE = Buffer.from('PGCOPY\\n\\xff\\r\\n\\0', 'latin1');
// The value of each lower-case hex digit (how the platform writes hashes); -1 for any other byte.
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = 10 + i;

// SM3 four messages at a time (sm3x4.wasm). Its memory holds the page being checked and every message and digest of
// it; views over it are made again whenever it grows.
const sm3x4 = new WebAssembly.Instance(new WebAssembly.Module(workerData.sm3x4), { env: { abort() { throw new Error('sm3x4: abort'); } } }).exports;
sm3x4.init();
const BASE = (sm3x4.base() + 15) & ~15;
let mem = new Uint8Array(sm3x4.memory.buffer), words = new Uint32Array(sm3x4.memory.buffer);
/** Room for bytes from BASE on. */
function reserve(bytes) {
  const need = BASE + bytes - sm3x4.memory.buffer.byteLength;
  if (need > 0) sm3x4.memory.grow(Math.ceil(need / 65536));
  if (mem.buffer !== sm3x4.memory.buffer) (mem = new Uint8Array(sm3x4.memory.buffer)), (words = new Uint32Array(sm3x4.memory.buffer));
}
const align = (n) => (n + 15) & ~15;
/**
 * SM3 of the n messages listed at table (offset, length, digest slot: three u32 each) into out + 32 × slot. Messages of
 * equal block counts go side by side first, so that the four lanes of a step finish together.
 */
function hashTable(table, sorted, n, out, prefix) {
  if (prefix < 0) {
    const t = table >> 2, o = sorted >> 2;
    const counts = new Int32Array(64);
    for (let i = 0; i < n; i++) counts[Math.min(63, (words[t + 3 * i + 1] + 72) >> 6)]++;
    for (let b = 0, at = 0; b < 64; b++) { const c = counts[b]; counts[b] = at; at += c; }
    for (let i = 0; i < n; i++) {
      const k = 3 * counts[Math.min(63, (words[t + 3 * i + 1] + 72) >> 6)]++;
      words[o + k] = words[t + 3 * i]; words[o + k + 1] = words[t + 3 * i + 1]; words[o + k + 2] = words[t + 3 * i + 2];
    }
    table = sorted;
  }
  sm3x4.hashMany(table, n, out, prefix);
}

/** 64 hex digits at buf[p] as 32 bytes at out[o]; false when one of them is not a lower-case hex digit. */
function unhex(buf, p, out, o) {
  let bad = 0;
  for (let i = 0; i < 32; i++) {
    const h = HEX[buf[p + 2 * i]], l = HEX[buf[p + 2 * i + 1]];
    bad |= h | l;
    out[o + i] = (h << 4) | l;
  }
  return bad >= 0;
}
function same(buf, a, b, n) {
  for (let i = 0; i < n; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
function genesis(buf, p) {
  for (let i = 0; i < 64; i++) if (buf[p + i] !== 0x30) return false;
  return true;
}

let scratch = { room: 0 };

function entries(page, length) {
  // The page goes into the hasher's memory, followed by the work areas, one slot per row: the hash table and the same
  // sorted by block count, where each row's stored hash is, the link pairs, the answers of both comparisons, the
  // digests, stored hashes as bytes (for rows whose digest differs), the leaves' table and the leaves' digests. A row is
  // at least 42 bytes (a field count, seven lengths, the seq and the id), whatever was written into its text fields.
  const rows = Math.floor(length / 42) + 1;
  const at = { table: align(length) };
  at.sorted = at.table + align(12 * rows);
  at.hexAt = at.sorted + align(12 * rows);
  at.pairs = at.hexAt + align(4 * rows);
  at.matched = at.pairs + align(8 * rows);
  at.linked = at.matched + align(rows);
  at.digests = at.linked + align(rows);
  at.stored = at.digests + 32 * rows;
  at.leafTable = at.stored + 32 * rows;
  at.leaves = at.leafTable + align(12 * rows);
  reserve(at.leaves + 32 * rows);
  mem.set(new Uint8Array(page, 0, length), BASE);
  const buf = Buffer.from(mem.buffer, BASE, length);
  const found = []; // [row, problem]
  const hashAt = [];
  // The page's runs: rows of one chain with consecutive seqs, one after the other in the page. Links inside a run are
  // checked here; the runs are joined by chain and seq afterwards (joinRuns in verify-audit.ts), wherever they were read.
  const runChain = [], runFirst = [], runPrev = [], runLast = [], runHash = [];
  let p = 0;
  if (buf.length > 0) {
    if (buf.length < 19 || buf.compare(SIGNATURE, 0, 11, 0, 11) !== 0) throw new Error('not a binary COPY');
    p = 19 + buf.readInt32BE(15);
  }
  let n = 0;
  // The room is kept for the next page (fewer allocations, less for the garbage collector).
  if (scratch.room < rows) {
    const room = Math.max(rows, 2 * scratch.room);
    scratch = { room, ids: new Float64Array(room), seals: new Float64Array(room), leafRow: new Int32Array(room), chains: new Array(room), seqs: new Int32Array(room), pairRow: new Int32Array(room) };
  }
  const leafId = scratch.ids, leafSeal = scratch.seals, leafRow = scratch.leafRow, rowChain = scratch.chains, rowSeq = scratch.seqs, pairRow = scratch.pairRow;
  const T = (BASE + at.table) >> 2, H = (BASE + at.hexAt) >> 2, P = (BASE + at.pairs) >> 2;
  let hashed = 0, pairs = 0, leaves = 0;
  const odd = []; // rows whose prev_hash is not 64 digits: hashed here, one by one
  let cS = -1, cE = -1, chain = null, w, seq = 0, hS = -1, hE = -1;
  const endRun = () => { runLast.push(seq); runHash.push(buf.toString('latin1', hS, hE)); };
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
    const sealId = sl === 8 ? buf.readUInt32BE(p + 8) + buf.readInt32BE(p + 4) * 4294967296 : 0;
    p += 4 + Math.max(sl, 0);
    const id = buf.readUInt32BE(p + 8) + buf.readInt32BE(p + 4) * 4294967296;
    p += 12;
    // where the stored hash is, to be compared with the digest written in hex
    words[H + n] = hl === 64 ? BASE + nhS : 0;
    // The hashed bytes are prev_hash || body: moving prev_hash over the body's length field makes them one range.
    let bS, bl;
    if (pl === 64) {
      buf.copyWithin(pS + 4, pS, pS + 64);
      bS = pS + 4;
      bl = 64 + bl0;
      words[T + 3 * hashed] = BASE + bS;
      words[T + 3 * hashed + 1] = bl;
      words[T + 3 * hashed + 2] = n;
      hashed++;
    } else {
      // not a 64-digit hash: the link check fails; hash what is stored all the same
      bS = pS;
      bl = Math.min(pl, 0);
      odd.push([n, Buffer.concat([buf.subarray(pS, pS + Math.max(pl, 0)), buf.subarray(pS + Math.max(pl, 0) + 4, pS + Math.max(pl, 0) + 4 + bl0)])]);
    }
    const sameChain = cS >= 0 && cl === cE - cS && same(buf, cS, ncS, cl);
    if (sameChain && nseq === seq + 1) {
      // the link to the entry before in the run: its prev_hash against that entry's hash, compared below
      if (bl < 64 || hE - hS !== 64) found.push([n, { kind: 'link', chain, seq: nseq }]);
      else {
        words[P + 2 * pairs] = BASE + hS;
        words[P + 2 * pairs + 1] = BASE + bS;
        pairRow[pairs++] = n;
      }
    } else {
      if (chain !== null) endRun();
      if (!sameChain) {
        chain = buf.toString('utf8', ncS, ncS + cl);
        w = watch.get(chain);
        cS = ncS;
        cE = ncS + cl;
      }
      runChain.push(chain);
      runFirst.push(nseq);
      // the link to the entry before, checked when the runs are joined: null for the first entry of a chain
      runPrev.push(bl < 64 ? '' : nseq === 1 && genesis(buf, bS) ? null : buf.toString('latin1', bS, bS + 64));
    }
    rowChain[n] = chain;
    rowSeq[n] = nseq;
    if (sealId > 0) {
      leafId[leaves] = id;
      leafSeal[leaves] = sealId;
      leafRow[leaves++] = n;
    }
    if (w === nseq) hashAt.push([chain, buf.toString('latin1', nhS, nhS + hl)]);
    n++;
    seq = nseq;
    hS = nhS;
    hE = nhS + Math.max(hl, 0);
  }
  if (chain !== null) endRun();
  // Every entry's SM3 over prev_hash || body, compared with its stored hash as hex; each link inside a run.
  const digests = BASE + at.digests, matched = BASE + at.matched, linked = BASE + at.linked;
  hashTable(BASE + at.table, BASE + at.sorted, hashed, digests, -1);
  for (const [row, bytes] of odd) mem.set(Buffer.from(hash('sm3', bytes, 'latin1'), 'latin1'), digests + 32 * row);
  sm3x4.matchHex(digests, BASE + at.hexAt, n, matched);
  sm3x4.equal64(BASE + at.pairs, pairs, linked);
  for (let i = 0; i < pairs; i++) if (mem[linked + i] === 0) found.push([pairRow[i], { kind: 'link', chain: rowChain[pairRow[i]], seq: rowSeq[pairRow[i]] }]);
  for (let i = 0; i < n; i++) if (mem[matched + i] === 0) found.push([i, { kind: 'hash', chain: rowChain[i], seq: rowSeq[i] }]);
  // Each sealed entry's leaf, SM3(0x00 || stored hash): the digest where it is the stored hash, else the stored hash
  // decoded here; a stored hash that is not 64 hex digits cannot be a leaf (its head's tree is malformed).
  const L = (BASE + at.leafTable) >> 2;
  const bad = new Uint8Array(leaves);
  for (let k = 0; k < leaves; k++) {
    const row = leafRow[k];
    let from = digests + 32 * row;
    if (mem[matched + row] === 0) {
      from = BASE + at.stored + 32 * row;
      const h = words[H + row];
      if (h === 0 || !unhex(mem, h, mem, from)) bad[k] = 1;
    }
    words[L + 3 * k] = from;
    words[L + 3 * k + 1] = 32;
    words[L + 3 * k + 2] = k;
  }
  hashTable(BASE + at.leafTable, 0, leaves, BASE + at.leaves, 0);
  rowChain.fill(undefined, 0, n);
  // in page order, a row's broken link before its wrong hash
  const problems = found.sort((a, b) => a[0] - b[0] || (a[1].kind === 'link' ? -1 : 1)).map((f) => f[1]);
  return { entries: n, runs: { chains: runChain, first: runFirst, prev: runPrev, last: runLast, hash: runHash }, problems, hashAt, leaves: byHead(leaves, leafId, leafSeal, mem.subarray(BASE + at.leaves, BASE + at.leaves + 32 * leaves), bad) };
}

/** The page's leaves grouped by tree head (page order kept within a head): [head, start, count, malformed leaves]. */
function byHead(count, ids, seals, hashes, bad) {
  const groups = [];
  const order = new Int32Array(count);
  const at = new Map();
  const sizes = [];
  // Heads are sealed in id order, so in a page read in id order each head's leaves are usually one stretch already.
  let last = -1, g = -1, stretches = true;
  for (let i = 0; i < count; i++) {
    if (seals[i] !== last) {
      last = seals[i];
      g = at.get(last);
      if (g === undefined) at.set(last, (g = sizes.push(0) - 1)), groups.push([last, 0, 0, 0]);
      else stretches = false;
    }
    sizes[g]++;
    order[i] = g;
  }
  let start = 0;
  for (let k = 0; k < groups.length; k++) (groups[k][1] = start), (groups[k][2] = sizes[k]), (start += sizes[k]);
  for (let i = 0; i < count; i++) groups[order[i]][3] += bad[i];
  if (stretches) {
    // copied with set: slice of a view of WebAssembly memory copies byte by byte on Node 20
    const outHashes = new Uint8Array(count * 32);
    outHashes.set(hashes.subarray(0, count * 32));
    return { groups, ids: ids.slice(0, count), hashes: outHashes };
  }
  const outIds = new Float64Array(count), outHashes = new Uint8Array(count * 32);
  // hashes are copied 4 bytes at a time (both start at a multiple of 4 in their memory)
  const from = new Int32Array(hashes.buffer, hashes.byteOffset, count * 8), to = new Int32Array(outHashes.buffer);
  const next = groups.map((x) => x[1]);
  for (let i = 0; i < count; i++) {
    const k = next[order[i]]++;
    outIds[k] = ids[i];
    for (let j = 0; j < 8; j++) to[k * 8 + j] = from[i * 8 + j];
  }
  return { groups, ids: outIds, hashes: outHashes };
}

const EMPTY = hash('sm3', '', 'hex');
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

/** Indexes of ids in ascending id order, equal ids in the order given: by slots when ids are dense, else by sorting. */
function idOrder(ids) {
  const n = ids.length;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) { if (ids[i] < min) min = ids[i]; if (ids[i] > max) max = ids[i]; }
  const span = max - min + 1;
  if (n > 0 && span <= 4 * n + 1024) {
    const slot = new Int32Array(span).fill(-1);
    let dense = true;
    for (let i = 0; i < n && dense; i++) {
      const s = ids[i] - min;
      if (slot[s] !== -1) dense = false; // the same id twice: not a primary key any more; sort instead
      slot[s] = i;
    }
    if (dense) {
      const order = new Int32Array(n);
      let k = 0;
      for (let s = 0; s < span; s++) if (slot[s] !== -1) order[k++] = slot[s];
      return order;
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => ids[a] - ids[b] || a - b);
}

/**
 * The tree grown from the stored state by a head's leaves, a level at a time: at each level the nodes that the new
 * leaves complete are hashed as one batch (SM3(0x01 || left || right), four at a time). At level h the known nodes run
 * from the state's node at that level (when the old size has bit h set) to the last complete one, so that the children
 * of the new nodes at level h + 1 are the level's nodes two by two.
 */
function tree({ ids, hashes, malformed, startSize, frontierHex, at }) {
  const count = ids.length;
  const frontier = [];
  for (let i = 0; i < frontierHex.length; i += 64) frontier.push(Buffer.from(frontierHex.slice(i, i + 64), 'hex').toString('latin1'));
  // A leaf that is not a hash, or a stored frontier that cannot be the state at its size: nothing to grow from.
  if (malformed || hashes.length !== count * 32 || frontier.length !== popcount(startSize) || frontier.some((f) => f.length !== 32)) return { count, malformed: true };
  const S = startSize, end = S + count;
  const bit = (x, h) => Math.floor(x / 2 ** h) % 2;
  const shr = (x, h) => Math.floor(x / 2 ** h);
  // the state's node at level h: the state holds one node per set bit of the old size, highest first
  const old = (h) => frontier[popcount(shr(S, h + 1))];
  // Levels one after the other in the hasher's memory, then a table for the widest level's pairs.
  const levels = [];
  let room = 0;
  for (let h = 0; h === 0 || shr(end, h) > 0; h++) {
    const size = bit(S, h) + (h === 0 ? count : shr(end, h) - shr(S, h));
    levels.push({ at: room, size, first: shr(S, h) - bit(S, h) });
    room += align(32 * size);
  }
  const table = room;
  reserve(table + 12 * (Math.ceil(count / 2) + 1));
  const L0 = BASE + levels[0].at;
  if (bit(S, 0)) mem.set(Buffer.from(old(0), 'latin1'), L0);
  // the leaves in id order (the order they were sealed in), copied four bytes at a time
  const order = idOrder(ids);
  const from = new Int32Array(hashes.buffer, hashes.byteOffset, count * 8), to = new Int32Array(mem.buffer, L0 + 32 * bit(S, 0), count * 8);
  for (let k = 0; k < count; k++) for (let j = 0, i = order[k] * 8; j < 8; j++) to[k * 8 + j] = from[i + j];
  const T = (BASE + table) >> 2;
  for (let h = 0; h + 1 < levels.length; h++) {
    const up = levels[h + 1], here = BASE + levels[h].at, pairs = up.size - bit(S, h + 1);
    if (bit(S, h + 1)) mem.set(Buffer.from(old(h + 1), 'latin1'), BASE + up.at);
    for (let j = 0; j < pairs; j++) {
      words[T + 3 * j] = here + 64 * j;
      words[T + 3 * j + 1] = 64;
      words[T + 3 * j + 2] = j + bit(S, h + 1);
    }
    sm3x4.hashMany(BASE + table, pairs, BASE + up.at, 1);
  }
  // The state at any size up to the end: one node per set bit, the last complete node of its level.
  const stateAt = (size) => {
    const nodes = [];
    for (let h = levels.length - 1; h >= 0; h--) {
      if (!bit(size, h)) continue;
      const k = shr(size, h) - 1 - levels[h].first, p = BASE + levels[h].at + 32 * k;
      nodes.push(Buffer.from(mem.buffer, p, 32).latin1Slice(0, 32));
    }
    return nodes;
  };
  const roots = at.filter((size) => size > S && size <= end).map((size) => [size, rootOf(stateAt(size))]);
  const last = stateAt(end);
  return { count, size: end, root: rootOf(last), frontier: last.map((f) => Buffer.from(f, 'latin1').toString('hex')).join(''), roots };
}

parentPort.on('message', (m) => {
  try {
    if (m.kind === 'entries') {
      const answer = entries(m.buf, m.length);
      answer.page = m.buf; // the page's memory goes back for the next page
      parentPort.postMessage({ id: m.id, answer }, [m.buf, answer.leaves.ids.buffer, answer.leaves.hashes.buffer]);
    } else parentPort.postMessage({ id: m.id, answer: tree(m) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e && e.message || e) });
  }
});
`;

export interface EntryPageResult {
  entries: number;
  /**
   * The page's runs in page order: rows of one chain with consecutive seqs, read one after the other. For each run its
   * chain, first seq, the prev_hash of its first entry (null: seq 1 linked to the genesis hash; '' when not a
   * 64-digit hash), last seq and the hash of its last entry. Links inside a run are checked by the worker.
   */
  runs: { chains: string[]; first: number[]; prev: Array<string | null>; last: number[]; hash: string[] };
  problems: Array<{ kind: 'gap'; chain: string; expectedSeq: number; foundSeq: number } | { kind: 'link' | 'hash'; chain: string; seq: number }>;
  /** [chain, hash] of each watched chain's entry at its watched seq */
  hashAt: Array<[string, string]>;
  /**
   * The page's sealed entries grouped by tree head: each group is [head id, first index, count, leaves that are not a
   * hash]; `ids` holds their entry ids and `hashes` their leaf hashes (32 bytes each), group after group, page order
   * kept within a group.
   */
  leaves: { groups: Array<[number, number, number, number]>; ids: Float64Array; hashes: Uint8Array };
  /** the page's memory, given back to read another page into */
  page: ArrayBuffer;
}

export type TreeResult =
  | { count: number; malformed: true }
  | { count: number; malformed?: undefined; size: number; root: string; frontier: string; roots: Array<[number, string]> };

export interface TreeTask {
  /** the head's entries' ids: the leaves go in ascending id order (equal ids as given) */
  ids: Float64Array;
  /** their leaf hashes, SM3(0x00 || entry hash), 32 bytes each, in the order of `ids` */
  hashes: Uint8Array;
  /** one of the head's entries has a stored hash that is not a hash: no tree can be made of it */
  malformed?: boolean;
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

let binary: Uint8Array | undefined;
/** The four-lane SM3 (sm3x4.as.ts, built into sm3x4.wasm beside this file). */
export function sm3x4Binary(): Uint8Array {
  return (binary ??= new Uint8Array(fs.readFileSync(new URL('./sm3x4.wasm', import.meta.url))));
}

/** One worker per core (at least one); `watch` maps chains to the seq whose hash to report (subjects' heads). */
export function startVerifyPool(watch: ReadonlyMap<string, number> = new Map(), threads = Math.max(1, os.availableParallelism())): VerifyPool {
  const workerData = { watch: [...watch], sm3x4: sm3x4Binary() };
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
      // The page's memory moves to the worker (and back with the answer) when it starts a buffer of its own (bigger
      // than Node's shared pool of small buffers, or exactly the page); otherwise it is copied.
      const ab0 = page.buffer;
      const own = page.byteOffset === 0 && ab0 instanceof ArrayBuffer && (ab0.byteLength === page.byteLength || ab0.byteLength > Buffer.poolSize);
      const ab = own ? (page.buffer as ArrayBuffer) : page.buffer.slice(page.byteOffset, page.byteOffset + page.byteLength);
      return submit<EntryPageResult>({ kind: 'entries', buf: ab, length: page.byteLength }, [ab as ArrayBuffer]);
    },
    tree(task) {
      // Leaves in memory of their own move to the worker; otherwise they are copied.
      const moved = [task.ids, task.hashes].filter((v) => v.byteOffset === 0 && v.buffer instanceof ArrayBuffer && v.buffer.byteLength === v.byteLength);
      return submit<TreeResult>({ kind: 'tree', ...task }, moved.map((v) => v.buffer as ArrayBuffer));
    },
    async room(max) {
      while (pending.size >= max) await new Promise<void>((r) => waiters.push(r));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
