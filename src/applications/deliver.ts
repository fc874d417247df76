import { refuseUnpaidDelivery } from './fees-port.js';
import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { enqueue } from '../outbox/index.js';
import { caseClocks } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { notifyApplicant } from './notify-applicant.js';
import { can } from './policy.js';
import { applicationTransition, isConcluded } from './state.js';
import * as store from './store/applications.js';
import type { CaseRow, Pickup } from './store/rows.js';

export interface DeliverInput {
  version?: number;
  /** item by item: which concluded cases to hand over now (default: every concluded one not yet delivered) */
  caseIds?: string[];
  method?: 'window' | 'post';
  recipient?: string | null;
  phone?: string | null;
  address?: string | null;
  trackingNumber?: string | null;
}

/** Which cases may be handed over now, under the applicant's pickup choice. Pure. */
export function deliverableCases(pickup: Pickup, appStatus: string, cases: readonly CaseRow[]): CaseRow[] {
  const ready = cases.filter((c) => isConcluded(c.status) && c.status !== 'cancelled' && !c.delivered_at);
  if (pickup.mode === 'together') return appStatus === 'concluded' ? ready : [];
  return appStatus === 'accepted' || appStatus === 'concluded' ? ready : [];
}

/**
 * 出件: at the window or by post; together once everything has concluded (统一出件), or item by item when the applicant
 * chose so. Materials owed under 容缺受理 must be in first. Delivering the last result completes the application
 * and invites a rating.
 */
export async function deliverResults(deps: AppDeps, actor: Actor, id: string, input: DeliverInput) {
  // the application with its cases and what its page shows besides, in one read: a delivery changes none of the rest
  const whole = await store.applicationWithParts(deps.db, id);
  if (!whole || !can(actor, 'view', whole.app)) throw new AppError('APPLICATION_NOT_FOUND');
  const { app, cases, clocks, attachments, procedures, documents } = whole;
  if (!can(actor, 'window', app)) throw new AppError('FORBIDDEN');
  if (input.version !== undefined && input.version !== app.version) throw new AppError('CONFLICT', { version: app.version });
  // 补齐前不出件: owed materials must have arrived and been checked (a lapsed one has been decided on)
  const owed = app.pending.filter((p) => !p.checkedAt && !p.lapsedAt);
  if (owed.length) throw new AppError('PENDING_MATERIALS_OUTSTANDING', { materials: owed.map((p) => p.name).join('、') });
  if (app.pickup.mode === 'together' && app.status === 'accepted') throw new AppError('NOT_CONCLUDED');
  const ready = deliverableCases(app.pickup, app.status, cases);
  const chosen = input.caseIds ? ready.filter((c) => input.caseIds!.includes(c.id)) : ready;
  if (input.caseIds && (chosen.length !== input.caseIds.length || app.pickup.mode === 'together')) {
    if (app.pickup.mode === 'together') throw new AppError('NOT_CONCLUDED');
    throw new AppError('NOTHING_TO_DELIVER');
  }
  if (chosen.length === 0) throw new AppError(app.status === 'delivered' ? 'INVALID_TRANSITION' : 'NOTHING_TO_DELIVER', { status: app.status, action: 'deliver' });
  // 缴费后出件: the results of items whose fees must be paid first wait for the payment
  await refuseUnpaidDelivery(deps.db, app.id, chosen);
  const method = input.method ?? app.pickup.method;
  if (method === 'post' && !(input.recipient && input.phone && input.address && input.trackingNumber)) throw new AppError('POSTAL_DETAILS_REQUIRED');
  const at = deps.clock.now();
  const delivery = {
    method,
    at: at.toISOString(),
    by: actor.userId,
    items: chosen.map((c) => ({ caseId: c.id, itemName: c.item_name, granted: c.status === 'approved', licenceId: c.licence_id })),
    ...(method === 'post' ? { recipient: input.recipient, phone: input.phone, address: input.address, trackingNumber: input.trackingNumber } : {}),
  };
  const allDone = app.status === 'concluded' && cases.every((c) => c.status === 'cancelled' || c.delivered_at || chosen.some((x) => x.id === c.id));
  const granted = cases.filter((c) => c.status === 'approved').map((c) => c.item_name);
  const denied = cases.filter((c) => c.status === 'denied').map((c) => c.item_name);
  return deps.db.transaction(async (tx) => {
    const previous = (app.delivery?.handovers as unknown[] | undefined) ?? [];
    const patch: Record<string, unknown> = { delivery: { handovers: [...previous, delivery] }, updated_at: at };
    if (allDone) {
      const verdict = applicationTransition('deliver', app.status, actor.roles);
      if (!verdict.ok) throw new AppError('INVALID_TRANSITION', { status: app.status, action: 'deliver' });
      Object.assign(patch, { status: 'delivered', delivered_at: at });
    }
    const updated = await store.updateApplication(tx, app.id, app.version, patch);
    if (!updated) throw new AppError('CONFLICT');
    const handed = await store.markCasesDelivered(tx, chosen, at);
    if (handed.length !== chosen.length) throw new AppError('CONFLICT', { caseId: chosen.filter((c) => !handed.some((h) => h.id === c.id)).map((c) => c.id).join(',') });
    await recordEvent(tx, app.id, {
      actorId: actor.userId,
      action: allDone ? 'deliver' : 'deliverPart',
      at,
      before: app.status,
      after: updated.status,
      data: { method, items: delivery.items, trackingNumber: input.trackingNumber ?? null, granted, denied },
    });
    const summary = denied.length ? `准予：${granted.join('、') || '无'}；不予许可：${denied.join('、')}` : `准予：${granted.join('、')}`;
    const how = method === 'post' ? `已邮寄（${input.trackingNumber}）` : '已在窗口领取';
    await notifyApplicant(tx, updated, `delivered:${app.id}:${chosen.map((c) => c.id).join(',')}`, allDone ? '办理结果已出件' : '部分办理结果已出件', `${chosen.map((c) => c.item_name).join('、')} ${how}。${allDone ? summary + '。欢迎对本次服务进行评价。' : ''}`, at);
    if (allDone) await enqueue(tx, 'application.delivered', { applicationId: app.id }, { dedupeKey: `application.delivered:${app.id}`, availableAt: at });
    // When everything is handed over, every case is one this delivery checked the version of, or one that can no
    // longer change (cancelled, delivered before): the cases as the response shows them, without reading them again.
    const fresh = new Map(handed.map((c) => [c.id, c]));
    const shown = allDone ? cases.map((c) => fresh.get(c.id) ?? c) : undefined;
    // and their clocks as read (each of those cases has concluded: its clock closed with it)
    return { app: updated, delivered: delivery.items, complete: allDone, cases: shown, deadlines: shown && caseClocks(shown, clocks, at), parts: { attachments, procedures, documents } };
  });
}
