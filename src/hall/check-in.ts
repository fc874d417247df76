import { appendAudit } from '../audit/index.js';
import { AppError, beijingDate, identifierReasonText, newId, shanghaiDateOf, validateIdNumber, type AppDeps } from '../core/index.js';
import { userById, type Actor } from '../identity/index.js';
import { announce } from './live.js';
import { can } from './policy.js';
import { priorityOf, queueNumber } from './rules.js';
import * as store from './store.js';

export interface CheckInInput {
  /** the booking code on the confirmation */
  code?: string;
  /** or the visitor's ID number: today's appointment if there is one, else a walk-in number */
  idNumber?: string;
  /** a walk-in chooses the zone of their business */
  zoneId?: string;
  name?: string;
  greenChannel?: boolean;
}

/**
 * Arrival at the hall (取号): a booking code or an ID number finds today's appointment and gives a number with the
 * appointment's priority; without one, a walk-in number in the chosen zone. The elderly and 绿色通道 go ahead.
 */
export async function checkIn(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, input: CheckInInput): Promise<store.TicketRow> {
  const now = deps.clock.now();
  const today = shanghaiDateOf(now);
  const idNumber = input.idNumber?.trim().toUpperCase() || null;
  if (idNumber) {
    const v = validateIdNumber(idNumber, today);
    if (!v.valid) throw new AppError('HALL_ID_INVALID', { reason: identifierReasonText[v.reason].zh });
  }
  if (!actor.regionCode || !can(actor, 'checkIn', actor.regionCode)) throw new AppError('FORBIDDEN');
  const ticket = await deps.db.transaction(async (tx) => {
    let appointment: store.AppointmentRow | undefined;
    if (input.code) {
      appointment = await store.appointmentByCode(tx, input.code.trim().toUpperCase(), true);
      if (!appointment || !can(actor, 'checkIn', appointment.region_code)) throw new AppError('HALL_APPOINTMENT_NOT_FOUND');
      if (appointment.status === 'checked-in') {
        const open = await store.openTicketOf(tx, { userId: appointment.user_id }, appointment.region_code, today);
        throw new AppError('HALL_ALREADY_CHECKED_IN', { number: open?.number ?? '' });
      }
      if (appointment.status !== 'booked') throw new AppError('HALL_APPOINTMENT_CLOSED', { status: appointment.status === 'cancelled' ? '取消' : '失约' });
      if (appointment.day !== today) throw new AppError('HALL_CHECK_IN_NOT_TODAY', { day: beijingDate(appointment.day) });
    } else if (idNumber) {
      appointment = await store.appointmentOfIdNumber(tx, idNumber, actor.regionCode!, today);
    }
    const zone = appointment ? await store.zoneById(tx, appointment.zone_id) : input.zoneId ? await store.zoneById(tx, input.zoneId) : undefined;
    if (!zone || !can(actor, 'checkIn', zone.region_code)) throw new AppError('HALL_ZONE_NOT_FOUND');
    if (!appointment && !idNumber) throw new AppError('HALL_ID_INVALID', { reason: '请刷身份证或填写身份证号码' });
    const user = appointment ? await userById(tx, appointment.user_id) : undefined;
    const visitorId = user?.id_number ?? idNumber;
    const open = await store.openTicketOf(tx, { userId: user?.id, idNumber: visitorId }, zone.region_code, today);
    if (open) throw new AppError('HALL_ALREADY_CHECKED_IN', { number: open.number });
    const p = priorityOf({ greenChannel: !!input.greenChannel, appointment, idNumber: visitorId, now });
    const seq = await store.nextSeq(tx, zone.id, today);
    const t = await store.insertTicket(tx, {
      id: newId(), zone_id: zone.id, region_code: zone.region_code, day: today, seq, number: queueNumber(zone.letter, seq), appointment_id: appointment?.id ?? null,
      user_id: user?.id ?? null, name: user?.name ?? (input.name?.trim() || null), id_number: visitorId, priority: p.priority, priority_reason: p.reason, issued_at: now,
    });
    if (appointment) await store.setAppointment(tx, appointment.id, { status: 'checked-in', day: appointment.day, starts: appointment.starts, ends: appointment.ends, at: now });
    await appendAudit(tx, { chain: `hall-ticket:${t.id}`, actorId: actor.userId, action: 'hall.checked-in', data: { number: t.number, zone: zone.code, priority: p.reason, appointment: appointment?.code ?? null }, at: now });
    return t;
  });
  announce(deps.db, { regionCode: ticket.region_code, userIds: ticket.user_id ? [ticket.user_id] : [] });
  return ticket;
}
