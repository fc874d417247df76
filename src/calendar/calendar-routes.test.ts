import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { departmentByCode } from '../identity/index.js';
import { deadlineOf, trackDeadline } from '../supervision/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-25T09:00:00+08:00' });
});
afterAll(() => t.close());

function multipart(fileName: string, content: Buffer | string) {
  const boundary = '----banshi-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = async (user: string, fileName: string, content: string) => {
  const m = multipart(fileName, content);
  return t.app.inject({ method: 'POST', url: '/api/v1/calendar/imports', payload: m.payload, headers: { ...m.headers, ...(await t.as(user)) } });
};

const calendar2027 = JSON.stringify({
  year: 2027,
  holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
  workdays: {},
});

describe('calendar API', () => {
  it('computes a due date for anyone, flagging a year with no calendar', async () => {
    const ok = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due?acceptedOn=2026-09-28&workingDays=5' }), 200);
    expect(ok).toMatchObject({ dueOn: '2026-10-10', calendarMissing: false });
    const missing = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due?acceptedOn=2026-12-29&workingDays=5' }), 200);
    expect(missing).toMatchObject({ dueOn: '2027-01-06', calendarMissing: true, missingYears: [2027] }); // 元旦 is a statutory holiday even before the notice
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due?acceptedOn=2026-02-30&workingDays=5' });
    expect(bad.statusCode).toBe(400);
  });

  it('counts working days between two dates and lists days', async () => {
    const r = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/between?from=2026-09-30&to=2026-10-10' }), 200);
    expect(r.days).toBe(3); // 10/8, 10/9 and the make-up Saturday 10/10
    const days = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/days?from=2026-10-09&to=2026-10-10' }), 200);
    expect(days.days.map((d: any) => d.reason)).toEqual(['weekday', 'make-up']);
  });

  it('warns from December on when next year is missing', async () => {
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/coverage' }), 200).warning).toBeNull();
  });

  it('lets only administrators import, and rejects a broken file without changing anything', async () => {
    expect((await upload('chuangkou', '2027.json', calendar2027)).statusCode).toBe(403);
    const broken = await upload('admin', '2027.json', '{"holidays": {"2027-13-01": "元旦"}}');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'CALENDAR_BAD_FILE' });
    expect((await upload('admin', '2027.csv', 'x')).statusCode).toBe(400);
    const changes = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/changes', headers: await t.as('admin') }), 200);
    expect(changes.items).toEqual([]);
  });

  it('recomputes a deadline flagged calendarMissing once next year is imported', async () => {
    const xzsp = (await departmentByCode(t.db, 'xzsp'))!.id;
    await t.db.transaction((tx) =>
      trackDeadline(tx, { subjectKind: 'ticket', subjectId: 't-1', title: '12345 工单', departmentId: xzsp, regionCode: '431127', startedAt: new Date('2026-12-29T09:00:00+08:00'), workingDays: 5 }),
    );
    expect(await deadlineOf(t.db, 'ticket', 't-1')).toMatchObject({ dueOn: '2027-01-06', calendarMissing: true });
    const r = expectStatus(await upload('admin', '2027.json', calendar2027), 200);
    expect(r).toMatchObject({ year: 2027, holidays: 3, unchanged: false });
    const after = await deadlineOf(t.db, 'ticket', 't-1');
    expect(after).toMatchObject({ dueOn: '2027-01-06', calendarMissing: false, missingYears: [], calendarVersion: r.version });
    expect(after!.history.at(-1)).toMatchObject({ event: 'recomputed', dueOn: '2027-01-06' });
  });

  it('adds and removes a regional day off, moving the deadlines of that region', async () => {
    const xzsp = (await departmentByCode(t.db, 'xzsp'))!.id;
    await t.db.transaction((tx) =>
      trackDeadline(tx, { subjectKind: 'case', subjectId: 'r-1', title: '办件', departmentId: xzsp, regionCode: '431127', startedAt: new Date('2026-11-25T09:00:00+08:00'), workingDays: 3 }),
    );
    expect((await deadlineOf(t.db, 'case', 'r-1'))!.dueOn).toBe('2026-11-30');
    const admin = await t.as('admin');
    const add = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/regional-days-off', headers: admin, payload: { regionCode: '431127', date: '2026-11-27', name: '县庆' } });
    expectStatus(add, 200);
    expect((await deadlineOf(t.db, 'case', 'r-1'))!.dueOn).toBe('2026-12-01');
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/regional-days-off', headers: admin, payload: { regionCode: '431127', date: '2026-11-27', name: '县庆' } });
    expect(dup.statusCode).toBe(409);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/regional-days-off', headers: admin, payload: { regionCode: '999999', date: '2026-11-27', name: 'x' } });
    expect(unknown.json()).toMatchObject({ code: 'CALENDAR_BAD_REGION' });
    expectStatus(await t.app.inject({ method: 'DELETE', url: '/api/v1/calendar/regional-days-off/431127/2026-11-27', headers: admin }), 200);
    expect((await deadlineOf(t.db, 'case', 'r-1'))!.dueOn).toBe('2026-11-30');
  });
});
