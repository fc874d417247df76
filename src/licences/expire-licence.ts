import { appendAudit } from '../audit/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { notifyHolder } from './holder-notice.js';
import { endOfValidity } from './rules.js';
import * as store from './store.js';

const TOPIC = 'licence-expiry';

/** Queues the expiry of a licence for the moment its last day ends; a renewal queues a new one and this one lapses. */
export async function scheduleExpiry(tx: Queryable, licenceId: string, validUntil: string): Promise<void> {
  await enqueue(tx, TOPIC, { licenceId, validUntil }, { dedupeKey: `${TOPIC}:${licenceId}:${validUntil}`, availableAt: endOfValidity(validUntil) });
}

registerOutboxHandler(TOPIC, async (tx, payload) => {
  const { licenceId, validUntil } = payload as { licenceId: string; validUntil: string };
  const l = await store.licenceById(tx, licenceId);
  // Renewed (another end date) or revoked since: nothing expires now.
  if (!l || l.valid_until !== validUntil || l.status === 'revoked') return;
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: null, action: 'expire', data: { identifier: l.identifier, validUntil }, at: endOfValidity(validUntil) });
  await notifyHolder(tx, l, { key: `expired:${validUntil}`, title: '{type}已过期', body: `您的电子证照“{type}”（${l.identifier}）有效期已于 ${validUntil} 届满，如需继续使用请申请延续。` });
});
