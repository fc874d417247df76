import { maskIdNumber } from '../core/index.js';
import { appointmentStatusNames } from './book.js';
import { ticketStatusNames } from './calling.js';
import { instantOf, priorityNames, type PriorityReason } from './rules.js';
import type * as store from './store.js';

const subjectKindNames = { item: '事项', bundle: '一件事', application: '办件' } as const;

export function presentZone(z: store.ZoneRow, windows: store.HallWindowRow[], waiting = 0) {
  return {
    id: z.id,
    code: z.code,
    name: z.name,
    letter: z.letter,
    departmentCodes: z.department_codes,
    sessions: z.sessions,
    slotMinutes: z.slot_minutes,
    slotCapacity: z.slot_capacity,
    waiting,
    windows: windows.filter((w) => w.zone_id === z.id).map((w) => ({ id: w.id, code: w.code, name: w.name, location: w.location })),
  };
}

export function presentAppointment(a: store.AppointmentRow, zones: Map<string, store.ZoneRow>, now: Date) {
  const z = zones.get(a.zone_id);
  return {
    id: a.id,
    code: a.code,
    status: a.status,
    statusName: appointmentStatusNames[a.status],
    day: a.day,
    starts: a.starts,
    ends: a.ends,
    zone: { id: a.zone_id, name: z?.name ?? '' },
    subject: { kind: a.subject_kind, kindName: subjectKindNames[a.subject_kind], ref: a.subject_ref, title: a.subject_title },
    bookedAt: a.booked_at.toISOString(),
    changeable: a.status === 'booked' && instantOf(a.day, a.starts).getTime() > now.getTime(),
  };
}

/** A queue number; the visitor's ID number leaves masked, whoever reads it (the clerk sees the card itself). */
export function presentTicket(t: store.TicketRow, ctx: { zones: Map<string, store.ZoneRow>; windows: Map<string, store.HallWindowRow>; ahead?: number | null; appointment?: store.AppointmentRow | null }) {
  const a = ctx.appointment;
  const w = t.window_id ? ctx.windows.get(t.window_id) : undefined;
  const target = t.target_window_id ? ctx.windows.get(t.target_window_id) : undefined;
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    statusName: ticketStatusNames[t.status],
    priority: t.priority,
    priorityName: priorityNames[t.priority_reason as PriorityReason] ?? '',
    zone: { id: t.zone_id, name: ctx.zones.get(t.zone_id)?.name ?? '' },
    window: w ? { id: w.id, name: w.name } : null,
    transferredTo: t.status === 'waiting' && target ? { id: target.id, name: target.name } : null,
    name: t.name,
    idNumber: maskIdNumber(t.id_number),
    issuedAt: t.issued_at.toISOString(),
    calledAt: t.called_at?.toISOString() ?? null,
    calls: t.calls,
    finishedAt: t.finished_at?.toISOString() ?? null,
    ahead: ctx.ahead ?? null,
    applicationId: t.application_id,
    appointmentCode: a?.code ?? null,
    // what the visitor booked for, so that the window can open it before the visitor sits down
    visitFor: a ? { kind: a.subject_kind, kindName: subjectKindNames[a.subject_kind], title: a.subject_title, applicationId: a.subject_kind === 'application' ? a.subject_ref : null } : null,
  };
}
