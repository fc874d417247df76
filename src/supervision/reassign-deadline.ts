import type { Queryable } from '../db/index.js';
import { checkNotBeforeStart, loadLive } from './load-live.js';
import { presentDeadline, type Deadline } from './present.js';
import * as store from './store.js';
import { moveDayCount } from './store-counts.js';

/**
 * Hands a running deadline to another department, person or window (a ticket transferred, a case reassigned):
 * the clock keeps running from the original start, and nothing is counted as concluded in the statistics.
 */
export async function reassignDeadline(
  tx: Queryable,
  subjectKind: string,
  subjectId: string,
  input: { departmentId?: string; assigneeId?: string | null; windowId?: string | null; at: Date },
): Promise<Deadline> {
  const row = await loadLive(tx, subjectKind, subjectId);
  checkNotBeforeStart(row, input.at);
  const next = {
    department_id: input.departmentId ?? row.department_id,
    assignee_id: input.assigneeId === undefined ? row.assignee_id : input.assigneeId,
    window_id: input.windowId === undefined ? row.window_id : input.windowId,
  };
  const moved = (await store.reassign(tx, row.id, { ...next, updated_at: input.at }))!;
  await moveDayCount(tx, row, { ...row, ...next });
  return presentDeadline(moved, input.at);
}

/**
 * The person who takes a subject up answers for its running deadline: it is reassigned to them unless it is theirs
 * already; with no running deadline, nothing happens. One statement when the deadline is handed to them (the
 * department, and with it the day counts, stays the same); the others read the deadline first.
 */
export async function assignRunningDeadline(tx: Queryable, subjectKind: string, subjectId: string, input: { assigneeId: string; at: Date }): Promise<void> {
  if (!store.holdsRunning(tx, subjectKind, subjectId) && (await store.assignRunning(tx, subjectKind, subjectId, input.assigneeId, input.at))) return;
  const row = await store.liveForUpdate(tx, subjectKind, subjectId);
  if (!row || row.assignee_id === input.assigneeId) return;
  await reassignDeadline(tx, subjectKind, subjectId, input);
}
