import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/index.js';

/**
 * An optimistic UPDATE: `... WHERE id = $1 AND version = $2`, bumping the version. Zero rows back means someone
 * else changed the row first (or it does not exist): the caller answers CONFLICT. The statement text depends only
 * on the set of columns, so each shape is prepared once under a stable name.
 */
export async function versionedUpdate<R>(
  q: Queryable,
  table: 'applications' | 'cases',
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  jsonColumns: ReadonlySet<string>,
): Promise<R | undefined> {
  const cols = Object.keys(patch).sort();
  const sets = cols.map((c, i) => `${c} = $${i + 3}${jsonColumns.has(c) ? '::jsonb' : ''}`);
  const text = `UPDATE ${table} SET ${[...sets, 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2 RETURNING *`;
  const params = [id, expectedVersion, ...cols.map((c) => (jsonColumns.has(c) && patch[c] !== null ? JSON.stringify(patch[c]) : patch[c]))];
  const rows = await q.query<R>(text, params, { name: `${table}_upd_${createHash('sha1').update(text).digest('hex').slice(0, 16)}` });
  return rows[0];
}
