import './errors.js';
import { AppError, newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { announceCalendarChange } from './calendar-changes.js';
import { isIsoDate, type IsoDate } from './dates.js';
import * as store from './store.js';

/** A region's extra day off (e.g. an autonomous county's own festival): applies to the region and all below it. */
export async function addRegionalDayOff(
  tx: Queryable,
  input: { regionCode: string; date: IsoDate; name: string; actorId: string | null; at: Date },
): Promise<{ revision: number }> {
  if (!isIsoDate(input.date)) throw new AppError('CALENDAR_BAD_DATE', { value: input.date });
  if (!(await store.regionExists(tx, input.regionCode))) throw new AppError('CALENDAR_BAD_REGION', { regionCode: input.regionCode });
  if (await store.currentRegionDay(tx, input.regionCode, input.date)) throw new AppError('CALENDAR_DAY_OFF_EXISTS');
  const revision = await store.insertChange(tx, {
    id: newId(),
    kind: 'add-regional-day-off',
    year: Number(input.date.slice(0, 4)),
    region_code: input.regionCode,
    summary: `${input.regionCode} 增设休息日 ${input.date}（${input.name}）`,
    actor_id: input.actorId,
    created_at: input.at,
  });
  await store.insertRegionDay(tx, { id: newId(), region_code: input.regionCode, day: input.date, name: input.name, added_revision: revision });
  await announceCalendarChange(tx, { kind: 'regional-day-off', revision, regionCode: input.regionCode, date: input.date, at: input.at });
  return { revision };
}

export async function removeRegionalDayOff(
  tx: Queryable,
  input: { regionCode: string; date: IsoDate; actorId: string | null; at: Date },
): Promise<{ revision: number }> {
  if (!isIsoDate(input.date)) throw new AppError('CALENDAR_BAD_DATE', { value: input.date });
  const row = await store.currentRegionDay(tx, input.regionCode, input.date);
  if (!row) throw new AppError('CALENDAR_DAY_OFF_NOT_FOUND');
  const revision = await store.insertChange(tx, {
    id: newId(),
    kind: 'remove-regional-day-off',
    year: Number(input.date.slice(0, 4)),
    region_code: input.regionCode,
    summary: `${input.regionCode} 取消休息日 ${input.date}（${row.name}）`,
    actor_id: input.actorId,
    created_at: input.at,
  });
  await store.markRegionDayRemoved(tx, row.id, revision);
  await announceCalendarChange(tx, { kind: 'regional-day-off', revision, regionCode: input.regionCode, date: input.date, at: input.at });
  return { revision };
}
