import { AppError, newId } from '../core/index.js';
import { shanghaiDateOf } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { presentDeadline, type Deadline } from './present.js';
import { computeFromInputs } from './recompute.js';
import * as store from './store.js';
import { moveDayCount } from './store-counts.js';
import type { DeadlineRow, SubjectKind } from './types.js';

export interface TrackDeadlineInput {
  subjectKind: SubjectKind;
  subjectId: string;
  title: string;
  departmentId: string;
  /** The responsible person: gets the yellow and red cards with the department's head. */
  assigneeId?: string | null;
  windowId?: string | null;
  regionCode: string;
  /** The acceptance instant (受理); day 1 is the first working day after its date in Asia/Shanghai. */
  startedAt: Date;
  /** The promised limit (承诺时限) in working days. */
  workingDays: number;
  /** The legal limit (法定时限), for the compression statistics. */
  legalWorkingDays?: number | null;
  /** 即办件: due the same day. */
  immediate?: boolean;
}

/**
 * Starts the clock of a subject: computes the due date on the current calendar of its region (flagging a year with
 * no calendar) and stores it with its inputs. A subject has at most one running deadline; a closed one may be followed
 * by a new one (a second correction round, a reopened ticket).
 */
export async function trackDeadline(tx: Queryable, input: TrackDeadlineInput): Promise<Deadline> {
  if (!Number.isInteger(input.workingDays) || input.workingDays < 0 || input.workingDays > 3650) {
    throw new AppError('DEADLINE_BAD_INPUT', { reason: `workingDays ${input.workingDays}` });
  }
  if (!/^\d{6}(\d{3}){0,2}$/.test(input.regionCode)) throw new AppError('DEADLINE_BAD_INPUT', { reason: `regionCode ${input.regionCode}` });
  if (Number.isNaN(input.startedAt.getTime())) throw new AppError('DEADLINE_BAD_INPUT', { reason: 'startedAt' });
  const base = {
    region_code: input.regionCode,
    accepted_on: shanghaiDateOf(input.startedAt),
    working_days: input.workingDays,
    immediate: input.immediate ?? false,
    suspensions: [],
    extensions: [],
  };
  const { computed } = await computeFromInputs(tx, base);
  const row: DeadlineRow = {
    ...base,
    ...computed,
    id: newId(),
    subject_kind: input.subjectKind,
    subject_id: input.subjectId,
    title: input.title,
    department_id: input.departmentId,
    assignee_id: input.assigneeId ?? null,
    window_id: input.windowId ?? null,
    started_at: input.startedAt,
    legal_days: input.legalWorkingDays ?? null,
    extension_days: 0,
    history: [{ at: input.startedAt.toISOString(), event: 'tracked', dueOn: computed.due_on, calendarVersion: computed.calendar_version }],
    status: 'open',
    notified_level: 0,
    revision: 1,
    closed_at: null,
    closed_on: null,
    used_days: null,
    on_time: null,
    created_at: input.startedAt,
    updated_at: input.startedAt,
  };
  const taken = () => new AppError('DEADLINE_ALREADY_TRACKED', { subjectKind: input.subjectKind, subjectId: input.subjectId });
  // a running deadline of the subject (a concurrent acceptance's included): the unique index decides, nothing is written
  if (!(await store.insertDeadline(tx, row, taken))) throw taken();
  await moveDayCount(tx, null, row);
  return presentDeadline(row);
}
