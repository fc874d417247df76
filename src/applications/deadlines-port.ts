/**
 * Case clocks live in supervision (the one deadline engine); applications only say when a clock starts,
 * stops for a correction, resumes, is extended and closes, and read the due date back for display.
 */
import { loadCalendar, shanghaiDateOf, workingDaysBetween } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { assignRunningDeadline, closeDeadline, closeDeadlineIfTracked, deadlineOf, deadlinesOf, extendDeadline, presentDeadline, resumeDeadline, suspendDeadline, trackDeadline, type Deadline } from '../supervision/index.js';
import type { CaseClockRow } from './store/applications.js';
import type { ApplicationRow, CaseRow, PendingMaterial } from './store/rows.js';

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

/** The reviewer who takes a case up answers for its clock: cards go to them, and it moves with them if they leave. */
export async function assignCaseClock(tx: Queryable, caseId: string, userId: string, at: Date): Promise<void> {
  await assignRunningDeadline(tx, 'case', caseId, { assigneeId: userId, at });
}

export async function suspendCaseClock(tx: Queryable, caseId: string, at: Date, reason: string): Promise<void> {
  await suspendDeadline(tx, 'case', caseId, { at, kind: 'correction', reason });
}

/** 特别程序: the time a hearing, a test or an expert review takes does not count toward the limit. */
export async function suspendCaseClockFor(tx: Queryable, caseId: string, at: Date, reason: string): Promise<void> {
  await suspendDeadline(tx, 'case', caseId, { at, kind: 'special-procedure', reason });
}

export async function resumeCaseClock(tx: Queryable, caseId: string, at: Date): Promise<void> {
  await resumeDeadline(tx, 'case', caseId, at);
}

export async function extendCaseClock(tx: Queryable, caseId: string, input: { workingDays: number; reason: string; at: Date; approvedBy: string }): Promise<Deadline> {
  return extendDeadline(tx, 'case', caseId, input);
}

export async function closeCaseClock(tx: Queryable, caseId: string, at: Date): Promise<void> {
  await closeDeadlineIfTracked(tx, 'case', caseId, at);
}

export async function caseDeadlines(q: Queryable, caseIds: readonly string[], now: Date): Promise<Map<string, Deadline>> {
  if (caseIds.length === 0) return new Map();
  return deadlinesOf(q, 'case', [...caseIds], { now });
}

/** The clocks read with the cases (`applicationWithParts`), as `caseDeadlines` would answer for them at `now`. */
export function caseClocks(cases: readonly CaseRow[], clocks: ReadonlyMap<string, CaseClockRow>, now: Date): Map<string, Deadline> {
  const out = new Map<string, Deadline>();
  for (const c of cases) {
    const row = c.started_at ? clocks.get(c.id) : undefined;
    if (row) out.set(c.id, presentDeadline(row, now));
  }
  return out;
}

export const DEFAULT_COMMITMENT_CHECK_DAYS = 20;
const COMMITMENT_CHECK = 'commitment-check';

/**
 * 告知承诺: the follow-up check of an approval on commitment is due within a number of working days, counted like a
 * case (day 1 the first working day after the approval); it turns yellow and red on the department's cards.
 */
export async function trackCommitmentCheck(tx: Queryable, input: { checkId: string; title: string; departmentId: string; regionCode: string; at: Date; workingDays: number }): Promise<Deadline> {
  return trackDeadline(tx, { subjectKind: COMMITMENT_CHECK, subjectId: input.checkId, title: input.title, departmentId: input.departmentId, regionCode: input.regionCode, startedAt: input.at, workingDays: input.workingDays });
}

export async function closeCommitmentCheckClock(tx: Queryable, checkId: string, at: Date): Promise<void> {
  const d = await deadlineOf(tx, COMMITMENT_CHECK, checkId);
  if (d && d.status !== 'closed') await closeDeadline(tx, COMMITMENT_CHECK, checkId, at);
}

export async function commitmentCheckDeadlines(q: Queryable, checkIds: readonly string[], now: Date): Promise<Map<string, Deadline>> {
  if (checkIds.length === 0) return new Map();
  return deadlinesOf(q, COMMITMENT_CHECK, [...checkIds], { now });
}

/** The subject of the deadline of one material owed under 容缺受理. */
export const pendingSubjectId = (applicationId: string, p: Pick<PendingMaterial, 'itemCode' | 'materialCode'>) => `${applicationId}:${p.itemCode}:${p.materialCode}`;
const PENDING = 'pending-materials';

/**
 * 容缺受理: each owed material's due date becomes a deadline of the accepting window, so that it turns yellow and red
 * like a case. The clerk gives a calendar date; the deadline counts the working days up to it (a due date on a day
 * off falls due on the working day before).
 */
export async function trackPendingMaterials(tx: Queryable, app: ApplicationRow, clerk: { userId: string; departmentId: string | null; regionCode: string | null }, at: Date): Promise<void> {
  const owed = app.pending.filter((p) => !p.receivedAt);
  if (owed.length === 0) return;
  const regionCode = (clerk.regionCode ?? app.authority_region).trim();
  const calendar = await loadCalendar(tx, regionCode);
  const today = shanghaiDateOf(at);
  for (const p of owed) {
    await trackDeadline(tx, {
      subjectKind: PENDING,
      subjectId: pendingSubjectId(app.id, p),
      title: `${app.number} 容缺补交：${p.name}`,
      departmentId: clerk.departmentId ?? app.accepting_department_id!,
      assigneeId: clerk.userId,
      regionCode,
      startedAt: at,
      workingDays: Math.max(1, workingDaysBetween(calendar, today, p.dueDate).days),
    });
  }
}

export async function closePendingMaterial(tx: Queryable, applicationId: string, p: Pick<PendingMaterial, 'itemCode' | 'materialCode'>, at: Date): Promise<void> {
  const subjectId = pendingSubjectId(applicationId, p);
  await closeDeadlineIfTracked(tx, PENDING, subjectId, at);
}

/** An owed material lapsed: its watch ends without counting against the window (the item's rule has applied). */
export async function withdrawPendingMaterial(tx: Queryable, applicationId: string, p: Pick<PendingMaterial, 'itemCode' | 'materialCode'>, at: Date): Promise<void> {
  const subjectId = pendingSubjectId(applicationId, p);
  const open = await deadlineOf(tx, PENDING, subjectId);
  if (open && open.status !== 'closed') await closeDeadline(tx, PENDING, subjectId, at, { withdrawn: true });
}

/**
 * Every case denied: nothing will be delivered that the owed materials were for, so their deadlines are withdrawn
 * (closed without counting for or against the window) rather than left to turn red.
 */
export async function withdrawPendingMaterials(tx: Queryable, app: Pick<ApplicationRow, 'id' | 'pending'>, at: Date): Promise<void> {
  for (const p of app.pending.filter((m) => !m.receivedAt)) {
    const subjectId = pendingSubjectId(app.id, p);
    const open = await deadlineOf(tx, PENDING, subjectId);
    if (open && open.status !== 'closed') await closeDeadline(tx, PENDING, subjectId, at, { withdrawn: true });
  }
}

export async function pendingDeadlines(q: Queryable, applicationId: string, pending: readonly PendingMaterial[], now: Date): Promise<Map<string, Deadline>> {
  if (pending.length === 0) return new Map();
  return deadlinesOf(q, PENDING, pending.map((p) => pendingSubjectId(applicationId, p)), { now });
}
