import { maskShapes } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { activeChannels, registerChannel, type Notification } from './channels.js';
import * as store from './store.js';

const TOPIC = 'notify';

/** In-app messages a transaction has delivered, written with its commit (one statement a transaction). */
const inbox = new WeakMap<Queryable, Array<{ n: Notification; at: Date | null }>>();

registerChannel({
  name: 'inapp',
  inTransaction: true,
  deliver: async (tx, n, at) => {
    if (!tx.beforeCommit) return store.insertMessage(tx, n, at);
    let list = inbox.get(tx);
    if (!list) {
      const mine: Array<{ n: Notification; at: Date | null }> = [];
      inbox.set(tx, (list = mine));
      tx.beforeCommit(async () => {
        inbox.delete(tx);
        if (mine.length === 0) return;
        if (tx.commitWrite) tx.commitWrite({ key: 'messages', ...store.messagesInsert(mine) });
        else await store.insertMessages(tx, mine);
      });
    }
    // one message per key: the same notice sent twice in one transaction is delivered once
    if (!list.some((m) => m.n.key === n.key)) list.push({ n, at });
  },
});

registerOutboxHandler(TOPIC, async (tx, payload, job) => {
  const n = payload as unknown as Notification;
  for (const c of activeChannels()) if (!c.inTransaction) await c.deliver(tx, n, job.created_at);
});

/**
 * Sends a notification with the caller's transaction: it goes out if and only if the change commits. The in-app
 * message is written with the change itself; channels outside the database (SMS, mail) get it from an outbox job.
 */
export async function notify(tx: Queryable, n: Notification, opts: { at?: Date } = {}): Promise<void> {
  // a message (in-app, SMS, mail) never needs a full personal number: whatever text it quotes is masked by shape
  const masked = { ...n, title: maskShapes(n.title), body: maskShapes(n.body) };
  const channels = activeChannels();
  // the time the database gives the sending transaction, as the job's creation time was before
  for (const c of channels) if (c.inTransaction) await c.deliver(tx, masked, null);
  // `at`: the caller's clock, so that a job is due by the same clock that drains it (tests run at fixed dates)
  if (channels.some((c) => !c.inTransaction)) await enqueue(tx, TOPIC, masked, { dedupeKey: `notify:${n.key}`, availableAt: opts.at });
}
