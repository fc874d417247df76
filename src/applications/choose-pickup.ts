import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { recordEvent } from './events.js';
import { can } from './policy.js';
import * as store from './store/applications.js';
import type { Pickup } from './store/rows.js';

/** The applicant decides how results come: together or item by item, at the window or by post; changeable until delivered. */
export async function choosePickup(deps: AppDeps, actor: Actor, id: string, pickup: Pickup & { version?: number }) {
  const app = await store.applicationById(deps.db, id);
  if (!app || !can(actor, 'view', app)) throw new AppError('APPLICATION_NOT_FOUND');
  if (!can(actor, 'choosePickup', app)) throw new AppError('FORBIDDEN');
  if (['delivered', 'refused', 'withdrawn'].includes(app.status)) throw new AppError('INVALID_TRANSITION', { status: app.status, action: 'choosePickup' });
  if (pickup.version !== undefined && pickup.version !== app.version) throw new AppError('CONFLICT', { version: app.version });
  const next: Pickup = { mode: pickup.mode, method: pickup.method, recipient: pickup.recipient ?? null, phone: pickup.phone ?? null, address: pickup.address ?? null };
  if (next.method === 'post' && !(next.recipient && next.phone && next.address)) throw new AppError('POSTAL_DETAILS_REQUIRED');
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const updated = await store.updateApplication(tx, app.id, app.version, { pickup: next, updated_at: at });
    if (!updated) throw new AppError('CONFLICT');
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'pickupChosen', at, before: `${app.pickup.mode}/${app.pickup.method}`, after: `${next.mode}/${next.method}` });
    return updated;
  });
}
