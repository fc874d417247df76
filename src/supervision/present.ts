import { shanghaiDateOf } from '../calendar/index.js';
import { levelOn } from './recompute.js';
import type { DeadlineRow, SuspensionRecord } from './types.js';

export type DeadlineColour = 'green' | 'yellow' | 'red' | 'suspended' | 'closed';

/** A deadline as other modules and the API see it: its inputs (to explain it) and its computed dates. */
export interface Deadline {
  id: string;
  subjectKind: string;
  subjectId: string;
  title: string;
  departmentId: string;
  assigneeId: string | null;
  windowId: string | null;
  regionCode: string;
  startedAt: string;
  acceptedOn: string;
  workingDays: number;
  legalWorkingDays: number | null;
  immediate: boolean;
  extensionDays: number;
  totalWorkingDays: number;
  suspensions: SuspensionRecord[];
  extensions: Array<{ workingDays: number; reason: string; at: string; approvedBy: string | null }>;
  history: DeadlineRow['history'];
  calendarVersion: string;
  calendarMissing: boolean;
  missingYears: number[];
  status: DeadlineRow['status'];
  /** null while suspended: the clock is stopped. */
  dueOn: string | null;
  yellowFrom: string | null;
  closedAt: string | null;
  closedOn: string | null;
  usedWorkingDays: number | null;
  onTime: boolean | null;
  /** Only when asked with a `now`. */
  colour?: DeadlineColour;
}

export function colourOf(row: Pick<DeadlineRow, 'status' | 'due_on' | 'yellow_from'>, now: Date): DeadlineColour {
  if (row.status !== 'open') return row.status;
  return (['green', 'yellow', 'red'] as const)[levelOn(shanghaiDateOf(now), row)]!;
}

export function presentDeadline(row: DeadlineRow, now?: Date): Deadline {
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    title: row.title,
    departmentId: row.department_id,
    assigneeId: row.assignee_id,
    windowId: row.window_id,
    regionCode: row.region_code.trim(),
    startedAt: row.started_at.toISOString(),
    acceptedOn: row.accepted_on,
    workingDays: row.working_days,
    legalWorkingDays: row.legal_days,
    immediate: row.immediate,
    extensionDays: row.extension_days,
    totalWorkingDays: row.immediate ? 0 : row.working_days + row.extension_days,
    suspensions: row.suspensions,
    extensions: row.extensions,
    history: row.history,
    calendarVersion: row.calendar_version,
    calendarMissing: row.calendar_missing,
    missingYears: row.missing_years,
    status: row.status,
    dueOn: row.due_on,
    yellowFrom: row.yellow_from,
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    closedOn: row.closed_on,
    usedWorkingDays: row.used_days,
    onTime: row.on_time,
    ...(now ? { colour: colourOf(row, now) } : {}),
  };
}
