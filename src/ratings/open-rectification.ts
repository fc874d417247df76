import { newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { usersOfDepartment } from '../identity/index.js';
import { appendAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { closeDeadline, trackDeadline } from './deadlines.js';
import { levelDef } from './levels.js';
import type { RatingSettings } from './rules.js';
import * as store from './store.js';

/**
 * A bad rating opens a rectification for the department that handled the matter, on the deadline engine.
 * Real-name ratings must be followed up (回访) before the rectification closes.
 */
export async function openRectification(tx: Queryable, rating: store.RatingRow, regionCode: string, settings: RatingSettings, at: Date, actorId: string | null): Promise<string> {
  const id = newId();
  const deadline = await trackDeadline(tx, {
    subjectKind: 'rectification',
    subjectId: id,
    title: `差评整改：${rating.item_name}（${levelDef(rating.level).zh}）`,
    departmentId: rating.department_id,
    regionCode,
    startedAt: at,
    workingDays: settings.rectificationDays,
  });
  await store.insertRectification(tx, {
    id,
    rating_id: rating.id,
    department_id: rating.department_id,
    follow_up_required: rating.real_name,
    opened_at: at,
    working_days: settings.rectificationDays,
    due_date: deadline.dueOn,
  });
  await appendAudit(tx, { chain: `rating:${rating.id}`, actorId, action: 'rectification.opened', data: { rectificationId: id, dueOn: deadline.dueOn, workingDays: settings.rectificationDays }, at });
  const staff = await usersOfDepartment(tx, rating.department_id);
  for (const u of staff.filter((s) => s.roles.includes('head') || s.roles.includes('reviewer'))) {
    await notify(tx, {
      userId: u.id,
      title: '收到差评，请核实整改',
      body: `“${rating.item_name}”收到${levelDef(rating.level).zh}评价，请于 ${deadline.dueOn ?? '规定期限'} 前核实整改并反馈。`,
      link: `/ratings/rectifications/${id}`,
      key: `rectification-opened:${id}:${u.id}`,
    });
  }
  return id;
}

/** Ends a rectification that is no longer needed (rating edited to good, or voided on appeal). */
export async function endRectification(tx: Queryable, r: store.RectificationRow, status: 'withdrawn' | 'voided', at: Date): Promise<void> {
  await store.setRectificationStatus(tx, r.id, status, at);
  if (r.status === 'open') await closeDeadline(tx, 'rectification', r.id, at);
}
