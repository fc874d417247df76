import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';
import { engineUnderTest } from '../../test/helpers/db.js';
import { dayCountsAgree } from '../../test/helpers/deadline-counts.js';
import type { Db } from '../db/index.js';
import { departmentByCode, userByUsername } from '../identity/index.js';
import { drainOutbox } from '../outbox/index.js';
import { cardCounts, extendDeadline, scanDeadlines, trackDeadline } from './index.js';

let t: TestApp;
let scjg: string;
let shenhe: string;
// notifications are enqueued at the database's now(); deliver them whatever the test clock says
const deliver = (db: Db) => drainOutbox(db, { now: () => new Date('2100-01-01T00:00:00Z') });

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  scjg = (await departmentByCode(t.db, 'scjg'))!.id;
  shenhe = (await userByUsername(t.db, 'scjg-shenhe'))!.id;
});
afterAll(() => t.close());

const track = (db: Db, subjectId: string, workingDays: number) =>
  db.transaction((tx) =>
    trackDeadline(tx, {
      subjectKind: 'case',
      subjectId,
      title: `食品经营许可证核发 ${subjectId}`,
      departmentId: scjg,
      assigneeId: shenhe,
      regionCode: '431127',
      startedAt: t.clock.now(),
      workingDays,
    }),
  );

/** The in-app messages a user received (read from the table: the test clock outlives login sessions). */
async function messages(username: string): Promise<string[]> {
  const rows = await t.db.query<{ title: string }>('SELECT m.title FROM messages m JOIN users u ON u.id = m.user_id WHERE u.username = $1', [username]);
  return rows.map((r) => r.title);
}

describe('yellow and red cards', () => {
  it('turns yellow on the first day of the window and red the day after the due date, one card each', async () => {
    await track(t.db, 'card-1', 10); // due 2026-03-16, yellow from 2026-03-13
    t.clock.set('2026-03-12T18:00:00+08:00');
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 0 });
    expect(await cardCounts(t.db, t.clock.now(), { departmentId: scjg })).toMatchObject({ green: 1, yellow: 0, red: 0 });

    t.clock.set('2026-03-13T08:30:00+08:00');
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 1, red: 0 });
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 0 });
    expect(await cardCounts(t.db, t.clock.now(), { departmentId: scjg })).toMatchObject({ green: 0, yellow: 1, red: 0 });

    t.clock.set('2026-03-16T23:59:00+08:00');
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 0 });
    t.clock.set('2026-03-17T00:01:00+08:00');
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 1 });
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 0 });

    await deliver(t.db);
    const titles = ['黄牌预警：食品经营许可证核发 card-1 即将到期', '红牌：食品经营许可证核发 card-1 已超期'];
    for (const user of ['scjg-shenhe', 'scjg-kezhang']) expect((await messages(user)).filter((m) => m.includes('card-1')).sort()).toEqual([...titles].sort());
    expect((await messages('wjj-shenhe')).some((m) => m.includes('card-1'))).toBe(false);
  });

  it('sends a fresh yellow card after an extension turned the deadline green again', async () => {
    const d = await t.db.transaction((tx) => extendDeadline(tx, 'case', 'card-1', { workingDays: 5, reason: '现场核查', at: t.clock.now() }));
    expect(d).toMatchObject({ dueOn: '2026-03-23', yellowFrom: '2026-03-19', colour: 'green' });
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 0, red: 0 });
    t.clock.set('2026-03-19T09:00:00+08:00');
    expect(await scanDeadlines(t.db, t.clock)).toEqual({ yellow: 1, red: 0 });
    await deliver(t.db);
    expect((await messages('scjg-shenhe')).filter((m) => m.startsWith('黄牌预警') && m.includes('card-1'))).toHaveLength(2);
  });

  it('sends each card exactly once with two server processes scanning at once', async () => {
    const other = engineUnderTest() === 'postgres' ? await t.testDb.openAnother() : t.db;
    t.clock.set('2026-04-01T09:00:00+08:00');
    for (let i = 0; i < 120; i++) await track(t.db, `race-${i}`, 3); // due 2026-04-07 (清明 4/4–4/6)
    t.clock.set('2026-04-08T09:00:00+08:00');
    const [a, b] = await Promise.all([scanDeadlines(t.db, t.clock, { batch: 7 }), scanDeadlines(other, t.clock, { batch: 7 })]);
    // the 120 new ones and card-1, overdue again since 2026-03-24
    expect(a.red + b.red).toBe(121);
    await Promise.all([deliver(t.db), deliver(other)]);
    const reds = (await messages('scjg-kezhang')).filter((m) => m.startsWith('红牌') && m.includes('race-'));
    expect(reds).toHaveLength(120);
    expect(new Set(reds).size).toBe(120);
    const sent = await t.db.query<{ n: number }>("SELECT count(*) AS n FROM messages WHERE source_key LIKE 'deadline:%:red:%'");
    // card-1 red before and after its extension (two recipients each) plus 120 deadlines × two recipients
    expect(sent[0]!.n).toBe(4 + 240);
  });

  it('warns every supervisor once from December when next year has no calendar', async () => {
    t.clock.set('2026-11-30T09:00:00+08:00');
    await scanDeadlines(t.db, t.clock);
    await deliver(t.db);
    expect((await messages('jianguan')).filter((m) => m.includes('2027 年节假日安排'))).toEqual([]);
    t.clock.set('2026-12-01T09:00:00+08:00');
    await scanDeadlines(t.db, t.clock);
    t.clock.set('2026-12-02T09:00:00+08:00');
    await scanDeadlines(t.db, t.clock);
    await deliver(t.db);
    expect((await messages('jianguan')).filter((m) => m.includes('2027 年节假日安排'))).toEqual(['2027 年节假日安排尚未导入']);
  });

  it('keeps the day counts in step with the deadlines through every change', async () => {
    const { kept, recounted } = await dayCountsAgree(t.db);
    expect(recounted.length).toBeGreaterThan(0);
    expect(kept).toEqual(recounted);
  });
});
