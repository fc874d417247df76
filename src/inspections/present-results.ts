import type { Queryable } from '../db/index.js';
import { deadlinesOf } from '../supervision/index.js';
import { presentResult } from './present.js';
import { inspectorsByIds } from './store/pools.js';
import type { ResultView } from './store/visits.js';

/** Results with their inspectors and, for problems found, the deadline to fix (from supervision): two queries for any number. */
export async function presentResults(q: Queryable, rows: ResultView[]): Promise<Array<ReturnType<typeof presentResult>>> {
  const inspectors = new Map((await inspectorsByIds(q, [...new Set(rows.flatMap((r) => r.inspector_ids))])).map((i) => [i.id, i]));
  const deadlines = await deadlinesOf(q, 'rectification', rows.filter((r) => r.outcome === 'problems').map((r) => r.id));
  return rows.map((r) => presentResult(r, inspectors, deadlines));
}
