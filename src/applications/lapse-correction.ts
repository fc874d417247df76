import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { moveCase } from './case-flow.js';
import { recordEvent } from './events.js';
import { lapsesAt } from './lapse-pending.js';
import { notifyApplicant } from './notify-applicant.js';
import { applicationTransition } from './state.js';
import * as store from './store/applications.js';
import type { ApplicationRow } from './store/rows.js';

/** Working days to answer a correction request, unless configured (BANSHI_CORRECTION_DAYS). */
export const DEFAULT_CORRECTION_DAYS = 30;
const TOPIC = 'application.correctionLapse';

export async function scheduleCorrectionLapse(tx: Queryable, app: Pick<ApplicationRow, 'id' | 'correction_count'>, dueOn: string): Promise<void> {
  const at = lapsesAt(dueOn);
  await enqueue(tx, TOPIC, { applicationId: app.id, round: app.correction_count, lapsesAt: at.toISOString() }, { dedupeKey: `${TOPIC}:${app.id}:${app.correction_count}`, availableAt: at });
}

/**
 * The correction request went unanswered past its limit: the application counts as withdrawn (视为撤回), its cases
 * end, and the applicant is told. Nothing happens if the corrections arrived in time.
 */
registerOutboxHandler(TOPIC, async (tx, payload) => {
  const at = new Date(String(payload.lapsesAt));
  const app = await store.lockApplication(tx, String(payload.applicationId));
  if (!app || app.status !== 'correction' || app.correction_count !== Number(payload.round)) return;
  const verdict = applicationTransition('correctionLapsed', app.status, ['system']);
  if (!verdict.ok) return;
  const updated = await store.updateApplication(tx, app.id, app.version, { status: verdict.to, updated_at: at });
  if (!updated) throw new AppError('CONFLICT');
  const reason = `申请人未在 ${app.correction?.dueOn ?? ''} 前补正，视为撤回申请`;
  await recordEvent(tx, app.id, { actorId: null, action: 'correctionLapsed', at, before: app.status, after: verdict.to, reason });
  for (const c of await store.casesOf(tx, app.id)) await moveCase(tx, updated, c, 'cancel', ['system'], null, at, {}, { reason });
  await notifyApplicant(tx, updated, `correction-lapsed:${app.id}`, '补正期限已过，申请视为撤回', `${reason}。如仍需办理，请重新提交申请`, at);
});
