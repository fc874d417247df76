import type { EntryPageResult } from './verify-worker.js';

type Leaves = EntryPageResult['leaves'];

/**
 * The sealed entries' hashes in leaf order, from pages read in (chain, seq) order: a tree head's leaves are its
 * entries in id order, heads one after another (store.claimUnsealed). One pass places every entry by its id (ids are
 * nearly dense: a bigserial with few gaps), a counting sort groups them by head; no second read of the log. Pure.
 */
export function leavesByHead(pages: readonly Leaves[]): Map<number, Uint8Array> {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of pages) {
    n += p.count;
    for (let i = 0; i < p.count; i++) {
      const id = p.ids[i]!;
      if (id < min) min = id;
      if (id > max) max = id;
    }
  }
  const ids = new Float64Array(n);
  const heads = new Float64Array(n);
  // Each entry's hash stays in its page's buffer: page and offset by global index, no copy of them all.
  const pageOf = new Int32Array(n);
  const offsetOf = new Int32Array(n);
  let g = 0;
  pages.forEach((p, k) => {
    ids.set(p.ids.subarray(0, p.count), g);
    heads.set(p.seals.subarray(0, p.count), g);
    for (let i = 0; i < p.count; i++) (pageOf[g + i] = k), (offsetOf[g + i] = i * 64);
    g += p.count;
  });
  const byId = idOrder(ids, min, max);

  const { keys, index } = denseIndex(heads);
  const counts = new Float64Array(keys.length);
  for (let i = 0; i < n; i++) counts[index[i]!]!++;
  const starts = new Float64Array(keys.length);
  for (let k = 1; k < keys.length; k++) starts[k] = starts[k - 1]! + counts[k - 1]! * 64;
  const next = starts.slice();
  const out = Buffer.allocUnsafe(n * 64);
  for (let k = 0; k < n; k++) {
    const i = byId[k]!;
    const h = index[i]!;
    const o = offsetOf[i]!;
    out.set(pages[pageOf[i]!]!.hex.subarray(o, o + 64), next[h]!);
    next[h]! += 64;
  }
  const result = new Map<number, Uint8Array>();
  keys.forEach((h, k) => result.set(h, out.subarray(starts[k]!, starts[k]! + counts[k]! * 64)));
  return result;
}

/** The distinct values in ascending order, and for each element the place of its value among them (typed arrays: no map per entry). */
function denseIndex(values: Float64Array): { keys: number[]; index: Int32Array } {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (values[i]! < min) min = values[i]!;
    if (values[i]! > max) max = values[i]!;
  }
  const index = new Int32Array(n);
  if (n > 0 && max - min + 1 <= 4 * n + 1024) {
    const slot = new Int32Array(max - min + 1).fill(-1);
    for (let i = 0; i < n; i++) slot[values[i]! - min] = 0;
    const keys: number[] = [];
    for (let s = 0; s < slot.length; s++) if (slot[s] === 0) slot[s] = keys.push(s + min) - 1;
    for (let i = 0; i < n; i++) index[i] = slot[values[i]! - min]!;
    return { keys, index };
  }
  const keys = [...new Set(values)].sort((a, b) => a - b);
  const place = new Map(keys.map((k, i) => [k, i]));
  for (let i = 0; i < n; i++) index[i] = place.get(values[i]!)!;
  return { keys, index };
}

/** Indexes of `ids` in ascending id order: by placing each in a slot of its id when they are dense, else by sorting. */
function idOrder(ids: Float64Array, min: number, max: number): Int32Array {
  const n = ids.length;
  const span = max - min + 1;
  if (n > 0 && span <= 4 * n + 1024) {
    const slot = new Int32Array(span).fill(-1);
    let dense = true;
    for (let i = 0; i < n; i++) {
      const s = ids[i]! - min;
      if (slot[s] !== -1) dense = false; // the same id twice: not a primary key any more; sort instead
      slot[s] = i;
    }
    if (dense) {
      const order = new Int32Array(n);
      let k = 0;
      for (let s = 0; s < span; s++) if (slot[s] !== -1) order[k++] = slot[s]!;
      return order;
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => ids[a]! - ids[b]! || a - b);
}
