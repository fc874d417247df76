/**
 * One database interface over two engines: embedded PGlite (default) and a PostgreSQL server.
 * Stores write plain SQL with $n parameters; the same text runs on both.
 */
export interface Queryable {
  /** One statement with parameters. `name` makes it a named prepared statement on a server (hot paths). */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], opts?: { name?: string }): Promise<R[]>;
  /** Several statements, no parameters (migrations, DDL). */
  exec(text: string): Promise<void>;
}

export type Engine = 'embedded' | 'postgres';

export interface Db extends Queryable {
  readonly engine: Engine;
  /** Runs `fn` in one transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
