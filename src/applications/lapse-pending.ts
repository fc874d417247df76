import { AppError, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { filedItemsOf } from './application-materials.js';
import { lapseCases } from './case-flow.js';
import { withdrawPendingMaterial } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { materialKey } from './guide-rules.js';
import * as store from './store/applications.js';
import type { ApplicationRow, PendingMaterial } from './store/rows.js';

const TOPIC = 'application.pendingLapse';
const DAY_MS = 86_400_000;

/** The instant an owed material lapses: the end of its due date in Beijing time. */
export const lapsesAt = (dueDate: string) => new Date(new Date(`${dueDate}T00:00:00+08:00`).getTime() + DAY_MS);

/** Schedules the lapse of an owed material; it does nothing if the material has arrived by then. */
export async function schedulePendingLapse(tx: Queryable, app: Pick<ApplicationRow, 'id'>, p: Pick<PendingMaterial, 'itemCode' | 'materialCode' | 'dueDate'>, round = 'accepted'): Promise<void> {
  const at = lapsesAt(p.dueDate);
  await enqueue(tx, TOPIC, { applicationId: app.id, itemCode: p.itemCode, materialCode: p.materialCode, lapsesAt: at.toISOString() }, { dedupeKey: `${TOPIC}:${app.id}:${p.itemCode}:${p.materialCode}:${round}`, availableAt: at });
}

/**
 * The due date passed and the owed material is not in: it is marked lapsed, its watch withdrawn, and the item's
 * declared rule (pendingLapse) ends its case. Runs as an outbox job at the end of the due date, so it happens once
 * whichever server process picks it up, in one transaction with the change it causes.
 */
export function registerPendingLapse(deps: Pick<AppDeps, 'config' | 'clock'>): void {
  registerOutboxHandler(TOPIC, async (tx, payload) => {
    const { applicationId, itemCode, materialCode } = payload as { applicationId: string; itemCode: string; materialCode: string };
    const at = new Date(String(payload.lapsesAt));
    const app = await store.lockApplication(tx, applicationId);
    if (!app || !['accepted', 'concluded'].includes(app.status)) return;
    const owed = app.pending.find((p) => p.itemCode === itemCode && p.materialCode === materialCode);
    if (!owed || owed.receivedAt || owed.checkedAt || owed.lapsedAt) return;
    const rule = (await filedItemsOf(tx, app.id)).find((i) => i.code === itemCode)?.pendingLapse ?? 'deny';
    const pending = app.pending.map((p) => (p === owed ? { ...p, lapsedAt: at.toISOString() } : p));
    if (!(await store.updateApplication(tx, app.id, app.version, { pending, updated_at: at }))) throw new AppError('CONFLICT');
    await withdrawPendingMaterial(tx, app.id, owed, at);
    await recordEvent(tx, app.id, { actorId: null, action: 'pendingLapsed', at, reason: `容缺材料“${owed.name}”逾期未补交（期限 ${owed.dueDate}）`, data: { material: materialKey(itemCode, materialCode), rule } });
    await lapseCases(tx, deps, app.id, itemCode, rule, owed, at);
  });
}
