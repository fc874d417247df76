import type { Queryable } from '../db/index.js';
import { onStaffHandover, type HandedOver, type StaffHandover } from '../identity/index.js';
import { reassignDeadline } from './reassign-deadline.js';
import * as store from './store.js';

/**
 * Someone leaves (disabled, moved, no longer a reviewer): every running deadline they were responsible for goes to the
 * successor, or stays with the department unassigned (its queue). The clock keeps its start, suspensions and
 * extensions, so the due date does not move.
 */
export async function handOverDeadlines(tx: Queryable, h: StaffHandover): Promise<HandedOver[]> {
  const rows = await store.liveAssignedTo(tx, h.userId);
  const moved: HandedOver[] = [];
  for (const row of rows) {
    const at = h.at.getTime() < row.started_at.getTime() ? row.started_at : h.at;
    const d = await reassignDeadline(tx, row.subject_kind, row.subject_id, { assigneeId: h.successorId, at });
    moved.push({ subjectKind: row.subject_kind, subjectId: row.subject_id, title: row.title, dueOn: d.dueOn, toUserId: h.successorId });
  }
  return moved;
}

onStaffHandover(handOverDeadlines);
