import type { Role } from '../../api/types';
import type { AnswerOf } from '../../api/typed';

export type Staff = AnswerOf<'/api/v1/admin/staff', 'get'>['items'][number];
export type AdminDepartment = AnswerOf<'/api/v1/admin/departments', 'get'>['items'][number];
export type ServiceWindow = AnswerOf<'/api/v1/admin/windows', 'get'>['items'][number];

export const STAFF_ROLES: Role[] = ['clerk', 'reviewer', 'head', 'agent', 'supervisor', 'inspector', 'admin'];
