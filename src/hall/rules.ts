import { birthDateOfIdNumber, shanghaiDateOf } from '../core/index.js';

/** The hall's pure rules: slots of a day, who may book, queue priority. Time comes in as `now`; nothing here reads a clock. */

export interface Session {
  from: string;
  to: string;
}

export interface ZoneHours {
  sessions: Session[];
  slotMinutes: number;
  slotCapacity: number;
}

export interface Slot {
  starts: string;
  ends: string;
  capacity: number;
}

export interface HallRules {
  maxActive: number;
  noShowLimit: number;
  noShowWindowDays: number;
  blockDays: number;
}

export const DEFAULT_RULES: HallRules = { maxActive: 3, noShowLimit: 3, noShowWindowDays: 30, blockDays: 30 };

/** How far ahead a slot may be booked (calendar days, today included). */
export const BOOKING_HORIZON_DAYS = 14;
/** Past the slot's end plus this grace, an appointment nobody checked in for is a no-show. */
export const NO_SHOW_GRACE_MINUTES = 30;
/** From this age a visitor goes ahead of the walk-ins. */
export const ELDERLY_AGE = 60;

export const PRIORITY = { green: 3, appointment: 2, elderly: 1, walkIn: 0 } as const;
export type PriorityReason = keyof typeof PRIORITY;
export const priorityNames: Record<PriorityReason, string> = { green: '绿色通道', appointment: '预约', elderly: '老年人优先', walkIn: '现场取号' };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const isTimeOfDay = (s: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);

/** The earliest and latest the hall may open, and the bounds of a slot's length and places. */
export const HOURS_BOUNDS = { opens: '07:00', closes: '21:00', minSlot: 10, maxSlot: 120, maxCapacity: 50, maxSessions: 4 } as const;

/**
 * What is wrong with a zone's opening hours, in words for the supervisor, or null: sessions in order without overlap,
 * within the day's bounds, each long enough for at least one slot.
 */
export function zoneHoursProblem(h: ZoneHours): string | null {
  const b = HOURS_BOUNDS;
  if (!h.sessions.length) return '请至少设置一个开放时段';
  if (h.sessions.length > b.maxSessions) return `每天最多设置 ${b.maxSessions} 个开放时段`;
  if (!Number.isInteger(h.slotMinutes) || h.slotMinutes < b.minSlot || h.slotMinutes > b.maxSlot) return `每个预约时段的长度应在 ${b.minSlot} 至 ${b.maxSlot} 分钟之间`;
  if (!Number.isInteger(h.slotCapacity) || h.slotCapacity < 1 || h.slotCapacity > b.maxCapacity) return `每个时段可预约人数应在 1 至 ${b.maxCapacity} 人之间`;
  let previousEnd = -1;
  for (const [i, s] of h.sessions.entries()) {
    const n = `第 ${i + 1} 个开放时段`;
    if (!isTimeOfDay(s.from) || !isTimeOfDay(s.to)) return `${n}的时间格式应为“09:00”`;
    if (minutes(s.from) >= minutes(s.to)) return `${n}的结束时间应晚于开始时间`;
    if (minutes(s.from) < minutes(b.opens) || minutes(s.to) > minutes(b.closes)) return `${n}应在 ${b.opens} 至 ${b.closes} 之间`;
    if (minutes(s.from) < previousEnd) return `${n}与前一个时段重叠或顺序颠倒，请按时间先后填写`;
    if (minutes(s.to) - minutes(s.from) < h.slotMinutes) return `${n}不足一个预约时段（${h.slotMinutes} 分钟）`;
    previousEnd = minutes(s.to);
  }
  return null;
}

/** The slots of one day: none on a day that is not a working day of the calendar; a slot never runs past its session. */
export function slotsOfDay(hours: ZoneHours, working: boolean): Slot[] {
  if (!working) return [];
  const out: Slot[] = [];
  for (const s of hours.sessions) {
    for (let m = minutes(s.from); m + hours.slotMinutes <= minutes(s.to); m += hours.slotMinutes) {
      out.push({ starts: hhmm(m), ends: hhmm(m + hours.slotMinutes), capacity: hours.slotCapacity });
    }
  }
  return out;
}

/** The instant a slot time of a Beijing date stands for. */
export const instantOf = (day: string, time: string): Date => new Date(`${day}T${time}:00+08:00`);

export type BookingProblem = 'SLOT_PAST' | 'SLOT_TOO_FAR' | 'SLOT_UNKNOWN';

/** Whether a slot of `day` may still be booked at `now`: it has not begun, and lies within the horizon. */
export function bookingProblem(slots: Slot[], day: string, starts: string, now: Date): BookingProblem | null {
  if (!slots.some((s) => s.starts === starts)) return 'SLOT_UNKNOWN';
  if (instantOf(day, starts).getTime() <= now.getTime()) return 'SLOT_PAST';
  const today = shanghaiDateOf(now);
  const last = new Date(`${today}T00:00:00+08:00`);
  last.setUTCDate(last.getUTCDate() + BOOKING_HORIZON_DAYS);
  if (instantOf(day, '00:00').getTime() >= last.getTime()) return 'SLOT_TOO_FAR';
  return null;
}

export interface PastAppointment {
  day: string;
  ends: string;
  status: 'booked' | 'cancelled' | 'checked-in' | 'no-show';
}

/** A booked appointment whose slot ended (plus grace) with no check-in counts as a no-show, as one marked so. */
export function isNoShow(a: PastAppointment, now: Date): boolean {
  if (a.status === 'no-show') return true;
  return a.status === 'booked' && instantOf(a.day, a.ends).getTime() + NO_SHOW_GRACE_MINUTES * 60_000 < now.getTime();
}

/**
 * The no-show rule: `noShowLimit` no-shows whose slots lie within the last `noShowWindowDays` block booking for
 * `blockDays` from the latest of them. Returns the last blocked date, or null.
 */
export function blockedUntil(history: PastAppointment[], now: Date, rules: HallRules): string | null {
  const today = shanghaiDateOf(now);
  const days = history.filter((a) => isNoShow(a, now)).map((a) => a.day).sort();
  let until: string | null = null;
  // each run of `noShowLimit` no-shows inside one window starts a block from its last one; a block outlives the window
  for (let i = rules.noShowLimit - 1; i < days.length; i++) {
    if (days[i]! < addDays(days[i - rules.noShowLimit + 1]!, rules.noShowWindowDays)) {
      const end = addDays(days[i]!, rules.blockDays);
      if (!until || end > until) until = end;
    }
  }
  return until && until >= today ? until : null;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Age in whole years on a date, from the birth date in a citizen ID number; null when it carries none. */
export function ageOn(idNumber: string | null | undefined, day: string): number | null {
  if (!idNumber || !/^\d{17}[\dX]$/.test(idNumber)) return null;
  const birth = birthDateOfIdNumber(idNumber);
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) >= birth.slice(5) ? years : years - 1;
}

/**
 * The priority of a queue number: 绿色通道 first, then an appointment checked in before its slot ended, then visitors of
 * 60 and over, then everyone else. A late appointment queues as a walk-in (or as elderly).
 */
export function priorityOf(input: { greenChannel: boolean; appointment?: { day: string; ends: string } | null; idNumber?: string | null; now: Date }): { priority: number; reason: PriorityReason } {
  if (input.greenChannel) return { priority: PRIORITY.green, reason: 'green' };
  const a = input.appointment;
  if (a && a.day === shanghaiDateOf(input.now) && input.now.getTime() <= instantOf(a.day, a.ends).getTime()) return { priority: PRIORITY.appointment, reason: 'appointment' };
  const age = ageOn(input.idNumber, shanghaiDateOf(input.now));
  if (age !== null && age >= ELDERLY_AGE) return { priority: PRIORITY.elderly, reason: 'elderly' };
  return { priority: PRIORITY.walkIn, reason: 'walkIn' };
}

export interface Queued {
  priority: number;
  issuedAt: Date;
  seq: number;
}

/** The calling order: higher priority first, then first come first served. */
export const queueOrder = (a: Queued, b: Queued): number => b.priority - a.priority || a.issuedAt.getTime() - b.issuedAt.getTime() || a.seq - b.seq;

/** A008, B120: the zone's letter and the day's sequence. */
export const queueNumber = (letter: string, seq: number): string => `${letter}${String(seq).padStart(3, '0')}`;
