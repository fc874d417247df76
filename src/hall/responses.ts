import { z } from 'zod';

/** Response shapes of the hall: nothing else leaves the server. */
const Instant = z.string().describe('ISO 8601 instant');
const Ref = z.object({ id: z.string(), name: z.string() });

export const ZoneResponse = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    letter: z.string().describe('queue numbers of this zone begin with it'),
    departmentCodes: z.array(z.string()),
    sessions: z.array(z.object({ from: z.string(), to: z.string() })).describe('opening hours on working days (Beijing time)'),
    slotMinutes: z.number().int(),
    slotCapacity: z.number().int(),
    waiting: z.number().int(),
    windows: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), location: z.string().nullable() })),
  })
  .meta({ id: 'HallZone' });

export const ZonesResponse = z.object({ regionCode: z.string(), zones: z.array(ZoneResponse) });

export const AppointmentResponse = z
  .object({
    id: z.string(),
    code: z.string().describe('booking code, shown at check-in'),
    status: z.enum(['booked', 'cancelled', 'checked-in', 'no-show']),
    statusName: z.string(),
    day: z.string(),
    starts: z.string(),
    ends: z.string(),
    zone: Ref,
    subject: z.object({ kind: z.enum(['item', 'bundle', 'application']), kindName: z.string(), ref: z.string(), title: z.string() }),
    bookedAt: Instant,
    changeable: z.boolean().describe('may still be rescheduled or cancelled'),
  })
  .meta({ id: 'HallAppointment' });

export const TicketResponse = z
  .object({
    id: z.string(),
    number: z.string().describe('queue number, e.g. A012'),
    status: z.enum(['waiting', 'called', 'done', 'no-show']),
    statusName: z.string(),
    priority: z.number().int(),
    priorityName: z.string(),
    zone: Ref,
    window: Ref.nullable(),
    transferredTo: Ref.nullable(),
    name: z.string().nullable(),
    idNumber: z.string().nullable().describe('masked'),
    issuedAt: Instant,
    calledAt: Instant.nullable(),
    calls: z.number().int(),
    finishedAt: Instant.nullable(),
    ahead: z.number().int().nullable().describe('numbers called before this one (waiting only)'),
    applicationId: z.string().nullable(),
    appointmentCode: z.string().nullable(),
    visitFor: z
      .object({ kind: z.enum(['item', 'bundle', 'application']), kindName: z.string(), title: z.string(), applicationId: z.string().nullable() })
      .nullable()
      .describe('what the appointment was booked for (none for a walk-in)'),
  })
  .meta({ id: 'HallTicket' });

export const FinishedTicketResponse = TicketResponse.extend({
  ratingCode: z.string().nullable().describe('评价码: the visitor rates this visit with it on the counter pad or online (一次一评)'),
}).meta({ id: 'HallFinishedTicket' });

const SlotDay = z.object({
  day: z.string(),
  slots: z.array(z.object({ starts: z.string(), ends: z.string(), capacity: z.number().int(), left: z.number().int(), open: z.boolean() })),
});

export const SlotsResponse = z.object({ zone: Ref, subjectTitle: z.string(), days: z.array(SlotDay) });

export const RulesResponse = z.object({
  regionCode: z.string(),
  maxActive: z.number().int(),
  noShowLimit: z.number().int(),
  noShowWindowDays: z.number().int(),
  blockDays: z.number().int(),
});

export const MyHallResponse = z.object({
  appointments: z.array(AppointmentResponse),
  tickets: z.array(TicketResponse).describe('today’s queue numbers'),
  blockedUntil: z.string().nullable().describe('booking blocked for no-shows until this date'),
});

export const PanelResponse = z.object({
  window: z.object({ id: z.string(), code: z.string(), name: z.string(), zone: Ref }),
  current: TicketResponse.nullable(),
  waiting: z.array(TicketResponse),
  waitingCount: z.number().int(),
});

export const ScreenResponse = z
  .object({
    regionCode: z.string(),
    at: Instant,
    calls: z.array(z.object({ id: z.string(), number: z.string(), window: z.string(), zone: z.string(), calledAt: Instant, calls: z.number().int(), serving: z.boolean() })),
    zones: z.array(z.object({ id: z.string(), name: z.string(), letter: z.string(), waiting: z.number().int() })),
  })
  .meta({ id: 'HallScreen' });

export const MyLiveResponse = z.object({ tickets: z.array(TicketResponse) });

export const TimesResponse = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      window: Ref,
      hour: z.number().int().describe('hour of the day (Beijing) of the first call'),
      visits: z.number().int(),
      avgWaitMinutes: z.number().nullable(),
      avgHandleMinutes: z.number().nullable(),
    }),
  ),
});
