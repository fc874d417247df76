import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import * as store from './store.js';
import type { DeadlineRow } from './types.js';

/** The running deadline of a subject, locked; a clear error when there is none or it is closed. */
export async function loadLive(tx: Queryable, subjectKind: string, subjectId: string): Promise<DeadlineRow> {
  const row = await store.liveForUpdate(tx, subjectKind, subjectId);
  if (row) return row;
  const last = await store.latestOf(tx, subjectKind, subjectId);
  throw new AppError(last ? 'DEADLINE_CLOSED' : 'DEADLINE_NOT_FOUND', { subjectKind, subjectId });
}

export function checkNotBeforeStart(row: DeadlineRow, at: Date): void {
  if (at.getTime() < row.started_at.getTime()) throw new AppError('DEADLINE_TIME_BEFORE_START');
}
