import { calendarCoverage, loadCalendar, type CalendarCoverage } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { efficiencyStatistics, type EfficiencyReport } from './efficiency-statistics.js';
import { staffingGaps, type StaffingGap } from './staffing-gaps.js';
import type { Scope } from './store-board.js';
import { cardCounts, cardCountsBy, type CardCounts, type GroupCardCounts } from './watch-lists.js';

export interface Dashboard {
  today: CardCounts;
  byDepartment: GroupCardCounts[];
  weekly: EfficiencyReport;
  quarterly: EfficiencyReport;
  calendarWarning: CalendarCoverage['warning'];
  /** departments owning a published item with no active reviewer */
  staffingGaps: StaffingGap[];
}

/** Everything the supervision dashboard shows, within the caller's scope. */
export async function dashboard(q: Queryable, now: Date, scope: Scope): Promise<Dashboard> {
  const stats = { departmentId: scope.departmentId, subjectKind: scope.subjectKind, regionPattern: scope.regionPattern };
  const [today, byDepartment, weekly, quarterly, calendar] = [
    await cardCounts(q, now, scope),
    await cardCountsBy(q, now, 'department', scope),
    await efficiencyStatistics(q, now, { period: 'week', periods: 8, ...stats }),
    await efficiencyStatistics(q, now, { period: 'quarter', periods: 4, ...stats }),
    await loadCalendar(q, null),
  ];
  const gaps = await staffingGaps(q, { departmentId: scope.departmentId, regionPattern: scope.regionPattern });
  return { today, byDepartment, weekly, quarterly, calendarWarning: calendarCoverage(calendar, now).warning, staffingGaps: gaps };
}
