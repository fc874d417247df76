import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';
import { appendAudit, chainEntries, merkleRoot, nextEntry, sealAudit, verifyAudit } from './index.js';
import { startMerkleWorker } from './merkle-worker.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const append = (chain: string, action: string, data: Record<string, unknown> = {}) =>
  t.db.transaction((tx) => appendAudit(tx, { chain, actorId: null, action, data, at: t.clock.now() }));

describe('verifyAudit', () => {
  it('passes an untouched log, then detects an edited entry', async () => {
    // Demo data may already hold chains (seeded licences): count from what is there.
    const before = await verifyAudit(t.db, t.config);
    await append('application:A', 'submitted', { items: ['食品经营许可'], n: 1 });
    await append('application:A', 'accepted', { by: '王窗口' });
    await append('application:B', 'submitted', {});
    await sealAudit(t.db, t.clock, t.config);
    await append('application:A', 'decided', { result: 'approved' });
    let report = await verifyAudit(t.db, t.config);
    expect(report).toMatchObject({ ok: true, chains: before.chains + 2, entries: before.entries + 4, seals: before.seals + 1 });

    await tamperAsOwner(t.db, `UPDATE audit_entries SET body = replace(body, '王窗口', '别人') WHERE chain = 'application:A' AND seq = 2`);
    report = await verifyAudit(t.db, t.config);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({ kind: 'hash', chain: 'application:A', seq: 2 });
  });

  it('detects a sealed chain rewritten with consistent hashes', async () => {
    // The forger recomputes every hash of the chain after the edit: the chain alone looks fine, the seal does not.
    const entries = await chainEntries(t.db, 'application:A');
    let prev: { seq: number; hash: string } | undefined;
    for (const e of entries) {
      const forged = nextEntry(prev, { ...e, data: e.seq === 2 ? { by: '别人' } : e.data });
      await tamperAsOwner(t.db, 'UPDATE audit_entries SET body = $3, prev_hash = $4, hash = $5 WHERE chain = $1 AND seq = $2', [e.chain, e.seq, forged.body, forged.prevHash, forged.hash]);
      prev = forged;
    }
    const report = await verifyAudit(t.db, t.config);
    expect(report.problems.filter((p) => p.kind === 'hash' || p.kind === 'link')).toEqual([]);
    expect(report.problems).toContainEqual({ kind: 'seal-root', sealId: 1 });
  });

  it('detects a whole chain deleted after sealing', async () => {
    await append('licence:X', 'issued', {});
    await sealAudit(t.db, t.clock, t.config);
    await tamperAsOwner(t.db, `DELETE FROM audit_entries WHERE chain = 'licence:X'`);
    const report = await verifyAudit(t.db, t.config);
    expect(report.problems.some((p) => p.kind === 'seal-count' || p.kind === 'seal-root')).toBe(true);
  });
});

describe('appendAudit', () => {
  it('lets only one of two concurrent appends to one chain win', async () => {
    await append('application:C', 'submitted');
    const head = (await t.db.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_entries WHERE chain = 'application:C'`))[0]!;
    const results = await Promise.allSettled([
      t.db.transaction((tx) => appendAudit(tx, { chain: 'application:C', actorId: null, action: 'accepted', data: {}, at: t.clock.now() }, head)),
      t.db.transaction((tx) => appendAudit(tx, { chain: 'application:C', actorId: null, action: 'refused', data: {}, at: t.clock.now() }, head)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('CONFLICT');
  });
});

describe('merkleRoot', () => {
  // RFC 6962 style: leaf = SM3(0x00 || hash), node = SM3(0x01 || left || right), an odd node carried up.
  const sm3 = (b: Buffer) => createHash('sm3').update(b).digest();
  function reference(leaves: string[]): string {
    if (leaves.length === 0) return createHash('sm3').update('').digest('hex');
    let level: Buffer[] = leaves.map((h) => sm3(Buffer.concat([Buffer.from([0]), Buffer.from(h, 'hex')])));
    while (level.length > 1) {
      const next: Buffer[] = [];
      for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sm3(Buffer.concat([Buffer.from([1]), level[i]!, level[i + 1]!])) : level[i]!);
      level = next;
    }
    return level[0]!.toString('hex');
  }

  it('is the same on the verifier thread, in the sealer and by the textbook definition', async () => {
    const worker = startMerkleWorker();
    try {
      for (const n of [0, 1, 2, 3, 7, 1000]) {
        const leaves = Array.from({ length: n }, (_, i) => createHash('sha256').update(`entry ${i}`).digest('hex'));
        const expected = reference(leaves);
        expect(merkleRoot(leaves)).toBe(expected);
        expect(await worker.root(leaves.join(''))).toBe(expected);
      }
    } finally {
      await worker.close();
    }
  });
});
