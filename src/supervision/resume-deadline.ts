import { AppError } from '../core/index.js';
import { shanghaiDateOf } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { checkNotBeforeStart, loadLive } from './load-live.js';
import { presentDeadline, type Deadline } from './present.js';
import { saveRecomputed } from './recompute.js';
import * as store from './store.js';

/** Restarts the clock: counting resumes on the first working day after the resumption, and the due date moves. */
export async function resumeDeadline(tx: Queryable, subjectKind: string, subjectId: string, at: Date): Promise<Deadline> {
  const row = await loadLive(tx, subjectKind, subjectId);
  if (row.status !== 'suspended') throw new AppError('DEADLINE_NOT_SUSPENDED');
  checkNotBeforeStart(row, at);
  const open = row.suspensions[row.suspensions.length - 1]!;
  if (at.getTime() < new Date(open.fromAt).getTime()) throw new AppError('DEADLINE_BAD_INPUT', { reason: 'resumed before it was suspended' });
  const suspensions = [...row.suspensions.slice(0, -1), { ...open, toAt: at.toISOString(), to: shanghaiDateOf(at) }];
  await saveRecomputed(tx, row, { status: 'open', suspensions, extensions: row.extensions, event: 'resumed', at });
  return presentDeadline((await store.byId(tx, row.id))!, at);
}
