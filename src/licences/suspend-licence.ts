import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import type { Clock } from '../core/index.js';
import { notifyHolder } from './holder-notice.js';
import { loadForChange } from './load-for-change.js';
import * as store from './store.js';

export interface StatusChangeInput {
  licenceId: string;
  reason: string;
  actorId: string | null;
}

/** 暂扣/暂停: the licence stops verifying as valid online until reinstated; its QR still carries a good signature. */
export async function suspendLicence(tx: Queryable, deps: { clock: Clock }, input: StatusChangeInput): Promise<store.LicenceRow> {
  const l = await loadForChange(tx, input.licenceId);
  if (l.status === 'suspended') throw new AppError('LICENCE_ALREADY_SUSPENDED');
  const now = deps.clock.now();
  await store.updateLicence(tx, l.id, l.updated_at, { ...l, status: 'suspended', status_reason: input.reason, status_at: now, updated_at: now });
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: input.actorId, action: 'suspend', data: { identifier: l.identifier, reason: input.reason }, at: now });
  await notifyHolder(tx, l, { key: `suspend:${now.getTime()}`, title: '{type}已被暂停', body: `您的电子证照“{type}”已被发证机关暂停使用，原因：${input.reason}。` });
  return (await store.licenceById(tx, l.id))!;
}
