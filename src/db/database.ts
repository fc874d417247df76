/**
 * One database interface over two engines: embedded PGlite (default) and a PostgreSQL server.
 * Stores write plain SQL with $n parameters; the same text runs on both.
 */
export interface Queryable {
  /** One statement with parameters. `name` makes it a named prepared statement on a server (hot paths). */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], opts?: { name?: string }): Promise<R[]>;
  /** Several statements, no parameters (migrations, DDL). */
  exec(text: string): Promise<void>;
  /** Inside a transaction: runs `fn` just before COMMIT, after everything else. Absent outside transactions. */
  beforeCommit?(fn: () => Promise<void>): void;
  /** Inside a transaction: runs `fn` once COMMIT has succeeded (never after a rollback). Absent outside transactions. */
  afterCommit?(fn: () => void): void;
  /** The database read through this: the same object for a Db and every transaction on it (see `perDatabase`). */
  readonly database?: object;
}

export type Engine = 'embedded' | 'postgres';

export interface Db extends Queryable {
  readonly engine: Engine;
  /** Runs `fn` in one transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The raw output of `COPY (select) TO STDOUT (FORMAT binary)`: the rows of `select` in PostgreSQL's binary copy
   * format (header, length-prefixed fields, trailer), as one buffer. For bulk reads whose rows are not worth an object
   * each (audit verification). `select` takes no parameters: literals must be quoted with `sqlLiteral`. The output is
   * written into `into` when it fits (the answer is then a view of it), so that a caller reading many pages can reuse
   * one piece of memory instead of allocating each page anew.
   */
  copyOut(select: string, into?: Buffer): Promise<Buffer>;
  /**
   * Publishes `payload` (at most a few kilobytes) on `channel` to every process that listens on this database: NOTIFY
   * on a server, so that several server processes behind one address all hear it; in-process for the embedded engine,
   * which has one process by construction. Call it after the transaction that made the news has committed.
   */
  notify(channel: string, payload: string): Promise<void>;
  /** Calls `fn` with every payload published on `channel`, until the returned function is called. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A string as an SQL literal (standard_conforming_strings on, as on both engines). */
export const sqlLiteral = (s: string): string => {
  if (s.includes('\0')) throw new Error('NUL in SQL literal');
  return `'${s.replaceAll("'", "''")}'`;
};

/**
 * A cache of database content, one per database: a Db and its transactions share one, two databases open in the
 * same process (a test run, a tool comparing two) never see each other's entries.
 */
export function perDatabase<V>(make: () => V): (q: Queryable) => V {
  const all = new WeakMap<object, V>();
  return (q) => {
    const key = q.database ?? q;
    let v = all.get(key);
    if (v === undefined) all.set(key, (v = make()));
    return v;
  };
}

/** The first row, or undefined. */
export async function maybeOne<R>(q: Queryable, text: string, params?: readonly unknown[], opts?: { name?: string }): Promise<R | undefined> {
  const rows = await q.query<R>(text, params, opts);
  return rows[0];
}

/** PostgreSQL error code of a failed statement (e.g. 23505 unique violation), if any. */
export function pgErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK = '40P01';

const deferred = new WeakMap<Queryable, Array<{ key: string; fn: () => Promise<void> }>>();

/**
 * Updates of hot shared rows (counters, rollups) run at commit time, sorted by `key` across the whole transaction:
 * every transaction then takes those row locks last and in one global order, so they never deadlock with each
 * other or with the rows a use case locks first (an application, a case), and they are held for the shortest time.
 * Outside a transaction `fn` runs at once.
 */
export async function updateHotRowAtCommit(q: Queryable, key: string, fn: () => Promise<void>): Promise<void> {
  if (!q.beforeCommit) return fn();
  let list = deferred.get(q);
  if (!list) {
    const ops: Array<{ key: string; fn: () => Promise<void> }> = [];
    deferred.set(q, ops);
    list = ops;
    q.beforeCommit(async () => {
      deferred.delete(q);
      ops.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const op of ops) await op.fn();
    });
  }
  list.push({ key, fn });
}
