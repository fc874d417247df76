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
  const hex = Buffer.allocUnsafe(n * 64);
  let g = 0;
  for (const p of pages) {
    ids.set(p.ids.subarray(0, p.count), g);
    heads.set(p.seals.subarray(0, p.count), g);
    hex.set(p.hex.subarray(0, p.count * 64), g * 64);
    g += p.count;
  }
  const byId = idOrder(ids, min, max);

  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(heads[i]!, (counts.get(heads[i]!) ?? 0) + 1);
  const starts = new Map<number, number>();
  let at = 0;
  for (const h of [...counts.keys()].sort((a, b) => a - b)) {
    starts.set(h, at);
    at += counts.get(h)! * 64;
  }
  const out = Buffer.allocUnsafe(n * 64);
  const next = new Map(starts);
  for (let k = 0; k < n; k++) {
    const i = byId[k]!;
    const h = heads[i]!;
    const o = next.get(h)!;
    hex.copy(out, o, i * 64, i * 64 + 64);
    next.set(h, o + 64);
  }
  const result = new Map<number, Uint8Array>();
  for (const [h, s] of starts) result.set(h, out.subarray(s, s + counts.get(h)! * 64));
  return result;
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
