import { shanghaiDateOf } from '../core/index.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface CalendarCoverage {
  years: Array<{ year: number; source: 'official' | 'import'; origin: string }>;
  /** From December on, when next year's arrangement is not in yet. */
  warning: { code: 'NEXT_YEAR_CALENDAR_MISSING'; year: number; message: string } | null;
}

/** Which years the calendar covers, and the warning supervisors see from December when next year is missing. */
export function calendarCoverage(cal: WorkingCalendar, now: Date): CalendarCoverage {
  const today = shanghaiDateOf(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const next = year + 1;
  const missingThisYear = !cal.years.has(year);
  const warnYear = missingThisYear ? year : month === 12 && !cal.years.has(next) ? next : null;
  return {
    years: [...cal.years.values()].sort((a, b) => a.year - b.year).map((y) => ({ year: y.year, source: y.source, origin: y.origin })),
    warning:
      warnYear === null
        ? null
        : {
            code: 'NEXT_YEAR_CALENDAR_MISSING',
            year: warnYear,
            message: `${warnYear} 年节假日安排尚未导入：跨入该年的期限将标注“日历缺失”，请管理员在国务院办公厅发布通知后尽快导入。`,
          },
  };
}
