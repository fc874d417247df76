import { randomInt } from 'node:crypto';
import { applicationForVisit } from '../applications/index.js';
import { appendAudit } from '../audit/index.js';
import { dayInfo, loadCalendar } from '../calendar/index.js';
import { getPublishedBundleByCode, getPublishedItemByCode } from '../catalog/index.js';
import { AppError, beijingDate, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { announce } from './live.js';
import { can } from './policy.js';
import { blockedUntil, bookingProblem, DEFAULT_RULES, instantOf, isNoShow, slotsOfDay, type HallRules } from './rules.js';
import * as store from './store.js';

export type Subject = { itemCode: string } | { bundleCode: string } | { applicationId: string };

export interface ResolvedSubject {
  kind: 'item' | 'bundle' | 'application';
  ref: string;
  title: string;
  zone: store.ZoneRow;
}

const hoursOf = (z: store.ZoneRow) => ({ sessions: z.sessions, slotMinutes: z.slot_minutes, slotCapacity: z.slot_capacity });

/** What a booking is for, and the zone of the hall whose windows handle it. */
export async function resolveSubject(q: Queryable, actor: Actor, s: Subject): Promise<ResolvedSubject> {
  let kind: ResolvedSubject['kind'];
  let ref: string;
  let title: string;
  let department: string;
  let region: string;
  if ('itemCode' in s) {
    const item = await getPublishedItemByCode(q, s.itemCode);
    if (!item) throw new AppError('HALL_SUBJECT_NOT_FOUND');
    [kind, ref, title, department, region] = ['item', item.code, item.name, item.department.code, item.regionCode.trim()];
  } else if ('bundleCode' in s) {
    const bundle = await getPublishedBundleByCode(q, s.bundleCode);
    const first = bundle?.members[0] && (await getPublishedItemByCode(q, bundle.members[0].itemCode));
    if (!bundle || !first) throw new AppError('HALL_SUBJECT_NOT_FOUND');
    [kind, ref, title, department, region] = ['bundle', bundle.code, bundle.name, first.department.code, first.regionCode.trim()];
  } else {
    const a = await applicationForVisit(q, s.applicationId);
    if (!a || a.applicantUserId !== actor.userId) throw new AppError('HALL_SUBJECT_NOT_FOUND');
    [kind, ref, title, department, region] = ['application', s.applicationId, `${a.title}（${a.number}）`, a.departmentCode, a.departmentRegion];
  }
  const zone = await store.zoneServing(q, region, department);
  if (!zone) throw new AppError('HALL_ZONE_NOT_FOUND');
  return { kind, ref, title, zone };
}

/** The slots of a zone from `from` for the booking horizon, with the places left: working days of the calendar only. */
export async function slotsFrom(q: Queryable, zone: store.ZoneRow, from: string, days: number, now: Date) {
  const cal = await loadCalendar(q, zone.region_code);
  const out: Array<{ day: string; slots: Array<{ starts: string; ends: string; capacity: number; left: number; open: boolean }> }> = [];
  for (let i = 0; i < days; i++) {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    const day = d.toISOString().slice(0, 10);
    const slots = slotsOfDay(hoursOf(zone), dayInfo(cal, day).working);
    if (!slots.length) continue;
    const taken = await store.takenOn(q, zone.id, day);
    out.push({
      day,
      slots: slots.map((s) => {
        const left = Math.max(0, s.capacity - (taken.get(s.starts) ?? 0));
        return { ...s, left, open: left > 0 && bookingProblem(slots, day, s.starts, now) === null };
      }),
    });
  }
  return out;
}

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const bookingCode = () => Array.from({ length: 8 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');

async function checkSlot(q: Queryable, zone: store.ZoneRow, day: string, starts: string, now: Date) {
  const cal = await loadCalendar(q, zone.region_code);
  if (!dayInfo(cal, day).working) throw new AppError('HALL_NOT_WORKING_DAY', { day: beijingDate(day) });
  const slots = slotsOfDay(hoursOf(zone), true);
  const problem = bookingProblem(slots, day, starts, now);
  if (problem) throw new AppError(({ SLOT_PAST: 'HALL_SLOT_PAST', SLOT_TOO_FAR: 'HALL_SLOT_TOO_FAR', SLOT_UNKNOWN: 'HALL_SLOT_UNKNOWN' } as const)[problem]);
  return slots.find((s) => s.starts === starts)!;
}

/** The person's bookings of the last weeks, locked against a parallel booking of theirs, and the rules they meet. */
async function bookingState(tx: Queryable, actor: Actor, regionCode: string, now: Date): Promise<{ rules: HallRules; history: store.AppointmentRow[] }> {
  await store.lockUser(tx, actor.userId);
  const rules = (await store.rulesOf(tx, regionCode)) ?? DEFAULT_RULES;
  const since = new Date(now.getTime() - (rules.noShowWindowDays + rules.blockDays + 1) * 86_400_000);
  const history = await store.appointmentsOfUser(tx, actor.userId, shanghaiDateOf(since));
  const until = blockedUntil(history, now, rules);
  if (until) {
    const count = history.filter((a) => isNoShow(a, now)).length;
    throw new AppError('HALL_BOOKING_BLOCKED', { days: rules.noShowWindowDays, count, until: beijingDate(until) });
  }
  return { rules, history };
}

const isActive = (a: store.AppointmentRow, now: Date) => a.status === 'booked' && instantOf(a.day, a.ends).getTime() > now.getTime();

export async function book(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, input: { subject: Subject; day: string; starts: string }): Promise<store.AppointmentRow> {
  if (!can(actor, 'book')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  const subject = await resolveSubject(deps.db, actor, input.subject);
  const zone = subject.zone;
  const slot = await checkSlot(deps.db, zone, input.day, input.starts, now);
  const row = await deps.db.transaction(async (tx) => {
    const { rules, history } = await bookingState(tx, actor, zone.region_code, now);
    if (history.filter((a) => isActive(a, now)).length >= rules.maxActive) throw new AppError('HALL_TOO_MANY_BOOKINGS', { max: rules.maxActive });
    if (history.some((a) => a.status === 'booked' && a.zone_id === zone.id && a.day === input.day)) throw new AppError('HALL_SAME_DAY_BOOKED');
    if (!(await store.takePlace(tx, zone.id, input.day, slot.starts, slot.capacity))) throw new AppError('HALL_SLOT_FULL');
    const a = await store.insertAppointment(tx, {
      id: newId(), code: bookingCode(), user_id: actor.userId, zone_id: zone.id, region_code: zone.region_code, day: input.day, starts: slot.starts, ends: slot.ends,
      subject_kind: subject.kind, subject_ref: subject.ref, subject_title: subject.title, status: 'booked', booked_at: now, changed_at: now, version: 1,
    });
    await appendAudit(tx, { chain: `hall-appointment:${a.id}`, actorId: actor.userId, action: 'hall.booked', data: { code: a.code, zone: zone.code, day: a.day, starts: a.starts, subject: `${a.subject_kind}:${a.subject_ref}` }, at: now });
    return a;
  });
  announce(deps.db, { regionCode: zone.region_code, userIds: [actor.userId] });
  return row;
}

async function ownBooked(tx: Queryable, actor: Actor, id: string): Promise<store.AppointmentRow> {
  const a = await store.appointmentById(tx, id, true);
  if (!a || a.user_id !== actor.userId) throw new AppError('HALL_APPOINTMENT_NOT_FOUND');
  if (a.status !== 'booked') throw new AppError('HALL_APPOINTMENT_CLOSED', { status: appointmentStatusNames[a.status] });
  return a;
}

export const appointmentStatusNames: Record<store.AppointmentRow['status'], string> = { booked: '已预约', cancelled: '已取消', 'checked-in': '已签到取号', 'no-show': '失约' };

/** Moves a booking to another slot of the same zone: the new place is taken before the old one is given back. */
export async function reschedule(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { day: string; starts: string }): Promise<store.AppointmentRow> {
  if (!can(actor, 'book')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  const before = await store.appointmentById(deps.db, id);
  if (!before || before.user_id !== actor.userId) throw new AppError('HALL_APPOINTMENT_NOT_FOUND');
  const zone = (await store.zoneById(deps.db, before.zone_id))!;
  const slot = await checkSlot(deps.db, zone, input.day, input.starts, now);
  const row = await deps.db.transaction(async (tx) => {
    const { history } = await bookingState(tx, actor, zone.region_code, now);
    const a = await ownBooked(tx, actor, id);
    if (instantOf(a.day, a.starts) <= now) throw new AppError('HALL_SLOT_PAST');
    if (history.some((x) => x.id !== a.id && x.status === 'booked' && x.zone_id === zone.id && x.day === input.day)) throw new AppError('HALL_SAME_DAY_BOOKED');
    if (!(await store.takePlace(tx, zone.id, input.day, slot.starts, slot.capacity))) throw new AppError('HALL_SLOT_FULL');
    await store.releasePlace(tx, zone.id, a.day, a.starts);
    const after = await store.setAppointment(tx, a.id, { status: 'booked', day: input.day, starts: slot.starts, ends: slot.ends, at: now });
    await appendAudit(tx, { chain: `hall-appointment:${a.id}`, actorId: actor.userId, action: 'hall.rescheduled', data: { from: `${a.day} ${a.starts}`, to: `${after.day} ${after.starts}` }, at: now });
    return after;
  });
  announce(deps.db, { regionCode: zone.region_code, userIds: [actor.userId] });
  return row;
}

export async function cancel(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string): Promise<store.AppointmentRow> {
  if (!can(actor, 'book')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const a = await ownBooked(tx, actor, id);
    if (instantOf(a.day, a.starts) <= now) throw new AppError('HALL_SLOT_PAST');
    await store.releasePlace(tx, a.zone_id, a.day, a.starts);
    const after = await store.setAppointment(tx, a.id, { status: 'cancelled', day: a.day, starts: a.starts, ends: a.ends, at: now });
    await appendAudit(tx, { chain: `hall-appointment:${a.id}`, actorId: actor.userId, action: 'hall.cancelled', data: { code: a.code }, at: now });
    return after;
  });
  announce(deps.db, { regionCode: row.region_code, userIds: [actor.userId] });
  return row;
}
