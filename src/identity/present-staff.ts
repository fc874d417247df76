/** What leaves the server about staff, departments and windows: never a password hash, phone numbers masked. */
import { z } from 'zod';
import { maskPhone } from '../core/index.js';
import { roleNames } from './roles.js';
import type { DepartmentRow, UserRow } from './store.js';
import type { WindowRow } from './store-staff.js';

export const StaffOut = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  roleNames: z.array(z.string()),
  departmentId: z.string().nullable(),
  regionCode: z.string().nullable(),
  windowId: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  statusName: z.string(),
  disabledAt: z.string().nullable(),
  disabledReason: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const presentStaff = (u: UserRow): z.infer<typeof StaffOut> => ({
  id: u.id,
  username: u.username,
  name: u.name,
  roles: u.roles,
  roleNames: u.roles.map((r) => roleNames[r]?.zh ?? r),
  departmentId: u.department_id,
  regionCode: u.region_code?.trim() ?? null,
  windowId: u.window_id,
  phoneMasked: maskPhone(u.phone),
  status: u.disabled_at ? 'disabled' : 'active',
  statusName: u.disabled_at ? '已停用' : '在岗',
  disabledAt: u.disabled_at?.toISOString() ?? null,
  disabledReason: u.disabled_reason,
  lockedUntil: u.locked_until?.toISOString() ?? null,
  createdAt: u.created_at.toISOString(),
});

export const HandedOverOut = z.object({ subjectKind: z.string(), subjectId: z.string(), title: z.string(), dueOn: z.string().nullable(), toUserId: z.string().nullable() });

export const DepartmentOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  documentPrefix: z.string().nullable().describe('发文代字（文书编号前缀）；空则按行政区划首字与部门简称生成'),
  activeReviewers: z.number().int(),
  activeHeads: z.number().int(),
});

export const presentDepartment = (d: DepartmentRow, counts: { reviewers: number; heads: number }): z.infer<typeof DepartmentOut> => ({
  id: d.id,
  code: d.code,
  name: d.name,
  shortName: d.short_name,
  uscc: d.uscc,
  regionCode: d.region_code.trim(),
  documentPrefix: d.document_prefix ?? null,
  activeReviewers: counts.reviewers,
  activeHeads: counts.heads,
});

export const WindowOut = z.object({ id: z.string(), code: z.string(), name: z.string(), departmentId: z.string(), regionCode: z.string(), location: z.string().nullable(), active: z.boolean() });

export const presentWindow = (w: WindowRow): z.infer<typeof WindowOut> => ({
  id: w.id,
  code: w.code,
  name: w.name,
  departmentId: w.department_id,
  regionCode: w.region_code.trim(),
  location: w.location,
  active: w.active,
});
