import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { checkNotBeforeStart, loadLive } from './load-live.js';
import { presentDeadline, type Deadline } from './present.js';
import { saveRecomputed } from './recompute.js';
import * as store from './store.js';

/** An approved extension (延期): adds working days to the limit; the due date moves and the card colour may improve. */
export async function extendDeadline(
  tx: Queryable,
  subjectKind: string,
  subjectId: string,
  input: { workingDays: number; reason: string; at: Date; approvedBy?: string | null },
): Promise<Deadline> {
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 365) {
    throw new AppError('DEADLINE_BAD_INPUT', { reason: `workingDays ${input.workingDays}` });
  }
  if (!input.reason.trim()) throw new AppError('DEADLINE_BAD_INPUT', { reason: 'reason' });
  const row = await loadLive(tx, subjectKind, subjectId);
  checkNotBeforeStart(row, input.at);
  const extensions = [
    ...row.extensions,
    { workingDays: input.workingDays, reason: input.reason.trim(), at: input.at.toISOString(), approvedBy: input.approvedBy ?? null },
  ];
  await saveRecomputed(tx, row, {
    status: row.status,
    suspensions: row.suspensions,
    extensions,
    event: 'extended',
    at: input.at,
    note: `延长 ${input.workingDays} 个工作日：${input.reason.trim()}`,
  });
  return presentDeadline((await store.byId(tx, row.id))!, input.at);
}
