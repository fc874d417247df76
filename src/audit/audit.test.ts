import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { appendAudit, nextEntry, sealAudit, startSealer, verifyAudit } from './index.js';
import { Frontier, leafHash, rootOf, verifyConsistency } from './merkle.js';
import { startVerifyPool } from './verify-worker.js';
import { treeHeadBytes } from './tree-head.js';
import type { Db } from '../db/index.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-audit-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const append = (chain: string, action: string, data: Record<string, unknown> = {}) =>
  t.db.transaction((tx) => appendAudit(tx, { chain, actorId: null, action, data, at: t.clock.now() }));
const allEntryHashes = async (db: Db) =>
  (await db.query<{ hash: string }>('SELECT hash FROM audit_entries WHERE seal_id IS NOT NULL ORDER BY seal_id, id')).map((r) => r.hash);
const unsealed = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries WHERE seal_id IS NULL'))[0]!.n;

describe('signed tree heads', () => {
  it('cover the whole log: the size and RFC 6962 SM3 root of every entry sealed so far, consistent with the head before', async () => {
    await append('import:1', 'imported', { rows: 3 });
    const first = (await sealAudit(t.db, t.clock, t.config))!;
    await append('import:1', 'checked', { by: '王窗口' });
    await append('import:2', 'imported', {});
    t.clock.advance(60_000);
    const second = (await sealAudit(t.db, t.clock, t.config))!;
    expect(await sealAudit(t.db, t.clock, t.config)).toBeNull();

    const leaves = (await allEntryHashes(t.db)).map(leafHash);
    expect(second.tree_size).toBe(leaves.length);
    expect(second.tree_size).toBe(first.tree_size + 2);
    expect(second.root).toBe(rootOf(leaves));
    expect(first.root).toBe(rootOf(leaves.slice(0, first.tree_size)));
    expect(second.prev_root).toBe(first.root);

    const heads = expectStatus(await t.app.inject({ url: '/api/v1/public/audit/heads?pageSize=1' }), 200);
    expect(heads.total).toBe(2);
    expect(heads.items).toEqual([expect.objectContaining({ treeSize: second.tree_size, rootHash: second.root })]);
    const older = expectStatus(await t.app.inject({ url: '/api/v1/public/audit/heads?pageSize=1&page=2' }), 200);
    expect(older.items[0].treeSize).toBe(first.tree_size);

    const { proof } = expectStatus(await t.app.inject({ url: `/api/v1/public/audit/consistency?first=${first.tree_size}&second=${second.tree_size}` }), 200);
    expect(verifyConsistency(first.tree_size, second.tree_size, first.root, second.root, proof)).toBe(true);
    expect(verifyConsistency(first.tree_size, second.tree_size, rootOf(leaves.slice(1, first.tree_size + 1)), second.root, proof)).toBe(false);
    expect((await verifyAudit(t.db, t.config)).ok).toBe(true);
  });

  it('answers a bad consistency request with a clear 4xx in Chinese', async () => {
    const res = await t.app.inject({ url: '/api/v1/public/audit/consistency?first=5&second=2' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('一致性证明');
    const unknown = await t.app.inject({ url: '/api/v1/public/audit/consistency?first=1&second=99999999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('签名树根');
  });

  it('carry an SM2 signature that OpenSSL 3 verifies with the published audit key', async () => {
    const head = expectStatus(await t.app.inject({ url: '/api/v1/public/audit/heads' }), 200).items[0];
    const keys = expectStatus(await t.app.inject({ url: '/.well-known/banshi-audit-keys.json' }), 200).keys;
    const key = keys.find((k: { keyId: string }) => k.keyId === head.keyId);
    const file = (name: string, content: string | Buffer) => (fs.writeFileSync(path.join(dir, name), content), path.join(dir, name));
    const pem = file('audit-key.pem', key.publicKeyPem);
    const sig = file('head.sig', Buffer.from(head.signature, 'hex'));
    const verify = (msg: Buffer) => {
      try {
        return execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', pem, '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', file('head.bin', msg), '-sigfile', sig], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }).includes('Signature Verified Successfully');
      } catch {
        return false;
      }
    };
    const bytes = treeHeadBytes(head);
    expect(bytes).toHaveLength(50);
    expect(verify(bytes)).toBe(true);
    expect(verify(treeHeadBytes({ ...head, treeSize: head.treeSize - 1 }))).toBe(false);
  });

  it('agree between the verifier threads and the sealer: each head grows from the tree state stored with the one before', async () => {
    const pool = startVerifyPool(new Map(), 2);
    try {
      const hashes = Array.from({ length: 2004 }, (_, i) => createHash('sm3').update(`entry ${i}`).digest('hex'));
      const sealer = new Frontier();
      // A head's leaves come from the pages in chain order: the worker puts them in the order of their entries' ids,
      // whether the ids are close together (placed by slot) or far apart (sorted).
      const shuffled = (at: number, n: number, spread: number) => {
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (a % 3) - (b % 3) || b - a);
        const ids = new Float64Array(order.map((i) => 5 + (at + i) * spread));
        const hashesOut = new Uint8Array(n * 32);
        order.forEach((i, k) => hashesOut.set(leafHash(hashes[at + i]!), k * 32));
        return { ids, hashes: hashesOut };
      };
      // Old sizes with every pattern of low bits (the tree is grown a level at a time from the stored state's nodes),
      // heads of no leaves, and roots asked for inside a head as well as at its end.
      for (const [n, spread] of [[1, 1], [2, 1], [3, 2], [7, 1_000_003], [987, 1], [0, 1], [1, 1], [64, 1], [255, 7], [256, 1], [5, 1], [423, 1]] as const) {
        const at = sealer.size;
        const sizes = [...new Set([at + 1, at + Math.ceil(n / 2), at + n])].filter((s) => s > at && s <= at + n).sort((a, b) => a - b);
        const task = pool.tree({ ...shuffled(at, n, spread), startSize: at, frontierHex: sealer.toString(), at: sizes });
        for (const h of hashes.slice(at, at + n)) sealer.push(leafHash(h));
        expect(await task).toEqual({
          count: n,
          size: at + n,
          root: sealer.root(),
          frontier: sealer.toString(),
          roots: sizes.map((s) => [s, rootOf(hashes.slice(0, s).map(leafHash))]),
        });
      }
      // A stored tree state that cannot be the one at its size is not grown from.
      expect(await pool.tree({ ...shuffled(0, 1, 1), startSize: 3, frontierHex: hashes[1]!, at: [] })).toEqual({ count: 1, malformed: true });
      // Nor is a head one of whose entries has a stored hash that is not a hash.
      expect(await pool.tree({ ...shuffled(0, 2, 1), malformed: true, startSize: 0, frontierHex: '', at: [] })).toEqual({ count: 2, malformed: true });
    } finally {
      await pool.close();
    }
  });
});

describe('the sealer', () => {
  it('seals at start, when enough entries wait, and at a clean stop', async () => {
    await append('import:3', 'imported', {});
    const errors: unknown[] = [];
    const sealer = startSealer(t.db, t.clock, t.config, (e) => errors.push(e), { maxPending: 3, maxAgeMs: 3_600_000, pollMs: 20 });
    await sealer.ready;
    expect(await unsealed()).toBe(0); // what a previous process left is sealed before anything else

    await append('import:3', 'a', {});
    await append('import:3', 'b', {});
    await new Promise((r) => setTimeout(r, 200));
    expect(await unsealed()).toBe(2); // fewer than three wait, and the last head is recent
    await append('import:3', 'c', {});
    await expect.poll(unsealed, { timeout: 10_000 }).toBe(0);

    await append('import:3', 'd', {});
    await sealer.stop();
    expect(await unsealed()).toBe(0);
    expect(errors).toEqual([]);
    expect((await verifyAudit(t.db, t.config)).ok).toBe(true);
  });

  it('never forks the log when two server processes seal at once', async () => {
    const other = t.db.engine === 'postgres' ? await t.testDb.openAnother() : t.db;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) await append(`import:fork-${round}`, 'x', { i });
      await Promise.all([sealAudit(t.db, t.clock, t.config), sealAudit(other, t.clock, t.config), sealAudit(t.db, t.clock, t.config)]);
    }
    const sizes = (await t.db.query<{ tree_size: number }>('SELECT tree_size FROM audit_seals ORDER BY id')).map((r) => r.tree_size);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(await verifyAudit(t.db, t.config)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('appendAudit', () => {
  it('lets only one of two concurrent appends to one chain win', async () => {
    await append('import:C', 'submitted');
    const head = (await t.db.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_entries WHERE chain = 'import:C'`))[0]!;
    const results = await Promise.allSettled([
      t.db.transaction((tx) => appendAudit(tx, { chain: 'import:C', actorId: null, action: 'accepted', data: {}, at: t.clock.now() }, head)),
      t.db.transaction((tx) => appendAudit(tx, { chain: 'import:C', actorId: null, action: 'refused', data: {}, at: t.clock.now() }, head)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('CONFLICT');
  });
});

describe('verification in pages on several threads', () => {
  it('finds a deleted or edited entry wherever the page boundaries fall', async () => {
    const own = await createTestApp();
    try {
      const add = (chain: string, i: number) => own.db.transaction((tx) => appendAudit(tx, { chain, actorId: null, action: 'step', data: { i }, at: own.clock.now() }));
      // the two chains' entries interleaved in the log, as applications filed at the same time leave them
      for (let i = 0; i < 5; i++) {
        await add('paged:a', i);
        if (i < 3) await add('paged:b', i);
      }
      await sealAudit(own.db, own.clock, own.config);
      const whole = await verifyAudit(own.db, own.config);
      expect(whole).toMatchObject({ ok: true, problems: [] });
      // every entry a page of its own, or two to a page: each page boundary is a join the pages cannot check themselves
      for (const pageSize of [1, 2, 3]) expect(await verifyAudit(own.db, own.config, { pageSize, threads: 2 })).toEqual(whole);

      await tamperAsOwner(own.db, `DELETE FROM audit_entries WHERE chain = 'paged:a' AND seq = 3`);
      await tamperAsOwner(own.db, `UPDATE audit_entries SET body = replace(body, '"i":0', '"i":9') WHERE chain = 'paged:b' AND seq = 1`);
      const expected = [
        { kind: 'gap', chain: 'paged:a', expectedSeq: 3, foundSeq: 4 },
        { kind: 'link', chain: 'paged:a', seq: 4 },
        { kind: 'hash', chain: 'paged:b', seq: 1 },
      ];
      for (const pageSize of [1, 2, 3, 20_000]) {
        const r = await verifyAudit(own.db, own.config, { pageSize, threads: 2 });
        expect(r.ok).toBe(false);
        expect(r.chains).toBe(whole.chains);
        expect(r.entries).toBe(whole.entries - 1);
        for (const p of expected) expect(r.problems).toContainEqual(p);
        expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'head-root', sealId: 1 }));
      }
    } finally {
      await own.close();
    }
  });

  it('finds an entry slipped into a sealed head after its leaves were all read, and a stored hash that is not a hash', async () => {
    const own = await createTestApp();
    try {
      const add = (chain: string, i: number) => own.db.transaction((tx) => appendAudit(tx, { chain, actorId: null, action: 'step', data: { i }, at: own.clock.now() }));
      for (let i = 0; i < 4; i++) await add('slip:a', i);
      await sealAudit(own.db, own.clock, own.config);
      for (let i = 0; i < 2; i++) await add('slip:b', i);
      await sealAudit(own.db, own.clock, own.config);
      // A chain that sorts after the head's own entries, so its entry is read once the head's tree has been started.
      const forged = nextEntry(undefined, { chain: 'slip:z', actorId: null, action: 'step', data: {}, at: own.clock.now() });
      await tamperAsOwner(own.db, `INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash, seal_id) VALUES ($1, 1, $2, $3, $4, $5, 1)`, [
        forged.chain,
        forged.at,
        forged.body,
        forged.prevHash,
        forged.hash,
      ]);
      await tamperAsOwner(own.db, `UPDATE audit_entries SET hash = upper(hash) WHERE chain = 'slip:b' AND seq = 2`);
      for (const pageSize of [1, 2, 20_000]) {
        const r = await verifyAudit(own.db, own.config, { pageSize, threads: 2 });
        expect(r.ok).toBe(false);
        expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'head-size', sealId: 1 }));
        expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'head-root', sealId: 1 }));
        expect(r.problems).toContainEqual({ kind: 'hash', chain: 'slip:b', seq: 2 });
        expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'head-root', sealId: 2 }));
      }
    } finally {
      await own.close();
    }
  });
});
