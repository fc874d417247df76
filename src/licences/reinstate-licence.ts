import { AppError, type Clock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { notifyHolder } from './holder-notice.js';
import { loadForChange } from './load-for-change.js';
import * as store from './store.js';
import type { StatusChangeInput } from './suspend-licence.js';

/** Ends a suspension. */
export async function reinstateLicence(tx: Queryable, deps: { clock: Clock }, input: StatusChangeInput): Promise<store.LicenceRow> {
  const l = await loadForChange(tx, input.licenceId);
  if (l.status !== 'suspended') throw new AppError('LICENCE_NOT_SUSPENDED');
  const now = deps.clock.now();
  await store.updateLicence(tx, l.id, l.updated_at, { ...l, status: 'valid', status_reason: input.reason, status_at: now, updated_at: now });
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: input.actorId, action: 'reinstate', data: { identifier: l.identifier, reason: input.reason }, at: now });
  await notifyHolder(tx, l, { key: `reinstate:${now.getTime()}`, title: '{type}已恢复', body: `您的电子证照“{type}”已恢复使用：${input.reason}。` });
  return (await store.licenceById(tx, l.id))!;
}
