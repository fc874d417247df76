import { describe, expect, it } from 'vitest';
import { officialArrangements } from './official.js';
import { statutoryHolidays } from './statutory-holidays.js';

describe('statutoryHolidays (《全国年节及纪念日放假办法》)', () => {
  it('are 13 days a year, each one a holiday in the State Council notices of 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      const days = statutoryHolidays(year);
      expect(days.size, String(year)).toBe(13);
      const official = officialArrangements.get(year)!.holidays;
      for (const [date, name] of days) expect(official[date], `${date} ${name}`).toBeDefined();
    }
  });

  it('computes the lunar and solar-term days of a year without a notice', () => {
    expect([...statutoryHolidays(2027)].map(([d, n]) => `${d} ${n}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节', // 正月初一
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });
});
