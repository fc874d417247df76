import { AppError, type AppDeps } from '../core/index.js';
import { departmentById, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { usersOfDepartment } from '../identity/index.js';
import type { Queryable } from '../db/index.js';
import { trackDeadline } from './deadlines.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import { ticketKindNames } from './rules.js';
import * as store from './store.js';

/** Tells the handlers of a department that a ticket has arrived. */
export async function notifyDepartment(tx: Queryable, t: store.TicketRow, departmentId: string, what: string): Promise<void> {
  const staff = await usersOfDepartment(tx, departmentId);
  for (const u of staff.filter((s) => s.roles.some((r) => r === 'reviewer' || r === 'head'))) {
    await notify(tx, { userId: u.id, title: `12345 工单${what}`, body: `${t.number}（${ticketKindNames[t.kind]}）：${t.title}，请于 ${t.due_date ?? '规定期限'} 前办理答复。`, link: `/tickets/${t.id}`, key: `ticket-${what}:${t.id}:${t.version}:${u.id}` });
  }
}

/**
 * The operator dispatches the ticket to a department (by default the category's): the clock starts with the
 * category's working days. A returned ticket dispatched again starts a new clock.
 */
export async function dispatchTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { departmentId?: string; note?: string }) {
  if (!can(actor, 'operate')) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'dispatch', actor);
    if (!t.category_code) throw new AppError('TICKET_NOT_CLASSIFIED');
    const category = (await store.categoryByCode(tx, t.category_code))!;
    const departmentId = input.departmentId ?? category.department_id;
    if (!(await departmentById(tx, departmentId))) throw new AppError('TICKET_DEPARTMENT_UNKNOWN');
    const now = deps.clock.now();
    const deadline = await trackDeadline(tx, {
      subjectKind: 'ticket',
      subjectId: t.id,
      title: `12345 工单 ${t.number}：${t.title}`,
      departmentId,
      regionCode: t.region_code.trim(),
      startedAt: now,
      workingDays: category.working_days,
    });
    const saved = await store.saveTicket(tx, { ...t, status: 'dispatched', department_id: departmentId, dispatched_at: now, due_date: deadline.dueOn, updated_at: now });
    await recordEvent(tx, saved, { action: 'dispatched', at: now, actorId: actor.userId, to: departmentId, reason: input.note?.trim() || null, data: { dueOn: deadline.dueOn, workingDays: category.working_days } });
    await notifyDepartment(tx, saved, departmentId, '派单');
    return saved;
  });
}
