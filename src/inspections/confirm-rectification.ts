import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { closeDeadline } from '../supervision/index.js';
import { can } from './policy.js';
import { inspectorOfUser } from './store/pools.js';
import { markRectified, resultForUpdate, resultView, type ResultView } from './store/visits.js';

/** An inspector of the visit confirms the business fixed the problems found: the deadline to fix closes. */
export async function confirmRectification(deps: { db: Db; clock: Clock }, actor: Actor, resultId: string, note: string): Promise<ResultView> {
  if (!can(actor, 'inspect')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const inspector = await inspectorOfUser(tx, actor.userId);
    const result = await resultForUpdate(tx, resultId);
    if (!result) throw new AppError('NOT_FOUND');
    if (!inspector || !result.inspector_ids.includes(inspector.id)) throw new AppError('NOT_ASSIGNED_INSPECTOR');
    if (!(await markRectified(tx, resultId, now, note))) throw new AppError('NOT_RECTIFIABLE');
    await closeDeadline(tx, 'rectification', resultId, now);
    await appendAudit(tx, { chain: `inspection-result:${resultId}`, actorId: actor.userId, action: 'inspectionResult.rectified', data: { note }, at: now });
    return (await resultView(tx, resultId))!;
  });
}
