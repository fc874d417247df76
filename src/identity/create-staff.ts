import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { checkStaffRoles, checkWindow, managedDepartment, managedRegion, type Admin } from './managed.js';
import { passwordProblem } from './password-rule.js';
import { hashPassword } from './passwords.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import * as store from './store.js';

export interface CreateStaffInput {
  username: string;
  name: string;
  password: string;
  roles: string[];
  departmentId: string;
  /** defaults to the department's region */
  regionCode?: string;
  windowId?: string | null;
  phone?: string | null;
  reason: string;
}

/** A new staff account in the administrator's region tree; the password is hashed and never stored or logged as given. */
export async function createStaff(deps: { db: Db; clock: Clock }, admin: Admin, input: CreateStaffInput): Promise<store.UserRow> {
  const roles = checkStaffRoles(input.roles);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new AppError('WEAK_PASSWORD', { reason: problem });
  const department = await managedDepartment(deps.db, admin, input.departmentId);
  const regionCode = await managedRegion(deps.db, admin, input.regionCode ?? department.region_code.trim());
  const windowId = await checkWindow(deps.db, input.windowId, department.id);
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await store.insertUser(tx, { id, username: input.username, passwordHash, name: input.name, roles, kind: 'staff', departmentId: department.id, regionCode, phone: input.phone ?? null, windowId });
    await auditStaffChange(tx, {
      chain: staffChain(id),
      action: 'staff.created',
      actorId: admin.userId,
      at,
      reason: input.reason,
      data: { username: input.username, name: input.name, roles, departmentId: department.id, regionCode, windowId },
    });
  });
  return (await store.userById(deps.db, id))!;
}
