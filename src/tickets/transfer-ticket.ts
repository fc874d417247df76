import { AppError, type AppDeps } from '../core/index.js';
import { departmentById, type Actor } from '../identity/index.js';
import { reassignDeadline } from './deadlines.js';
import { notifyDepartment } from './dispatch-ticket.js';
import { can } from './policy.js';
import { recordEvent, ticketFor } from './record.js';
import * as store from './store.js';

/**
 * 转办: the ticket moves to another department with a reason. The requester's clock does not restart: the running
 * deadline passes to the new department with its due date (and cards) as they were, and the old department is not
 * credited with concluding it.
 */
export async function transferTicket(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { departmentId: string; reason: string }) {
  return deps.db.transaction(async (tx) => {
    const t = await ticketFor(tx, id, 'transfer', actor);
    if (!can(actor, 'transfer', t)) throw new AppError('FORBIDDEN');
    if (t.department_id === input.departmentId) throw new AppError('TICKET_SAME_DEPARTMENT');
    if (!(await departmentById(tx, input.departmentId))) throw new AppError('TICKET_DEPARTMENT_UNKNOWN');
    const now = deps.clock.now();
    const deadline = await reassignDeadline(tx, 'ticket', t.id, { departmentId: input.departmentId, assigneeId: null, at: now });
    const saved = await store.saveTicket(tx, { ...t, department_id: input.departmentId, due_date: deadline.dueOn, updated_at: now });
    await recordEvent(tx, saved, { action: 'transferred', at: now, actorId: actor.userId, from: t.department_id, to: input.departmentId, reason: input.reason.trim(), data: { dueOn: deadline.dueOn } });
    await notifyDepartment(tx, saved, input.departmentId, '转办');
    return saved;
  });
}
