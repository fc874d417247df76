import type { Queryable } from '../db/index.js';
import type { presentResult } from './present.js';
import { presentResults } from './present-results.js';
import { recordedResults } from './store/visits.js';

/** The recorded inspection results of a business, newest first: the enterprise file (一企一档) shows them. */
export async function inspectionResultsOf(q: Queryable, uscc: string): Promise<Array<ReturnType<typeof presentResult>>> {
  return presentResults(q, await recordedResults(q, { uscc: uscc.trim().toUpperCase(), limit: 200, offset: 0 }));
}
