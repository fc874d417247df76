import type { Queryable } from '../db/index.js';

export interface OutboxJob {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
}

export interface EnqueueOptions {
  /** At most one job per key, ever: a second enqueue with the same key is a no-op. */
  dedupeKey?: string;
  availableAt?: Date;
}

export async function enqueue(tx: Queryable, topic: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<void> {
  // Without availableAt a job is due at once, whatever the worker's clock says: a test or a simulation whose
  // clock runs behind the database's would otherwise never see it.
  await tx.query(
    // A job with no start time is due at once whatever the worker's clock says: the database's now() and an
    // injected clock (tests, simulations) need not agree, and such a job must not wait for them to.
    `INSERT INTO outbox (topic, payload, dedupe_key, available_at)
     VALUES ($1, $2, $3, COALESCE($4, '-infinity'::timestamptz))
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [topic, JSON.stringify(payload), opts.dedupeKey ?? null, opts.availableAt ?? null],
    { name: 'outbox_enqueue' },
  );
}

/** Locks a batch of due jobs for this transaction; other workers skip them. */
export async function lockDue(tx: Queryable, now: Date, limit: number): Promise<OutboxJob[]> {
  return tx.query<OutboxJob>(
    `SELECT id, topic, payload, attempts, created_at FROM outbox
     WHERE done_at IS NULL AND available_at <= $1
     ORDER BY available_at, id LIMIT $2
     FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
}

/**
 * Marks a batch of jobs done in one statement and answers whether other jobs are due by `now` (jobs the batch itself
 * enqueued included: they are visible to this transaction), so a worker knows without another round trip whether to
 * take the next batch at once.
 */
export async function markDone(tx: Queryable, ids: readonly number[], now: Date): Promise<{ more: boolean }> {
  const rows = await tx.query<{ more: boolean }>(
    `WITH done AS (UPDATE outbox SET done_at = $2, attempts = attempts + 1 WHERE id = ANY($1::bigint[]) RETURNING id)
     SELECT EXISTS (SELECT 1 FROM outbox WHERE done_at IS NULL AND available_at <= $2 AND NOT (id = ANY($1::bigint[]))) AS more,
            (SELECT count(*) FROM done) AS n`,
    [ids, now],
    { name: 'outbox_mark_done' },
  );
  return { more: rows[0]!.more };
}

export async function markFailed(tx: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await tx.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2, available_at = $3 WHERE id = $1', [id, error.slice(0, 2000), retryAt]);
}

export async function pendingCount(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE done_at IS NULL');
  return rows[0]!.n;
}
