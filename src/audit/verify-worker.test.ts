import { afterAll, describe, expect, it } from 'vitest';
import { nextEntry, type AuditEntry, type ChainHead } from './chain.js';
import { leafHash } from './merkle.js';
import { startVerifyPool } from './verify-worker.js';

/**
 * Pages as PostgreSQL's binary COPY writes them (chain, seq, prev_hash, body, hash, seal_id, id), built here so that the
 * worker's parsing and batched hashing can be checked on rows no database would hold: text fields emptied, rows of
 * every length side by side.
 */
interface Row { chain: string; seq: number; prevHash: string; body: string; hash: string; sealId: number | null; id: number }

function copyPage(rows: Row[]): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  const int = (n: number, bytes: 2 | 4 | 8) => {
    const b = Buffer.alloc(bytes);
    if (bytes === 2) b.writeInt16BE(n);
    else if (bytes === 4) b.writeInt32BE(n);
    else b.writeBigInt64BE(BigInt(n));
    return b;
  };
  const text = (s: string) => [int(Buffer.byteLength(s), 4), Buffer.from(s)];
  for (const r of rows) {
    parts.push(int(7, 2), ...text(r.chain), int(4, 4), int(r.seq, 4), ...text(r.prevHash), ...text(r.body), ...text(r.hash));
    parts.push(...(r.sealId === null ? [int(-1, 4)] : [int(8, 4), int(r.sealId, 8)]), int(8, 4), int(r.id, 8));
  }
  parts.push(int(-1, 2));
  return Buffer.concat(parts);
}

/** n chains of k entries each, bodies of many lengths (1 to 9 SM3 blocks with prev_hash), ids in chain order. */
function chains(n: number, k: number): Row[] {
  const rows: Row[] = [];
  for (let c = 0; c < n; c++) {
    let head: ChainHead | undefined;
    for (let s = 0; s < k; s++) {
      const e: AuditEntry = nextEntry(head, { chain: `application:${c}`, actorId: null, action: 'reviewed', data: { note: '材料齐全'.repeat((c * 7 + s * 13) % 40) }, at: new Date(Date.UTC(2026, 2, 2, 1, c, s)) });
      head = e;
      rows.push({ chain: e.chain, seq: e.seq, prevHash: e.prevHash, body: e.body, hash: e.hash, sealId: c < n / 2 ? 1 : null, id: rows.length + 1 });
    }
  }
  return rows;
}

const pool = startVerifyPool(new Map([['application:3', 2]]), 2);
afterAll(() => pool.close());

describe('a verification worker, given a page', () => {
  it('finds nothing wrong in an intact page of entries of every length, and reports a watched chain’s head', async () => {
    const rows = chains(101, 3);
    const r = await pool.entries(copyPage(rows));
    expect(r.entries).toBe(303);
    expect(r.problems).toEqual([]);
    expect(r.runs.chains).toHaveLength(101);
    expect(r.hashAt).toEqual([['application:3', rows.find((x) => x.chain === 'application:3' && x.seq === 2)!.hash]]);
    // the first 51 chains are sealed under head 1: their leaves, SM3(0x00 || entry hash), in page order
    const sealed = rows.filter((x) => x.sealId === 1);
    expect(r.leaves.groups).toEqual([[1, 0, 153, 0]]);
    expect([...r.leaves.ids]).toEqual(sealed.map((x) => x.id));
    expect(Buffer.from(r.leaves.hashes).equals(Buffer.concat(sealed.map((x) => leafHash(x.hash))))).toBe(true);
  });

  it('names each entry whose body no longer gives its hash, and each broken link, in page order', async () => {
    const rows = chains(40, 3);
    rows[7]!.body = rows[7]!.body.replace('reviewed', 'approved');
    rows[100]!.prevHash = rows[99]!.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const r = await pool.entries(copyPage(rows));
    expect(r.problems).toEqual([
      { kind: 'hash', chain: rows[7]!.chain, seq: rows[7]!.seq },
      { kind: 'link', chain: rows[100]!.chain, seq: rows[100]!.seq },
      { kind: 'hash', chain: rows[100]!.chain, seq: rows[100]!.seq },
    ]);
  });

  it('makes each leaf from the stored hash, groups leaves by head wherever they lie, and takes no upper-case hash for a leaf', async () => {
    const rows = chains(20, 3).map((r, i) => ({ ...r, sealId: 1 + (i % 3 === 2 ? 1 : 0) }));
    rows[4]!.hash = rows[4]!.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')); // another hash, still a hash
    rows[9]!.hash = rows[9]!.hash.toUpperCase();
    const r = await pool.entries(copyPage(rows));
    expect(r.problems).toEqual([
      { kind: 'hash', chain: rows[4]!.chain, seq: rows[4]!.seq },
      { kind: 'link', chain: rows[5]!.chain, seq: rows[5]!.seq },
      { kind: 'hash', chain: rows[9]!.chain, seq: rows[9]!.seq },
      { kind: 'link', chain: rows[10]!.chain, seq: rows[10]!.seq },
    ]);
    const head1 = rows.filter((x) => x.sealId === 1), head2 = rows.filter((x) => x.sealId === 2);
    expect(r.leaves.groups).toEqual([[1, 0, head1.length, 1], [2, head1.length, head2.length, 0]]); // row 9 is under head 1
    expect([...r.leaves.ids]).toEqual([...head1, ...head2].map((x) => x.id));
    const expected = [...head1, ...head2].map((x) => (x === rows[9] ? null : leafHash(x.hash)));
    expected.forEach((leaf, k) => {
      if (leaf) expect(Buffer.from(r.leaves.hashes.subarray(32 * k, 32 * k + 32)).equals(leaf)).toBe(true);
    });
  });

  it('checks a page of rows whose text was emptied: every row read, every hash wrong, every leaf malformed', async () => {
    // 42-byte rows: more rows per byte than any real entry has
    const rows = Array.from({ length: 3000 }, (_, i): Row => ({ chain: '', seq: i + 1, prevHash: '', body: '', hash: '', sealId: 1, id: i + 1 }));
    const r = await pool.entries(copyPage(rows));
    expect(r.entries).toBe(3000);
    expect(r.problems.filter((p) => p.kind === 'hash')).toHaveLength(3000);
    expect(r.leaves.groups).toEqual([[1, 0, 3000, 3000]]);
    // and the next page, intact, is checked as if nothing had come before
    expect((await pool.entries(copyPage(chains(30, 4)))).problems).toEqual([]);
  });
});
