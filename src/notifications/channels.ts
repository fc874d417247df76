import type { Queryable } from '../db/index.js';

export interface Notification {
  userId: string;
  title: string;
  body: string;
  link?: string;
  /** Makes delivery idempotent: one message per key, however often it is sent. */
  key: string;
}

/** A delivery channel (in-app always; SMS or e-mail adapters plug in here). */
export interface Channel {
  name: string;
  /**
   * Delivers in the sender's own transaction (the in-app inbox: a row in the same database, there if and only if the
   * change commits). Other channels (SMS, mail) are sent by an outbox job once the change has committed.
   */
  inTransaction?: boolean;
  /** `at`: when the message was sent; null: the database's time of the sending transaction. */
  deliver(tx: Queryable, n: Notification, at: Date | null): Promise<void>;
}

const channels: Channel[] = [];

export function registerChannel(c: Channel): void {
  if (!channels.some((x) => x.name === c.name)) channels.push(c);
}

export function activeChannels(): readonly Channel[] {
  return channels;
}
