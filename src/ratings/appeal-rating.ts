import { AppError, newId, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentByCode, inActorRegion, usersOfDepartment, type Actor } from '../identity/index.js';
import type { Queryable } from '../db/index.js';
import { notify } from '../notifications/index.js';
import { isBad } from './levels.js';
import { can } from './policy.js';
import * as store from './store.js';

export const appealReasonNames = { mistaken: '误评', malicious: '恶意差评' } as const;

/** 申诉复核: the department asks the supervisor to void a mistaken or malicious bad rating. */
export async function appealRating(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, ratingId: string, input: { reasonKind: 'mistaken' | 'malicious'; explanation: string }): Promise<store.AppealRow> {
  return deps.db.transaction(async (tx) => {
    const rating = await store.ratingById(tx, ratingId, true);
    if (!rating || !inActorRegion(actor, await store.regionOfRating(tx, rating.id))) throw new AppError('RATING_NOT_FOUND');
    if (!can(actor, 'appeal', rating.department_id)) throw new AppError('FORBIDDEN');
    if (rating.status === 'voided') throw new AppError('RATING_VOIDED');
    if (!isBad(rating.level)) throw new AppError('APPEAL_ONLY_BAD');
    const now = deps.clock.now();
    const appeal = await store.insertAppeal(tx, {
      id: newId(),
      rating_id: ratingId,
      department_id: rating.department_id,
      reason_kind: input.reasonKind,
      explanation: input.explanation.trim(),
      filed_by: actor.userId,
      filed_at: now,
    });
    if (!appeal) throw new AppError('APPEAL_PENDING');
    await appendAudit(tx, { chain: `rating:${ratingId}`, actorId: actor.userId, action: 'appeal.filed', data: { appealId: appeal.id, reasonKind: input.reasonKind, explanation: appeal.explanation }, at: now });
    const bureau = await supervisorsOf(tx);
    for (const u of bureau) {
      await notify(tx, { userId: u, title: '差评申诉待复核', body: `“${rating.item_name}”的差评被申诉为${appealReasonNames[input.reasonKind]}，请复核。`, link: '/ratings/appeals', key: `appeal-filed:${appeal.id}:${u}` });
    }
    return appeal;
  });
}

/** The 好差评 office sits in the approval bureau (审批服务局); its supervisors decide appeals. */
export async function supervisorsOf(tx: Queryable): Promise<string[]> {
  const bureau = await departmentByCode(tx, 'xzsp');
  if (!bureau) return [];
  return (await usersOfDepartment(tx, bureau.id, 'supervisor')).map((u) => u.id);
}
