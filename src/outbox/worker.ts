import type { Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
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
  return db.transaction(async (tx) => {
    const now = clock.now();
    const jobs = await store.lockDue(tx, now, batch);
    for (const job of jobs) {
      const handler = handlers.get(job.topic);
      await tx.query('SAVEPOINT job');
      // each job sees a transaction of its own: what it leaves for the commit (audit entries, deferred work) is done
      // before its savepoint is released, and goes with it when the job fails and is rolled back
      const hooks: Array<() => Promise<void>> = [];
      const jobTx: Queryable = { ...tx, beforeCommit: (fn) => hooks.push(fn) };
      try {
        if (!handler) throw new Error(`no handler for topic ${job.topic}`);
        await handler(jobTx, job.payload, job);
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        await tx.query('RELEASE SAVEPOINT job');
        await store.markDone(tx, job.id, now);
      } catch (e) {
        await tx.query('ROLLBACK TO SAVEPOINT job');
        await store.markFailed(tx, job.id, (e as Error).message, new Date(now.getTime() + backoffMs(job.attempts + 1)));
      }
    }
    return jobs.length;
  });
}

/** Drains the outbox until nothing is due (tests, CLI). */
export async function drainOutbox(db: Db, clock: Clock): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await runOutboxOnce(db, clock);
    total += n;
    if (n === 0) return total;
  }
}

/** Polls the outbox in the background; returns a stop function. */
export function startOutboxWorker(db: Db, clock: Clock, intervalMs = 500, onError: (e: unknown) => void = () => undefined): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!stopped && (await runOutboxOnce(db, clock)) > 0);
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
