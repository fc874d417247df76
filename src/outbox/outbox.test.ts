import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../test/helpers/db.js';
import { appendAudit, chainEntries, verifyChain } from '../audit/index.js';
import { ManualClock } from '../core/index.js';
import { drainOutbox, enqueue, registerOutboxHandler } from './index.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

const at = new Date('2026-12-04T10:00:00+08:00');

describe('a job that fails in a batch', () => {
  it('takes its audit entries with it, and the next job on the same chain continues the chain without a gap', async () => {
    const chain = `outbox-test:${Date.now()}`;
    registerOutboxHandler('test.audit-then-fail', async (tx, p) => {
      await appendAudit(tx, { chain, actorId: null, action: 'test.failed', data: { n: p.n }, at });
      throw new Error('the job fails after writing its audit entry');
    });
    registerOutboxHandler('test.audit', async (tx, p) => {
      await appendAudit(tx, { chain, actorId: null, action: 'test.done', data: { n: p.n }, at });
    });
    await t.db.transaction(async (tx) => {
      await enqueue(tx, 'test.audit', { n: 1 });
      await enqueue(tx, 'test.audit-then-fail', { n: 2 });
      await enqueue(tx, 'test.audit', { n: 3 });
    });
    // the template's own due jobs run in the same batches
    await drainOutbox(t.db, new ManualClock(at));
    const entries = await chainEntries(t.db, chain);
    expect(entries.map((e) => [e.seq, e.action, e.data.n])).toEqual([
      [1, 'test.done', 1],
      [2, 'test.done', 3],
    ]);
    expect(verifyChain(entries)).toEqual([]);
  });

  it('fails alone when what it leaves for the commit cannot be written (its audit entry lost its place in the chain)', async () => {
    const chain = `outbox-commit-test:${Date.now()}`;
    await t.db.transaction((tx) => appendAudit(tx, { chain, actorId: null, action: 'test.first', data: {}, at }));
    // the entry is built as the chain's first: the insert sent with the batch's commit finds the place taken
    registerOutboxHandler('test.audit-lost-place', async (tx) => {
      await appendAudit(tx, { chain, actorId: null, action: 'test.lost', data: {}, at }, null);
    });
    registerOutboxHandler('test.audit-after', async (tx, p) => {
      await appendAudit(tx, { chain, actorId: null, action: 'test.done', data: { n: p.n }, at });
    });
    await t.db.transaction(async (tx) => {
      await enqueue(tx, 'test.audit-lost-place', {});
      await enqueue(tx, 'test.audit-after', { n: 1 });
    });
    await drainOutbox(t.db, new ManualClock(at));
    const entries = await chainEntries(t.db, chain);
    expect(entries.map((e) => [e.seq, e.action])).toEqual([
      [1, 'test.first'],
      [2, 'test.done'],
    ]);
    const failed = await t.db.query<{ attempts: number; done: boolean }>("SELECT attempts, done_at IS NOT NULL AS done FROM outbox WHERE topic = 'test.audit-lost-place'");
    expect(failed).toEqual([{ attempts: 1, done: false }]);
  });
});
