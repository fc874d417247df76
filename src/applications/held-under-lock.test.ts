import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseAction, caseOf, ITEMS, submit } from '../../test/helpers/applications.js';
import { countStatements, pgErrorCode, statementTotals } from '../db/index.js';
import { deadlineOf } from '../supervision/index.js';
import { closeCaseClock } from './deadlines-port.js';
import * as store from './store/applications.js';

let t: TestApp;
beforeAll(async () => {
  countStatements();
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

/**
 * What a transaction holds under an application's lock, and when it is written. A case's clock belongs to the
 * supervision module, but a change of the case reads it with the case: the running clocks are locked in the same
 * statement as the cases, so that a decision can close its case's clock without reading it again and nobody (the card
 * scanner, a calendar change, a handover) changes it in between. Changes of the clocks, the cases and the application
 * row made under the lock go with the commit statement, and before any other statement on their table.
 */
describe('rows held under the application lock', () => {
  it('are locked with the cases under the application lock, and a close of one sends nothing until the commit', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const food = caseOf(await accept(t, id), ITEMS.food);
    await caseAction(t, 'scjg-shenhe', food.id, 'review');
    const closedAt = new Date('2026-03-04T10:00:00+08:00');
    const other = t.db.engine === 'postgres' ? await t.testDb.openAnother() : undefined;
    await t.db.transaction(async (tx) => {
      await store.lockApplication(tx, id);
      await store.casesOf(tx, id);
      if (other) {
        // another server process cannot take the clock while this transaction holds the application
        const refused = await other.query("SELECT id FROM deadlines WHERE subject_kind = 'case' AND subject_id = $1 FOR UPDATE NOWAIT", [food.id]).catch((e: unknown) => e);
        expect(pgErrorCode(refused)).toBe('55P03');
      }
      const before = statementTotals().statements;
      await closeCaseClock(tx, food.id, closedAt);
      expect(statementTotals().statements - before).toBe(0);
      // the transaction sees its own close
      expect(await deadlineOf(tx, 'case', food.id)).toMatchObject({ status: 'closed', usedWorkingDays: 2 });
    });
    // and the commit wrote it
    expect(await deadlineOf(t.db, 'case', food.id)).toMatchObject({ status: 'closed', closedOn: '2026-03-04', usedWorkingDays: 2, onTime: true });
    if (other) {
      expect((await other.query("SELECT id FROM deadlines WHERE subject_kind = 'case' AND subject_id = $1 FOR UPDATE NOWAIT", [food.id])).length).toBe(1);
    }
  });

  it('are shown on the application page as the supervision module shows them', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.publicHealth] });
    const accepted = await accept(t, id);
    const page = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: await t.as('xiangwei') }), 200);
    // the acceptance answers with the documents as the page lists them (the notice it issued read from what it wrote)
    expect(accepted.documents.map((d: { title: string }) => d.title)).toEqual(['受理通知书']);
    expect(accepted.documents).toEqual(page.documents);
    for (const c of accepted.cases) {
      const shown = page.cases.find((x: { id: string }) => x.id === c.id);
      expect(shown.deadline).toEqual(c.deadline);
      expect(shown.deadline.dueOn).toBe((await deadlineOf(t.db, 'case', c.id))!.dueOn);
    }
  });

  it('a case changed under the lock is written with the commit, read back as the database has it, and gone with a rollback', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const food = caseOf(await accept(t, id), ITEMS.food);
    const reviewer = (await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'scjg-shenhe'"))[0]!.id;
    const change = { status: 'reviewing', reviewed_at: new Date('2026-03-03T10:00:00+08:00'), reviewed_by: reviewer, more_request: { note: '补充说明', at: new Date('2026-03-03T10:00:00+08:00') } };
    const inTransaction = async (rollBack: boolean) => {
      let changed: unknown;
      await t.db
        .transaction(async (tx) => {
          await store.lockApplication(tx, id);
          const [c] = await store.casesOf(tx, id);
          const before = statementTotals().statements;
          changed = await store.updateCase(tx, c!.id, c!.version, change);
          expect(statementTotals().statements - before).toBe(0);
          expect((await store.casesOf(tx, id))[0]).toEqual(changed);
          // another statement on cases in the same transaction sees the change, with the same types
          expect(await store.caseById(tx, c!.id)).toEqual(changed);
          if (rollBack) throw new Error('rolled back');
        })
        .catch((e: Error) => expect(e.message).toBe('rolled back'));
      return changed;
    };
    await inTransaction(true);
    expect(await store.caseById(t.db, food.id)).toMatchObject({ status: 'accepted', reviewed_by: null, more_request: null, version: food.version });
    const changed = await inTransaction(false);
    expect(await store.caseById(t.db, food.id)).toEqual(changed);
    expect(changed).toMatchObject({ status: 'reviewing', version: food.version + 1, more_request: { note: '补充说明', at: '2026-03-03T02:00:00.000Z' } });
  });

  it('an application changed under its lock is written with the commit, seen by the transaction\'s other statements, and gone with a rollback', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    await accept(t, id);
    const applicant = (await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'xiangwei'"))[0]!.id;
    const inTransaction = async (rollBack: boolean) => {
      let changed: unknown;
      await t.db
        .transaction(async (tx) => {
          const app = (await store.lockApplication(tx, id))!;
          const before = statementTotals().statements;
          changed = await store.updateApplication(tx, id, app.version, { outputs: { uscc: '91431127MA4Q0XXX0X', at: new Date('2026-03-04T02:00:00Z') }, updated_at: new Date('2026-03-04T10:00:00+08:00') });
          expect(statementTotals().statements - before).toBe(0);
          expect(await store.applicationById(tx, id)).toEqual(changed);
          // a list, another statement on applications in the same transaction, sees the change
          const listed = (await store.listApplications(tx, { applicantUserId: applicant, limit: 200 })).find((a) => a.id === id);
          expect(listed).toEqual(changed);
          if (rollBack) throw new Error('rolled back');
        })
        .catch((e: Error) => expect(e.message).toBe('rolled back'));
      return changed as { version: number };
    };
    const before = (await store.applicationById(t.db, id))!;
    await inTransaction(true);
    expect(await store.applicationById(t.db, id)).toEqual(before);
    const changed = await inTransaction(false);
    expect(changed).toMatchObject({ version: before.version + 1, outputs: { uscc: '91431127MA4Q0XXX0X', at: '2026-03-04T02:00:00.000Z' } });
    // the audit trigger's columns are the database's, not the transaction's copy: compare the rest
    const { audit_seq: _s, audit_hash: _h, ...stored } = (await store.applicationById(t.db, id))!;
    const { audit_seq: _s2, audit_hash: _h2, ...kept } = changed as typeof before;
    expect(stored).toEqual(kept);
  });
});

