/**
 * Case clocks live in supervision (the one deadline engine); applications only say when a clock starts,
 * stops for a correction, resumes and closes, and read the due date back for display.
 */
import type { Queryable } from '../db/index.js';
import type { CaseRow } from './store/rows.js';

export interface DeadlineView {
  dueDate: string | null;
  calendarMissing: boolean;
  status: string | null;
}

export async function startCaseClock(_tx: Queryable, _c: CaseRow, _title: string, _at: Date): Promise<void> {}
export async function suspendCaseClock(_tx: Queryable, _caseId: string, _at: Date, _reason: string): Promise<void> {}
export async function resumeCaseClock(_tx: Queryable, _caseId: string, _at: Date): Promise<void> {}
export async function closeCaseClock(_tx: Queryable, _caseId: string, _at: Date): Promise<void> {}
export async function caseDeadlines(_q: Queryable, _caseIds: readonly string[]): Promise<Map<string, DeadlineView>> {
  return new Map();
}
