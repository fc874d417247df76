import './errors.js';
export { addDays, dayOfWeek, daysBetween, isIsoDate, isWeekend, mondayOf, quarterStartOf, yearOf, type IsoDate } from './dates.js';
export { buildCalendar, dayInfo, hasYear } from './working-calendar.js';
export type { DayInfo, RegionalDayOff, WorkingCalendar, YearArrangement, YearSource } from './working-calendar.js';
export { OFFICIAL_PACKAGE, officialArrangements, officialYears } from './official.js';
export {
  colourOn,
  computeDeadline,
  DEFAULT_YELLOW_RULE,
  dueDate,
  explainDeadline,
  workingDaysBetween,
  yellowWindow,
} from './deadline-arithmetic.js';
export type { CountResult, DeadlineColour, DeadlineInputs, DeadlineResult, ExplainedDay, SuspensionSpan, YellowRule } from './deadline-arithmetic.js';
export { calendarVersionLabel, loadCalendar, officialCalendar, structuralAncestors } from './load-calendar.js';
export { onCalendarChange, type CalendarChange } from './calendar-changes.js';
export { importCalendarYear, type ImportResult } from './import-calendar-year.js';
export { formatOfFile, parseArrangement, type ArrangementFormat } from './parse-arrangement.js';
export { addRegionalDayOff, removeRegionalDayOff } from './regional-days-off.js';
export { calendarCoverage, type CalendarCoverage } from './calendar-coverage.js';
export { shanghaiDateOf } from '../core/index.js';
export { importCalendarFile } from './import-calendar-file.js';
export { calendarRoutes } from './routes.js';
