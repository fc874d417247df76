// SM3 (GB/T 32905-2016) over four messages at a time, one per 32-bit lane of 128-bit SIMD vectors: the audit
// verifier's hashing (verify-worker.ts). AssemblyScript, built into sm3x4.wasm by `npm run build:sm3x4`;
// src/audit/sm3x4.test.ts checks the binary against this source and every digest against OpenSSL's SM3.
//
// Each lane holds one message, so a round costs about what one scalar round costs and hashes four messages. There is no
// rotate instruction in WebAssembly's SIMD: a rotation is two shifts and an or. Words are big-endian in the message:
// each group of four 16-byte rows (one per lane) is transposed and byte-swapped with shuffles as it is loaded.

// Working memory from the heap base: the message schedule (68 words × 4 lanes), the chaining state (8 × 4), the
// rotated round constants, and one 128-byte block of padding per lane.
const W: usize = (__heap_base + 15) & ~15;
const S: usize = W + 68 * 16;
const T: usize = S + 8 * 16;
const TAIL: usize = T + 64 * 4;
const FREE: usize = TAIL + 4 * 128;

/** The first byte the caller may use. */
export function base(): usize {
  return FREE;
}

export function init(): void {
  for (let j = 0; j < 64; j++) {
    const t: u32 = j < 16 ? 0x79cc4519 : 0x7a879d8a;
    store<u32>(T + (<usize>j << 2), rotl<u32>(t, j & 31));
  }
}

// @ts-ignore: decorator
@inline function rot(x: v128, n: i32): v128 {
  return v128.or(i32x4.shl(x, n), i32x4.shr_u(x, 32 - n));
}
// @ts-ignore: decorator
@inline function bswap32x4(x: v128): v128 {
  return i8x16.shuffle(x, x, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
}

/** Four 16-byte rows (one per lane) as four words each of the four lanes, big-endian words made native. */
// @ts-ignore: decorator
@inline function load4(p0: usize, p1: usize, p2: usize, p3: usize, w: usize): void {
  const a = v128.load(p0), b = v128.load(p1), c = v128.load(p2), d = v128.load(p3);
  const t0 = v128.shuffle<i32>(a, b, 0, 4, 1, 5);
  const t1 = v128.shuffle<i32>(c, d, 0, 4, 1, 5);
  const t2 = v128.shuffle<i32>(a, b, 2, 6, 3, 7);
  const t3 = v128.shuffle<i32>(c, d, 2, 6, 3, 7);
  v128.store(w, bswap32x4(v128.shuffle<i32>(t0, t1, 0, 1, 4, 5)));
  v128.store(w + 16, bswap32x4(v128.shuffle<i32>(t0, t1, 2, 3, 6, 7)));
  v128.store(w + 32, bswap32x4(v128.shuffle<i32>(t2, t3, 0, 1, 4, 5)));
  v128.store(w + 48, bswap32x4(v128.shuffle<i32>(t2, t3, 2, 3, 6, 7)));
}

/** Four lanes' words at w, w+16, w+32, w+48 written as each lane's 16 big-endian bytes. */
// @ts-ignore: decorator
@inline function store4(w: usize, p0: usize, p1: usize, p2: usize, p3: usize): void {
  const a = v128.load(w), b = v128.load(w + 16), c = v128.load(w + 32), d = v128.load(w + 48);
  const t0 = v128.shuffle<i32>(a, b, 0, 4, 1, 5);
  const t1 = v128.shuffle<i32>(c, d, 0, 4, 1, 5);
  const t2 = v128.shuffle<i32>(a, b, 2, 6, 3, 7);
  const t3 = v128.shuffle<i32>(c, d, 2, 6, 3, 7);
  v128.store(p0, bswap32x4(v128.shuffle<i32>(t0, t1, 0, 1, 4, 5)));
  v128.store(p1, bswap32x4(v128.shuffle<i32>(t0, t1, 2, 3, 6, 7)));
  v128.store(p2, bswap32x4(v128.shuffle<i32>(t2, t3, 0, 1, 4, 5)));
  v128.store(p3, bswap32x4(v128.shuffle<i32>(t2, t3, 2, 3, 6, 7)));
}

function compress(p0: usize, p1: usize, p2: usize, p3: usize, mask: v128): void {
  for (let q: usize = 0; q < 64; q += 16) load4(p0 + q, p1 + q, p2 + q, p3 + q, W + (q << 2));
  for (let j: usize = 16; j < 68; j++) {
    const x = v128.xor(v128.xor(v128.load(W + ((j - 16) << 4)), v128.load(W + ((j - 9) << 4))), rot(v128.load(W + ((j - 3) << 4)), 15));
    const p1x = v128.xor(v128.xor(x, rot(x, 15)), rot(x, 23));
    v128.store(W + (j << 4), v128.xor(v128.xor(p1x, rot(v128.load(W + ((j - 13) << 4)), 7)), v128.load(W + ((j - 6) << 4))));
  }
  let a = v128.load(S), b = v128.load(S, 16), c = v128.load(S, 32), d = v128.load(S, 48);
  let e = v128.load(S, 64), f = v128.load(S, 80), g = v128.load(S, 96), h = v128.load(S, 112);
  for (let j: usize = 0; j < 16; j++) {
    const w = v128.load(W + (j << 4));
    const a12 = rot(a, 12);
    const ss1 = rot(i32x4.add(i32x4.add(a12, e), i32x4.splat(load<i32>(T + (j << 2)))), 7);
    const ss2 = v128.xor(ss1, a12);
    const tt1 = i32x4.add(i32x4.add(v128.xor(v128.xor(a, b), c), d), i32x4.add(ss2, v128.xor(w, v128.load(W + ((j + 4) << 4)))));
    const tt2 = i32x4.add(i32x4.add(v128.xor(v128.xor(e, f), g), h), i32x4.add(ss1, w));
    d = c; c = rot(b, 9); b = a; a = tt1;
    h = g; g = rot(f, 19); f = e; e = v128.xor(v128.xor(tt2, rot(tt2, 9)), rot(tt2, 17));
  }
  for (let j: usize = 16; j < 64; j++) {
    const w = v128.load(W + (j << 4));
    const a12 = rot(a, 12);
    const ss1 = rot(i32x4.add(i32x4.add(a12, e), i32x4.splat(load<i32>(T + (j << 2)))), 7);
    const ss2 = v128.xor(ss1, a12);
    const ff = v128.or(v128.and(a, b), v128.and(c, v128.or(a, b)));
    const gg = v128.bitselect(f, g, e);
    const tt1 = i32x4.add(i32x4.add(ff, d), i32x4.add(ss2, v128.xor(w, v128.load(W + ((j + 4) << 4)))));
    const tt2 = i32x4.add(i32x4.add(gg, h), i32x4.add(ss1, w));
    d = c; c = rot(b, 9); b = a; a = tt1;
    h = g; g = rot(f, 19); f = e; e = v128.xor(v128.xor(tt2, rot(tt2, 9)), rot(tt2, 17));
  }
  const sa = v128.load(S), sb = v128.load(S, 16), sc = v128.load(S, 32), sd = v128.load(S, 48);
  const se = v128.load(S, 64), sf = v128.load(S, 80), sg = v128.load(S, 96), sh = v128.load(S, 112);
  v128.store(S, v128.bitselect(v128.xor(a, sa), sa, mask));
  v128.store(S, v128.bitselect(v128.xor(b, sb), sb, mask), 16);
  v128.store(S, v128.bitselect(v128.xor(c, sc), sc, mask), 32);
  v128.store(S, v128.bitselect(v128.xor(d, sd), sd, mask), 48);
  v128.store(S, v128.bitselect(v128.xor(e, se), se, mask), 64);
  v128.store(S, v128.bitselect(v128.xor(f, sf), sf, mask), 80);
  v128.store(S, v128.bitselect(v128.xor(g, sg), sg, mask), 96);
  v128.store(S, v128.bitselect(v128.xor(h, sh), sh, mask), 112);
}

/**
 * SM3 of n messages: the table holds, per message, its offset, its length and the slot its digest goes to (32 bytes at
 * out + 32 × slot), three u32 each. With a prefix byte (0–255), each message is hashed as prefix ‖ bytes and must be at
 * most 118 bytes long; with -1 there is no prefix and no limit. Messages of equal block counts side by side in the
 * table share their four lanes best; any order gives the same digests.
 */
export function hashMany(table: usize, n: i32, out: usize, prefix: i32): void {
  const pre: usize = prefix >= 0 ? 1 : 0;
  for (let g = 0; g < n; g += 4) {
    let ptr0: usize = 0, ptr1: usize = 0, ptr2: usize = 0, ptr3: usize = 0;
    let full0 = 0, full1 = 0, full2 = 0, full3 = 0;
    let nb0 = 0, nb1 = 0, nb2 = 0, nb3 = 0;
    for (let i = 0; i < 4; i++) {
      const tail = TAIL + (<usize>i << 7);
      let ptr: usize = tail, full = 0, nb = 0;
      if (g + i < n) {
        const row = table + <usize>(g + i) * 12;
        const off = <usize>load<u32>(row), len = <usize>load<u32>(row, 4);
        const total = len + pre;
        nb = <i32>((total + 72) >> 6);
        full = pre ? 0 : <i32>(len >> 6);
        const rest = total - (<usize>full << 6);
        memory.fill(tail, 0, 128);
        if (pre) store<u8>(tail, <u8>prefix);
        memory.copy(tail + pre, off + (<usize>full << 6), rest - pre);
        store<u8>(tail + rest, 0x80);
        store<u64>(tail + (<usize>(nb - full) << 6) - 8, bswap<u64>(<u64>total << 3));
        ptr = off;
      }
      if (i == 0) { ptr0 = ptr; full0 = full; nb0 = nb; }
      else if (i == 1) { ptr1 = ptr; full1 = full; nb1 = nb; }
      else if (i == 2) { ptr2 = ptr; full2 = full; nb2 = nb; }
      else { ptr3 = ptr; full3 = full; nb3 = nb; }
    }
    v128.store(S, i32x4.splat(0x7380166f));
    v128.store(S, i32x4.splat(0x4914b2b9), 16);
    v128.store(S, i32x4.splat(0x172442d7), 32);
    v128.store(S, i32x4.splat(<i32>0xda8a0600), 48);
    v128.store(S, i32x4.splat(<i32>0xa96f30bc), 64);
    v128.store(S, i32x4.splat(0x163138aa), 80);
    v128.store(S, i32x4.splat(<i32>0xe38dee4d), 96);
    v128.store(S, i32x4.splat(<i32>0xb0fb0e4e), 112);
    const most = max(max(nb0, nb1), max(nb2, nb3));
    let counts = i32x4.splat(nb0);
    counts = i32x4.replace_lane(counts, 1, nb1);
    counts = i32x4.replace_lane(counts, 2, nb2);
    counts = i32x4.replace_lane(counts, 3, nb3);
    for (let k = 0; k < most; k++) {
      const mask = i32x4.gt_s(counts, i32x4.splat(k));
      const kk = <usize>k << 6;
      compress(
        k < full0 ? ptr0 + kk : TAIL + (<usize>(k - full0) << 6),
        k < full1 ? ptr1 + kk : TAIL + 128 + (<usize>(k - full1) << 6),
        k < full2 ? ptr2 + kk : TAIL + 256 + (<usize>(k - full2) << 6),
        k < full3 ? ptr3 + kk : TAIL + 384 + (<usize>(k - full3) << 6),
        mask,
      );
    }
    // digests: lanes back to bytes, into scratch (the tail blocks), then to their slots
    store4(S, TAIL, TAIL + 128, TAIL + 256, TAIL + 384);
    store4(S + 64, TAIL + 16, TAIL + 144, TAIL + 272, TAIL + 400);
    for (let i = 0; i < 4 && g + i < n; i++) {
      const slot = <usize>load<u32>(table + <usize>(g + i) * 12, 8);
      memory.copy(out + (slot << 5), TAIL + (<usize>i << 7), 32);
    }
  }
}

/**
 * For each of n rows: 1 at out + i when the digest at digests + 32 × i, written as 64 lower-case hex digits, is the 64
 * bytes at the address hexAt holds for it (a u32; 0: the row has no 64-byte hash to compare, so 0).
 */
export function matchHex(digests: usize, hexAt: usize, n: i32, out: usize): void {
  const digits = i8x16(48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102);
  const low = i8x16.splat(0x0f);
  for (let i = 0; i < n; i++) {
    const h = <usize>load<u32>(hexAt + (<usize>i << 2));
    let same = h != 0;
    for (let half: usize = 0; same && half < 32; half += 16) {
      const d = v128.load(digests + (<usize>i << 5) + half);
      const hi = i8x16.swizzle(digits, i8x16.shr_u(d, 4));
      const lo = i8x16.swizzle(digits, v128.and(d, low));
      const a = i8x16.shuffle(hi, lo, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
      const b = i8x16.shuffle(hi, lo, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
      same = i8x16.all_true(v128.and(i8x16.eq(a, v128.load(h + (half << 1))), i8x16.eq(b, v128.load(h + (half << 1) + 16))));
    }
    store<u8>(out + i, same ? 1 : 0);
  }
}

/** For each of n pairs of addresses (two u32 each): 1 at out + i when the 64 bytes at both are the same. */
export function equal64(pairs: usize, n: i32, out: usize): void {
  for (let i = 0; i < n; i++) {
    const a = <usize>load<u32>(pairs + (<usize>i << 3)), b = <usize>load<u32>(pairs + (<usize>i << 3), 4);
    const x = v128.and(i8x16.eq(v128.load(a), v128.load(b)), i8x16.eq(v128.load(a, 16), v128.load(b, 16)));
    const y = v128.and(i8x16.eq(v128.load(a, 32), v128.load(b, 32)), i8x16.eq(v128.load(a, 48), v128.load(b, 48)));
    store<u8>(out + i, i8x16.all_true(v128.and(x, y)) ? 1 : 0);
  }
}
