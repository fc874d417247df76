import type { Queryable } from '../db/index.js';
import { activeCountsByDepartment } from './store-staff.js';

/** Of the given departments, those without a single active reviewer: nobody could decide their cases. */
export async function departmentsWithoutActiveReviewer(q: Queryable, departmentIds: readonly string[]): Promise<string[]> {
  const counts = await activeCountsByDepartment(q, departmentIds, 'reviewer');
  return departmentIds.filter((id) => !counts.get(id));
}

export async function hasActiveReviewer(q: Queryable, departmentId: string): Promise<boolean> {
  return (await departmentsWithoutActiveReviewer(q, [departmentId])).length === 0;
}
