import { AppError, shanghaiDateOf } from '../core/index.js';
import { loadCalendar, workingDaysBetween, type WorkingCalendar } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { colourOf } from './present.js';
import * as board from './store-board.js';

export type { ListFilter, Scope } from './store-board.js';

export interface CardCounts {
  red: number;
  yellow: number;
  green: number;
  suspended: number;
  calendarMissing: number;
}

/** Green, yellow and red counts of the running deadlines in a scope, today. */
export async function cardCounts(q: Queryable, now: Date, scope: board.Scope): Promise<CardCounts> {
  const c = await board.colourCounts(q, shanghaiDateOf(now), scope);
  return { red: c.red, yellow: c.yellow_or_red - c.red, green: c.open - c.yellow_or_red, suspended: c.suspended, calendarMissing: c.calendar_missing };
}

export interface GroupCardCounts {
  id: string | null;
  name: string | null;
  red: number;
  yellow: number;
  green: number;
}

const shapeGroup = (g: board.GroupCounts): GroupCardCounts => ({
  id: g.key,
  name: g.name,
  red: g.red,
  yellow: g.yellow_or_red - g.red,
  green: g.open - g.yellow_or_red,
});

/** Counts per department (dashboard), or per responsible person inside one department (drill-down). */
export async function cardCountsBy(q: Queryable, now: Date, by: 'department' | 'assignee', scope: board.Scope): Promise<GroupCardCounts[]> {
  const today = shanghaiDateOf(now);
  if (by === 'department') return (await board.countsByDepartment(q, today, scope)).map(shapeGroup);
  if (!scope.departmentId) throw new AppError('VALIDATION_FAILED', { reason: 'departmentId' });
  return (await board.countsByAssignee(q, today, { ...scope, departmentId: scope.departmentId })).map(shapeGroup);
}

export interface WatchItem {
  id: string;
  subjectKind: string;
  subjectId: string;
  title: string;
  department: { id: string; name: string };
  assignee: { id: string; name: string | null } | null;
  windowId: string | null;
  status: 'open' | 'suspended';
  colour: 'green' | 'yellow' | 'red' | 'suspended';
  acceptedOn: string;
  dueOn: string | null;
  /** Working days left including today (yellow, green), or working days overdue (red, negative). */
  workingDaysLeft: number | null;
  calendarMissing: boolean;
  missingYears: number[];
}

export interface WatchPage {
  items: WatchItem[];
  nextCursor: string | null;
}

const encodeCursor = (date: string, id: string) => Buffer.from(`${date}|${id}`).toString('base64url');
function decodeCursor(c: string): { date: string; id: string } {
  const [date, id] = Buffer.from(c, 'base64url').toString('utf8').split('|');
  if (!date || !id || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[0-9a-f-]{36}$/.test(id)) throw new AppError('BAD_REQUEST', { reason: 'cursor' });
  return { date, id };
}

/** A page of running deadlines in a scope, most urgent first, with the working days left or overdue. */
export async function watchList(
  q: Queryable,
  now: Date,
  filter: board.ListFilter,
  scope: board.Scope,
  opts: { cursor?: string; limit?: number } = {},
): Promise<WatchPage> {
  const today = shanghaiDateOf(now);
  const limit = opts.limit ?? 50;
  const rows = await board.listPage(q, today, filter, scope, opts.cursor ? decodeCursor(opts.cursor) : undefined, limit);
  const calendars = new Map<string, WorkingCalendar>();
  const items: WatchItem[] = [];
  for (const r of rows) {
    const region = r.region_code.trim();
    let cal = calendars.get(region);
    if (!cal) calendars.set(region, (cal = await loadCalendar(q, region)));
    const left = r.due_on === null ? null : r.due_on >= today ? workingDaysBetween(cal, today, r.due_on).days + 1 : -workingDaysBetween(cal, r.due_on, today).days;
    items.push({
      id: r.id,
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      title: r.title,
      department: { id: r.department_id, name: r.department_name },
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name } : null,
      windowId: r.window_id,
      status: r.status,
      colour: colourOf(r, now) as WatchItem['colour'],
      acceptedOn: r.accepted_on,
      dueOn: r.due_on,
      workingDaysLeft: left,
      calendarMissing: r.calendar_missing,
      missingYears: r.missing_years,
    });
  }
  const last = rows[rows.length - 1];
  const orderDate = (r: board.ListRow) => (filter === 'suspended' || filter === 'calendar-missing' ? r.accepted_on : r.due_on!);
  return { items, nextCursor: rows.length === limit && last ? encodeCursor(orderDate(last), last.id) : null };
}
