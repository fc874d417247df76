import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { managedDepartment, type Admin } from './managed.js';
import { assertInRegion } from './policy.js';
import { auditStaffChange, windowChain } from './staff-audit.js';
import * as staffStore from './store-staff.js';

export interface WindowInput {
  code: string;
  name: string;
  departmentId: string;
  location?: string | null;
  reason: string;
}

const snapshot = (w: staffStore.WindowRow) => ({ code: w.code, name: w.name, departmentId: w.department_id, location: w.location, active: w.active });

/** A window (窗口) of the hall, staffed by a department. */
export async function createWindow(deps: { db: Db; clock: Clock }, admin: Admin, input: WindowInput): Promise<staffStore.WindowRow> {
  const department = await managedDepartment(deps.db, admin, input.departmentId);
  const row: staffStore.WindowRow = { id: newId(), code: input.code, name: input.name, department_id: department.id, region_code: department.region_code.trim(), location: input.location ?? null, active: true };
  await deps.db.transaction(async (tx) => {
    await staffStore.insertWindow(tx, row);
    await auditStaffChange(tx, { chain: windowChain(row.id), action: 'window.created', actorId: admin.userId, at: deps.clock.now(), reason: input.reason, data: snapshot(row) });
  });
  return (await staffStore.windowById(deps.db, row.id))!;
}

/** Renames, moves or closes a window (a closed window keeps its history). */
export async function editWindow(
  deps: { db: Db; clock: Clock },
  admin: Admin,
  id: string,
  input: { name?: string; departmentId?: string; location?: string | null; active?: boolean; reason: string },
): Promise<staffStore.WindowRow> {
  const before = await staffStore.windowById(deps.db, id);
  if (!before) throw new AppError('WINDOW_NOT_FOUND');
  assertInRegion(admin, before.region_code);
  const department = input.departmentId ? await managedDepartment(deps.db, admin, input.departmentId) : undefined;
  const after: staffStore.WindowRow = {
    ...before,
    name: input.name ?? before.name,
    department_id: department?.id ?? before.department_id,
    region_code: department?.region_code.trim() ?? before.region_code,
    location: input.location === undefined ? before.location : input.location,
    active: input.active ?? before.active,
  };
  await deps.db.transaction(async (tx) => {
    await staffStore.updateWindow(tx, after);
    await auditStaffChange(tx, { chain: windowChain(id), action: 'window.changed', actorId: admin.userId, at: deps.clock.now(), reason: input.reason, data: { before: snapshot(before), after: snapshot(after) } });
  });
  return (await staffStore.windowById(deps.db, id))!;
}
