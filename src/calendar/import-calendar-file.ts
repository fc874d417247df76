import type { Queryable } from '../db/index.js';
import { importCalendarYear, type ImportResult } from './import-calendar-year.js';
import { formatOfFile, parseArrangement } from './parse-arrangement.js';

/** An administrator's upload (or `banshi calendar import FILE`): .json, .ics or .xlsx, one year. */
export async function importCalendarFile(
  tx: Queryable,
  input: { fileName: string; content: Buffer; actorId: string | null; at: Date },
): Promise<ImportResult> {
  const arrangement = await parseArrangement(input.content, formatOfFile(input.fileName));
  return importCalendarYear(tx, { arrangement, sourceName: input.fileName, actorId: input.actorId, at: input.at });
}
