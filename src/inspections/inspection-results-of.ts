import type { Queryable } from '../db/index.js';
import { presentResult } from './present.js';
import { recordedResults } from './store/visits.js';
import { inspectorsByIds } from './store/pools.js';

/** The recorded inspection results of a business, newest first: the enterprise file (一企一档) shows them. */
export async function inspectionResultsOf(q: Queryable, uscc: string): Promise<Array<ReturnType<typeof presentResult>>> {
  const rows = await recordedResults(q, { uscc: uscc.trim().toUpperCase(), limit: 200, offset: 0 });
  const inspectors = new Map((await inspectorsByIds(q, [...new Set(rows.flatMap((r) => r.inspector_ids))])).map((i) => [i.id, i]));
  return rows.map((r) => presentResult(r, inspectors));
}
