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
  deliver(tx: Queryable, n: Notification, at: Date): Promise<void>;
}

const channels: Channel[] = [];

export function registerChannel(c: Channel): void {
  if (!channels.some((x) => x.name === c.name)) channels.push(c);
}

export function activeChannels(): readonly Channel[] {
  return channels;
}
