/**
 * Staff administration in the audit log (DESIGN invariant 5): every change to an account, a department or a window
 * appends to that record's own chain, in the change's transaction, with who did it and why. Never a password or hash.
 */
import { appendAudit, chainEntries } from '../audit/index.js';
import type { Queryable } from '../db/index.js';

export const staffChain = (userId: string) => `staff:${userId}`;
export const departmentChain = (id: string) => `department:${id}`;
export const windowChain = (id: string) => `window:${id}`;

export type StaffAction =
  | 'staff.created'
  | 'staff.changed'
  | 'staff.disabled'
  | 'staff.enabled'
  | 'staff.passwordReset'
  | 'staff.signedOut'
  | 'department.created'
  | 'department.changed'
  | 'window.created'
  | 'window.changed';

export const staffActionNames: Record<StaffAction, string> = {
  'staff.created': '创建账号',
  'staff.changed': '修改账号',
  'staff.disabled': '停用账号',
  'staff.enabled': '恢复账号',
  'staff.passwordReset': '重置密码',
  'staff.signedOut': '强制下线',
  'department.created': '新增部门',
  'department.changed': '修改部门',
  'window.created': '新增窗口',
  'window.changed': '修改窗口',
};

export async function auditStaffChange(
  tx: Queryable,
  e: { chain: string; action: StaffAction; actorId: string | null; at: Date; reason: string; data?: Record<string, unknown> },
): Promise<void> {
  await appendAudit(tx, { chain: e.chain, actorId: e.actorId, action: e.action, at: e.at, data: { ...e.data, reason: e.reason } });
}

/** A record's chain read back for the administrator: what changed, when, by whom and why. */
export async function staffHistory(q: Queryable, chain: string, nameOf: (id: string) => Promise<string | undefined>) {
  const entries = await chainEntries(q, chain);
  const names = new Map<string, string>();
  for (const id of new Set(entries.map((e) => e.actorId).filter((x): x is string => !!x))) names.set(id, (await nameOf(id)) ?? '');
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    action: e.action,
    actionName: staffActionNames[e.action as StaffAction] ?? e.action,
    actorName: e.actorId ? (names.get(e.actorId) ?? '') : '系统（命令行）',
    reason: typeof e.data.reason === 'string' ? e.data.reason : null,
  }));
}
