import { AppError, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { managedStaff, type Admin } from './managed.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import { handOver, type HandedOver } from './staff-handover.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

const HANDLING_ROLES = ['reviewer', 'head', 'clerk', 'inspector', 'agent'] as const;

/** A colleague who can take the work over: active, same department, holding one of the leaver's handling roles. */
async function checkSuccessor(q: Queryable, leaver: store.UserRow, successorId: string): Promise<string> {
  const s = await store.userById(q, successorId);
  const sharesRole = !!s && HANDLING_ROLES.some((r) => leaver.roles.includes(r) && s.roles.includes(r));
  if (!s || s.id === leaver.id || s.disabled_at || s.department_id !== leaver.department_id || !sharesRole) throw new AppError('SUCCESSOR_INVALID');
  return s.id;
}

/**
 * Disables an account: it can no longer sign in, its sessions end at once, and its open work (cases it took up,
 * tickets, owed materials) moves to the named colleague or back to the department's queue with every deadline intact.
 */
export async function disableStaff(
  deps: { db: Db; clock: Clock },
  admin: Admin,
  userId: string,
  input: { reason: string; successorId?: string | null },
): Promise<{ staff: store.UserRow; sessionsEnded: number; handedOver: HandedOver[] }> {
  if (userId === admin.userId) throw new AppError('STAFF_SELF');
  const at = deps.clock.now();
  const result = await deps.db.transaction(async (tx) => {
    const user = await managedStaff(tx, admin, userId, true);
    if (user.disabled_at) throw new AppError('STAFF_ALREADY_DISABLED');
    const successorId = input.successorId ? await checkSuccessor(tx, user, input.successorId) : null;
    await staffStore.setDisabled(tx, userId, at, input.reason);
    const sessionsEnded = await store.deleteSessionsOf(tx, userId);
    const handedOver = await handOver(tx, { userId, departmentId: user.department_id, successorId, actorId: admin.userId, reason: input.reason, at });
    await auditStaffChange(tx, { chain: staffChain(userId), action: 'staff.disabled', actorId: admin.userId, at, reason: input.reason, data: { successorId, sessionsEnded, handedOver } });
    return { sessionsEnded, handedOver };
  });
  return { staff: (await store.userById(deps.db, userId))!, ...result };
}
