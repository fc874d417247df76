import { explainDeadline as explainDays, loadCalendar, shanghaiDateOf, type ExplainedDay } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { presentDeadline, type Deadline } from './present.js';
import { extensionDaysOf } from './recompute.js';
import type { DeadlineRow } from './types.js';
import { urgesOfDeadline, type Urge } from './urge-deadline.js';

export interface ExplainedDeadline extends Deadline {
  /** Each day from acceptance to the due date on the calendar version the deadline recorded. */
  days: ExplainedDay[];
  /** The due date recomputed from the recorded inputs on that same version: equal to dueOn unless data was tampered. */
  recomputedDueOn: string | null;
  /** 督办 of this deadline, oldest first. */
  urges: Urge[];
}

export async function explainDeadline(q: Queryable, row: DeadlineRow, now: Date): Promise<ExplainedDeadline> {
  const calendar = await loadCalendar(q, row.region_code.trim(), { revision: row.calendar_revision });
  const inputs = {
    acceptedOn: row.accepted_on,
    workingDays: row.working_days,
    immediate: row.immediate,
    suspensions: row.suspensions.map((s) => ({ from: s.from, to: s.to })),
    extensionDays: extensionDaysOf(row.extensions),
  };
  const days = explainDays(calendar, inputs, row.closed_on ?? shanghaiDateOf(now));
  const counted = days.filter((d) => d.reason === 'counted');
  const total = row.immediate ? 0 : inputs.workingDays + inputs.extensionDays;
  const recomputedDueOn = total === 0 ? row.accepted_on : counted.length === total ? counted[counted.length - 1]!.date : null;
  return { ...presentDeadline(row, now), days, recomputedDueOn, urges: await urgesOfDeadline(q, row.id) };
}
