import { EventEmitter } from 'node:events';
import type { Db } from '../db/index.js';

/**
 * Live updates of the hall: a call, a check-in or a transfer announces the hall's region (the calling screens) and
 * the people whose numbers moved. The news travels through the database (NOTIFY on a server), so a screen connected
 * to one server process hears a call made on another; streams re-read the state on each piece of news.
 */
const CHANNEL = 'banshi_hall';

export type HallNews = { regionCode: string; userIds: string[] };

/** Called after the transaction that made the news has committed; a lost announcement only delays a screen. */
export function announce(db: Db, news: HallNews): void {
  db.notify(CHANNEL, JSON.stringify(news)).catch(() => undefined);
}

const buses = new WeakMap<Db, Promise<EventEmitter>>();

/** One subscription to the database per process, shared by every open stream. */
function busOf(db: Db): Promise<EventEmitter> {
  let bus = buses.get(db);
  if (!bus) {
    const emitter = new EventEmitter().setMaxListeners(0);
    bus = db
      .listen(CHANNEL, (payload) => {
        try {
          emitter.emit('hall', JSON.parse(payload) as HallNews);
        } catch {
          // not ours: ignore
        }
      })
      .then(() => emitter);
    bus.catch(() => buses.delete(db));
    buses.set(db, bus);
  }
  return bus;
}

export async function onNews(db: Db, fn: (news: HallNews) => void): Promise<() => void> {
  const bus = await busOf(db);
  bus.on('hall', fn);
  return () => bus.off('hall', fn);
}
