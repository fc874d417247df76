import type { Queryable } from '../db/index.js';
import type { IsoDate } from './dates.js';

/** What changed in the calendar; modules holding deadlines recompute the ones it touches. */
export type CalendarChange =
  | { kind: 'import-year'; revision: number; year: number; at: Date }
  | { kind: 'regional-day-off'; revision: number; regionCode: string; date: IsoDate; at: Date };

type Listener = (tx: Queryable, change: CalendarChange) => Promise<void>;
const listeners: Listener[] = [];

/** Registered at module load by those who keep dates computed from the calendar (supervision). */
export function onCalendarChange(listener: Listener): void {
  listeners.push(listener);
}

export async function announceCalendarChange(tx: Queryable, change: CalendarChange): Promise<void> {
  for (const l of listeners) await l(tx, change);
}
