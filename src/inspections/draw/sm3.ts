/**
 * SM3 (GB/T 32905-2016) in plain TypeScript, with the state after a fixed prefix cached.
 * A draw hashes one message per subject that all begin with the same seed; resuming from the
 * prefix's state halves the work, and a pure-JS compression avoids a native call per message
 * (node:crypto's per-call cost made 300,000 hashes take about a second). Outputs are standard SM3:
 * anyone can check them with any SM3 tool (tests compare with node:crypto).
 */
const IV = new Uint32Array([0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e]);
const T = new Uint32Array(64);
for (let j = 0; j < 64; j++) {
  const t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
  const s = j % 32;
  T[j] = ((t << s) | (t >>> (32 - s))) >>> 0;
}

const W = new Int32Array(68);

/** Compresses one 64-byte block at `off` of `buf` into state `v` (8 words). */
function compress(v: Int32Array, buf: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const p = off + i * 4;
    W[i] = (buf[p]! << 24) | (buf[p + 1]! << 16) | (buf[p + 2]! << 8) | buf[p + 3]!;
  }
  for (let i = 16; i < 68; i++) {
    const w3 = W[i - 3]!;
    const w13 = W[i - 13]!;
    const x = W[i - 16]! ^ W[i - 9]! ^ ((w3 << 15) | (w3 >>> 17));
    W[i] = x ^ ((x << 15) | (x >>> 17)) ^ ((x << 23) | (x >>> 9)) ^ ((w13 << 7) | (w13 >>> 25)) ^ W[i - 6]!;
  }
  let a = v[0]!, b = v[1]!, c = v[2]!, d = v[3]!, e = v[4]!, f = v[5]!, g = v[6]!, h = v[7]!;
  // rounds 0–15 and 16–63 differ only in their boolean functions: two loops, no branch per round
  for (let j = 0; j < 16; j++) {
    const a12 = (a << 12) | (a >>> 20);
    const t = (a12 + e + T[j]!) | 0;
    const ss1 = (t << 7) | (t >>> 25);
    const tt1 = ((a ^ b ^ c) + d + (ss1 ^ a12) + (W[j]! ^ W[j + 4]!)) | 0;
    const tt2 = ((e ^ f ^ g) + h + ss1 + W[j]!) | 0;
    d = c;
    c = (b << 9) | (b >>> 23);
    b = a;
    a = tt1;
    h = g;
    g = (f << 19) | (f >>> 13);
    f = e;
    e = tt2 ^ ((tt2 << 9) | (tt2 >>> 23)) ^ ((tt2 << 17) | (tt2 >>> 15));
  }
  for (let j = 16; j < 64; j++) {
    const a12 = (a << 12) | (a >>> 20);
    const t = (a12 + e + T[j]!) | 0;
    const ss1 = (t << 7) | (t >>> 25);
    const tt1 = (((a & b) | (a & c) | (b & c)) + d + (ss1 ^ a12) + (W[j]! ^ W[j + 4]!)) | 0;
    const tt2 = (((e & f) | (~e & g)) + h + ss1 + W[j]!) | 0;
    d = c;
    c = (b << 9) | (b >>> 23);
    b = a;
    a = tt1;
    h = g;
    g = (f << 19) | (f >>> 13);
    f = e;
    e = tt2 ^ ((tt2 << 9) | (tt2 >>> 23)) ^ ((tt2 << 17) | (tt2 >>> 15));
  }
  v[0]! ^= a; v[1]! ^= b; v[2]! ^= c; v[3]! ^= d; v[4]! ^= e; v[5]! ^= f; v[6]! ^= g; v[7]! ^= h;
}

const encoder = new TextEncoder();

/** A hasher for messages `prefix ‖ suffix`; call it with each suffix. Returns the digest as 8 words (big-endian). */
export function sm3WithPrefix(prefix: string): (suffix: string, out?: Uint32Array) => Uint32Array {
  const p = encoder.encode(prefix);
  const full = p.length - (p.length % 64);
  const state = Int32Array.from(IV);
  for (let off = 0; off < full; off += 64) compress(state, p, off);
  const rest = p.subarray(full);
  const buf = new Uint8Array(64 * 8);
  const v = new Int32Array(8);
  return (suffix, out = new Uint32Array(8)) => {
    buf.set(rest, 0);
    let len = rest.length;
    // ASCII fast path (USCCs, badge numbers); anything else through TextEncoder
    let ascii = true;
    for (let i = 0; i < suffix.length; i++) if (suffix.charCodeAt(i) > 0x7f) { ascii = false; break; }
    let s: Uint8Array | undefined;
    const slen = ascii ? suffix.length : (s = encoder.encode(suffix)).length;
    const total = len + slen;
    const blocks = Math.ceil((total + 9) / 64);
    if (blocks * 64 > buf.length) return sm3WithPrefix(prefix + suffix)('', out);
    if (ascii) for (let i = 0; i < slen; i++) buf[len + i] = suffix.charCodeAt(i);
    else buf.set(s!, len);
    len = total;
    buf[len] = 0x80;
    buf.fill(0, len + 1, blocks * 64);
    const bits = (full + total) * 8;
    const end = blocks * 64;
    buf[end - 5] = Math.floor(bits / 2 ** 32) & 0xff;
    buf[end - 4] = (bits >>> 24) & 0xff;
    buf[end - 3] = (bits >>> 16) & 0xff;
    buf[end - 2] = (bits >>> 8) & 0xff;
    buf[end - 1] = bits & 0xff;
    v.set(state);
    for (let off = 0; off < end; off += 64) compress(v, buf, off);
    for (let i = 0; i < 8; i++) out[i] = v[i]! >>> 0;
    return out;
  };
}

export function wordsToHex(w: Uint32Array): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += w[i]!.toString(16).padStart(8, '0');
  return s;
}

/** SM3 of a UTF-8 string, hex. */
export const sm3Hex = (message: string): string => wordsToHex(sm3WithPrefix(message)(''));
