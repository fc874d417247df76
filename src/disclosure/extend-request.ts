import { AppError, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { extendDeadline } from './deadlines.js';
import { can, inReach } from './policy.js';
import { canExtend } from './rules.js';
import * as store from './store.js';

/** One extension of at most 20 working days, approved by the office's head, and the applicant is told (延期答复告知). */
export async function extendRequest(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { workingDays: number; reason: string }): Promise<store.RequestRow> {
  return deps.db.transaction(async (tx) => {
    const r = await store.requestById(tx, id, true);
    if (!r || !inReach(actor, r)) throw new AppError('DISCLOSURE_NOT_FOUND');
    if (!can(actor, 'extend', r)) throw new AppError('FORBIDDEN');
    const check = canExtend(r, input.workingDays);
    if (!check.ok) throw new AppError(check.reason);
    const now = deps.clock.now();
    const reason = input.reason.trim();
    const d = await extendDeadline(tx, 'disclosure', id, { workingDays: input.workingDays, reason, at: now, approvedBy: actor.userId });
    const saved = await store.saveRequest(tx, { ...r, extended_at: now, extension_days: input.workingDays, extension_reason: reason, due_date: d.dueOn });
    await appendAudit(tx, { chain: `disclosure:${id}`, actorId: actor.userId, action: 'disclosure.extended', data: { workingDays: input.workingDays, reason, dueOn: d.dueOn }, at: now });
    if (r.applicant_user_id) {
      await notify(tx, {
        userId: r.applicant_user_id,
        title: '政府信息公开申请延期答复告知',
        body: `您的申请 ${r.number} 因${reason}，答复期限延长 ${input.workingDays} 个工作日${d.dueOn ? `，将于 ${d.dueOn} 前答复` : ''}。`,
        link: `/disclosure/${id}`,
        key: `disclosure-extended:${id}`,
      });
    }
    return saved;
  });
}
