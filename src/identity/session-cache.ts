import { performance } from 'node:perf_hooks';
import { perDatabase, type Db, type Queryable } from '../db/index.js';
import type { Actor } from './actor.js';

/**
 * Sessions checked without a round trip. Every signed-in request used to read its session and account from the
 * database; now a process keeps the actor it last read for a session token (by the token's hash) and believes it
 * until one of these, whichever comes first:
 *
 * - this process changes the account or its sessions (signing out, disabling, a role, department, region or name,
 *   a password, a verified identity): the store drops the account's entries as it writes and again once the
 *   transaction has committed, and a read that was under way meanwhile is not kept (`generation`);
 * - the database announces a change on `identity_sessions` (migration 0430: a trigger on `users` and `sessions`,
 *   whoever wrote, another server process or an operator's plain SQL): every listening process drops the account's
 *   entries as soon as the notification arrives, milliseconds after the commit;
 * - the session expires, or SESSION_CACHE_MS pass since the row was read (both by the platform's clock; a clock set
 *   back ends belief too): the bound on a change whose notification was lost (the listening connection dropped and
 *   was connected again).
 *
 * A process caches nothing until it listens: if LISTEN fails, every request reads the database as before. An entry
 * holds what the database row said when it was read, nothing derived or merged; an unknown or tampered token is
 * never cached and is looked up each time (and is refused: no row).
 */
export const SESSION_NEWS_CHANNEL = 'identity_sessions';
/** How long a cached session is believed without news from the database: the bound on a missed notification. */
export const SESSION_CACHE_MS = 15_000;
const MAX_ENTRIES = 50_000;
const RETRY_LISTEN_MS = 5_000;

interface Entry {
  userId: string;
  actor: Actor;
  /** the session's own end, by the platform's clock (ms) */
  expiresAt: number;
  /** when it was read, by the platform's clock (ms): believed from then for SESSION_CACHE_MS, never before */
  readAt: number;
}

/** What a lookup in the database found for a token. */
export interface SessionRow {
  actor: Actor;
  expiresAt: Date;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  /** Moves on at every change heard: a read that began before it is not kept. */
  private generation = 0;
  private listening: 'no' | 'starting' | 'yes' = 'no';
  private retryAt = 0;

  constructor(private readonly monotonic: () => number = () => performance.now()) {}

  /** The cached actor of a token hash, if still believed at `now`. */
  get(hash: string, now: Date): Actor | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    const t = now.getTime();
    if (e.expiresAt <= t || t < e.readAt || t >= e.readAt + SESSION_CACHE_MS) {
      this.drop(hash, e.userId);
      return undefined;
    }
    return e.actor;
  }

  /** Where a database read starts: pass it to `keep`. */
  mark(): number {
    return this.generation;
  }

  /** Keeps what the database said, unless caching is off or something changed since `mark`. */
  keep(hash: string, row: SessionRow, mark: number, now: Date): void {
    if (this.listening !== 'yes' || mark !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // the oldest entry goes (insertion order); it is read again when next needed
      const [oldest, e] = this.entries.entries().next().value as [string, Entry];
      this.drop(oldest, e.userId);
    }
    // shared by every request of the session until dropped: nobody may change it in place
    Object.freeze(row.actor.roles);
    Object.freeze(row.actor);
    this.entries.set(hash, { userId: row.actor.userId, actor: row.actor, expiresAt: row.expiresAt.getTime(), readAt: now.getTime() });
    let set = this.byUser.get(row.actor.userId);
    if (!set) this.byUser.set(row.actor.userId, (set = new Set()));
    set.add(hash);
  }

  /** Forgets every session of an account (it changed, or its sessions ended). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const hash of this.byUser.get(userId) ?? []) this.entries.delete(hash);
    this.byUser.delete(userId);
  }

  /** Forgets one session (signed out). */
  forgetToken(hash: string): void {
    this.generation++;
    const e = this.entries.get(hash);
    if (e) this.drop(hash, e.userId);
  }

  /** Forgets everything (the news may have been missed). */
  forgetAll(): void {
    this.generation++;
    this.entries.clear();
    this.byUser.clear();
  }

  /** Whether it hears the database's news (and so keeps entries). */
  get listens(): boolean {
    return this.listening === 'yes';
  }

  get size(): number {
    return this.entries.size;
  }

  /** Starts listening for the database's news once; entries are kept only once it listens. */
  listenOn(db: Db): void {
    if (this.listening !== 'no' || this.monotonic() < this.retryAt) return;
    this.listening = 'starting';
    db.listen(SESSION_NEWS_CHANNEL, (userId) => this.forgetUser(userId)).then(
      () => {
        this.forgetAll();
        this.listening = 'yes';
      },
      () => {
        this.listening = 'no';
        this.retryAt = this.monotonic() + RETRY_LISTEN_MS;
      },
    );
  }

  private drop(hash: string, userId: string): void {
    this.entries.delete(hash);
    const set = this.byUser.get(userId);
    set?.delete(hash);
    if (set?.size === 0) this.byUser.delete(userId);
  }
}

/** The session cache of a database (one per database, shared by its transactions). */
export const sessionCacheOf = perDatabase(() => new SessionCache());

/**
 * After a write that changes an account or ends its sessions: the account's cached sessions are forgotten now and,
 * inside a transaction, again once it has committed (a read made between the write and the commit saw the old row).
 */
export function forgetSessionsOf(q: Queryable, userIds: string | readonly string[]): void {
  const cache = sessionCacheOf(q);
  const ids = typeof userIds === 'string' ? [userIds] : userIds;
  for (const id of ids) cache.forgetUser(id);
  q.afterCommit?.(() => {
    for (const id of ids) cache.forgetUser(id);
  });
}

/** After a write that ended one session (by its token's hash). */
export function forgetSession(q: Queryable, hash: string): void {
  const cache = sessionCacheOf(q);
  cache.forgetToken(hash);
  q.afterCommit?.(() => cache.forgetToken(hash));
}
