import { calendarCoverage, loadCalendar } from '../calendar/index.js';
import type { Db } from '../db/index.js';
import { notify } from '../notifications/index.js';
import { supervisorIds } from './store-scan.js';

/**
 * From December on, while next year's arrangement is not imported, every supervisor gets one message a year
 * (deduplicated by key, however often the scanner runs and however many servers run it).
 */
export async function warnMissingCalendar(db: Db, now: Date): Promise<boolean> {
  const warning = calendarCoverage(await loadCalendar(db, null), now).warning;
  if (!warning) return false;
  await db.transaction(async (tx) => {
    for (const userId of await supervisorIds(tx)) {
      await notify(tx, { userId, title: `${warning.year} 年节假日安排尚未导入`, body: warning.message, link: '/supervision/calendar', key: `calendar-missing:${warning.year}:${userId}` });
    }
  });
  return true;
}
