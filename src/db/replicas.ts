import { pgErrorCode, PG_SERIALIZATION_FAILURE, type Db, type Queryable } from './database.js';
import { openServer } from './postgres.js';

/**
 * Where reads that may be served a moment behind go: lists, dashboards, public pages, licence verification. A store's
 * read function takes a Queryable as ever; the route chooses, explicitly, to pass `await reads.for(reader)` instead of
 * the primary. Writes, and reads that decide a write, keep using the primary.
 */
export interface Reads {
  /**
   * A replica that has replayed `reader`'s last write and lags no more than the bound, else the primary.
   * `reader`: who is reading (an account), null for an anonymous visitor, who has written nothing to wait for.
   */
  for(reader: string | null | undefined): Promise<Queryable>;
  /** Notes that `reader` has just written: its next reads wait for a replica to replay the primary's WAL this far. */
  wrote(reader: string): Promise<void>;
  /** Each replica as last seen (for the health check and the logs): never its address's credentials. */
  status(): ReplicaStatus[];
  close(): Promise<void>;
}

export interface ReplicaStatus {
  name: string;
  state: 'unknown' | 'ok' | 'down' | 'lagging' | 'not-a-standby';
  /** Seconds behind the primary when last checked (0: caught up). */
  lagSeconds: number | null;
}

export interface ReplicaOptions {
  /** A replica further behind than this is skipped. */
  maxLagMs: number;
  /** How long a read of a session that just wrote waits for a replica to replay that write before going to the primary. */
  waitMs: number;
  /** How often a replica's position and the primary's are compared (0: before every read, for tests). */
  checkEveryMs?: number;
  poolSize?: number;
  log: ReplicaLog;
}

export interface ReplicaLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

/** Reads that all go to the primary: the embedded engine, or a server without replicas. */
export const primaryReads = (db: Queryable): Reads => ({
  for: async () => db,
  wrote: async () => undefined,
  status: () => [],
  close: async () => undefined,
});

/** An LSN ('16/B374D848') as a number of bytes (exact below 2^53, i.e. 8 PiB of WAL). */
export function lsnBytes(lsn: string): number {
  const [hi, lo] = lsn.split('/') as [string, string];
  return parseInt(hi, 16) * 2 ** 32 + parseInt(lo, 16);
}

/** The end of the last record before an insert position: without the header of a page (24 bytes) or segment (40) it stands on. */
export function recordEnd(insert: number, page: number, segment: number): number {
  if (insert % segment === 40) return insert - 40;
  if (insert % page === 24) return insert - 24;
  return insert;
}

/** host:port/database of a URL, for logs (no user, no password). */
export function replicaName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/** A failure of the connection or of the server's state rather than of the statement: the read is worth retrying on the primary. */
function replicaTrouble(e: unknown): boolean {
  const code = pgErrorCode(e);
  // 08: connection exception; 57P: shut down, cannot connect now; 40001 on a standby: cancelled by a conflict with recovery
  return code === undefined || /^(08|57P|E[A-Z]+$)/.test(code) || code === PG_SERIALIZATION_FAILURE;
}

const RETAIN_WRITES_MS = 10 * 60_000;
const MAX_SAMPLES = 256;

class Replica {
  readonly name: string;
  readonly database: object = {};
  state: ReplicaStatus['state'] = 'unknown';
  /** the standby's replay position when last seen */
  replayed = 0;
  lagMs: number | null = null;
  private checkedAt = -Infinity;
  private checking: Promise<void> | undefined;
  constructor(
    readonly db: Db,
    url: string,
  ) {
    this.name = replicaName(url);
  }

  due(everyMs: number): boolean {
    return performance.now() - this.checkedAt >= everyMs;
  }

  /** One check at a time; concurrent readers share it. */
  check(run: () => Promise<void>): Promise<void> {
    this.checking ??= run().finally(() => {
      this.checkedAt = performance.now();
      this.checking = undefined;
    });
    return this.checking;
  }
}

export async function openReplicas(primary: Db, urls: readonly string[], opts: ReplicaOptions): Promise<Reads> {
  if (primary.engine !== 'postgres' || urls.length === 0) return primaryReads(primary);
  const replicas: Replica[] = [];
  for (const url of urls) replicas.push(new Replica(await openServer({ url, poolSize: opts.poolSize, connect: false, connectTimeoutMs: 2000 }), url));
  return new ReplicaReads(primary, replicas, opts);
}

class ReplicaReads implements Reads {
  /** the primary's flush position at past moments: how far behind in time a replica's replay position is */
  private readonly samples: Array<{ at: number; lsn: number }> = [];
  /** each reader's last write: the primary's WAL insert position just after it */
  private readonly writes = new Map<string, { lsn: number; at: number }>();
  private next = 0;
  private readonly checkEveryMs: number;

  constructor(
    private readonly primary: Db,
    private readonly replicas: Replica[],
    private readonly opts: ReplicaOptions,
  ) {
    this.checkEveryMs = opts.checkEveryMs ?? 1000;
  }

  async wrote(reader: string): Promise<void> {
    // unknown (the primary did not answer): the reader's reads go to the primary for a while
    const lsn = await this.insertPosition().catch(() => Infinity);
    const now = performance.now();
    if (this.writes.size > 10_000) for (const [k, w] of this.writes) if (now - w.at > RETAIN_WRITES_MS) this.writes.delete(k);
    this.writes.set(reader, { lsn, at: now });
  }

  async for(reader: string | null | undefined): Promise<Queryable> {
    await Promise.all(this.replicas.filter((r) => r.due(this.checkEveryMs)).map((r) => r.check(() => this.check(r))));
    const usable = this.replicas.filter((r) => r.state === 'ok');
    if (usable.length === 0) return this.primary;
    const start = this.next++ % usable.length;
    const order = [...usable.slice(start), ...usable.slice(0, start)];
    const w = reader ? this.writes.get(reader) : undefined;
    const need = w && performance.now() - w.at < RETAIN_WRITES_MS ? w.lsn : 0;
    const ready = order.find((r) => r.replayed >= need);
    if (ready) return this.reading(ready);
    if (need === Infinity) return this.primary;
    // the session's own write is not on any replica yet: wait briefly for the first, then read from the primary
    const r = order[0]!;
    const until = performance.now() + this.opts.waitMs;
    while (performance.now() < until) {
      await new Promise((done) => setTimeout(done, 5));
      try {
        r.replayed = Math.max(r.replayed, await this.replayPosition(r));
      } catch {
        return this.primary;
      }
      if (r.replayed >= need) return this.reading(r);
    }
    return this.primary;
  }

  private wal: Promise<{ page: number; segment: number }> | undefined;

  /**
   * Where the primary's WAL ends now, which covers every transaction committed before, whatever synchronous_commit
   * says. The insert position skips a page header when it stands at a page's start, where a replayed record ends
   * short of the header: that header is taken off, or an idle replica would never seem to have caught up.
   */
  private async insertPosition(): Promise<number> {
    this.wal ??= this.primary
      .query<{ page: number; segment: number }>(`SELECT current_setting('wal_block_size')::int8 AS page, (SELECT setting::int8 FROM pg_settings WHERE name = 'wal_segment_size') AS segment`)
      .then(([x]) => x!)
      .catch((e: unknown) => {
        this.wal = undefined;
        throw e;
      });
    const { page, segment } = await this.wal;
    const [row] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn', [], { name: 'banshi_wal_insert_lsn' });
    return recordEnd(lsnBytes(row!.lsn), page, segment);
  }

  private async replayPosition(r: Replica): Promise<number> {
    const [row] = await r.db.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn', [], { name: 'banshi_wal_replay_lsn' });
    return row?.lsn ? lsnBytes(row.lsn) : 0;
  }

  /** Compares the replica's replay position with the primary's, and logs when the replica changes state. */
  private async check(r: Replica): Promise<void> {
    const before = r.state;
    try {
      const [p] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_flush_lsn()::text AS lsn', [], { name: 'banshi_wal_flush_lsn' });
      const at = performance.now();
      const primaryLsn = lsnBytes(p!.lsn);
      const last = this.samples.at(-1);
      if (last && last.lsn === primaryLsn) last.at = at;
      else this.samples.push({ at, lsn: primaryLsn });
      while (this.samples.length > MAX_SAMPLES || (this.samples.length > 1 && at - this.samples[1]!.at > this.opts.maxLagMs + this.checkEveryMs)) this.samples.shift();
      const [s] = await r.db.query<{ standby: boolean; lsn: string | null }>('SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn', [], { name: 'banshi_replica_state' });
      if (!s!.standby) {
        r.state = 'not-a-standby';
        r.lagMs = null;
      } else {
        r.replayed = Math.max(r.replayed, s!.lsn ? lsnBytes(s!.lsn) : 0);
        // behind: as old as the latest moment the primary had written no more than the replica has replayed
        let lag = 0;
        if (r.replayed < primaryLsn) {
          const caughtUpTo = this.samples.findLast((x) => x.lsn <= r.replayed);
          lag = caughtUpTo ? at - caughtUpTo.at : Infinity;
        }
        r.lagMs = lag;
        r.state = lag === 0 || lag < this.opts.maxLagMs ? 'ok' : 'lagging';
      }
    } catch (e) {
      r.state = 'down';
      r.lagMs = null;
      if (before !== 'down') this.opts.log.warn({ replica: r.name, err: e }, 'replica unreachable: its reads go to the primary');
      return;
    }
    if (r.state === before) return;
    if (r.state === 'lagging') this.opts.log.warn({ replica: r.name, lagSeconds: seconds(r.lagMs), boundSeconds: seconds(this.opts.maxLagMs) }, 'replica lags beyond the bound: its reads go to the primary');
    else if (r.state === 'not-a-standby') this.opts.log.warn({ replica: r.name }, 'replica is not in recovery (promoted?): skipped');
    else if (before !== 'unknown') this.opts.log.info({ replica: r.name }, 'replica serves reads again');
  }

  /** The replica, falling back to the primary for a read the replica fails to answer (stopped, restarting, a recovery conflict). */
  private reading(r: Replica): Queryable {
    const fallback = async <T>(e: unknown, again: () => Promise<T>): Promise<T> => {
      if (!replicaTrouble(e)) throw e;
      if (pgErrorCode(e) !== PG_SERIALIZATION_FAILURE && r.state !== 'down') {
        r.state = 'down';
        this.opts.log.warn({ replica: r.name, err: e }, 'replica unreachable: its reads go to the primary');
      }
      return again();
    };
    return {
      database: r.database,
      query: (text, params, o) => r.db.query(text, params, o).catch((e: unknown) => fallback(e, () => this.primary.query(text, params, o))),
      exec: (text) => r.db.exec(text).catch((e: unknown) => fallback(e, () => this.primary.exec(text))),
    } as Queryable;
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => ({ name: r.name, state: r.state, lagSeconds: r.lagMs === null ? null : seconds(r.lagMs) }));
  }

  async close(): Promise<void> {
    for (const r of this.replicas) await r.db.close();
  }
}

const seconds = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? null : Math.round(ms / 100) / 10);
