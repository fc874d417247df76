import { createHash } from 'node:crypto';
import { newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { announceCalendarChange } from './calendar-changes.js';
import { calendarVersionLabel } from './load-calendar.js';
import * as store from './store.js';
import type { YearArrangement } from './working-calendar.js';

export interface ImportResult {
  revision: number;
  version: string;
  year: number;
  holidays: number;
  workdays: number;
  unchanged: boolean;
}

/**
 * Records a year's arrangement as a new calendar revision (it supersedes the package's data or an earlier import of
 * that year), then lets deadline holders recompute. Importing the same content again changes nothing.
 */
export async function importCalendarYear(
  tx: Queryable,
  input: { arrangement: YearArrangement; sourceName: string; actorId: string | null; at: Date },
): Promise<ImportResult> {
  const a = input.arrangement;
  const hash = createHash('sha256').update(JSON.stringify({ h: a.holidays, w: a.workdays })).digest('hex');
  const counts = { year: a.year, holidays: Object.keys(a.holidays).length, workdays: Object.keys(a.workdays).length };
  const current = (await store.yearImportsAt(tx, 2_147_483_647)).find((i) => i.year === a.year);
  if (current?.content_hash === hash) {
    const latest = (await store.latestChange(tx))!.revision;
    return { revision: latest, version: calendarVersionLabel(latest), ...counts, unchanged: true };
  }
  const revision = await store.insertChange(tx, {
    id: newId(),
    kind: 'import-year',
    year: a.year,
    region_code: null,
    summary: `导入 ${a.year} 年节假日安排：放假 ${counts.holidays} 天，调休上班 ${counts.workdays} 天（${input.sourceName}）`,
    actor_id: input.actorId,
    created_at: input.at,
  });
  await store.insertYearImport(tx, { revision, year: a.year, holidays: a.holidays, workdays: a.workdays, source_name: input.sourceName, content_hash: hash });
  await announceCalendarChange(tx, { kind: 'import-year', revision, year: a.year, at: input.at });
  return { revision, version: calendarVersionLabel(revision), ...counts, unchanged: false };
}
