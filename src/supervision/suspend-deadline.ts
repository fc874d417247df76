import { AppError } from '../core/index.js';
import { shanghaiDateOf } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { checkNotBeforeStart, loadLive } from './load-live.js';
import { presentDeadline, type Deadline } from './present.js';
import { saveRecomputed } from './recompute.js';
import * as store from './store.js';
import { SUSPENSION_KINDS, suspensionKindNames, type SuspensionKind } from './types.js';

/**
 * Stops the clock (补正, 特别程序, third-party consultation). The day of suspension still counts; the working days
 * after it, up to and including the day of resumption, do not.
 */
export async function suspendDeadline(
  tx: Queryable,
  subjectKind: string,
  subjectId: string,
  input: { at: Date; kind: SuspensionKind; reason?: string | null },
): Promise<Deadline> {
  if (!SUSPENSION_KINDS.includes(input.kind)) throw new AppError('DEADLINE_BAD_INPUT', { reason: `kind ${input.kind}` });
  const row = await loadLive(tx, subjectKind, subjectId);
  if (row.status !== 'open') throw new AppError('DEADLINE_NOT_RUNNING');
  checkNotBeforeStart(row, input.at);
  const suspensions = [
    ...row.suspensions,
    { kind: input.kind, reason: input.reason ?? null, fromAt: input.at.toISOString(), from: shanghaiDateOf(input.at), toAt: null, to: null },
  ];
  await saveRecomputed(tx, row, { status: 'suspended', suspensions, extensions: row.extensions, event: 'suspended', at: input.at, note: suspensionKindNames[input.kind] });
  return presentDeadline((await store.byId(tx, row.id))!, input.at);
}
