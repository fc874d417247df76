import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { managedStaff, type Admin } from './managed.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

/** Lets a disabled account sign in again (its handed-over work stays where it went). */
export async function enableStaff(deps: { db: Db; clock: Clock }, admin: Admin, userId: string, input: { reason: string }): Promise<store.UserRow> {
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const user = await managedStaff(tx, admin, userId, true);
    if (!user.disabled_at) throw new AppError('STAFF_NOT_DISABLED');
    await staffStore.setDisabled(tx, userId, null, null);
    await auditStaffChange(tx, { chain: staffChain(userId), action: 'staff.enabled', actorId: admin.userId, at, reason: input.reason });
  });
  return (await store.userById(deps.db, userId))!;
}
