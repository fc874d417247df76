/**
 * Case clocks live in supervision (the one deadline engine); applications only say when a clock starts,
 * stops for a correction, resumes, is extended and closes, and read the due date back for display.
 */
import type { Queryable } from '../db/index.js';
import { closeDeadline, deadlineOf, deadlinesOf, extendDeadline, resumeDeadline, suspendDeadline, trackDeadline, type Deadline } from '../supervision/index.js';
import type { CaseRow } from './store/rows.js';

export type { Deadline };

export async function startCaseClock(tx: Queryable, c: CaseRow, title: string, at: Date, legalDays?: number | null): Promise<void> {
  await trackDeadline(tx, {
    subjectKind: 'case',
    subjectId: c.id,
    title,
    departmentId: c.department_id,
    regionCode: c.region_code,
    startedAt: at,
    workingDays: c.promised_days,
    legalWorkingDays: legalDays ?? null,
    immediate: c.immediate,
  });
}

export async function suspendCaseClock(tx: Queryable, caseId: string, at: Date, reason: string): Promise<void> {
  await suspendDeadline(tx, 'case', caseId, { at, kind: 'correction', reason });
}

export async function resumeCaseClock(tx: Queryable, caseId: string, at: Date): Promise<void> {
  await resumeDeadline(tx, 'case', caseId, at);
}

export async function extendCaseClock(tx: Queryable, caseId: string, input: { workingDays: number; reason: string; at: Date; approvedBy: string }): Promise<Deadline> {
  return extendDeadline(tx, 'case', caseId, input);
}

export async function closeCaseClock(tx: Queryable, caseId: string, at: Date): Promise<void> {
  if (await deadlineOf(tx, 'case', caseId)) await closeDeadline(tx, 'case', caseId, at);
}

export async function caseDeadlines(q: Queryable, caseIds: readonly string[], now: Date): Promise<Map<string, Deadline>> {
  if (caseIds.length === 0) return new Map();
  return deadlinesOf(q, 'case', [...caseIds], { now });
}
