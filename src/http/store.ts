import type { Queryable } from '../db/index.js';

/**
 * Counts one request against `key` in a fixed window of `windowMs`, atomically: a row whose window has passed starts
 * again at 1. Returns the count so far and the milliseconds left in the window.
 */
export async function hitRateLimit(q: Queryable, key: string, now: Date, windowMs: number): Promise<{ hits: number; resetAt: Date }> {
  const rows = await q.query<{ hits: number; reset_at: Date }>(
    `INSERT INTO rate_limits AS r (key, hits, reset_at) VALUES ($1, 1, $2::timestamptz + $3 * interval '1 millisecond')
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN r.reset_at <= $2 THEN 1 ELSE r.hits + 1 END,
       reset_at = CASE WHEN r.reset_at <= $2 THEN EXCLUDED.reset_at ELSE r.reset_at END
     RETURNING hits, reset_at`,
    [key, now, windowMs],
    { name: 'http_rate_limit_hit' },
  );
  return { hits: rows[0]!.hits, resetAt: new Date(rows[0]!.reset_at) };
}

/** Forgets counters whose window has passed. */
export async function pruneRateLimits(q: Queryable, now: Date): Promise<void> {
  await q.query('DELETE FROM rate_limits WHERE reset_at <= $1', [now]);
}
