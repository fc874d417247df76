import { describe, expect, it } from 'vitest';
import { lsnBytes, recordEnd, replicaName } from './replicas.js';

describe('WAL positions', () => {
  it('reads an LSN as bytes across the 4 GiB boundary', () => {
    expect(lsnBytes('0/3000028')).toBe(0x3000028);
    expect(lsnBytes('16/B374D848')).toBe(0x16 * 2 ** 32 + 0xb374d848);
    expect(lsnBytes('1/0')).toBeGreaterThan(lsnBytes('0/FFFFFFFF'));
  });

  it('takes off the page or segment header an insert position stands on, where a replayed record ends', () => {
    const page = 8192;
    const segment = 16 * 1024 * 1024;
    expect(recordEnd(0x3000028, page, segment)).toBe(0x3000000);
    expect(recordEnd(0x3002018, page, segment)).toBe(0x3002000);
    expect(recordEnd(0x3002020, page, segment)).toBe(0x3002020);
    // 40 bytes into a page that is not a segment's first: a record may end there
    expect(recordEnd(0x3002028, page, segment)).toBe(0x3002028);
  });

  it('names a replica in the log by host, port and database, never by its credentials', () => {
    expect(replicaName('postgres://banshi:s3cret@replica1:5433/banshi')).toBe('replica1:5433/banshi');
    expect(replicaName('postgres://replica2/banshi')).toBe('replica2:5432/banshi');
  });
});
