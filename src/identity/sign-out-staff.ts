import type { Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { managedStaff, type Admin } from './managed.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import * as store from './store.js';

/** Force sign-out: every session of the account ends now. */
export async function signOutStaff(deps: { db: Db; clock: Clock }, admin: Admin, userId: string, input: { reason: string }): Promise<{ sessionsEnded: number }> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await managedStaff(tx, admin, userId, true);
    const sessionsEnded = await store.deleteSessionsOf(tx, userId);
    await auditStaffChange(tx, { chain: staffChain(userId), action: 'staff.signedOut', actorId: admin.userId, at, reason: input.reason, data: { sessionsEnded } });
    return { sessionsEnded };
  });
}
