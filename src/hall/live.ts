import { EventEmitter } from 'node:events';

/**
 * Live updates of the hall inside one server process: a call, a check-in or a transfer announces the hall's region
 * (the calling screens) and the people whose numbers moved. Streams re-read the state on each announcement.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export type HallNews = { regionCode: string; userIds: string[] };

export function announce(news: HallNews): void {
  bus.emit('hall', news);
}

export function onNews(fn: (news: HallNews) => void): () => void {
  bus.on('hall', fn);
  return () => bus.off('hall', fn);
}
