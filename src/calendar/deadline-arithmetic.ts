import { addDays, daysBetween, yearOf, type IsoDate } from './dates.js';
import { dayInfo, type WorkingCalendar } from './working-calendar.js';

/**
 * Pure working-day arithmetic. Day 1 of a limit is the first working day after acceptance (受理);
 * an immediate item (即办件) is due the same day. A suspension (补正, 特别程序, third-party consultation)
 * from date S to resume date R removes the working days after S up to and including R: the clock ran on S,
 * and restarts the working day after the resumption, as it started the day after acceptance.
 */
export interface SuspensionSpan {
  from: IsoDate;
  /** null while still suspended. */
  to: IsoDate | null;
}

export interface YellowRule {
  /** The yellow window is at least this many working days (default: the last working day). */
  minDays: number;
  /** … or this share of the limit, whichever is longer (default 20%). */
  fraction: number;
}

export const DEFAULT_YELLOW_RULE: YellowRule = { minDays: 1, fraction: 0.2 };

export interface DeadlineInputs {
  acceptedOn: IsoDate;
  workingDays: number;
  immediate?: boolean;
  suspensions?: SuspensionSpan[];
  /** Working days added by approved extensions. */
  extensionDays?: number;
}

export interface DeadlineResult {
  /** null while a suspension is open: the clock is stopped. */
  dueOn: IsoDate | null;
  /** The first day the deadline shows yellow; null while suspended. */
  yellowFrom: IsoDate | null;
  totalWorkingDays: number;
  /** Working days counted before an open suspension (or the whole limit when not suspended). */
  countedDays: number;
  calendarMissing: boolean;
  missingYears: number[];
}

/** Longest span we will walk: a limit running past this is a data error, not a deadline. */
const MAX_SPAN_DAYS = 366 * 10;

export function yellowWindow(totalWorkingDays: number, rule: YellowRule = DEFAULT_YELLOW_RULE): number {
  if (totalWorkingDays <= 0) return 0;
  return Math.min(totalWorkingDays, Math.max(rule.minDays, Math.ceil(totalWorkingDays * rule.fraction - 1e-9)));
}

function suspensionCovering(spans: SuspensionSpan[], d: IsoDate): SuspensionSpan | undefined {
  return spans.find((s) => s.from < d && (s.to === null || d <= s.to));
}

export function computeDeadline(cal: WorkingCalendar, inputs: DeadlineInputs, rule: YellowRule = DEFAULT_YELLOW_RULE): DeadlineResult {
  const total = inputs.immediate ? 0 : inputs.workingDays + (inputs.extensionDays ?? 0);
  const missing = new Set<number>();
  const result = (dueOn: IsoDate | null, yellowFrom: IsoDate | null, countedDays: number): DeadlineResult => ({
    dueOn,
    yellowFrom,
    totalWorkingDays: total,
    countedDays,
    calendarMissing: missing.size > 0,
    missingYears: [...missing].sort((a, b) => a - b),
  });
  if (total <= 0) return result(inputs.acceptedOn, inputs.acceptedOn, 0);
  const spans = inputs.suspensions ?? [];
  const yellowIndex = total - yellowWindow(total, rule) + 1;
  let yellowFrom: IsoDate | null = null;
  let counted = 0;
  let d = inputs.acceptedOn;
  for (let i = 0; i < MAX_SPAN_DAYS; i++) {
    d = addDays(d, 1);
    const s = suspensionCovering(spans, d);
    if (s) {
      if (s.to === null) return result(null, null, counted);
      continue;
    }
    const info = dayInfo(cal, d);
    if (!info.known) missing.add(yearOf(d));
    if (!info.working) continue;
    counted++;
    if (counted === yellowIndex) yellowFrom = d;
    if (counted === total) return result(d, yellowFrom, counted);
  }
  throw new RangeError(`a limit of ${total} working days from ${inputs.acceptedOn} runs past ten years`);
}

/** The due date of an N-working-day limit accepted on `acceptedOn` (no suspensions). */
export function dueDate(cal: WorkingCalendar, acceptedOn: IsoDate, workingDays: number, immediate = false) {
  const r = computeDeadline(cal, { acceptedOn, workingDays, immediate });
  return { dueOn: r.dueOn!, calendarMissing: r.calendarMissing, missingYears: r.missingYears };
}

export interface CountResult {
  days: number;
  calendarMissing: boolean;
  missingYears: number[];
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive), skipping suspended days; negative when `to` is before `from`.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate, suspensions: SuspensionSpan[] = []): CountResult {
  if (to < from) {
    const r = workingDaysBetween(cal, to, from, suspensions);
    return { ...r, days: -r.days };
  }
  if (daysBetween(from, to) > MAX_SPAN_DAYS) throw new RangeError(`span ${from}..${to} is longer than ten years`);
  const missing = new Set<number>();
  let days = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (suspensionCovering(suspensions, d)) continue;
    const info = dayInfo(cal, d);
    if (!info.known) missing.add(yearOf(d));
    if (info.working) days++;
  }
  return { days, calendarMissing: missing.size > 0, missingYears: [...missing].sort((a, b) => a - b) };
}

export type DeadlineColour = 'green' | 'yellow' | 'red';

/** The colour of an open, running deadline on a given Shanghai date. */
export function colourOn(today: IsoDate, d: { dueOn: IsoDate; yellowFrom: IsoDate }): DeadlineColour {
  if (today > d.dueOn) return 'red';
  if (today >= d.yellowFrom) return 'yellow';
  return 'green';
}

export interface ExplainedDay {
  date: IsoDate;
  /** The ordinal of the working day in the limit, when it counted. */
  day: number | null;
  reason: 'counted' | 'suspended' | 'weekend' | 'holiday' | 'regional';
  name?: string;
  unknownYear?: boolean;
}

/** Day by day, from the day after acceptance to the due date (or to `until` while suspended): why each day counted or not. */
export function explainDeadline(cal: WorkingCalendar, inputs: DeadlineInputs, until?: IsoDate): ExplainedDay[] {
  const r = computeDeadline(cal, inputs);
  const end = r.dueOn ?? until ?? inputs.acceptedOn;
  const spans = inputs.suspensions ?? [];
  const out: ExplainedDay[] = [];
  let counted = 0;
  for (let d = addDays(inputs.acceptedOn, 1); d <= end && out.length < MAX_SPAN_DAYS; d = addDays(d, 1)) {
    if (suspensionCovering(spans, d)) {
      out.push({ date: d, day: null, reason: 'suspended' });
      continue;
    }
    const info = dayInfo(cal, d);
    const unknown = info.known ? {} : { unknownYear: true };
    if (info.working) out.push({ date: d, day: ++counted, reason: 'counted', ...(info.name ? { name: info.name } : {}), ...unknown });
    else out.push({ date: d, day: null, reason: info.reason === 'regional' || info.reason === 'holiday' ? info.reason : 'weekend', ...(info.name ? { name: info.name } : {}), ...unknown });
  }
  return out;
}
