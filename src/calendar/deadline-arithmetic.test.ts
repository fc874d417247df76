import { describe, expect, it } from 'vitest';
import * as chineseDays from 'chinese-days';
import { shanghaiDateOf } from '../core/index.js';
import { addDays } from './dates.js';
import { computeDeadline, dueDate, workingDaysBetween, yellowWindow } from './deadline-arithmetic.js';
import { officialCalendar } from './load-calendar.js';
import { buildCalendar, dayInfo } from './working-calendar.js';

const cal = officialCalendar();

describe('the official calendar', () => {
  it('matches chinese-days day by day for 2025 and 2026', () => {
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      expect(dayInfo(cal, d).working, d).toBe(chineseDays.isWorkday(d));
    }
  });

  it('has the holidays and make-up working days of REFERENCE.md', () => {
    const off2025 = ['2025-01-01', '2025-01-28', '2025-02-04', '2025-04-04', '2025-05-05', '2025-05-31', '2025-06-02', '2025-10-01', '2025-10-08'];
    const off2026 = ['2026-01-02', '2026-02-16', '2026-02-23', '2026-04-06', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07'];
    for (const d of [...off2025, ...off2026]) expect(dayInfo(cal, d).working, d).toBe(false);
    const makeUp = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    for (const d of makeUp) expect(dayInfo(cal, d), d).toMatchObject({ working: true, reason: 'make-up' });
  });

  it('knows 2004 to 2026 and no later year', () => {
    expect(cal.years.has(2004) && cal.years.has(2026)).toBe(true);
    expect(cal.years.has(2027)).toBe(false);
    expect(dayInfo(cal, '2027-01-01')).toMatchObject({ known: false, working: false, reason: 'holiday', name: '元旦' });
    expect(dayInfo(cal, '2027-01-04')).toMatchObject({ known: false, working: true, reason: 'unknown-year' });
  });
});

describe('dueDate', () => {
  const cases: Array<[string, string, number, string]> = [
    ['crosses the 2026 Spring Festival through a make-up Saturday', '2026-02-12', 3, '2026-02-24'],
    ['counts both Spring Festival make-up Saturdays of 2026', '2026-02-13', 10, '2026-03-05'],
    ['counts the make-up Sunday before the 2026 Mid-Autumn holiday', '2026-09-18', 5, '2026-09-24'],
    ['crosses 2026 National Day and ends on its make-up Saturday', '2026-09-28', 5, '2026-10-10'],
    ['makes the first working day after National Day day 1', '2026-09-30', 1, '2026-10-08'],
    ['crosses the 2025 Spring Festival via the make-up Sunday', '2025-01-24', 3, '2025-02-05'],
    ['crosses 2025 National Day with both make-up days', '2025-09-26', 10, '2025-10-16'],
    ['crosses New Year 2026 and its make-up Sunday', '2025-12-30', 3, '2026-01-05'],
    ['starts on the next working day when accepted on a weekend', '2026-03-07', 1, '2026-03-09'],
    ['counts a plain two weeks', '2026-03-02', 10, '2026-03-16'],
  ];
  it.each(cases)('%s', (_name, acceptedOn, n, due) => {
    expect(dueDate(cal, acceptedOn, n)).toEqual({ dueOn: due, calendarMissing: false, missingYears: [] });
  });

  it('makes an immediate item due the day it is accepted, even on a holiday', () => {
    expect(dueDate(cal, '2026-02-16', 3, true).dueOn).toBe('2026-02-16');
    expect(dueDate(cal, '2026-03-02', 0).dueOn).toBe('2026-03-02');
  });

  it('flags a limit running into a year without a calendar instead of guessing silently', () => {
    expect(dueDate(cal, '2026-12-29', 5)).toEqual({ dueOn: '2027-01-06', calendarMissing: true, missingYears: [2027] });
    expect(dueDate(cal, '2026-12-29', 2).calendarMissing).toBe(false);
  });

  it('uses an imported year once it exists', () => {
    const with2027 = buildCalendar({
      version: 'test',
      revision: 1,
      regionCode: null,
      arrangements: [
        ...[...cal.years.keys()].map((y) => ({ year: y, holidays: {}, workdays: {}, source: 'official' as const, origin: 'x' })),
        { year: 2027, holidays: { '2027-01-01': '元旦' }, workdays: {}, source: 'import', origin: 'r1' },
      ],
    });
    expect(dueDate(with2027, '2026-12-29', 5)).toEqual({ dueOn: '2027-01-06', calendarMissing: false, missingYears: [] });
  });

  it('gives the same date from an instant whatever the server time zone', () => {
    const before = process.env.TZ;
    const results = new Set<string>();
    for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      // 01:30 on 13 February in Shanghai is still 12 February in UTC
      const acceptedOn = shanghaiDateOf(new Date('2026-02-12T17:30:00Z'));
      results.add(`${acceptedOn} ${dueDate(cal, acceptedOn, 10).dueOn}`);
    }
    process.env.TZ = before;
    expect([...results]).toEqual(['2026-02-13 2026-03-05']);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-02-13', '2026-03-05', 10],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-10-01', '2026-10-07', 0],
    ['2025-09-27', '2025-10-11', 6],
    ['2026-03-05', '2026-02-13', -10],
  ])('from %s (exclusive) to %s (inclusive) is %i', (a, b, n) => {
    expect(workingDaysBetween(cal, a, b).days).toBe(n);
  });
});

describe('suspensions and extensions', () => {
  it('stops the clock for the working days after the suspension up to the resumption', () => {
    const r = computeDeadline(cal, { acceptedOn: '2026-03-02', workingDays: 10, suspensions: [{ from: '2026-03-04', to: '2026-03-10' }] });
    expect(r.dueOn).toBe('2026-03-20');
  });

  it('leaves the due date alone when suspended and resumed the same day', () => {
    expect(computeDeadline(cal, { acceptedOn: '2026-03-02', workingDays: 10, suspensions: [{ from: '2026-03-04', to: '2026-03-04' }] }).dueOn).toBe('2026-03-16');
  });

  it('has no due date while a suspension is open, and counts the days used so far', () => {
    const r = computeDeadline(cal, { acceptedOn: '2026-03-02', workingDays: 10, suspensions: [{ from: '2026-03-04', to: null }] });
    expect(r).toMatchObject({ dueOn: null, yellowFrom: null, countedDays: 2 });
  });

  it('adds approved extension days after suspensions', () => {
    const r = computeDeadline(cal, {
      acceptedOn: '2026-03-02',
      workingDays: 10,
      suspensions: [{ from: '2026-03-04', to: '2026-03-10' }],
      extensionDays: 5,
    });
    expect(r).toMatchObject({ dueOn: '2026-03-27', totalWorkingDays: 15 });
  });

  it('skips a suspension spanning National Day without double counting', () => {
    const r = computeDeadline(cal, { acceptedOn: '2026-09-28', workingDays: 5, suspensions: [{ from: '2026-09-29', to: '2026-10-09' }] });
    // counted: 9/29 (1), then resumes after 10/9: 10/10 Sat make-up (2), 10/12 (3), 10/13 (4), 10/14 (5)
    expect(r.dueOn).toBe('2026-10-14');
  });
});

describe('the yellow window', () => {
  it('is the last working day or the last 20%, whichever is longer', () => {
    expect([1, 3, 5, 10, 20, 60].map((n) => yellowWindow(n))).toEqual([1, 1, 1, 2, 4, 12]);
    expect(yellowWindow(10, { minDays: 3, fraction: 0.1 })).toBe(3);
  });

  it('starts on the first working day of the window', () => {
    expect(computeDeadline(cal, { acceptedOn: '2026-03-02', workingDays: 10 }).yellowFrom).toBe('2026-03-13');
    expect(computeDeadline(cal, { acceptedOn: '2026-03-02', workingDays: 3 }).yellowFrom).toBe('2026-03-05');
  });
});

describe('regional days off', () => {
  it('removes a region day from the working days', () => {
    const regional = buildCalendar({
      version: 't',
      revision: 1,
      regionCode: '431127',
      arrangements: [...cal.years.keys()].map((y) => ({ year: y, holidays: {}, workdays: {}, source: 'official' as const, origin: 'x' })),
      regionalDaysOff: [{ regionCode: '431100', date: '2026-03-03', name: '盘王节' }],
    });
    expect(dayInfo(regional, '2026-03-03')).toMatchObject({ working: false, reason: 'regional', name: '盘王节' });
  });
});
