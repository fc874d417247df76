import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../test/helpers/db.js';
import { dueDate } from './deadline-arithmetic.js';
import { importCalendarYear } from './import-calendar-year.js';
import { loadCalendar } from './load-calendar.js';
import { addRegionalDayOff, removeRegionalDayOff } from './regional-days-off.js';
import { dayInfo } from './working-calendar.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

const at = new Date('2026-11-20T10:00:00+08:00');
const arrangement2027 = { year: 2027, holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' }, workdays: {} };

describe('loadCalendar with imports and regional days off', () => {
  it('flags 2027 until it is imported, then counts its holidays, keeping the old revision reproducible', async () => {
    const before = await loadCalendar(t.db, '431127');
    expect(dueDate(before, '2026-12-29', 5)).toMatchObject({ dueOn: '2027-01-06', calendarMissing: true });
    const r = await t.db.transaction((tx) => importCalendarYear(tx, { arrangement: arrangement2027, sourceName: '2027.json', actorId: null, at }));
    expect(r).toMatchObject({ year: 2027, holidays: 3, unchanged: false });
    const after = await loadCalendar(t.db, '431127');
    expect(after.version).toBe(r.version);
    expect(dueDate(after, '2026-12-29', 5)).toEqual({ dueOn: '2027-01-06', calendarMissing: false, missingYears: [] });
    const old = await loadCalendar(t.db, '431127', { revision: before.revision });
    expect(dueDate(old, '2026-12-29', 5).calendarMissing).toBe(true);
    const again = await t.db.transaction((tx) => importCalendarYear(tx, { arrangement: arrangement2027, sourceName: '2027.json', actorId: null, at }));
    expect(again).toMatchObject({ unchanged: true, revision: r.revision });
  });

  it('applies a regional day off to the region and the regions below it only', async () => {
    // a day off for 永州市 (431100) reaches 蓝山县 (431127) but not 湘阴县 (430624)
    await t.db.transaction((tx) => addRegionalDayOff(tx, { regionCode: '431100', date: '2026-03-03', name: '盘王节', actorId: null, at }));
    const lanshan = await loadCalendar(t.db, '431127');
    const xiangyin = await loadCalendar(t.db, '430624');
    expect(dayInfo(lanshan, '2026-03-03')).toMatchObject({ working: false, reason: 'regional', name: '盘王节' });
    expect(dayInfo(xiangyin, '2026-03-03').working).toBe(true);
    expect(dueDate(lanshan, '2026-03-02', 1).dueOn).toBe('2026-03-04');
    expect(dueDate(xiangyin, '2026-03-02', 1).dueOn).toBe('2026-03-03');
    await t.db.transaction((tx) => removeRegionalDayOff(tx, { regionCode: '431100', date: '2026-03-03', actorId: null, at }));
    expect(dayInfo(await loadCalendar(t.db, '431127'), '2026-03-03').working).toBe(true);
  });
});
