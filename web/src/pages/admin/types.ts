import type { Role } from '../../api/types';

export interface Staff {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  roleNames: string[];
  departmentId: string | null;
  regionCode: string | null;
  windowId: string | null;
  phoneMasked: string | null;
  status: 'active' | 'disabled';
  statusName: string;
  disabledAt: string | null;
  disabledReason: string | null;
  lockedUntil: string | null;
  createdAt: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  actionName: string;
  actorName: string;
  reason: string | null;
}

export interface AdminDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
  uscc: string | null;
  regionCode: string;
  /** 发文代字; null: derived from the region and the short name */
  documentPrefix: string | null;
  activeReviewers: number;
  activeHeads: number;
}

export interface ServiceWindow {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  regionCode: string;
  location: string | null;
  active: boolean;
}

export interface HandedOver {
  subjectKind: string;
  subjectId: string;
  title: string;
  dueOn: string | null;
  toUserId: string | null;
}

export const STAFF_ROLES: Role[] = ['clerk', 'reviewer', 'head', 'agent', 'supervisor', 'inspector', 'admin'];
