import { createHash } from 'node:crypto';

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
  /**
   * Inside a transaction: `w` is sent just before COMMIT, once the `beforeCommit` hooks have run, together with every
   * other such write of the transaction in one statement (see `commitStatement`). Absent outside transactions.
   */
  commitWrite?(w: CommitWrite): void;
  /** The database read through this: the same object for a Db and every transaction on it (see `perDatabase`). */
  readonly database?: object;
}

/**
 * A write that goes with a transaction's commit (audit entries, outbox jobs, messages, counters): one INSERT, UPDATE or
 * DELETE with its own parameters $1…$n, or with `call` a `SELECT f(…)` of a function that writes. Writes of one
 * transaction must not change the same row twice (one statement cannot): a store adds up its changes per row first.
 */
export interface CommitWrite {
  /** Writes are sent in key order, the same in every transaction (hot shared rows are locked in one global order). */
  key: string;
  sql: string;
  params: readonly unknown[];
  call?: boolean;
  /** The error to raise instead of a database error this write caused (a lost race on a unique key as a CONFLICT). */
  failure?: (e: unknown) => unknown;
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

/**
 * Values read from the database that rarely change and that many transactions read (the calendar's latest revision,
 * the yellow rule, an authority's active signing key), kept per database, one per key, so that a transaction uses
 * them without a round trip. A transaction that uses a kept value checks it in its commit statement (`current`: a
 * boolean SQL expression of the value, with its parameters); if another process changed it meanwhile, the commit
 * fails as a serialization failure, the kept value is forgotten, and the transaction runs again on the value read
 * afresh. Writes of a value go through `writing`, which forgets it in this process at once and at the writer's
 * commit; the writer's own transaction reads past the kept value. Outside a transaction the value is always read.
 */
export function keptReferences<V>(name: string, read: (q: Queryable, key: string) => Promise<V>, current: (v: V, key: string) => { sql: string; params: readonly unknown[] }) {
  const kept = perDatabase(() => new Map<string, V>());
  const inTransaction = new WeakMap<Queryable, Map<string, V>>();
  // per transaction: the kept values it used (checked at its commit) and the keys it wrote (no longer checked)
  const used = new WeakMap<Queryable, { values: Map<string, V>; written: Set<string> }>();
  const writers = new WeakSet<Queryable>();
  const check = (q: Queryable, key: string, value: V): void => {
    let mine = used.get(q);
    if (!mine) {
      const list = { values: new Map<string, V>(), written: new Set<string>() };
      used.set(q, (mine = list));
      q.beforeCommit!(async () => {
        const all = kept(q);
        for (const [k, v] of list.values) {
          if (list.written.has(k) || list.written.has('')) continue;
          const c = current(v, k);
          q.commitWrite!({
            key: `check|${name}|${k}`,
            call: true,
            sql: `SELECT expect_current((${shiftParameters(c.sql, 1)}), $1)`,
            params: [name, ...c.params],
            failure: (e) => {
              if (pgErrorCode(e) === PG_SERIALIZATION_FAILURE) all.delete(k);
              return undefined;
            },
          });
        }
      });
    }
    mine.values.set(key, value);
  };
  return {
    async get(q: Queryable, key = ''): Promise<V> {
      if (!q.beforeCommit) return read(q, key);
      const mine = inTransaction.get(q);
      if (mine?.has(key)) return mine.get(key) as V;
      const all = kept(q);
      let value: V;
      if (all.has(key) && q.commitWrite && !writers.has(q)) {
        value = all.get(key) as V;
        check(q, key, value);
      } else {
        value = await read(q, key);
        if (!writers.has(q)) {
          if (all.size >= 10_000) all.clear();
          all.set(key, value);
        }
      }
      if (mine) mine.set(key, value);
      else inTransaction.set(q, new Map([[key, value]]));
      return value;
    },
    /** Called by every writer of a value (of every value, without a key), before it writes. */
    writing(q: Queryable, key?: string): void {
      const all = kept(q);
      if (key === undefined) {
        inTransaction.delete(q);
        all.clear();
      } else {
        inTransaction.get(q)?.delete(key);
        all.delete(key);
      }
      // what the transaction writes is not checked against what it read before
      used.get(q)?.written.add(key ?? '');
      // a read that raced the write may have kept the old value: all are forgotten once the write has committed
      if (q.beforeCommit && !writers.has(q)) {
        writers.add(q);
        q.afterCommit?.(() => all.clear());
      }
    },
  };
}

/**
 * A row as `row_to_json`/`json_build_object` gives it inside a larger query, with its timestamps (the columns named
 * `…_at`, timestamptz throughout the schema) as a query of the table gives them: Dates.
 */
export function rowFromJson<R>(j: Record<string, unknown>): R {
  const row: Record<string, unknown> = { ...j };
  for (const k of Object.keys(row)) if (k.endsWith('_at') && typeof row[k] === 'string') row[k] = new Date(row[k] as string);
  return row as R;
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

/**
 * Changes a transaction has made and not written yet (write-behind), by key, per transaction object: `of(q)` is the
 * transaction's list, created with the `beforeCommit` hook that hands its writes (`toWrites`) to the commit statement;
 * `flush(q)` sends them at once, for a statement of the same transaction that must see them (the list stays, empty, for
 * what comes after). A store keeps changes here only inside a transaction (`q.beforeCommit` and `q.commitWrite` set).
 */
export function writesHeldUntilCommit<V>(toWrites: (held: readonly V[]) => CommitWrite[]) {
  const byTx = new WeakMap<Queryable, Map<string, V>>();
  return {
    /** The transaction's held changes, if it has any list yet. */
    peek: (q: Queryable): Map<string, V> | undefined => byTx.get(q),
    of(q: Queryable): Map<string, V> {
      let held = byTx.get(q);
      if (held) return held;
      const mine = new Map<string, V>();
      byTx.set(q, (held = mine));
      q.beforeCommit!(async () => {
        if (byTx.get(q) !== mine) return;
        byTx.delete(q);
        for (const w of toWrites([...mine.values()])) q.commitWrite!(w);
      });
      return held;
    },
    async flush(q: Queryable): Promise<void> {
      const held = byTx.get(q);
      if (!held?.size) return;
      const writes = toWrites([...held.values()]);
      held.clear();
      await sendCommitWrites(q, writes);
    },
  };
}

/** `sql` with its parameters $1…$n renumbered from $by+1 (to be sent with others in one statement). */
export function shiftParameters(sql: string, by: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
}

/**
 * A transaction's commit writes as one statement: each data-modifying write a CTE of its own (PostgreSQL runs every
 * one to completion), each `call` read from the final SELECT so that it runs too. Writes in key order, their
 * parameters renumbered one after another. The hot shared rows (counters, rollups) are so locked last in the
 * transaction, each store's rows in its own sorted order; PostgreSQL runs the calls with the final SELECT and the
 * other CTEs after it, though it does not promise an order between CTEs: should two transactions still take two hot
 * rows in opposite orders, the deadlock is retried like any other (the server's transaction loop). The statement is
 * named by its text, so that a server prepares each shape once per connection.
 */
export function commitStatement(writes: readonly CommitWrite[], answer?: Answer): { text: string; params: unknown[]; name: string } {
  const sorted = [...writes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const params: unknown[] = [];
  const ctes: string[] = [];
  const calls: string[] = [];
  sorted.forEach((w, i) => {
    const base = params.length;
    ctes.push(`w${i} AS (${shiftParameters(w.sql, base)})`);
    params.push(...w.params);
    if (w.call) calls.push(`(SELECT count(*) FROM w${i})`);
  });
  let answered = '';
  if (answer) {
    const base = params.length;
    answered = `, (${shiftParameters(answer.sql, base)}) AS answer`;
    params.push(...answer.params);
  }
  const text = `WITH ${ctes.join(',\n')}\nSELECT ${calls.length ? calls.join(' + ') : '0'} AS n${answered}`;
  return { text, params, name: statementName(text) };
}

const names = new Map<string, string>();
/** A prepared statement's name for a text built at run time (the same text, the same name, in every process). */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 1000) names.clear();
    names.set(text, (name = `commit_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  }
  return name;
}

/** A scalar subquery read in the same statement as the commit writes (it sees the database as before them). */
export interface Answer {
  sql: string;
  params: readonly unknown[];
}

/**
 * Sends a transaction's commit writes (engines call this after the `beforeCommit` hooks; the outbox worker for each
 * job it runs in a savepoint), and answers `answer`'s value. One write goes as it is; several as one statement.
 */
export async function sendCommitWrites(q: Queryable, writes: readonly CommitWrite[], answer?: Answer): Promise<unknown> {
  if (writes.length === 0 && !answer) return undefined;
  try {
    if (writes.length === 1 && !writes[0]!.call && !answer) {
      await q.query(writes[0]!.sql, writes[0]!.params, { name: statementName(writes[0]!.sql) });
      return undefined;
    }
    if (writes.length === 0) {
      const text = `SELECT (${answer!.sql}) AS answer`;
      return (await q.query<{ answer: unknown }>(text, answer!.params, { name: statementName(text) }))[0]?.answer;
    }
    const s = commitStatement(writes, answer);
    return (await q.query<{ answer: unknown }>(s.text, s.params, { name: s.name }))[0]?.answer;
  } catch (e) {
    for (const w of writes) {
      const mapped = w.failure?.(e);
      if (mapped !== undefined && mapped !== e) throw mapped;
    }
    throw e;
  }
}
