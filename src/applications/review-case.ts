import type { AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { changeCaseShown } from './case-action.js';
import { moveCase } from './case-flow.js';
import { assignCaseClock } from './deadlines-port.js';

/** 审核: the reviewer takes the case up (the step a decision without review is flagged for lacking). */
export async function reviewCase(deps: AppDeps, actor: Actor, caseId: string, input: { version?: number; note?: string | null }) {
  return changeCaseShown(deps, actor, caseId, { expectedVersion: input.version }, async (tx, app, c, at) => {
    const reviewing = await moveCase(tx, app, c, 'review', actor.roles, actor.userId, at, { reviewed_at: at, reviewed_by: actor.userId }, { reason: input.note ?? null });
    await assignCaseClock(tx, c.id, actor.userId, at);
    return reviewing;
  });
}
