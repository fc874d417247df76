import {
  computeDeadline,
  DEFAULT_YELLOW_RULE,
  loadCalendar,
  shanghaiDateOf,
  type DeadlineResult,
  type WorkingCalendar,
  type YellowRule,
} from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import * as store from './store.js';
import { moveDayCount } from './store-counts.js';
import type { DeadlineRow, ExtensionRecord, SuspensionRecord } from './types.js';

export interface DeadlineInputsOfRow {
  region_code: string;
  accepted_on: string;
  working_days: number;
  immediate: boolean;
  suspensions: SuspensionRecord[];
  extensions: ExtensionRecord[];
}

export async function yellowRuleOf(q: Queryable): Promise<YellowRule> {
  return (await store.yellowRuleSetting(q)) ?? DEFAULT_YELLOW_RULE;
}

export const extensionDaysOf = (extensions: ExtensionRecord[]): number => extensions.reduce((s, e) => s + e.workingDays, 0);

/** Computes a deadline's dates from its recorded inputs on a calendar (the latest, unless one is given). */
export async function computeFromInputs(
  q: Queryable,
  d: DeadlineInputsOfRow,
  opts: { calendar?: WorkingCalendar; rule?: YellowRule } = {},
): Promise<{ result: DeadlineResult; calendar: WorkingCalendar; computed: store.Computed }> {
  const calendar = opts.calendar ?? (await loadCalendar(q, d.region_code.trim()));
  const rule = opts.rule ?? (await yellowRuleOf(q));
  const result = computeDeadline(
    calendar,
    {
      acceptedOn: d.accepted_on,
      workingDays: d.working_days,
      immediate: d.immediate,
      suspensions: d.suspensions.map((s) => ({ from: s.from, to: s.to })),
      extensionDays: extensionDaysOf(d.extensions),
    },
    rule,
  );
  return {
    result,
    calendar,
    computed: {
      calendar_revision: calendar.revision,
      calendar_version: calendar.version,
      calendar_missing: result.calendarMissing,
      missing_years: result.missingYears,
      due_on: result.dueOn,
      yellow_from: result.yellowFrom,
    },
  };
}

/** Card level of a running deadline on a date: 0 green, 1 yellow, 2 red. */
export function levelOn(today: string, d: { due_on: string | null; yellow_from: string | null }): number {
  if (!d.due_on || !d.yellow_from) return 0;
  if (today > d.due_on) return 2;
  if (today >= d.yellow_from) return 1;
  return 0;
}

/**
 * Rewrites a running deadline after its inputs changed. The sent-card level drops to the new colour, so a deadline
 * that an extension turned green again gets a fresh card if it turns yellow later (never a second card for the same colour).
 */
export async function saveRecomputed(
  q: Queryable,
  row: DeadlineRow,
  change: Pick<DeadlineRow, 'status' | 'suspensions' | 'extensions'> & { event: 'suspended' | 'resumed' | 'extended' | 'recomputed'; at: Date; note?: string },
  opts: { calendar?: WorkingCalendar; rule?: YellowRule } = {},
): Promise<store.Computed> {
  const { computed } = await computeFromInputs(q, { ...row, suspensions: change.suspensions, extensions: change.extensions }, opts);
  const today = shanghaiDateOf(change.at);
  const level = change.status === 'open' ? levelOn(today, computed) : 0;
  await store.updateComputed(q, row.id, {
    ...computed,
    status: change.status,
    extension_days: extensionDaysOf(change.extensions),
    suspensions: change.suspensions,
    extensions: change.extensions,
    history: [
      ...row.history,
      { at: change.at.toISOString(), event: change.event, dueOn: computed.due_on, calendarVersion: computed.calendar_version, ...(change.note ? { note: change.note } : {}) },
    ],
    notified_level: Math.min(row.notified_level, level),
    updated_at: change.at,
  });
  await moveDayCount(q, row, { ...row, status: change.status, due_on: computed.due_on, yellow_from: computed.yellow_from });
  return computed;
}
