import { z } from 'zod';

/** Response shapes of the calendar API: the server serializes through them (nothing undeclared leaves). */
const Missing = {
  calendarMissing: z.boolean().describe('所跨年度尚无节假日安排：结果按法定节假日与周一至周五推算'),
  missingYears: z.array(z.number().int()),
};
const CalendarVersion = z.string().describe('所用日历的版本（可据此复算）');

export const DueDateResponse = z.object({ dueOn: z.string().describe('到期日 YYYY-MM-DD'), ...Missing, calendarVersion: CalendarVersion });

export const WorkingDaysResponse = z.object({ days: z.number().int().describe('工作日数（止日早于起日时为负）'), ...Missing, calendarVersion: CalendarVersion });

export const CalendarDayResponse = z
  .object({
    date: z.string(),
    working: z.boolean(),
    known: z.boolean().describe('false：该年尚无节假日安排，仅按法定节假日与周末推算'),
    reason: z.enum(['weekday', 'weekend', 'holiday', 'make-up', 'regional', 'unknown-year']),
    name: z.string().optional().describe('节假日、调休或地区休息日的名称'),
  })
  .meta({ id: 'CalendarDay' });

export const CalendarDaysResponse = z.object({ calendarVersion: CalendarVersion, days: z.array(CalendarDayResponse) });

export const CoverageResponse = z.object({
  years: z.array(z.object({ year: z.number().int(), source: z.enum(['official', 'import']), origin: z.string() })),
  warning: z.object({ code: z.literal('NEXT_YEAR_CALENDAR_MISSING'), year: z.number().int(), message: z.string() }).nullable(),
});

export const CalendarChangesResponse = z.object({
  items: z.array(
    z.object({
      revision: z.number().int(),
      kind: z.enum(['import-year', 'add-regional-day-off', 'remove-regional-day-off']),
      year: z.number().int().nullable(),
      regionCode: z.string().nullable(),
      summary: z.string(),
      createdAt: z.string(),
    }),
  ),
});

export const CalendarImportResponse = z.object({
  revision: z.number().int(),
  version: z.string(),
  year: z.number().int(),
  holidays: z.number().int().describe('放假天数'),
  workdays: z.number().int().describe('调休上班天数'),
  unchanged: z.boolean().describe('与已有安排相同，未产生新版本'),
});

export const RegionalDaysOffResponse = z.object({
  items: z.array(z.object({ regionCode: z.string(), date: z.string(), name: z.string(), revision: z.number().int() })),
});

export const CalendarRevisionResponse = z.object({ revision: z.number().int().describe('变更后的日历版本号') });
