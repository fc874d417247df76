import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { sessionCacheOf, type SessionRow } from './session-cache.js';
import { sessionByHash, tokenHash } from './store.js';

/**
 * The actor behind a live session token: from this process's session cache when it holds the token (no round trip),
 * otherwise from the database in one statement (and then cached). See session-cache.ts for when an entry is dropped.
 */
export async function actorBySession(db: Db, token: string, now: Date): Promise<Actor | undefined> {
  const hash = tokenHash(token);
  const cache = sessionCacheOf(db);
  const hit = cache.get(hash, now);
  if (hit) return hit;
  cache.listenOn(db);
  const mark = cache.mark();
  const row = await sessionByHash(db, hash, now);
  if (!row) return undefined;
  cache.keep(hash, row, mark, now);
  return row.actor;
}

/** Before reading an account to open a session for it: the mark to give `rememberSession`. */
export function beginSessionRead(db: Db): number {
  const cache = sessionCacheOf(db);
  cache.listenOn(db);
  return cache.mark();
}

/**
 * A session just opened, with the account row read since `mark`: cached, so that its first request needs no lookup
 * (unless the account changed since `mark`, in which case the first request reads it).
 */
export function rememberSession(db: Db, token: string, row: SessionRow, mark: number, now: Date): void {
  sessionCacheOf(db).keep(tokenHash(token), row, mark, now);
}
