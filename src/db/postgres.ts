import pg from 'pg';
import os from 'node:os';
import { PG_DEADLOCK, PG_SERIALIZATION_FAILURE, pgErrorCode, sendCommitWrites, type CommitWrite, type Db, type Queryable } from './database.js';

const MAX_ATTEMPTS = 8;
import { OID, parseDate, parseInt8, parseNumeric } from './types.js';
import { counted } from './count.js';

pg.types.setTypeParser(OID.INT8, parseInt8);
pg.types.setTypeParser(OID.NUMERIC, parseNumeric);
pg.types.setTypeParser(OID.DATE, parseDate);

export interface ServerOptions {
  url: string;
  /** Default: four connections per core, the measured sweet spot (DESIGN.md). */
  poolSize?: number;
  /** false: do not check the URL at once (a replica may be down when the server starts). Default: check. */
  connect?: boolean;
  /** Give up opening a connection after this long (default: wait as long as the operating system does). */
  connectTimeoutMs?: number;
}

export async function openServer(opts: ServerOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? Math.max(4, os.availableParallelism() * 4),
    connectionTimeoutMillis: opts.connectTimeoutMs,
  });
  // An idle connection that the server closes (restart, failover, a dropped test database) must not crash
  // the process: the pool discards it and the next query opens a new one.
  pool.on('error', () => undefined);
  // Fail fast on a wrong URL rather than at the first request.
  if (opts.connect !== false) (await pool.connect()).release();
  return new ServerDb(pool);
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(text: string, params?: readonly unknown[], opts?: { name?: string }): Promise<R[]> {
      counted(text);
      const res = await client.query({ text, values: params as unknown[] | undefined, name: opts?.name });
      return res.rows as R[];
    },
    async exec(text: string): Promise<void> {
      counted(text, true);
      await client.query(text);
    },
  };
}

class ServerDb implements Db {
  readonly engine = 'postgres' as const;
  readonly database: object = this;
  private readonly q: Queryable;
  constructor(private readonly pool: pg.Pool) {
    this.q = queryable(pool);
  }

  query<R>(text: string, params?: readonly unknown[], opts?: { name?: string }): Promise<R[]> {
    return this.q.query<R>(text, params, opts);
  }

  exec(text: string): Promise<void> {
    return this.q.exec(text);
  }

  /**
   * Runs `fn` in a transaction. A deadlock or serialization failure is the server's choice of a victim, not the
   * caller's mistake: the transaction is rolled back and run again (a few times, with jitter) before giving up.
   */
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (e) {
        const code = pgErrorCode(e);
        if ((code !== PG_DEADLOCK && code !== PG_SERIALIZATION_FAILURE) || attempt >= MAX_ATTEMPTS) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 25 * 2 ** attempt));
      }
    }
  }

  private async once<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      counted('BEGIN');
      await client.query('BEGIN');
      try {
        const hooks: Array<() => Promise<void>> = [];
        const after: Array<() => void> = [];
        const writes: CommitWrite[] = [];
        const tx: Queryable = { ...queryable(client), database: this, beforeCommit: (h) => hooks.push(h), afterCommit: (h) => after.push(h), commitWrite: (w) => writes.push(w) };
        const result = await fn(tx);
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        await sendCommitWrites(tx, writes);
        counted('COMMIT');
        await client.query('COMMIT');
        for (const h of after) h();
        return result;
      } catch (e) {
        counted('ROLLBACK');
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } finally {
      client.release();
    }
  }

  async copyOut(select: string, into?: Buffer): Promise<Buffer> {
    const client = await this.pool.connect();
    try {
      counted(select);
      return await new Promise<Buffer>((resolve, reject) => {
        client.query(new CopyOut(`COPY (${select}) TO STDOUT (FORMAT binary)`, (e, b) => (e ? reject(e) : resolve(b!)), into));
      });
    } finally {
      client.release();
    }
  }

  async notify(channel: string, payload: string): Promise<void> {
    counted('SELECT pg_notify($1, $2)');
    await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
    this.listener ??= new Listener(this.pool.options.connectionString!);
    return this.listener.add(channel, fn);
  }

  private listener: Listener | undefined;

  async close(): Promise<void> {
    await this.listener?.close();
    await this.pool.end();
  }
}

/**
 * One connection of its own that LISTENs on behalf of the whole process (a pooled connection would be handed to
 * other work). When the server drops it, it connects again and listens again; news sent in between is missed,
 * which its users accept: they re-read the state on the next piece of news.
 */
class Listener {
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private client: Promise<pg.Client> | undefined;
  private closed = false;
  constructor(private readonly url: string) {}

  async add(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await (await this.connected()).query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(fn);
    return async () => {
      set.delete(fn);
    };
  }

  private connected(): Promise<pg.Client> {
    this.client ??= (async () => {
      const c = new pg.Client({ connectionString: this.url });
      c.on('notification', (n) => {
        for (const fn of this.handlers.get(n.channel) ?? []) fn(n.payload ?? '');
      });
      c.on('error', () => this.reconnect(c));
      c.on('end', () => this.reconnect(c));
      await c.connect();
      for (const channel of this.handlers.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return c;
    })().catch((e: unknown) => {
      this.client = undefined;
      throw e;
    });
    return this.client;
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed) return;
    void this.client?.then((c) => {
      if (c !== dead) return;
      this.client = undefined;
      setTimeout(() => void this.connected().catch(() => this.retryLater()), 1000).unref();
    });
  }

  private retryLater(): void {
    this.client = undefined;
    if (!this.closed) setTimeout(() => void this.connected().catch(() => this.retryLater()), 5000).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const c = await this.client?.catch(() => undefined);
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}

/**
 * `COPY ... TO STDOUT` as a pg submittable: the server sends one CopyData message per row, whose bytes are appended
 * to one growing buffer (no object per row is kept; the parser's views of its socket buffer are copied at once).
 */
class CopyOut implements pg.Submittable {
  private buf: Buffer;
  private length = 0;
  private error: unknown = null;
  private settled = false;
  constructor(
    private readonly text: string,
    private readonly done: (e: unknown, b?: Buffer) => void,
    into?: Buffer,
  ) {
    this.buf = into ?? Buffer.allocUnsafe(1 << 20);
  }

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleCopyData(msg: { chunk: Buffer }): void {
    const c = msg.chunk;
    if (this.length + c.length > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + c.length));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    c.copy(this.buf, this.length);
    this.length += c.length;
  }

  handleError(e: unknown): void {
    this.error ??= e;
    // A broken connection sends no ReadyForQuery: settle now.
    this.settle();
  }

  handleReadyForQuery(): void {
    this.settle();
  }

  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.error) this.done(this.error);
    else this.done(null, this.buf.subarray(0, this.length));
  }

  handleCopyInResponse(connection: { sendCopyFail(msg: string): void }): void {
    connection.sendCopyFail('not a COPY FROM');
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}
