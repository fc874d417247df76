import { sendCommitWrites, type CommitWrite, type Queryable } from '../db/index.js';

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

/** Jobs a transaction has enqueued, written together just before it commits (one statement however many). */
const queued = new WeakMap<Queryable, QueuedJob[]>();

/**
 * Enqueues a job with the caller's transaction: it exists if and only if the transaction commits. Inside a transaction
 * the job is written just before COMMIT, together with the transaction's other jobs, in one statement.
 */
export async function enqueue(tx: Queryable, topic: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<void> {
  const job = { topic, payload: JSON.stringify(payload), dedupeKey: opts.dedupeKey ?? null, availableAt: opts.availableAt ?? null };
  if (!tx.beforeCommit) return insertJobs(tx, [job]);
  let list = queued.get(tx);
  if (!list) {
    const mine: Array<typeof job> = [];
    queued.set(tx, (list = mine));
    tx.beforeCommit(async () => {
      queued.delete(tx);
      if (mine.length === 0) return;
      if (tx.commitWrite) tx.commitWrite({ key: 'outbox', ...jobsInsert(mine) });
      else await insertJobs(tx, mine);
    });
  }
  list.push(job);
  const due = firstDue.get(tx);
  if (due === undefined || (due !== null && (job.availableAt === null || job.availableAt < due))) firstDue.set(tx, job.availableAt);
}

/** When the first of the jobs a transaction enqueued is due (null: at once); absent when it enqueued none. */
const firstDue = new WeakMap<Queryable, Date | null>();

type QueuedJob = { topic: string; payload: string; dedupeKey: string | null; availableAt: Date | null };

function jobsInsert(jobs: readonly QueuedJob[]): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO outbox (topic, payload, dedupe_key, available_at)
     SELECT topic, payload::jsonb, dedupe_key, COALESCE(available_at, '-infinity'::timestamptz)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS j(topic, payload, dedupe_key, available_at)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    params: [jobs.map((j) => j.topic), jobs.map((j) => j.payload), jobs.map((j) => j.dedupeKey), jobs.map((j) => j.availableAt?.toISOString() ?? null)],
  };
}

async function insertJobs(tx: Queryable, jobs: readonly QueuedJob[]): Promise<void> {
  // A job with no start time is due at once whatever the worker's clock says: the database's now() and an
  // injected clock (tests, simulations) need not agree, and such a job must not wait for them to.
  if (jobs.length === 1) {
    const j = jobs[0]!;
    await tx.query(
      `INSERT INTO outbox (topic, payload, dedupe_key, available_at)
       VALUES ($1, $2, $3, COALESCE($4, '-infinity'::timestamptz))
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [j.topic, j.payload, j.dedupeKey, j.availableAt],
      { name: 'outbox_enqueue' },
    );
    return;
  }
  const { sql, params } = jobsInsert(jobs);
  await tx.query(sql, params, { name: 'outbox_enqueue_many' });
}

/** Whether any job is due by `now` (a look before taking a batch: no transaction for an idle outbox). */
export async function anyDue(q: Queryable, now: Date): Promise<boolean> {
  const rows = await q.query<{ due: boolean }>('SELECT EXISTS (SELECT 1 FROM outbox WHERE done_at IS NULL AND available_at <= $1) AS due', [now], { name: 'outbox_any_due' });
  return rows[0]!.due;
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
 * Marks a batch of jobs done, with what the batch leaves for the commit (`writes`: its jobs' audit entries, messages,
 * new jobs), in one statement, and answers whether other jobs are due by `now`, the batch's own new jobs included, so
 * that a worker knows without another round trip whether to take the next batch at once. `batchTx`: the transaction
 * the batch's jobs enqueued through.
 */
export async function markBatchDone(tx: Queryable, batchTx: Queryable, ids: readonly number[], now: Date, writes: readonly CommitWrite[]): Promise<{ more: boolean }> {
  const due = firstDue.get(batchTx);
  // the statement's reads see the outbox as it was before it: the batch's own new jobs are counted from memory
  if (due !== undefined && (due === null || due <= now)) {
    await sendCommitWrites(tx, [...writes, doneWrite(ids, now)]);
    return { more: true };
  }
  const more = await sendCommitWrites(tx, [...writes, doneWrite(ids, now)], {
    sql: 'SELECT EXISTS (SELECT 1 FROM outbox WHERE done_at IS NULL AND available_at <= $1 AND NOT (id = ANY($2::bigint[])))',
    params: [now, ids],
  });
  return { more: more === true };
}

const doneWrite = (ids: readonly number[], now: Date): CommitWrite => ({
  key: 'outbox|done',
  sql: 'UPDATE outbox SET done_at = $2, attempts = attempts + 1 WHERE id = ANY($1::bigint[])',
  params: [ids, now],
});

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
