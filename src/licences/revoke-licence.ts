import type { Clock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { notifyHolder } from './holder-notice.js';
import { licenceRevoked } from './licence-events.js';
import { loadForChange } from './load-for-change.js';
import * as store from './store.js';
import type { StatusChangeInput } from './suspend-licence.js';

/**
 * 撤销/吊销: final. The QR keeps its good signature (offline cannot know), the online check says revoked; a licence
 * issued on an application gets its written decision there (onLicenceRevoked).
 */
export async function revokeLicence(tx: Queryable, deps: { clock: Clock }, input: StatusChangeInput): Promise<store.LicenceRow> {
  const l = await loadForChange(tx, input.licenceId);
  const now = deps.clock.now();
  await store.updateLicence(tx, l.id, l.updated_at, { ...l, status: 'revoked', status_reason: input.reason, status_at: now, updated_at: now });
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: input.actorId, action: 'revoke', data: { identifier: l.identifier, reason: input.reason }, at: now });
  await licenceRevoked(tx, { licence: l, reason: input.reason, actorId: input.actorId, at: now });
  await notifyHolder(tx, l, { key: 'revoke', title: '{type}已被撤销', body: `您的电子证照“{type}”（${l.identifier}）已被撤销，原因：${input.reason}。` });
  return (await store.licenceById(tx, l.id))!;
}
