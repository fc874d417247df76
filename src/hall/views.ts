import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { presentAppointment, presentTicket, presentZone } from './present.js';
import { blockedUntil, DEFAULT_RULES } from './rules.js';
import * as store from './store.js';

/** The hall's zones and windows of a region, as maps for presenting numbers and appointments. */
export async function hallOf(q: Queryable, regionCode: string) {
  const [zones, windows] = await Promise.all([store.zonesOf(q, regionCode), store.windowsOf(q, regionCode)]);
  return { zoneList: zones, windowList: windows, zones: new Map(zones.map((z) => [z.id, z])), windows: new Map(windows.map((w) => [w.id, w])) };
}

export async function zonesView(q: Queryable, regionCode: string, day: string) {
  const [h, waiting] = await Promise.all([hallOf(q, regionCode), store.waitingByZone(q, regionCode, day)]);
  return { regionCode, zones: h.zoneList.map((z) => presentZone(z, h.windowList, waiting.get(z.id) ?? 0)) };
}

export async function ticketView(q: Queryable, t: store.TicketRow) {
  const h = await hallOf(q, t.region_code);
  const [ahead, appointment] = await Promise.all([
    t.status === 'waiting' ? store.aheadOf(q, t) : Promise.resolve(null),
    t.appointment_id ? store.appointmentById(q, t.appointment_id) : Promise.resolve(undefined),
  ]);
  return presentTicket(t, { ...h, ahead, appointment });
}

/** The calling screen: the latest calls (the newest first) and how many wait in each zone. No personal data. */
export async function screenView(q: Queryable, regionCode: string, now: Date) {
  const day = shanghaiDateOf(now);
  const [h, calls, waiting] = await Promise.all([hallOf(q, regionCode), store.recentCalls(q, regionCode, day, 12), store.waitingByZone(q, regionCode, day)]);
  return {
    regionCode,
    at: now.toISOString(),
    calls: calls.map((t) => ({
      id: t.id, number: t.number, window: (t.window_id && h.windows.get(t.window_id)?.name) || '', zone: h.zones.get(t.zone_id)?.name ?? '',
      calledAt: t.called_at!.toISOString(), calls: t.calls, serving: t.status === 'called',
    })),
    zones: h.zoneList.map((z) => ({ id: z.id, name: z.name, letter: z.letter, waiting: waiting.get(z.id) ?? 0 })),
  };
}

export async function myTicketsView(q: Queryable, userId: string, now: Date) {
  const rows = await store.ticketsOfUser(q, userId, shanghaiDateOf(now));
  return Promise.all(rows.map((t) => ticketView(q, t)));
}

export async function myHallView(q: Queryable, userId: string, regionCode: string | null, now: Date) {
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const rows = await store.appointmentsOfUser(q, userId, shanghaiDateOf(since));
  const regions = [...new Set(rows.map((a) => a.region_code))];
  const zones = new Map<string, store.ZoneRow>();
  for (const r of regions) for (const z of await store.zonesOf(q, r)) zones.set(z.id, z);
  const rules = (regionCode && (await store.rulesOf(q, regionCode))) || DEFAULT_RULES;
  return {
    appointments: rows.map((a) => presentAppointment(a, zones, now)),
    tickets: await myTicketsView(q, userId, now),
    blockedUntil: blockedUntil(rows, now, rules),
  };
}

export async function panelView(q: Queryable, w: store.HallWindowRow, now: Date) {
  const day = shanghaiDateOf(now);
  const zone = (await store.zoneById(q, w.zone_id))!;
  const h = await hallOf(q, zone.region_code);
  const [current, waiting, counts] = await Promise.all([store.calledAt(q, w.id, day), store.waitingOfZone(q, w.zone_id, day, 20), store.waitingByZone(q, zone.region_code, day)]);
  // the window's own queue and what each number was booked for, read in one statement (the panel refreshes on every call)
  const mine = waiting.filter((t) => !t.target_window_id || t.target_window_id === w.id);
  const booked = await store.appointmentsByIds(q, [current, ...mine].flatMap((t) => (t?.appointment_id ? [t.appointment_id] : [])));
  return {
    window: { id: w.id, code: w.code, name: w.name, zone: { id: zone.id, name: zone.name } },
    current: current ? presentTicket(current, { ...h, appointment: current.appointment_id ? booked.get(current.appointment_id) : null }) : null,
    waiting: mine.map((t) => presentTicket(t, { ...h, appointment: t.appointment_id ? booked.get(t.appointment_id) : null })),
    waitingCount: counts.get(w.zone_id) ?? 0,
  };
}
