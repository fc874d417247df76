import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { DEMO_PASSWORD, departmentByCode, userByUsername } from '../identity/index.js';
import { closeDeadline, trackDeadline } from './index.js';

let t: TestApp;
let scjg: string;
let wjj: string;
let scjgReviewer: string;
let wjjReviewer: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  scjg = (await departmentByCode(t.db, 'scjg'))!.id;
  wjj = (await departmentByCode(t.db, 'wjj'))!.id;
  scjgReviewer = (await userByUsername(t.db, 'scjg-shenhe'))!.id;
  wjjReviewer = (await userByUsername(t.db, 'wjj-shenhe'))!.id;
  const track = (subjectId: string, departmentId: string, assigneeId: string, startedAt: string, workingDays: number, extra = {}) =>
    t.db.transaction((tx) =>
      trackDeadline(tx, { subjectKind: 'case', subjectId, title: `办件 ${subjectId}`, departmentId, assigneeId, regionCode: '431127', startedAt: new Date(startedAt), workingDays, ...extra }),
    );
  await track('s-red', scjg, scjgReviewer, '2026-02-24T09:00:00+08:00', 3); // due 2/27: red on 3/10
  await track('s-yellow', scjg, scjgReviewer, '2026-03-02T09:00:00+08:00', 10); // due 3/16, yellow from 3/13
  await track('s-green', scjg, scjgReviewer, '2026-03-09T09:00:00+08:00', 20);
  await track('w-red', wjj, wjjReviewer, '2026-02-25T09:00:00+08:00', 5, { windowId: 'window-3' }); // due 3/3
  await track('w-2027', wjj, wjjReviewer, '2026-12-28T09:00:00+08:00', 10);
  // closed ones feed the statistics: on time with a legal limit, late, immediate
  await track('c-1', scjg, scjgReviewer, '2026-03-02T09:00:00+08:00', 10, { legalWorkingDays: 20 });
  await track('c-2', scjg, scjgReviewer, '2026-03-02T09:00:00+08:00', 3, { legalWorkingDays: 10 });
  await track('c-3', wjj, wjjReviewer, '2026-03-09T10:00:00+08:00', 0, { immediate: true, legalWorkingDays: 5 });
  await t.db.transaction(async (tx) => {
    await closeDeadline(tx, 'case', 'c-1', new Date('2026-03-10T16:00:00+08:00')); // 6 working days
    await closeDeadline(tx, 'case', 'c-2', new Date('2026-03-09T16:00:00+08:00')); // due 3/5: late, 5 days
    await closeDeadline(tx, 'case', 'c-3', new Date('2026-03-09T15:00:00+08:00'));
  });
  t.clock.set('2026-03-13T10:00:00+08:00');
});
afterAll(() => t.close());

const get = async (user: string, url: string, status = 200) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await t.as(user) }), status);

describe('supervision lists and counts', () => {
  it('gives a supervisor the red list of every department, most overdue first, with working days overdue', async () => {
    const page = await get('jianguan', '/api/v1/supervision/deadlines?colour=red');
    expect(page.items.map((i: any) => [i.subjectId, i.dueOn, i.workingDaysLeft])).toEqual([
      ['s-red', '2026-02-27', -11], // the make-up Saturday 2/28 counts
      ['w-red', '2026-03-03', -8],
    ]);
    expect(page.items[0]).toMatchObject({ colour: 'red', department: { id: scjg }, assignee: { id: scjgReviewer } });
  });

  it('keeps a head to their own department and a reviewer to their own deadlines', async () => {
    const head = await get('scjg-kezhang', '/api/v1/supervision/counts');
    expect(head).toMatchObject({ red: 1, yellow: 1, green: 1 });
    await get('scjg-kezhang', `/api/v1/supervision/deadlines?departmentId=${wjj}`, 403);
    const own = await get('wjj-shenhe', '/api/v1/supervision/deadlines?colour=open');
    expect(own.items.map((i: any) => i.subjectId)).toEqual(['w-red', 'w-2027']);
    await get('zhangsan', '/api/v1/supervision/deadlines', 403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/supervision/counts' })).statusCode).toBe(401);
  });

  it('drills down from departments to people', async () => {
    const byDept = await get('jianguan', '/api/v1/supervision/counts?by=department');
    expect(byDept.items.find((d: any) => d.id === scjg)).toMatchObject({ red: 1, yellow: 1, green: 1 });
    expect(byDept.items.find((d: any) => d.id === wjj)).toMatchObject({ red: 1, yellow: 0, green: 1 });
    const byPerson = await get('jianguan', `/api/v1/supervision/counts?by=assignee&departmentId=${scjg}`);
    expect(byPerson.items).toEqual([{ id: scjgReviewer, name: expect.any(String), red: 1, yellow: 1, green: 1 }]);
    const byWindow = await get('jianguan', '/api/v1/supervision/deadlines?colour=red&windowId=window-3');
    expect(byWindow.items.map((i: any) => i.subjectId)).toEqual(['w-red']);
  });

  it('pages with a cursor', async () => {
    const first = await get('jianguan', '/api/v1/supervision/deadlines?colour=open&limit=2');
    expect(first.items).toHaveLength(2);
    const second = await get('jianguan', `/api/v1/supervision/deadlines?colour=open&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((i: any) => i.subjectId)).toEqual(['s-red', 'w-red', 's-yellow', 's-green']);
    await get('jianguan', '/api/v1/supervision/deadlines?cursor=garbage', 400);
  });

  it('lists the deadlines computed without a calendar', async () => {
    const page = await get('jianguan', '/api/v1/supervision/deadlines?colour=calendar-missing');
    expect(page.items.map((i: any) => [i.subjectId, i.missingYears])).toEqual([['w-2027', [2027]]]);
  });

  it('explains a deadline day by day on the calendar version it used', async () => {
    const list = await get('jianguan', '/api/v1/supervision/deadlines?colour=yellow');
    expect(list.items.map((i: any) => i.subjectId)).toEqual(['s-yellow']);
    const d = await get('jianguan', `/api/v1/supervision/deadlines/${list.items[0].id}`);
    expect(d).toMatchObject({ dueOn: '2026-03-16', recomputedDueOn: '2026-03-16', colour: 'yellow' });
    expect(d.days.filter((x: any) => x.reason === 'counted')).toHaveLength(10);
    await get('wjj-shenhe', `/api/v1/supervision/deadlines/${list.items[0].id}`, 404);
  });
});

describe('efficiency statistics', () => {
  it('reports on-time, immediate and compression rates from the closed deadlines', async () => {
    const s = await get('jianguan', '/api/v1/supervision/statistics?period=quarter&periods=2');
    expect(s.total).toMatchObject({
      closed: 3,
      onTimeRate: 0.6667,
      immediateRate: 0.3333,
      averageUsedDays: 3.67, // (6 + 5 + 0) / 3
      averagePromisedDays: 4.33, // (10 + 3 + 0) / 3
      averageLegalDays: 11.67, // (20 + 10 + 5) / 3
      compressionRate: 0.6286, // 1 − 13/35
    });
    expect(s.trend.map((p: any) => [p.periodStart, p.closed])).toEqual([
      ['2025-10-01', 0],
      ['2026-01-01', 3],
    ]);
    const week = await get('scjg-kezhang', '/api/v1/supervision/statistics?period=week&periods=1');
    expect(week.total).toMatchObject({ closed: 2, onTimeRate: 0.5 });
    expect(week.byDepartment.map((d: any) => d.departmentId)).toEqual([scjg]);
    await get('scjg-shenhe', '/api/v1/supervision/statistics', 403);
  });

  it('builds the dashboard with counts, trends and the calendar warning', async () => {
    const d = await get('jianguan', '/api/v1/supervision/dashboard');
    expect(d.today).toMatchObject({ red: 2, yellow: 1, green: 2, calendarMissing: 1 });
    expect(d.weekly.trend).toHaveLength(8);
    expect(d.quarterly.total.closed).toBe(3);
    expect(d.calendarWarning).toBeNull();
    t.clock.set('2026-12-01T09:00:00+08:00');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'jianguan', password: DEMO_PASSWORD } });
    const headers = { authorization: `Bearer ${expectStatus(login, 200).token}` };
    const december = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/supervision/dashboard', headers }), 200);
    expect(december.calendarWarning).toMatchObject({ code: 'NEXT_YEAR_CALENDAR_MISSING', year: 2027 });
    t.clock.set('2026-03-13T10:00:00+08:00');
  });
});
