import { loadCalendar, onCalendarChange, type CalendarChange } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { regionPrefix } from '../identity/index.js';
import { saveRecomputed, yellowRuleOf } from './recompute.js';
import * as store from './store.js';

const BATCH = 500;

/**
 * A new year's arrangement or a regional day off moves the running deadlines that span it (including those flagged
 * calendarMissing): recompute them in the importing transaction, so no deadline keeps a guess once the data exists.
 */
export async function recomputeForChange(tx: Queryable, change: CalendarChange): Promise<number> {
  const at = change.at;
  const [from, to] = change.kind === 'import-year' ? [`${change.year}-01-01`, `${change.year}-12-31`] : [change.date, change.date];
  const prefix = change.kind === 'regional-day-off' ? regionPrefix(change.regionCode) : undefined;
  const rule = await yellowRuleOf(tx);
  let afterId = '00000000-0000-0000-0000-000000000000';
  let n = 0;
  for (;;) {
    const rows = await store.liveAffectedBy(tx, { from, to, regionPrefix: prefix, afterId, limit: BATCH });
    for (const row of rows) {
      const calendar = await loadCalendar(tx, row.region_code.trim());
      await saveRecomputed(
        tx,
        row,
        { status: row.status, suspensions: row.suspensions, extensions: row.extensions, event: 'recomputed', at, note: `日历更新为 ${calendar.version}` },
        { calendar, rule },
      );
      n++;
    }
    if (rows.length < BATCH) return n;
    afterId = rows[rows.length - 1]!.id;
  }
}

onCalendarChange(async (tx, change) => {
  await recomputeForChange(tx, change);
});
