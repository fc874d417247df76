import { maskShapes } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { activeChannels, registerChannel, type Notification } from './channels.js';
import * as store from './store.js';

const TOPIC = 'notify';

registerChannel({ name: 'inapp', deliver: (tx, n, at) => store.insertMessage(tx, n, at) });

registerOutboxHandler(TOPIC, async (tx, payload, job) => {
  const n = payload as unknown as Notification;
  for (const c of activeChannels()) await c.deliver(tx, n, job.created_at);
});

/** Sends a notification with the caller's transaction: it goes out if and only if the change commits. */
export async function notify(tx: Queryable, n: Notification, opts: { at?: Date } = {}): Promise<void> {
  // `at`: the caller's clock, so that a job is due by the same clock that drains it (tests run at fixed dates)
  // a message (in-app, SMS, mail) never needs a full personal number: whatever text it quotes is masked by shape
  await enqueue(tx, TOPIC, { ...n, title: maskShapes(n.title), body: maskShapes(n.body) }, { dedupeKey: `notify:${n.key}`, availableAt: opts.at });
}
