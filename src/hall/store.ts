import type { Queryable } from '../db/index.js';
import type { HallRules, Session } from './rules.js';

/** The hall's SQL: zones and their windows, slots, appointments, queue numbers. */

export interface ZoneRow {
  id: string;
  region_code: string;
  code: string;
  name: string;
  letter: string;
  department_codes: string[];
  sessions: Session[];
  slot_minutes: number;
  slot_capacity: number;
  sort: number;
}

export interface HallWindowRow {
  id: string;
  code: string;
  name: string;
  zone_id: string;
  region_code: string;
  location: string | null;
}

export interface AppointmentRow {
  id: string;
  code: string;
  user_id: string;
  zone_id: string;
  region_code: string;
  day: string;
  starts: string;
  ends: string;
  subject_kind: 'item' | 'bundle' | 'application';
  subject_ref: string;
  subject_title: string;
  status: 'booked' | 'cancelled' | 'checked-in' | 'no-show';
  booked_at: Date;
  changed_at: Date;
  version: number;
}

export interface TicketRow {
  id: string;
  zone_id: string;
  region_code: string;
  day: string;
  seq: number;
  number: string;
  appointment_id: string | null;
  user_id: string | null;
  name: string | null;
  id_number: string | null;
  priority: number;
  priority_reason: string;
  status: 'waiting' | 'called' | 'done' | 'no-show';
  target_window_id: string | null;
  window_id: string | null;
  clerk_id: string | null;
  issued_at: Date;
  called_at: Date | null;
  first_called_at: Date | null;
  calls: number;
  finished_at: Date | null;
  application_id: string | null;
  transfers: number;
  version: number;
}

const DAY = `to_char(day, 'YYYY-MM-DD') AS day`;
const ZONE_COLUMNS = 'id, trim(region_code) AS region_code, code, name, letter, department_codes, sessions, slot_minutes, slot_capacity, sort';
const APPOINTMENT_COLUMNS = `id, code, user_id, zone_id, trim(region_code) AS region_code, ${DAY}, starts, ends, subject_kind, subject_ref, subject_title, status, booked_at, changed_at, version`;
const TICKET_COLUMNS = `id, zone_id, trim(region_code) AS region_code, ${DAY}, seq, number, appointment_id, user_id, name, id_number, priority, priority_reason, status,
  target_window_id, window_id, clerk_id, issued_at, called_at, first_called_at, calls, finished_at, application_id, transfers, version`;

// ---- zones and windows -------------------------------------------------------------------------------------------
export async function insertZone(q: Queryable, z: ZoneRow): Promise<void> {
  await q.query(
    `INSERT INTO hall_zones (id, region_code, code, name, letter, department_codes, sessions, slot_minutes, slot_capacity, sort) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [z.id, z.region_code, z.code, z.name, z.letter, z.department_codes, JSON.stringify(z.sessions), z.slot_minutes, z.slot_capacity, z.sort],
  );
}

export async function assignWindow(q: Queryable, windowId: string, zoneId: string): Promise<void> {
  await q.query('INSERT INTO hall_zone_windows (window_id, zone_id) VALUES ($1, $2) ON CONFLICT (window_id) DO UPDATE SET zone_id = $2', [windowId, zoneId]);
}

export async function zonesOf(q: Queryable, regionCode: string): Promise<ZoneRow[]> {
  return q.query<ZoneRow>(`SELECT ${ZONE_COLUMNS} FROM hall_zones WHERE region_code = $1 ORDER BY sort, code`, [regionCode]);
}

export async function zoneById(q: Queryable, id: string): Promise<ZoneRow | undefined> {
  return (await q.query<ZoneRow>(`SELECT ${ZONE_COLUMNS} FROM hall_zones WHERE id = $1`, [id]))[0];
}

export async function setZoneHours(q: Queryable, id: string, h: { sessions: Session[]; slot_minutes: number; slot_capacity: number }): Promise<ZoneRow | undefined> {
  return (
    await q.query<ZoneRow>(`UPDATE hall_zones SET sessions = $2, slot_minutes = $3, slot_capacity = $4 WHERE id = $1 RETURNING ${ZONE_COLUMNS}`, [id, JSON.stringify(h.sessions), h.slot_minutes, h.slot_capacity])
  )[0];
}

/** The zone of a region that serves a department's items. */
export async function zoneServing(q: Queryable, regionCode: string, departmentCode: string): Promise<ZoneRow | undefined> {
  return (await q.query<ZoneRow>(`SELECT ${ZONE_COLUMNS} FROM hall_zones WHERE region_code = $1 AND $2 = ANY(department_codes) ORDER BY sort LIMIT 1`, [regionCode, departmentCode]))[0];
}

export async function windowsOf(q: Queryable, regionCode: string): Promise<HallWindowRow[]> {
  return q.query<HallWindowRow>(
    `SELECT w.id, w.code, w.name, hw.zone_id, trim(w.region_code) AS region_code, w.location
       FROM hall_zone_windows hw JOIN service_windows w ON w.id = hw.window_id JOIN hall_zones z ON z.id = hw.zone_id
      WHERE z.region_code = $1 AND w.active ORDER BY z.sort, w.code`,
    [regionCode],
  );
}

export async function hallWindowById(q: Queryable, id: string): Promise<HallWindowRow | undefined> {
  return (
    await q.query<HallWindowRow>(
      `SELECT w.id, w.code, w.name, hw.zone_id, trim(w.region_code) AS region_code, w.location
         FROM hall_zone_windows hw JOIN service_windows w ON w.id = hw.window_id WHERE w.id = $1 AND w.active`,
      [id],
    )
  )[0];
}

// ---- rules ------------------------------------------------------------------------------------------------------
export async function rulesOf(q: Queryable, regionCode: string): Promise<HallRules | undefined> {
  const rows = await q.query<{ max_active: number; no_show_limit: number; no_show_window_days: number; block_days: number }>('SELECT * FROM hall_rules WHERE region_code = $1', [regionCode]);
  const r = rows[0];
  return r && { maxActive: r.max_active, noShowLimit: r.no_show_limit, noShowWindowDays: r.no_show_window_days, blockDays: r.block_days };
}

export async function saveRules(q: Queryable, regionCode: string, r: HallRules): Promise<void> {
  await q.query(
    `INSERT INTO hall_rules (region_code, max_active, no_show_limit, no_show_window_days, block_days) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (region_code) DO UPDATE SET max_active = $2, no_show_limit = $3, no_show_window_days = $4, block_days = $5`,
    [regionCode, r.maxActive, r.noShowLimit, r.noShowWindowDays, r.blockDays],
  );
}

// ---- slots ------------------------------------------------------------------------------------------------------
export async function takenOn(q: Queryable, zoneId: string, day: string): Promise<Map<string, number>> {
  const rows = await q.query<{ starts: string; taken: number }>('SELECT starts, taken FROM hall_slots WHERE zone_id = $1 AND day = $2', [zoneId, day]);
  return new Map(rows.map((r) => [r.starts, Number(r.taken)]));
}

/**
 * Takes one place of a slot, or none: a single statement, so that of two people racing for the last place exactly one
 * gets a row back (the other waits on the row lock, then finds it full).
 */
export async function takePlace(q: Queryable, zoneId: string, day: string, starts: string, capacity: number): Promise<boolean> {
  await q.query('INSERT INTO hall_slots (zone_id, day, starts, capacity) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [zoneId, day, starts, capacity]);
  const rows = await q.query('UPDATE hall_slots SET taken = taken + 1 WHERE zone_id = $1 AND day = $2 AND starts = $3 AND taken < capacity RETURNING taken', [zoneId, day, starts]);
  return rows.length === 1;
}

export async function releasePlace(q: Queryable, zoneId: string, day: string, starts: string): Promise<void> {
  await q.query('UPDATE hall_slots SET taken = taken - 1 WHERE zone_id = $1 AND day = $2 AND starts = $3 AND taken > 0', [zoneId, day, starts]);
}

// ---- appointments ---------------------------------------------------------------------------------------------------
export async function insertAppointment(q: Queryable, a: AppointmentRow): Promise<AppointmentRow> {
  return (
    await q.query<AppointmentRow>(
      `INSERT INTO hall_appointments (id, code, user_id, zone_id, region_code, day, starts, ends, subject_kind, subject_ref, subject_title, status, booked_at, changed_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING ${APPOINTMENT_COLUMNS}`,
      [a.id, a.code, a.user_id, a.zone_id, a.region_code, a.day, a.starts, a.ends, a.subject_kind, a.subject_ref, a.subject_title, a.status, a.booked_at, a.changed_at],
    )
  )[0]!;
}

export async function appointmentById(q: Queryable, id: string, forUpdate = false): Promise<AppointmentRow | undefined> {
  return (await q.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM hall_appointments WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

/** The appointments of several queue numbers, in one statement. */
export async function appointmentsByIds(q: Queryable, ids: string[]): Promise<Map<string, AppointmentRow>> {
  if (!ids.length) return new Map();
  const rows = await q.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM hall_appointments WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((a) => [a.id, a]));
}

export async function appointmentByCode(q: Queryable, code: string, forUpdate = false): Promise<AppointmentRow | undefined> {
  return (await q.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM hall_appointments WHERE code = $1${forUpdate ? ' FOR UPDATE' : ''}`, [code]))[0];
}

/** Today's booked appointment of the person with this ID number, in a region. */
export async function appointmentOfIdNumber(q: Queryable, idNumber: string, regionCode: string, day: string): Promise<AppointmentRow | undefined> {
  return (
    await q.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM hall_appointments
        WHERE user_id IN (SELECT id FROM users WHERE id_number = $1) AND region_code = $2 AND day = $3 AND status = 'booked' ORDER BY starts LIMIT 1 FOR UPDATE`,
      [idNumber, regionCode, day],
    )
  )[0];
}

export async function appointmentsOfUser(q: Queryable, userId: string, since: string): Promise<AppointmentRow[]> {
  return q.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM hall_appointments WHERE user_id = $1 AND day >= $2 ORDER BY day DESC, starts DESC`, [userId, since]);
}

export async function setAppointment(q: Queryable, id: string, patch: { status: AppointmentRow['status']; day: string; starts: string; ends: string; at: Date }): Promise<AppointmentRow> {
  return (
    await q.query<AppointmentRow>(
      `UPDATE hall_appointments SET status = $2, day = $3, starts = $4, ends = $5, changed_at = $6, version = version + 1 WHERE id = $1 RETURNING ${APPOINTMENT_COLUMNS}`,
      [id, patch.status, patch.day, patch.starts, patch.ends, patch.at],
    )
  )[0]!;
}

/** Serialises one person's bookings, so that two parallel bookings cannot both pass the per-person limit. */
export async function lockUser(q: Queryable, userId: string): Promise<void> {
  await q.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);
}

// ---- queue numbers --------------------------------------------------------------------------------------------------
export async function nextSeq(q: Queryable, zoneId: string, day: string): Promise<number> {
  const rows = await q.query<{ last: number }>(
    'INSERT INTO hall_counters (zone_id, day, last) VALUES ($1, $2, 1) ON CONFLICT (zone_id, day) DO UPDATE SET last = hall_counters.last + 1 RETURNING last',
    [zoneId, day],
  );
  return Number(rows[0]!.last);
}

export async function insertTicket(q: Queryable, t: Omit<TicketRow, 'status' | 'target_window_id' | 'window_id' | 'clerk_id' | 'called_at' | 'first_called_at' | 'calls' | 'finished_at' | 'application_id' | 'transfers' | 'version'>): Promise<TicketRow> {
  return (
    await q.query<TicketRow>(
      `INSERT INTO hall_tickets (id, zone_id, region_code, day, seq, number, appointment_id, user_id, name, id_number, priority, priority_reason, status, issued_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,'waiting',$13) RETURNING ${TICKET_COLUMNS}`,
      [t.id, t.zone_id, t.region_code, t.day, t.seq, t.number, t.appointment_id, t.user_id, t.name, t.id_number, t.priority, t.priority_reason, t.issued_at],
    )
  )[0]!;
}

export async function ticketById(q: Queryable, id: string, forUpdate = false): Promise<TicketRow | undefined> {
  return (await q.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]))[0];
}

/** A person's open number today in a region (one at a time). */
export async function openTicketOf(q: Queryable, by: { userId?: string | null; idNumber?: string | null }, regionCode: string, day: string): Promise<TicketRow | undefined> {
  if (!by.userId && !by.idNumber) return undefined;
  return (
    await q.query<TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE region_code = $1 AND day = $2 AND status IN ('waiting', 'called')
         AND ((user_id IS NOT NULL AND user_id = $3) OR (id_number IS NOT NULL AND id_number = $4)) LIMIT 1`,
      [regionCode, day, by.userId ?? null, by.idNumber ?? null],
    )
  )[0];
}

export async function ticketsOfUser(q: Queryable, userId: string, day: string): Promise<TicketRow[]> {
  return q.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE user_id = $1 AND day = $2 ORDER BY issued_at DESC`, [userId, day]);
}

export async function calledAt(q: Queryable, windowId: string, day: string): Promise<TicketRow | undefined> {
  return (await q.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE window_id = $1 AND day = $2 AND status = 'called' LIMIT 1`, [windowId, day]))[0];
}

/**
 * Calls the first waiting number of the zone for this window (priority, then first come), in one statement; SKIP LOCKED
 * lets two windows of one zone call at once without taking the same number.
 */
export async function callNext(q: Queryable, zoneId: string, windowId: string, day: string, clerkId: string, at: Date): Promise<TicketRow | undefined> {
  return (
    await q.query<TicketRow>(
      `UPDATE hall_tickets SET status = 'called', window_id = $2, clerk_id = $4, called_at = $5, first_called_at = coalesce(first_called_at, $5), calls = calls + 1, version = version + 1
        WHERE id = (SELECT id FROM hall_tickets WHERE zone_id = $1 AND day = $3 AND status = 'waiting' AND (target_window_id IS NULL OR target_window_id = $2)
                     ORDER BY priority DESC, issued_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${TICKET_COLUMNS}`,
      [zoneId, windowId, day, clerkId, at],
    )
  )[0];
}

export async function saveTicket(q: Queryable, t: TicketRow): Promise<TicketRow> {
  return (
    await q.query<TicketRow>(
      `UPDATE hall_tickets SET zone_id = $2, status = $3, target_window_id = $4, window_id = $5, clerk_id = $6, called_at = $7, calls = $8, finished_at = $9,
         application_id = $10, transfers = $11, version = version + 1 WHERE id = $1 RETURNING ${TICKET_COLUMNS}`,
      [t.id, t.zone_id, t.status, t.target_window_id, t.window_id, t.clerk_id, t.called_at, t.calls, t.finished_at, t.application_id, t.transfers],
    )
  )[0]!;
}

/** How many are ahead of a waiting number in its zone. */
export async function aheadOf(q: Queryable, t: TicketRow): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM hall_tickets WHERE zone_id = $1 AND day = $2 AND status = 'waiting'
       AND (priority > $3 OR (priority = $3 AND (issued_at < $4 OR (issued_at = $4 AND seq < $5))))`,
    [t.zone_id, t.day, t.priority, t.issued_at, t.seq],
  );
  return Number(rows[0]!.n);
}

export async function waitingByZone(q: Queryable, regionCode: string, day: string): Promise<Map<string, number>> {
  const rows = await q.query<{ zone_id: string; n: number }>(`SELECT zone_id, count(*) AS n FROM hall_tickets WHERE region_code = $1 AND day = $2 AND status = 'waiting' GROUP BY zone_id`, [regionCode, day]);
  return new Map(rows.map((r) => [r.zone_id, Number(r.n)]));
}

export async function waitingOfZone(q: Queryable, zoneId: string, day: string, limit: number): Promise<TicketRow[]> {
  return q.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE zone_id = $1 AND day = $2 AND status = 'waiting' ORDER BY priority DESC, issued_at, seq LIMIT $3`, [zoneId, day, limit]);
}

/** The latest calls of a region's hall today, newest first (the calling screen). */
export async function recentCalls(q: Queryable, regionCode: string, day: string, limit: number): Promise<TicketRow[]> {
  return q.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM hall_tickets WHERE region_code = $1 AND day = $2 AND called_at IS NOT NULL AND status IN ('called', 'done') ORDER BY called_at DESC, seq DESC LIMIT $3`,
    [regionCode, day, limit],
  );
}

export interface TimesRow {
  window_id: string;
  hour: number;
  visits: number;
  avg_wait_seconds: number | null;
  avg_handle_seconds: number | null;
}

/** Waiting (issued → first call) and handling (call → done) times, per window and Beijing hour of the call. */
export async function timesByWindowAndHour(q: Queryable, regionCode: string, from: string, to: string): Promise<TimesRow[]> {
  const rows = await q.query<TimesRow>(
    `SELECT window_id, extract(hour FROM first_called_at AT TIME ZONE 'Asia/Shanghai')::int AS hour, count(*) AS visits,
            avg(extract(epoch FROM first_called_at - issued_at)) AS avg_wait_seconds,
            avg(extract(epoch FROM finished_at - called_at)) FILTER (WHERE status = 'done') AS avg_handle_seconds
       FROM hall_tickets
      WHERE region_code = $1 AND day >= $2 AND day <= $3 AND first_called_at IS NOT NULL AND window_id IS NOT NULL
      GROUP BY window_id, hour ORDER BY window_id, hour`,
    [regionCode, from, to],
  );
  return rows.map((r) => ({ ...r, hour: Number(r.hour), visits: Number(r.visits), avg_wait_seconds: r.avg_wait_seconds === null ? null : Number(r.avg_wait_seconds), avg_handle_seconds: r.avg_handle_seconds === null ? null : Number(r.avg_handle_seconds) }));
}

/** Visits of past days (demo history), in one statement. */
export async function insertPastVisits(q: Queryable, rows: Array<Pick<TicketRow, 'id' | 'zone_id' | 'region_code' | 'day' | 'seq' | 'number' | 'priority' | 'priority_reason' | 'window_id' | 'issued_at' | 'first_called_at' | 'finished_at'>>): Promise<void> {
  if (!rows.length) return;
  await q.query(
    `INSERT INTO hall_tickets (id, zone_id, region_code, day, seq, number, priority, priority_reason, status, window_id, issued_at, called_at, first_called_at, calls, finished_at)
     SELECT x.id, x.zone_id, x.region_code, x.day, x.seq, x.number, x.priority, x.priority_reason, 'done', x.window_id, x.issued_at, x.first_called_at, x.first_called_at, 1, x.finished_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, zone_id uuid, region_code varchar, day date, seq int, number text, priority int, priority_reason text,
                                               window_id uuid, issued_at timestamptz, first_called_at timestamptz, finished_at timestamptz)`,
    [JSON.stringify(rows)],
  );
  await q.query(
    `INSERT INTO hall_counters (zone_id, day, last)
     SELECT x.zone_id, x.day, max(x.seq) FROM jsonb_to_recordset($1::jsonb) AS x(zone_id uuid, day date, seq int) GROUP BY x.zone_id, x.day
     ON CONFLICT (zone_id, day) DO UPDATE SET last = greatest(hall_counters.last, excluded.last)`,
    [JSON.stringify(rows.map((r) => ({ zone_id: r.zone_id, day: r.day, seq: r.seq })))],
  );
}
