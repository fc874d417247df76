import { departmentsWithPublishedItems } from '../catalog/index.js';
import type { Queryable } from '../db/index.js';
import { departmentsWithoutActiveReviewer, listDepartments } from '../identity/index.js';

export interface StaffingGap {
  departmentId: string;
  name: string;
}

/**
 * Departments that own a published item but have no active reviewer: applications for their items would wait forever.
 * The dashboard flags them (and the catalog refuses to publish new versions for them) until the administrator adds one.
 */
export async function staffingGaps(q: Queryable, departmentId?: string): Promise<StaffingGap[]> {
  const owning = (await departmentsWithPublishedItems(q)).filter((id) => !departmentId || id === departmentId);
  const gaps = new Set(await departmentsWithoutActiveReviewer(q, owning));
  if (gaps.size === 0) return [];
  return (await listDepartments(q)).filter((d) => gaps.has(d.id)).map((d) => ({ departmentId: d.id, name: d.name }));
}
