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
 * Only the departments the dashboard is scoped to (one department, a region's tree as a LIKE pattern, or all) are
 * looked at: a county's supervisor sees the county's gaps, and a province of departments is not checked on every view.
 */
export async function staffingGaps(q: Queryable, scope: { departmentId?: string; regionPattern?: string } = {}): Promise<StaffingGap[]> {
  const departments = await listDepartments(q);
  const prefix = scope.regionPattern?.replace(/%$/, '');
  const inScope = new Set(
    departments
      .filter((d) => (!scope.departmentId || d.id === scope.departmentId) && (prefix === undefined || d.region_code.startsWith(prefix)))
      .map((d) => d.id),
  );
  const owning = (await departmentsWithPublishedItems(q)).filter((id) => inScope.has(id));
  const gaps = new Set(await departmentsWithoutActiveReviewer(q, owning));
  if (gaps.size === 0) return [];
  return departments.filter((d) => gaps.has(d.id)).map((d) => ({ departmentId: d.id, name: d.name }));
}
