import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, ITEMS, submit } from '../../test/helpers/applications.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';
import { auditVerifyCommand } from './audit-commands.js';
import { appendAudit, chainEntries, nextEntry, sealAudit, type ChainHead } from '../audit/index.js';

// An auditor (or an intruder) with the database owner's rights edits the log directly, as with psql. Each case must
// make `banshi audit verify` exit non-zero, naming what it found.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-tamper-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface Scene {
  t: TestApp;
  /** sealed in the first head, sealed in the second, not sealed yet */
  a: { id: string; number: string };
  b: { id: string; number: string };
  c: { id: string; number: string };
  /** the heads file a witness downloaded after the second head */
  headsFile: string;
}

async function scene(): Promise<Scene> {
  t = await createTestApp();
  const filed = async () => {
    const app = await submit(t!, { itemCodes: [ITEMS.food] });
    await accept(t!, app.id);
    return app;
  };
  const a = await filed();
  await sealAudit(t.db, t.clock, t.config);
  t.clock.advance(60_000);
  const b = await filed();
  await sealAudit(t.db, t.clock, t.config);
  const c = await filed();
  const headsFile = path.join(dir, `heads-${a.id}.json`);
  fs.writeFileSync(headsFile, (await t.app.inject({ url: '/api/v1/public/audit/heads/export' })).body);
  return { t, a, b, c, headsFile };
}

async function verify(s: Scene, heads?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await auditVerifyCommand(s.t.db, s.t.config, heads ? { heads } : {}, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const chain = (x: { id: string }) => `application:${x.id}`;
const lengthOf = async (s: Scene, x: { id: string }) => (await chainEntries(s.t.db, chain(x))).length;

/** Rewrites one entry of a chain and every entry after it with hashes recomputed, as a careful forger would. */
async function rewriteChain(s: Scene, x: { id: string }, seq: number, data: Record<string, unknown>) {
  let prev: ChainHead | undefined;
  for (const e of await chainEntries(s.t.db, chain(x))) {
    const forged = nextEntry(prev, { ...e, data: e.seq === seq ? { ...e.data, ...data } : e.data });
    await tamperAsOwner(s.t.db, 'UPDATE audit_entries SET body = $3, prev_hash = $4, hash = $5 WHERE chain = $1 AND seq = $2', [e.chain, e.seq, forged.body, forged.prevHash, forged.hash]);
    prev = forged;
  }
  return prev!;
}

describe('audit verify on a log edited directly in the database', () => {
  it('passes an untouched log, also against the heads a witness kept', async () => {
    const s = await scene();
    expect(await verify(s)).toMatchObject({ code: 0, err: '' });
    const against = await verify(s, s.headsFile);
    expect(against).toMatchObject({ code: 0, err: '' });
    expect(against.out).toContain('对照留存树根 2 个');
  });

  it('finds an edited entry', async () => {
    const s = await scene();
    await tamperAsOwner(s.t.db, `UPDATE audit_entries SET body = replace(body, '"accept"', '"refuse"') WHERE chain = $1 AND seq = 2`, [chain(s.a)]);
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`记录被改：${chain(s.a)} 第 2 条的哈希与内容不符`);
  });

  it('finds the unsealed tail of an application deleted', async () => {
    const s = await scene();
    const n = await lengthOf(s, s.c);
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_entries WHERE chain = $1 AND seq > 1', [chain(s.c)]);
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`链尾缺失：${chain(s.c)}（${s.c.number}） 应有 ${n} 条记录，只剩 1 条`);
    expect(r.err).not.toContain('记录被改');
  });

  it('finds the newest head deleted together with its entries', async () => {
    const s = await scene();
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_entries WHERE seal_id = 2');
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_seals WHERE id = 2');
    const alone = await verify(s);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain(`整链缺失：${chain(s.b)}（${s.b.number}）`);
    const kept = await verify(s, s.headsFile);
    expect(kept.code).toBe(2);
    expect(kept.err).toMatch(/日志被截断：留存的树根有 \d+ 条，数据库只有 \d+ 条/);
  });

  it('finds the newest head row deleted alone', async () => {
    const s = await scene();
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_seals WHERE id = 2');
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/树根缺失：第 2 个签名树根不存在（仍有 \d+ 条记录指向它）/);
    expect((await verify(s, s.headsFile)).err).toContain('日志被截断');
  });

  it('finds an unsealed tail rewritten with recomputed hashes', async () => {
    const s = await scene();
    const n = await lengthOf(s, s.c);
    await rewriteChain(s, s.c, 2, { reason: '材料不齐' });
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`链尾被改写：${chain(s.c)}（${s.c.number}） 第 ${n} 条`);
    expect(r.err).not.toContain('记录被改');
  });

  it('finds a sealed chain rewritten with recomputed hashes and the application row set to match', async () => {
    const s = await scene();
    const head = await rewriteChain(s, s.a, 1, { note: '改写' });
    await s.t.db.query('UPDATE applications SET audit_hash = $2 WHERE id = $1', [s.a.id, head.hash]);
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('链尾');
    expect(r.err).toContain('树根不符：第 1 个签名树根');
  });

  it('finds a rewritten history re-sealed from scratch as a fork, by whoever kept the earlier heads', async () => {
    const s = await scene();
    const head = await rewriteChain(s, s.a, 2, { note: '改写' });
    await s.t.db.query('UPDATE applications SET audit_hash = $2 WHERE id = $1', [s.a.id, head.hash]);
    // The owner wipes the heads and lets the platform sign the rewritten log afresh: the database agrees with itself.
    await tamperAsOwner(s.t.db, 'UPDATE audit_entries SET seal_id = NULL');
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_seals');
    await sealAudit(s.t.db, s.t.clock, s.t.config);
    expect((await verify(s)).code).toBe(0);
    const r = await verify(s, s.headsFile);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/分叉：留存的 \d+ 条树根与数据库在同一规模下的树根不同/);
  });

  it('finds the whole chain of an application deleted', async () => {
    const s = await scene();
    const n = await lengthOf(s, s.c);
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_entries WHERE chain = $1', [chain(s.c)]);
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`整链缺失：${chain(s.c)}（${s.c.number}） 应有 ${n} 条记录，一条也没有`);
  });

  it('finds the tail of a deadline’s history deleted, and its whole history', async () => {
    const s = await scene();
    const [deadline] = await s.t.db.query<{ id: string }>('SELECT id FROM deadlines ORDER BY id LIMIT 1');
    const dl = `deadline:${deadline!.id}`;
    for (const colour of ['yellow', 'red'])
      await s.t.db.transaction((tx) => appendAudit(tx, { chain: dl, actorId: null, action: 'deadline.urged', data: { colour, message: '请尽快办理' }, at: s.t.clock.now() }));
    const [row] = await s.t.db.query<{ audit_seq: number }>('SELECT audit_seq FROM deadlines WHERE id = $1', [deadline!.id]);
    expect(row!.audit_seq).toBe(2);
    expect(await verify(s)).toMatchObject({ code: 0, err: '' });

    await tamperAsOwner(s.t.db, 'DELETE FROM audit_entries WHERE chain = $1 AND seq = 2', [dl]);
    const tail = await verify(s);
    expect(tail.code).toBe(2);
    expect(tail.err).toContain(`链尾缺失：${dl} 应有 2 条记录，只剩 1 条`);
    await tamperAsOwner(s.t.db, 'DELETE FROM audit_entries WHERE chain = $1', [dl]);
    const whole = await verify(s);
    expect(whole.code).toBe(2);
    expect(whole.err).toContain(`整链缺失：${dl} 应有 2 条记录，一条也没有`);
  });

  it('finds a sealed head altered', async () => {
    const s = await scene();
    await tamperAsOwner(s.t.db, `UPDATE audit_seals SET sealed_at = sealed_at + interval '1 hour' WHERE id = 1`);
    const r = await verify(s);
    expect(r.code).toBe(2);
    expect(r.err).toContain('树根被改：第 1 个签名树根的 SM2 签名无效');
  });
});

describe('the audit tables under the platform’s own role', () => {
  it('refuse UPDATE, DELETE and TRUNCATE of entries and heads, and keep the log intact', async () => {
    const s = await scene();
    const refused = /append-only/;
    await expect(s.t.db.query(`UPDATE audit_entries SET body = body || ' ' WHERE chain = $1`, [chain(s.a)])).rejects.toThrow(refused);
    await expect(s.t.db.query('DELETE FROM audit_entries WHERE chain = $1', [chain(s.c)])).rejects.toThrow(refused);
    await expect(s.t.db.query('UPDATE audit_entries SET seal_id = NULL WHERE chain = $1', [chain(s.a)])).rejects.toThrow(refused);
    await expect(s.t.db.query('TRUNCATE audit_entries')).rejects.toThrow(refused);
    await expect(s.t.db.query('DELETE FROM audit_seals WHERE id = 2')).rejects.toThrow(refused);
    await expect(s.t.db.query(`UPDATE audit_seals SET root = repeat('0', 64)`)).rejects.toThrow(refused);
    await expect(s.t.db.query('TRUNCATE audit_seals CASCADE')).rejects.toThrow(refused);
    expect(await verify(s, s.headsFile)).toMatchObject({ code: 0, err: '' });
    expect(expectStatus(await s.t.app.inject({ url: '/api/v1/public/audit/heads' }), 200).total).toBe(2);
  });
});
