import { loadCalendar, mondayOf, quarterStartOf, shanghaiDateOf, workingDaysBetween } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { checkNotBeforeStart, loadLive } from './load-live.js';
import { presentDeadline, type Deadline } from './present.js';
import * as store from './store.js';
import { moveDayCount } from './store-counts.js';
import type { DeadlineRow } from './types.js';

/**
 * Stops the clock for good (办结, a ticket answered, a rectification done): records the working days used and whether
 * it was on time, and adds it to the weekly and quarterly efficiency statistics in the same transaction.
 * Closing while suspended ends the open suspension at the same moment. `withdrawn` closes a deadline that was not
 * concluded (a ticket returned to the operators): it leaves the lists but is not counted in the statistics.
 */
export async function closeDeadline(tx: Queryable, subjectKind: string, subjectId: string, at: Date, opts: { withdrawn?: boolean } = {}): Promise<Deadline> {
  return closeLive(tx, await loadLive(tx, subjectKind, subjectId), at, opts);
}

/**
 * Closes the subject's running deadline if it has ever been tracked (one locking read in the usual case, none before
 * it): undefined when it never was; a deadline already closed is refused as `closeDeadline` refuses it.
 */
export async function closeDeadlineIfTracked(tx: Queryable, subjectKind: string, subjectId: string, at: Date, opts: { withdrawn?: boolean } = {}): Promise<Deadline | undefined> {
  const row = await store.liveForUpdate(tx, subjectKind, subjectId);
  if (row) return closeLive(tx, row, at, opts);
  if (!(await store.latestOf(tx, subjectKind, subjectId))) return undefined;
  return closeDeadline(tx, subjectKind, subjectId, at, opts);
}

async function closeLive(tx: Queryable, row: DeadlineRow, at: Date, opts: { withdrawn?: boolean }): Promise<Deadline> {
  checkNotBeforeStart(row, at);
  const closedOn = shanghaiDateOf(at);
  const suspensions = row.suspensions.map((s) => (s.to === null ? { ...s, toAt: at.toISOString(), to: closedOn } : s));
  const calendar = await loadCalendar(tx, row.region_code.trim());
  const used = row.immediate && closedOn === row.accepted_on ? 0 : workingDaysBetween(calendar, row.accepted_on, closedOn, suspensions).days;
  // while suspended nothing is late; else on time means concluded on or before the due day
  const onTime = row.due_on === null ? true : closedOn <= row.due_on;
  const history = [...row.history, { at: at.toISOString(), event: 'closed' as const, dueOn: row.due_on, calendarVersion: row.calendar_version, ...(opts.withdrawn ? { note: 'withdrawn' } : {}) }];
  const closed = (await store.markClosed(tx, row.id, { closed_at: at, closed_on: closedOn, used_days: used, on_time: onTime, suspensions, history }))!;
  await moveDayCount(tx, row, null);
  if (opts.withdrawn) return presentDeadline(closed, at);
  await store.addToRollups(tx, mondayOf(closedOn), quarterStartOf(closedOn), {
    department_id: row.department_id,
    subject_kind: row.subject_kind,
    on_time: onTime,
    immediate: row.immediate,
    used_days: used,
    promised_days: row.immediate ? 0 : row.working_days,
    legal_days: row.legal_days,
  });
  return presentDeadline(closed, at);
}
