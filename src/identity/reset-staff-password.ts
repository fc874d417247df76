import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { managedStaff, type Admin } from './managed.js';
import { passwordProblem } from './password-rule.js';
import { hashPassword } from './passwords.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

/**
 * Sets a new password the administrator hands over in person; the old sessions end and a lockout is lifted.
 * Only the fact and the reason go into the audit log.
 */
export async function resetStaffPassword(deps: { db: Db; clock: Clock }, admin: Admin, userId: string, input: { password: string; reason: string }): Promise<{ sessionsEnded: number }> {
  const target = await managedStaff(deps.db, admin, userId);
  const problem = passwordProblem(input.password, target.username);
  if (problem) throw new AppError('WEAK_PASSWORD', { reason: problem });
  const hash = await hashPassword(input.password);
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await managedStaff(tx, admin, userId, true);
    await staffStore.setPasswordHash(tx, userId, hash);
    const sessionsEnded = await store.deleteSessionsOf(tx, userId);
    await auditStaffChange(tx, { chain: staffChain(userId), action: 'staff.passwordReset', actorId: admin.userId, at, reason: input.reason, data: { sessionsEnded } });
    return { sessionsEnded };
  });
}
