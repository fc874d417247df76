import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { changeCaseShown } from './case-action.js';
import { concludeCase } from './case-flow.js';
import { refuseWhileSpecialProcedure } from './special-procedure.js';

export interface DecideInput {
  version?: number;
  decision: 'approve' | 'deny';
  reasons: string;
}

/**
 * 决定: approve or deny with reasons. A decision taken straight from "accepted" (no review step, no site check)
 * is allowed but flagged, so that decisions made outside the hall show up on the dashboard.
 */
export async function decideCase(deps: AppDeps, actor: Actor, caseId: string, input: DecideInput) {
  if (input.decision === 'deny' && !input.reasons.trim()) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'reasons', message: '不予许可须说明理由' }] });
  return changeCaseShown(deps, actor, caseId, { expectedVersion: input.version }, async (tx, app, c, at) => {
    await refuseWhileSpecialProcedure(tx, c.id);
    return concludeCase(tx, deps, app, c, input.decision, { userId: actor.userId, roles: actor.roles }, at, {
      decision_reasons: input.reasons,
      decided_without_review: c.status === 'accepted' && !c.reviewed_at,
    });
  });
}
