import type { Clock } from '../core/index.js';
import { PG_DEADLOCK, PG_SERIALIZATION_FAILURE, pgErrorCode, sendCommitWrites, type CommitWrite, type Db, type Queryable } from '../db/index.js';
import * as store from './store.js';

/** A job handler runs inside the job's transaction: its database effects commit exactly once with the job. */
export type OutboxHandler = (tx: Queryable, payload: Record<string, unknown>, job: store.OutboxJob) => Promise<void>;

const handlers = new Map<string, OutboxHandler>();

/** Modules register their topics' handlers at import time. */
export function registerOutboxHandler(topic: string, handler: OutboxHandler): void {
  handlers.set(topic, handler);
}

const backoffMs = (attempts: number) => Math.min(60 * 60_000, 1000 * 2 ** Math.min(attempts, 12));

/**
 * Processes due jobs once. Several processes may call this at once: row locks with SKIP LOCKED
 * hand each job to exactly one of them. Returns the number of jobs handled.
 */
export async function runOutboxOnce(db: Db, clock: Clock, batch = 100): Promise<number> {
  return (await runBatch(db, clock, batch, true)).handled;
}

/** A job of a batch run together failed: the batch is run again job by job. */
class BatchFailed extends Error {}

const isRetryable = (e: unknown) => [PG_DEADLOCK, PG_SERIALIZATION_FAILURE].includes(pgErrorCode(e) ?? '');

/**
 * One batch of due jobs. First all together in one transaction: the jobs run one after another, what they leave for
 * the commit (audit entries, in-app messages, counters) is written once for the whole batch, and one statement marks
 * them all done. Should any job fail, nothing of that transaction stays, and the batch is run again job by job, each
 * job in a savepoint of its own, so that a failed job's work is rolled back alone and the others' commit (as a job's
 * handler may already run more than once — a retried transaction, a crash before the commit — running it again is
 * what the outbox promises anyway). `more`: other jobs were due when the batch ended.
 */
async function runBatch(db: Db, clock: Clock, batch: number, look: boolean): Promise<{ handled: number; more: boolean }> {
  const now = clock.now();
  // an idle outbox costs one statement, not a transaction (the worker polls twice a second); `look` is false when the
  // last batch said more was due
  if (look && !(await store.anyDue(db, now))) return { handled: 0, more: false };
  try {
    return await db.transaction(async (tx) => {
      const jobs = await store.lockDue(tx, now, batch);
      if (jobs.length === 0) return { handled: 0, more: false };
      const hooks: Array<() => Promise<void>> = [];
      const writes: CommitWrite[] = [];
      // one transaction for the jobs of the batch: caches keyed by it (the audit chains' heads, the pending entries)
      // see the jobs in order, as if each had committed before the next began
      const batchTx: Queryable = { ...tx, beforeCommit: (fn) => hooks.push(fn), commitWrite: (w) => writes.push(w) };
      try {
        for (const job of jobs) {
          const handler = handlers.get(job.topic);
          if (!handler) throw new Error(`no handler for topic ${job.topic}`);
          await handler(batchTx, job.payload, job);
        }
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        // what the jobs left for the commit is written with their done-marks: a job's write that fails fails the batch
        const { more } = await store.markBatchDone(tx, batchTx, jobs.map((j) => j.id), now, writes);
        return { handled: jobs.length, more };
      } catch (e) {
        // a deadlock or a kept value found changed: the whole batch runs again (the transaction's own loop)
        if (isRetryable(e)) throw e;
        throw new BatchFailed((e as Error).message);
      }
    });
  } catch (e) {
    if (!(e instanceof BatchFailed)) throw e;
  }
  return db.transaction(async (tx) => {
    const jobs = await store.lockDue(tx, now, batch);
    const done: number[] = [];
    for (const job of jobs) {
      const handler = handlers.get(job.topic);
      await tx.query('SAVEPOINT job');
      // each job sees a transaction of its own: what it leaves for the commit (audit entries, deferred work) is done
      // before its savepoint is released, and goes with it when the job fails and is rolled back
      const hooks: Array<() => Promise<void>> = [];
      const writes: CommitWrite[] = [];
      const jobTx: Queryable = { ...tx, beforeCommit: (fn) => hooks.push(fn), commitWrite: (w) => writes.push(w) };
      try {
        if (!handler) throw new Error(`no handler for topic ${job.topic}`);
        await handler(jobTx, job.payload, job);
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        await sendCommitWrites(tx, writes);
        await tx.query('RELEASE SAVEPOINT job');
        done.push(job.id);
      } catch (e) {
        await tx.query('ROLLBACK TO SAVEPOINT job');
        await store.markFailed(tx, job.id, (e as Error).message, new Date(now.getTime() + backoffMs(job.attempts + 1)));
      }
    }
    // failed jobs wait for their retry time; a full batch may have left others due
    const more = done.length ? (await store.markDone(tx, done, now)).more : jobs.length === batch;
    return { handled: jobs.length, more };
  });
}

/** Drains the outbox until nothing is due (tests, CLI). */
export async function drainOutbox(db: Db, clock: Clock): Promise<number> {
  let total = 0;
  for (let look = true; ; look = false) {
    const { handled, more } = await runBatch(db, clock, 100, look);
    total += handled;
    if (!more || handled === 0) return total;
  }
}

/** Polls the outbox in the background; returns a stop function. */
export function startOutboxWorker(db: Db, clock: Clock, intervalMs = 500, onError: (e: unknown) => void = () => undefined): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      for (let look = true; !stopped; look = false) {
        const { handled, more } = await runBatch(db, clock, 100, look);
        if (!more || handled === 0) break;
      }
    } catch (e) {
      onError(e);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
