import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { releaseWithheldLicences } from './case-flow.js';
import { closePendingMaterial } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { materialKey } from './guide-rules.js';
import { schedulePendingLapse } from './lapse-pending.js';
import { notifyApplicant } from './notify-applicant.js';
import { can } from './policy.js';
import * as store from './store/applications.js';

export interface CheckPendingInput {
  itemCode: string;
  materialCode: string;
  accepted: boolean;
  /** what is wrong with it, when not accepted */
  problem?: string | null;
}

/**
 * The window checks an owed material the applicant uploaded. Accepted: the material is complete, and a licence
 * withheld for it goes out. Not accepted: the applicant is told why and must bring it again by the same due date.
 */
export async function checkPending(deps: AppDeps, actor: Actor, id: string, input: CheckPendingInput) {
  const app = await store.applicationById(deps.db, id);
  if (!app || !can(actor, 'view', app)) throw new AppError('APPLICATION_NOT_FOUND');
  if (!can(actor, 'window', app)) throw new AppError('FORBIDDEN');
  const owed = app.pending.find((p) => p.itemCode === input.itemCode && p.materialCode === input.materialCode);
  if (!owed) throw new AppError('NOT_IN_GUIDE', { itemCode: input.itemCode, cited: input.materialCode });
  if (!owed.receivedAt || owed.checkedAt || owed.lapsedAt) throw new AppError('INVALID_TRANSITION', { status: owed.lapsedAt ? '已逾期' : owed.checkedAt ? '已核验' : '尚未补交', action: '核验容缺材料' });
  if (!input.accepted && !input.problem?.trim()) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'problem', message: '退回补交材料须说明问题' }] });
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const pending = app.pending.map((p) => (p === owed ? { ...p, receivedAt: input.accepted ? p.receivedAt : null, checkedAt: input.accepted ? at.toISOString() : null } : p));
    const updated = await store.updateApplication(tx, app.id, app.version, { pending, updated_at: at });
    if (!updated) throw new AppError('CONFLICT');
    await recordEvent(tx, app.id, { actorId: actor.userId, action: input.accepted ? 'pendingChecked' : 'pendingReturned', at, reason: input.problem ?? null, data: { material: materialKey(owed.itemCode, owed.materialCode) } });
    if (input.accepted) {
      await closePendingMaterial(tx, app.id, owed, at);
      await releaseWithheldLicences(tx, deps, app.id, owed.itemCode, actor.userId, at);
      return (await store.applicationById(tx, app.id))!;
    }
    await notifyApplicant(tx, updated, `pending-returned:${app.id}:${owed.materialCode}:${at.getTime()}`, '补交的容缺材料未通过核验', `“${owed.name}”：${input.problem}。请于 ${owed.dueDate} 前重新补交`, at);
    // the due date stands; if it has already passed, the item's rule applies at once
    await schedulePendingLapse(tx, updated, owed, `returned-${at.getTime()}`);
    return updated;
  });
}
