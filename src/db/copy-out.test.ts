import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/db.js';

/** The rows of a binary COPY of (int4, text) columns. */
function rowsOf(buf: Buffer): Array<[number, string]> {
  expect(buf.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
  let p = 19 + buf.readInt32BE(15);
  const rows: Array<[number, string]> = [];
  for (;;) {
    const fields = buf.readInt16BE(p);
    p += 2;
    if (fields === -1) break;
    expect(fields).toBe(2);
    const n = buf.readInt32BE(p + 4);
    p += 8;
    const l = buf.readInt32BE(p);
    rows.push([n, buf.toString('utf8', p + 4, p + 4 + l)]);
    p += 4 + l;
  }
  expect(p).toBe(buf.length);
  return rows;
}

describe('copying a query out in binary', () => {
  it('gives every row whole across many reads of the connection, into given memory or memory of its own', async () => {
    const t = await freshDb();
    try {
      // about 6 MB, rows of every length from 1 to ~600 bytes: message headers and rows fall across the socket's reads
      const select = `SELECT g, repeat('审', g % 200 + 1) FROM generate_series(1, 30000) g`;
      const expected = Array.from({ length: 30000 }, (_, i) => [i + 1, '审'.repeat(((i + 1) % 200) + 1)]);
      const small = Buffer.from(new SharedArrayBuffer(1 << 16));
      for (const into of [undefined, small, Buffer.allocUnsafe(16 << 20)]) expect(rowsOf(await t.db.copyOut(select, into))).toEqual(expected);
      expect(rowsOf(await t.db.copyOut(`SELECT g, 'x' FROM generate_series(1, 0) g`))).toEqual([]);
      // the connections go on answering ordinary queries afterwards
      for (let i = 0; i < 20; i++) expect(await t.db.query<{ n: number }>('SELECT $1::int + 1 AS n', [i])).toEqual([{ n: i + 1 }]);
    } finally {
      await t.drop();
    }
  });

  it('fails with the database’s error when the query fails after rows were sent, and the connection stays usable', async () => {
    const t = await freshDb();
    try {
      await expect(t.db.copyOut(`SELECT g, (1 / (g - 20000))::text FROM generate_series(1, 30000) g`)).rejects.toThrow(/division by zero/);
      for (let i = 0; i < 20; i++) expect(await t.db.query<{ n: number }>('SELECT $1::int + 1 AS n', [i])).toEqual([{ n: i + 1 }]);
      expect(rowsOf(await t.db.copyOut(`SELECT g, 'ok' FROM generate_series(1, 3) g`))).toEqual([[1, 'ok'], [2, 'ok'], [3, 'ok']]);
    } finally {
      await t.drop();
    }
  });
});
