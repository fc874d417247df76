/** Guide accuracy in numbers: flags per item, for the item's statistics and the dashboards. */
import type { Queryable } from '../db/index.js';
import * as store from './store.js';

export interface GuideFeedbackStats {
  itemCode: string;
  itemName: string;
  departmentId: string;
  total: number;
  open: number;
  resolved: number;
  dismissed: number;
  wrong: number;
  unclear: number;
}

export async function guideFeedbackStats(q: Queryable, filter: { itemCodes?: string[]; departmentId?: string } = {}): Promise<GuideFeedbackStats[]> {
  const rows = await store.feedbackCounts(q, { itemCodes: filter.itemCodes ?? null, departmentId: filter.departmentId ?? null });
  return rows.map((r) => ({ itemCode: r.item_code, itemName: r.item_name, departmentId: r.department_id, total: r.total, open: r.open, resolved: r.resolved, dismissed: r.dismissed, wrong: r.wrong, unclear: r.unclear }));
}
