import { applicationForVisit, type VisitApplication } from '../applications/index.js';
import { appendAudit } from '../audit/index.js';
import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { inActorRegion, type Actor } from '../identity/index.js';
import { inviteToRateVisit } from '../ratings/index.js';
import { announce } from './live.js';
import { can } from './policy.js';
import * as store from './store.js';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export const ticketStatusNames: Record<store.TicketRow['status'], string> = { waiting: '等候中', called: '请到窗口', done: '已办结', 'no-show': '过号' };

/** A window of the hall the clerk may work at: in their region (or below it). */
export async function windowFor(q: Queryable, actor: Actor, windowId: string): Promise<store.HallWindowRow> {
  const w = await store.hallWindowById(q, windowId);
  if (!w) throw new AppError('HALL_WINDOW_NOT_FOUND');
  if (!can(actor, 'call', w.region_code)) throw new AppError('FORBIDDEN');
  return w;
}

async function calledTicket(tx: Queryable, actor: Actor, id: string): Promise<store.TicketRow> {
  const t = await store.ticketById(tx, id, true);
  if (!t) throw new AppError('HALL_TICKET_NOT_FOUND');
  if (!can(actor, 'call', t.region_code)) throw new AppError('FORBIDDEN');
  if (t.status !== 'called') throw new AppError('HALL_TICKET_STATE', { number: t.number, status: ticketStatusNames[t.status] });
  return t;
}

const told = (db: Deps['db'], t: store.TicketRow) => announce(db, { regionCode: t.region_code, userIds: t.user_id ? [t.user_id] : [] });
const audit = (tx: Queryable, actor: Actor, t: store.TicketRow, action: string, data: Record<string, unknown>, at: Date) =>
  appendAudit(tx, { chain: `hall-ticket:${t.id}`, actorId: actor.userId, action, data: { number: t.number, ...data }, at });

/** 叫号: the next number of the window's zone; a window serves one visitor at a time. */
export async function callNext(deps: Deps, actor: Actor, windowId: string): Promise<store.TicketRow> {
  const now = deps.clock.now();
  const day = shanghaiDateOf(now);
  const t = await deps.db.transaction(async (tx) => {
    const w = await windowFor(tx, actor, windowId);
    const busy = await store.calledAt(tx, w.id, day);
    if (busy) throw new AppError('HALL_WINDOW_BUSY', { number: busy.number });
    const next = await store.callNext(tx, w.zone_id, w.id, day, actor.userId, now);
    if (!next) throw new AppError('HALL_QUEUE_EMPTY');
    await audit(tx, actor, next, 'hall.called', { window: w.code }, now);
    return next;
  });
  told(deps.db, t);
  return t;
}

/** 重呼: the same number is called again (shown again on the screen). */
export async function recall(deps: Deps, actor: Actor, id: string): Promise<store.TicketRow> {
  const now = deps.clock.now();
  const t = await deps.db.transaction(async (tx) => {
    const t0 = await calledTicket(tx, actor, id);
    const t1 = await store.saveTicket(tx, { ...t0, calls: t0.calls + 1, called_at: now });
    await audit(tx, actor, t1, 'hall.recalled', { calls: t1.calls }, now);
    return t1;
  });
  told(deps.db, t);
  return t;
}

/** 转窗: back in the queue, for one other window (of any zone of the same hall), keeping its place by the time it was issued. */
export async function transfer(deps: Deps, actor: Actor, id: string, toWindowId: string): Promise<store.TicketRow> {
  const now = deps.clock.now();
  const t = await deps.db.transaction(async (tx) => {
    const t0 = await calledTicket(tx, actor, id);
    if (t0.window_id === toWindowId) throw new AppError('HALL_TRANSFER_SAME_WINDOW');
    const to = await store.hallWindowById(tx, toWindowId);
    const zone = to && (await store.zoneById(tx, to.zone_id));
    if (!to || !zone || zone.region_code !== t0.region_code) throw new AppError('HALL_WINDOW_NOT_FOUND');
    const t1 = await store.saveTicket(tx, { ...t0, status: 'waiting', zone_id: zone.id, target_window_id: to.id, window_id: null, called_at: null, transfers: t0.transfers + 1 });
    await audit(tx, actor, t1, 'hall.transferred', { to: to.code }, now);
    return t1;
  });
  told(deps.db, t);
  return t;
}

/** 过号: the visitor did not come to the window; an appointment's visitor counts as a no-show. */
export async function markNoShow(deps: Deps, actor: Actor, id: string): Promise<store.TicketRow> {
  const now = deps.clock.now();
  const t = await deps.db.transaction(async (tx) => {
    const t0 = await calledTicket(tx, actor, id);
    const t1 = await store.saveTicket(tx, { ...t0, status: 'no-show', finished_at: now });
    if (t0.appointment_id) {
      const a = (await store.appointmentById(tx, t0.appointment_id, true))!;
      await store.setAppointment(tx, a.id, { status: 'no-show', day: a.day, starts: a.starts, ends: a.ends, at: now });
    }
    await audit(tx, actor, t1, 'hall.no-show', {}, now);
    return t1;
  });
  told(deps.db, t);
  return t;
}

/** 办结: the visit is over; it names the application it served (by default the one the appointment was for). */
export async function finish(deps: Deps, actor: Actor, id: string, input: { applicationId?: string }): Promise<{ ticket: store.TicketRow; ratingCode: string | null }> {
  const now = deps.clock.now();
  const t = await deps.db.transaction(async (tx) => {
    const t0 = await calledTicket(tx, actor, id);
    let applicationId = input.applicationId ?? null;
    const appointment = t0.appointment_id ? await store.appointmentById(tx, t0.appointment_id) : undefined;
    if (!applicationId && appointment?.subject_kind === 'application') applicationId = appointment.subject_ref;
    let application: VisitApplication | undefined;
    if (applicationId) {
      // only an application this window could handle: filed in its region or brought to it across regions
      application = await applicationForVisit(tx, applicationId);
      if (!application || !(inActorRegion(actor, application.authorityRegion) || inActorRegion(actor, application.windowRegion))) throw new AppError('NOT_FOUND', { what: '办件' });
    }
    const t1 = await store.saveTicket(tx, { ...t0, status: 'done', finished_at: now, application_id: applicationId });
    await audit(tx, actor, t1, 'hall.served', { applicationId }, now);
    // 一次一评: the visit is rated against the department whose matter was handled (the clerk's own at a comprehensive window)
    const departmentId = application?.departmentId ?? actor.departmentId;
    let ratingCode: string | null = null;
    if (departmentId) {
      const zone = await store.zoneById(tx, t1.zone_id);
      const handling = await inviteToRateVisit(tx, {
        ticketId: t1.id,
        number: t1.number,
        visitorUserId: t1.user_id,
        visitorName: t1.name,
        itemName: application?.title ?? appointment?.subject_title ?? `${zone?.name ?? ''}窗口办事`,
        itemCode: null,
        applicationId,
        departmentId,
        regionCode: t1.region_code,
        clerkId: actor.userId,
        at: now,
      });
      ratingCode = handling.rating_code;
    }
    return { ticket: t1, ratingCode };
  });
  told(deps.db, t.ticket);
  return t;
}
