import type { Queryable } from '../db/index.js';
import { OFFICIAL_PACKAGE, officialArrangements } from './official.js';
import * as store from './store.js';
import { buildCalendar, type WorkingCalendar } from './working-calendar.js';

/** A region's parents by the structure of the code: 431127100 → 431127 → 431100 → 430000. */
export function structuralAncestors(regionCode: string): string[] {
  const out = [regionCode];
  if (/^\d{12}$/.test(regionCode)) out.push(regionCode.slice(0, 9));
  if (/^\d{9}(\d{3})?$/.test(regionCode)) out.push(regionCode.slice(0, 6));
  const county = regionCode.slice(0, 6);
  if (/^\d{6}(\d{3}){0,2}$/.test(regionCode)) {
    const city = `${county.slice(0, 4)}00`;
    const province = `${county.slice(0, 2)}0000`;
    for (const c of [city, province]) if (!out.includes(c)) out.push(c);
  }
  return out;
}

export const calendarVersionLabel = (revision: number): string => `${OFFICIAL_PACKAGE}/r${revision}`;

// Calendars change a few times a year; keyed by the change's random id so that two databases never share an entry.
const cache = new Map<string, WorkingCalendar>();
const CACHE_LIMIT = 500;

/**
 * The working-day calendar for a region: official years, administrator imports and the regional days off
 * of the region and its parents, as of the latest revision or of a given one (to recompute an old deadline).
 */
export async function loadCalendar(q: Queryable, regionCode: string | null, opts: { revision?: number } = {}): Promise<WorkingCalendar> {
  let revision: number;
  let changeId: string;
  if (opts.revision === undefined) {
    const latest = await store.latestChange(q);
    revision = latest?.revision ?? 0;
    changeId = latest?.id ?? 'none';
  } else {
    revision = opts.revision;
    changeId = revision === 0 ? 'none' : ((await store.changeAt(q, revision))?.id ?? 'none');
  }
  const key = `${changeId}|${revision}|${regionCode ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const imports = revision === 0 ? [] : await store.yearImportsAt(q, revision);
  const regionDays = revision === 0 || !regionCode ? [] : await store.regionDaysAt(q, regionCode, structuralAncestors(regionCode), revision);
  const cal = buildCalendar({
    version: calendarVersionLabel(revision),
    revision,
    regionCode,
    arrangements: [
      ...[...officialArrangements.values()].map((a) => ({ ...a, source: 'official' as const, origin: OFFICIAL_PACKAGE })),
      ...imports.map((i) => ({ year: i.year, holidays: i.holidays, workdays: i.workdays, source: 'import' as const, origin: `r${i.revision}` })),
    ],
    regionalDaysOff: regionDays.map((r) => ({ regionCode: r.region_code.trim(), date: r.day, name: r.name })),
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, cal);
  return cal;
}

/** The package's official years only, with no imports or regional days (revision 0): for pure computations and tests. */
export function officialCalendar(): WorkingCalendar {
  return buildCalendar({
    version: calendarVersionLabel(0),
    revision: 0,
    regionCode: null,
    arrangements: [...officialArrangements.values()].map((a) => ({ ...a, source: 'official' as const, origin: OFFICIAL_PACKAGE })),
  });
}
