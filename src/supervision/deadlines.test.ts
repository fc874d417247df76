import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineUnderTest, freshDb, type TestDb } from '../../test/helpers/db.js';
import { computeDeadline, officialCalendar } from '../calendar/index.js';
import { dayCountsAgree } from '../../test/helpers/deadline-counts.js';
import { isAppError } from '../core/index.js';
import { countStatements, statementTotals } from '../db/index.js';
import { departmentByCode, userByUsername } from '../identity/index.js';
import { closeDeadline, deadlineOf, extendDeadline, reassignDeadline, resumeDeadline, suspendDeadline, trackDeadline } from './index.js';

let t: TestDb;
let scjg: string;
let reviewer: string;

beforeAll(async () => {
  t = await freshDb();
  scjg = (await departmentByCode(t.db, 'scjg'))!.id;
  reviewer = (await userByUsername(t.db, 'scjg-shenhe'))!.id;
});
afterAll(() => t.drop());

const track = (subjectId: string, startedAt: string, workingDays: number, extra: Record<string, unknown> = {}) =>
  t.db.transaction((tx) =>
    trackDeadline(tx, {
      subjectKind: 'case',
      subjectId,
      title: '食品经营许可证核发',
      departmentId: scjg,
      assigneeId: reviewer,
      regionCode: '431127',
      startedAt: new Date(startedAt),
      workingDays,
      ...extra,
    }),
  );

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
};

describe('trackDeadline', () => {
  it('stores the due date computed on the calendar and records the version it used', async () => {
    const d = await track('case-a', '2026-02-13T10:00:00+08:00', 10, { legalWorkingDays: 20 });
    expect(d).toMatchObject({ acceptedOn: '2026-02-13', dueOn: '2026-03-05', yellowFrom: '2026-03-04', status: 'open', calendarMissing: false });
    expect(d.calendarVersion).toMatch(/^chinese-days@1\.5\.7\/r\d+$/);
    expect(await deadlineOf(t.db, 'case', 'case-a')).toMatchObject({ dueOn: '2026-03-05', legalWorkingDays: 20 });
  });

  it('takes the acceptance date in Shanghai time', async () => {
    const d = await track('case-tz', '2026-02-12T17:30:00Z', 10);
    expect(d.acceptedOn).toBe('2026-02-13');
  });

  it('refuses a second running deadline for the same subject', async () => {
    expect(await code(track('case-a', '2026-02-13T10:00:00+08:00', 10))).toBe('DEADLINE_ALREADY_TRACKED');
  });

  it('flags a deadline that runs into a year without a calendar', async () => {
    const d = await track('case-2027', '2026-12-29T10:00:00+08:00', 5);
    expect(d).toMatchObject({ dueOn: '2027-01-06', calendarMissing: true, missingYears: [2027] });
  });
});

describe('a case through a correction round and an extension', () => {
  it('moves the due date by the suspended working days and the extension', async () => {
    await track('case-b', '2026-03-02T09:00:00+08:00', 10);
    const s = await t.db.transaction((tx) => suspendDeadline(tx, 'case', 'case-b', { at: new Date('2026-03-04T15:00:00+08:00'), kind: 'correction', reason: '营业执照复印件不清晰' }));
    expect(s).toMatchObject({ status: 'suspended', dueOn: null, colour: 'suspended' });
    const r = await t.db.transaction((tx) => resumeDeadline(tx, 'case', 'case-b', new Date('2026-03-10T11:00:00+08:00')));
    expect(r).toMatchObject({ status: 'open', dueOn: '2026-03-20' });
    expect(r.suspensions).toEqual([
      { kind: 'correction', reason: '营业执照复印件不清晰', fromAt: '2026-03-04T07:00:00.000Z', from: '2026-03-04', toAt: '2026-03-10T03:00:00.000Z', to: '2026-03-10' },
    ]);
    const e = await t.db.transaction((tx) => extendDeadline(tx, 'case', 'case-b', { workingDays: 5, reason: '需现场核查', at: new Date('2026-03-18T10:00:00+08:00') }));
    expect(e).toMatchObject({ dueOn: '2026-03-27', extensionDays: 5, totalWorkingDays: 15 });
    expect(e.history.map((h) => [h.event, h.dueOn])).toEqual([
      ['tracked', '2026-03-16'],
      ['suspended', null],
      ['resumed', '2026-03-20'],
      ['extended', '2026-03-27'],
    ]);
  });

  it('refuses to resume a running deadline or suspend a suspended one', async () => {
    expect(await code(t.db.transaction((tx) => resumeDeadline(tx, 'case', 'case-b', new Date('2026-03-19T10:00:00+08:00'))))).toBe('DEADLINE_NOT_SUSPENDED');
    await t.db.transaction((tx) => suspendDeadline(tx, 'case', 'case-b', { at: new Date('2026-03-19T10:00:00+08:00'), kind: 'special-procedure' }));
    expect(await code(t.db.transaction((tx) => suspendDeadline(tx, 'case', 'case-b', { at: new Date('2026-03-19T11:00:00+08:00'), kind: 'consultation' })))).toBe(
      'DEADLINE_NOT_RUNNING',
    );
    await t.db.transaction((tx) => resumeDeadline(tx, 'case', 'case-b', new Date('2026-03-19T16:00:00+08:00')));
  });
});

describe('closeDeadline', () => {
  it('records the working days used and whether it was on time', async () => {
    const c = await t.db.transaction((tx) => closeDeadline(tx, 'case', 'case-b', new Date('2026-03-26T16:00:00+08:00')));
    // 3/3, 3/4, then 3/11 … 3/26 less nothing on 3/19 (suspended and resumed that day): 2 + 12 = 14
    expect(c).toMatchObject({ status: 'closed', closedOn: '2026-03-26', onTime: true, usedWorkingDays: 14 });
    expect(await code(t.db.transaction((tx) => closeDeadline(tx, 'case', 'case-b', new Date('2026-03-27T16:00:00+08:00'))))).toBe('DEADLINE_CLOSED');
    expect(await code(t.db.transaction((tx) => closeDeadline(tx, 'case', 'nope', new Date())))).toBe('DEADLINE_NOT_FOUND');
  });

  it('lets a closed subject be tracked again, and deadlineOf shows the running one', async () => {
    await track('case-b', '2026-04-01T09:00:00+08:00', 3);
    expect(await deadlineOf(t.db, 'case', 'case-b')).toMatchObject({ status: 'open', acceptedOn: '2026-04-01', dueOn: '2026-04-07' });
  });

  it('marks a late close as not on time', async () => {
    await track('case-late', '2026-03-02T09:00:00+08:00', 3, { immediate: false });
    const c = await t.db.transaction((tx) => closeDeadline(tx, 'case', 'case-late', new Date('2026-03-09T09:00:00+08:00')));
    expect(c).toMatchObject({ dueOn: '2026-03-05', onTime: false, usedWorkingDays: 5 });
  });

  it('hands a running deadline to another department without restarting the clock', async () => {
    const wjj = (await departmentByCode(t.db, 'wjj'))!.id;
    await track('case-moved', '2026-03-02T09:00:00+08:00', 10);
    const d = await t.db.transaction((tx) => reassignDeadline(tx, 'case', 'case-moved', { departmentId: wjj, assigneeId: null, at: new Date('2026-03-05T09:00:00+08:00') }));
    expect(d).toMatchObject({ departmentId: wjj, assigneeId: null, dueOn: '2026-03-16', status: 'open' });
  });

  it('keeps the day counts in step with the deadlines through every change', async () => {
    const { kept, recounted } = await dayCountsAgree(t.db);
    expect(recounted.length).toBeGreaterThan(0);
    expect(kept).toEqual(recounted);
  });
});

describe('a transaction reading its own deadlines', () => {
  it('sees every change it made, in order, and what it left is what others then read', async () => {
    countStatements();
    const other = (await departmentByCode(t.db, 'xzsp'))!.id;
    const seen = await t.db.transaction(async (tx) => {
      const steps: Array<Record<string, unknown> | undefined> = [];
      const read = async () => {
        const before = statementTotals().statements;
        const d = await deadlineOf(tx, 'case', 'case-own');
        steps.push(d && { status: d.status, dueOn: d.dueOn, departmentId: d.departmentId, statements: statementTotals().statements - before });
      };
      await trackDeadline(tx, { subjectKind: 'case', subjectId: 'case-own', title: '公共场所卫生许可', departmentId: scjg, assigneeId: reviewer, regionCode: '431127', startedAt: new Date('2026-03-02T10:00:00+08:00'), workingDays: 10 });
      await read();
      await suspendDeadline(tx, 'case', 'case-own', { at: new Date('2026-03-03T10:00:00+08:00'), kind: 'correction', reason: '卫生管理制度缺页' });
      await read();
      await resumeDeadline(tx, 'case', 'case-own', new Date('2026-03-05T10:00:00+08:00'));
      await read();
      await extendDeadline(tx, 'case', 'case-own', { workingDays: 5, reason: '需现场核查', at: new Date('2026-03-06T10:00:00+08:00') });
      await read();
      await reassignDeadline(tx, 'case', 'case-own', { departmentId: other, assigneeId: null, at: new Date('2026-03-06T11:00:00+08:00') });
      await read();
      await closeDeadline(tx, 'case', 'case-own', new Date('2026-03-09T10:00:00+08:00'));
      await read();
      // closed in this transaction: a new clock for the subject may start, and is the one read
      await trackDeadline(tx, { subjectKind: 'case', subjectId: 'case-own', title: '公共场所卫生许可（重新计时）', departmentId: scjg, regionCode: '431127', startedAt: new Date('2026-03-09T11:00:00+08:00'), workingDays: 3 });
      await read();
      return steps;
    });
    expect(seen.map((s) => s && { status: s.status, dueOn: s.dueOn, departmentId: s.departmentId })).toEqual([
      { status: 'open', dueOn: '2026-03-16', departmentId: scjg },
      { status: 'suspended', dueOn: null, departmentId: scjg },
      { status: 'open', dueOn: '2026-03-18', departmentId: scjg },
      { status: 'open', dueOn: '2026-03-25', departmentId: scjg },
      { status: 'open', dueOn: '2026-03-25', departmentId: other },
      { status: 'closed', dueOn: '2026-03-25', departmentId: other },
      { status: 'open', dueOn: '2026-03-12', departmentId: scjg },
    ]);
    // what the transaction wrote is read back without a statement, the clock it closed included
    expect(seen.map((s) => s!.statements)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await deadlineOf(t.db, 'case', 'case-own')).toMatchObject({ status: 'open', dueOn: '2026-03-12', title: '公共场所卫生许可（重新计时）' });
  });

  it('holds nothing past a rolled-back transaction or into another one', async () => {
    await track('case-gone', '2026-03-02T10:00:00+08:00', 10);
    await t.db
      .transaction(async (tx) => {
        await closeDeadline(tx, 'case', 'case-gone', new Date('2026-03-04T10:00:00+08:00'));
        expect((await deadlineOf(tx, 'case', 'case-gone'))!.status).toBe('closed');
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect((await deadlineOf(t.db, 'case', 'case-gone'))!.status).toBe('open');
    await t.db.transaction(async (tx) => expect((await deadlineOf(tx, 'case', 'case-gone'))!.status).toBe('open'));
  });
});

describe('the calendar and the yellow rule changed by another server process', () => {
  // Both are kept per database and checked at the commit of each transaction that used them: a change made behind
  // this process's back (another server process; here straight in the database) is never computed around.
  const foreign = async (sql: string, params: unknown[] = []) => {
    const other = engineUnderTest() === 'postgres' ? await t.openAnother() : t.db;
    await other.query(sql, params);
  };

  it('computes the next deadline on a regional day off another process added', async () => {
    const before = await track('kept-cal-1', '2026-04-13T10:00:00+08:00', 3);
    expect(before.dueOn).toBe('2026-04-16');
    await foreign(
      `WITH c AS (INSERT INTO calendar_changes (revision, id, kind, year, region_code, summary, actor_id, created_at)
         SELECT coalesce(max(revision), 0) + 1, $1, 'add-regional-day-off', 2026, '431127', '431127 增设休息日 2026-04-14（测试）', NULL, now()
         FROM calendar_changes RETURNING revision)
       INSERT INTO calendar_region_days (id, region_code, day, name, added_revision) SELECT $2, '431127', '2026-04-14', '测试休息日', revision FROM c`,
      [crypto.randomUUID(), crypto.randomUUID()],
    );
    const after = await track('kept-cal-2', '2026-04-13T10:00:00+08:00', 3);
    expect(after.dueOn).toBe('2026-04-17');
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
  });

  it('colours the next deadline by the yellow rule another process saved', async () => {
    const before = await track('kept-yellow-1', '2026-03-02T10:00:00+08:00', 10);
    await foreign(`INSERT INTO supervision_settings (key, value) VALUES ('yellow_rule', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
      JSON.stringify({ minDays: 3, fraction: 0.1 }),
    ]);
    const after = await track('kept-yellow-2', '2026-03-02T10:00:00+08:00', 10);
    expect(after.dueOn).toBe(before.dueOn);
    expect(after.yellowFrom).toBe(computeDeadline(officialCalendar(), { acceptedOn: '2026-03-02', workingDays: 10 }, { minDays: 3, fraction: 0.1 }).yellowFrom);
    expect(after.yellowFrom).not.toBe(before.yellowFrom);
    await foreign(`DELETE FROM supervision_settings WHERE key = 'yellow_rule'`);
  });
});
