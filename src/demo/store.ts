import type { Queryable } from '../db/index.js';

/** Applications the demo activity filed (their idempotency keys carry its prefix). */
export async function demoActivityApplications(q: Queryable, keyPrefix: string): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM applications WHERE idempotency_key LIKE $1', [`${keyPrefix}%`]);
  return rows[0]!.n;
}
