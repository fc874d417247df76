import type { Queryable } from '../db/index.js';
import * as store from './store.js';
import type { DepartmentRef } from './types.js';

/**
 * 两头办理 made visible: per department, how many published items are fully authorised to the window (窗口授权到位)
 * and decided on the platform, and their share. The seeds report such a share (82.81%) as a measure of the hall's reality.
 */
export interface AuthorisedShare {
  department: DepartmentRef;
  items: number;
  authorisedToWindow: number;
  decidedOnPlatform: number;
  /** both authorised to the window and decided on the platform */
  fully: number;
  /** fully / items, in percent with two decimals */
  share: number;
}

export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);

export async function authorisedShareByDepartment(
  q: Queryable,
  regionCode: string | null = null,
): Promise<{ overall: Omit<AuthorisedShare, 'department'>; departments: AuthorisedShare[] }> {
  const rows = await store.authorisedShareRows(q, regionCode);
  const departments = rows.map((r) => ({
    department: { id: r.department_id, code: r.department_code, name: r.department_name },
    items: r.items,
    authorisedToWindow: r.authorised,
    decidedOnPlatform: r.decided_on_platform,
    fully: r.fully,
    share: percent(r.fully, r.items),
  }));
  const sum = (f: (d: AuthorisedShare) => number) => departments.reduce((n, d) => n + f(d), 0);
  const items = sum((d) => d.items);
  const fully = sum((d) => d.fully);
  return {
    overall: { items, authorisedToWindow: sum((d) => d.authorisedToWindow), decidedOnPlatform: sum((d) => d.decidedOnPlatform), fully, share: percent(fully, items) },
    departments,
  };
}
