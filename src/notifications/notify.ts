import { maskShapes } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { activeChannels, registerChannel, type Notification } from './channels.js';
import * as store from './store.js';

const TOPIC = 'notify';

/** In-app messages a transaction has delivered, written together just before it commits (one statement a batch). */
const inbox = new WeakMap<Queryable, Array<{ n: Notification; at: Date }>>();

registerChannel({
  name: 'inapp',
  deliver: async (tx, n, at) => {
    if (!tx.beforeCommit) return store.insertMessage(tx, n, at);
    let list = inbox.get(tx);
    if (!list) {
      const mine: Array<{ n: Notification; at: Date }> = [];
      inbox.set(tx, (list = mine));
      tx.beforeCommit(async () => {
        inbox.delete(tx);
        if (mine.length) await store.insertMessages(tx, mine);
      });
    }
    list.push({ n, at });
  },
});

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
