/** Roles from DESIGN.md. A user may hold several. */
export const ROLES = [
  'applicant',
  'agent',
  'clerk',
  'reviewer',
  'head',
  'supervisor',
  'inspector',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const roleNames: Record<Role, { zh: string; en: string }> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  agent: { zh: '帮代办员', en: 'Agent' },
  clerk: { zh: '综合窗口人员', en: 'Window clerk' },
  reviewer: { zh: '部门审核人员', en: 'Reviewer' },
  head: { zh: '部门负责人', en: 'Department head' },
  supervisor: { zh: '审批服务局监管人员', en: 'Supervisor' },
  inspector: { zh: '执法检查人员', en: 'Inspector' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};
