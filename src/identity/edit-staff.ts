import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { checkStaffRoles, checkWindow, managedDepartment, managedStaff, type Admin } from './managed.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import { handOver, type HandedOver } from './staff-handover.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

export interface EditStaffInput {
  name?: string;
  roles?: string[];
  departmentId?: string;
  windowId?: string | null;
  phone?: string | null;
  reason: string;
}

/**
 * Changes an account's name, roles, department or window. Someone who leaves a department or stops being a reviewer
 * hands their open work back to the department's queue, due dates unchanged, in the same transaction.
 */
export async function editStaff(deps: { db: Db; clock: Clock }, admin: Admin, userId: string, input: EditStaffInput): Promise<{ staff: store.UserRow; handedOver: HandedOver[] }> {
  const roles = input.roles ? checkStaffRoles(input.roles) : undefined;
  if (userId === admin.userId && roles && !roles.includes('admin')) throw new AppError('STAFF_SELF');
  const department = input.departmentId ? await managedDepartment(deps.db, admin, input.departmentId) : undefined;
  const at = deps.clock.now();
  const handedOver = await deps.db.transaction(async (tx) => {
    const before = await managedStaff(tx, admin, userId, true);
    const departmentId = department?.id ?? before.department_id;
    const after = {
      name: input.name ?? before.name,
      roles: roles ?? before.roles,
      departmentId,
      regionCode: department ? department.region_code.trim() : before.region_code!.trim(),
      windowId: await checkWindow(tx, input.windowId === undefined ? (departmentId === before.department_id ? before.window_id : null) : input.windowId, departmentId),
      phone: input.phone === undefined ? before.phone : input.phone,
    };
    await staffStore.updateStaff(tx, userId, after);
    const leftDepartment = before.department_id !== after.departmentId;
    const stoppedReviewing = before.roles.some((r) => r === 'reviewer' || r === 'head') && !after.roles.some((r) => r === 'reviewer' || r === 'head');
    const moved = leftDepartment || stoppedReviewing ? await handOver(tx, { userId, departmentId: before.department_id, successorId: null, actorId: admin.userId, reason: input.reason, at }) : [];
    await auditStaffChange(tx, {
      chain: staffChain(userId),
      action: 'staff.changed',
      actorId: admin.userId,
      at,
      reason: input.reason,
      data: {
        before: { name: before.name, roles: before.roles, departmentId: before.department_id, windowId: before.window_id },
        after: { name: after.name, roles: after.roles, departmentId: after.departmentId, windowId: after.windowId },
        handedOver: moved,
      },
    });
    return moved;
  });
  return { staff: (await store.userById(deps.db, userId))!, handedOver };
}
