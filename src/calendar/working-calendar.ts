import { isWeekend, yearOf, type IsoDate } from './dates.js';
import { statutoryHolidays } from './statutory-holidays.js';

/** One year's official arrangement: public holidays and make-up working days (调休上班), each with its name. */
export interface YearArrangement {
  year: number;
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

export interface RegionalDayOff {
  regionCode: string;
  date: IsoDate;
  name: string;
}

export interface YearSource {
  year: number;
  source: 'official' | 'import';
  /** The package version or the import's revision. */
  origin: string;
}

/**
 * A working-day calendar as used by one computation: which years it knows, their arrangements,
 * and the regional days off in force for one region. Immutable; built by `buildCalendar`.
 */
export interface WorkingCalendar {
  /** Identifies the data used, e.g. "chinese-days@1.5.7/r3"; recorded on every deadline. */
  version: string;
  revision: number;
  regionCode: string | null;
  years: ReadonlyMap<number, YearSource>;
  holidays: ReadonlyMap<IsoDate, string>;
  makeUpDays: ReadonlyMap<IsoDate, string>;
  regionalDaysOff: ReadonlyMap<IsoDate, string>;
}

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** false when the date's year has no calendar: `working` is then the statutory holidays and the Monday–Friday rule. */
  known: boolean;
  reason: 'weekday' | 'weekend' | 'holiday' | 'make-up' | 'regional' | 'unknown-year';
  name?: string;
}

export function buildCalendar(input: {
  version: string;
  revision: number;
  regionCode: string | null;
  arrangements: Array<YearArrangement & { source: YearSource['source']; origin: string }>;
  regionalDaysOff?: RegionalDayOff[];
}): WorkingCalendar {
  const years = new Map<number, YearSource>();
  const holidays = new Map<IsoDate, string>();
  const makeUpDays = new Map<IsoDate, string>();
  for (const a of input.arrangements) {
    // A later arrangement of the same year replaces the earlier one entirely (an import corrects the package).
    if (years.has(a.year)) {
      for (const d of [...holidays.keys()]) if (yearOf(d) === a.year) holidays.delete(d);
      for (const d of [...makeUpDays.keys()]) if (yearOf(d) === a.year) makeUpDays.delete(d);
    }
    years.set(a.year, { year: a.year, source: a.source, origin: a.origin });
    for (const [d, n] of Object.entries(a.holidays)) holidays.set(d, n);
    for (const [d, n] of Object.entries(a.workdays)) makeUpDays.set(d, n);
  }
  const regionalDaysOff = new Map<IsoDate, string>();
  for (const r of input.regionalDaysOff ?? []) regionalDaysOff.set(r.date, r.name);
  return { version: input.version, revision: input.revision, regionCode: input.regionCode, years, holidays, makeUpDays, regionalDaysOff };
}

export function dayInfo(cal: WorkingCalendar, date: IsoDate): DayInfo {
  const regional = cal.regionalDaysOff.get(date);
  if (regional !== undefined) return { date, working: false, known: true, reason: 'regional', name: regional };
  if (!cal.years.has(yearOf(date))) {
    // no notice for the year: the statutory holidays still hold; bridging and make-up days are unknown
    const statutory = statutoryHolidays(yearOf(date)).get(date);
    if (statutory !== undefined) return { date, working: false, known: false, reason: 'holiday', name: statutory };
    return { date, working: !isWeekend(date), known: false, reason: 'unknown-year' };
  }
  const holiday = cal.holidays.get(date);
  if (holiday !== undefined) return { date, working: false, known: true, reason: 'holiday', name: holiday };
  const makeUp = cal.makeUpDays.get(date);
  if (makeUp !== undefined) return { date, working: true, known: true, reason: 'make-up', name: makeUp };
  return isWeekend(date) ? { date, working: false, known: true, reason: 'weekend' } : { date, working: true, known: true, reason: 'weekday' };
}

export const hasYear = (cal: WorkingCalendar, year: number): boolean => cal.years.has(year);
