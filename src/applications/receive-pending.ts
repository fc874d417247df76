import { AppError, type AppDeps } from '../core/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { releaseWithheldLicences } from './case-flow.js';
import { closePendingMaterial } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { can } from './policy.js';
import * as store from './store/applications.js';
import { newAttachments } from './supply-correction.js';
import { materialKey } from './guide-rules.js';

/**
 * A material owed under 容缺受理 arrives: uploaded by the applicant (the window then checks it), or handed in at the
 * window, where the clerk checks it on the spot. Once every owed material of an item is checked, the licence its
 * approved case was withheld for is issued.
 */
export async function receivePending(deps: AppDeps, actor: Actor, id: string, input: { itemCode: string; materialCode: string; uploadId: string }) {
  const app = await store.applicationById(deps.db, id);
  if (!app || !can(actor, 'view', app)) throw new AppError('APPLICATION_NOT_FOUND');
  if (!can(actor, 'supply', app)) throw new AppError('FORBIDDEN');
  const owed = app.pending.find((p) => p.itemCode === input.itemCode && p.materialCode === input.materialCode);
  if (!owed) throw new AppError('NOT_IN_GUIDE', { itemCode: input.itemCode, cited: input.materialCode });
  if (owed.lapsedAt) throw new AppError('INVALID_TRANSITION', { status: '已逾期', action: '补交容缺材料' });
  if (owed.receivedAt) throw new AppError('INVALID_TRANSITION', { status: '已补交', action: '补交容缺材料' });
  const key = materialKey(input.itemCode, input.materialCode);
  const [attachment] = await newAttachments(deps, actor, [{ uploadId: input.uploadId, materials: [{ itemCode: input.itemCode, materialCode: input.materialCode }] }], new Set([key]));
  const at = deps.clock.now();
  const checkedHere = hasRole(actor, 'clerk');
  return deps.db.transaction(async (tx) => {
    const pending = app.pending.map((p) => (p === owed ? { ...p, receivedAt: at.toISOString(), checkedAt: checkedHere ? at.toISOString() : null } : p));
    const updated = await store.updateApplication(tx, app.id, app.version, { pending, updated_at: at });
    if (!updated) throw new AppError('CONFLICT');
    await store.insertAttachments(tx, app.id, app.correction_count + 1, actor.userId, at, [attachment!]);
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'pendingReceived', at, data: { material: key, checked: checkedHere, outstanding: pending.filter((p) => !p.receivedAt && !p.lapsedAt).length } });
    if (!checkedHere) return updated;
    await closePendingMaterial(tx, app.id, owed, at);
    await releaseWithheldLicences(tx, deps, app.id, owed.itemCode, actor.userId, at);
    return (await store.applicationById(tx, app.id))!;
  });
}
