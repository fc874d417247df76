/** Loading what an administrator is about to change, with the region check every staff use case needs. */
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from './actor.js';
import { assertInRegion } from './policy.js';
import { ROLES, roleNames, type Role } from './roles.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

export type Admin = Actor & { regionCode: string };

/** Roles a staff account may hold: every role but the applicant's. */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'applicant') as Exclude<Role, 'applicant'>[];

export async function managedStaff(q: Queryable, admin: Admin, userId: string, lock = false): Promise<store.UserRow> {
  const u = lock ? await staffStore.lockUser(q, userId) : await store.userById(q, userId);
  if (!u || u.kind !== 'staff') throw new AppError('STAFF_NOT_FOUND');
  assertInRegion(admin, u.region_code);
  return u;
}

export async function managedDepartment(q: Queryable, admin: Admin, departmentId: string): Promise<store.DepartmentRow> {
  const d = await store.departmentById(q, departmentId);
  if (!d) throw new AppError('DEPARTMENT_NOT_FOUND');
  assertInRegion(admin, d.region_code);
  return d;
}

export async function managedRegion(q: Queryable, admin: Admin, code: string): Promise<string> {
  const r = await staffStore.regionByCode(q, code);
  if (!r) throw new AppError('REGION_NOT_FOUND', { code });
  assertInRegion(admin, r.code);
  return r.code;
}

export function checkStaffRoles(roles: readonly string[]): Role[] {
  for (const r of roles) if (!(STAFF_ROLES as string[]).includes(r)) throw new AppError('STAFF_ROLE_INVALID', { role: roleNames[r as Role]?.zh ?? r });
  return [...new Set(roles)] as Role[];
}

/** A window must belong to the person's department. */
export async function checkWindow(q: Queryable, windowId: string | null | undefined, departmentId: string | null): Promise<string | null> {
  if (!windowId) return null;
  const w = await staffStore.windowById(q, windowId);
  if (!w) throw new AppError('WINDOW_NOT_FOUND');
  if (w.department_id !== departmentId) throw new AppError('WINDOW_OF_OTHER_DEPARTMENT');
  return w.id;
}
