import { AppError, type AppDeps } from '../core/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { changeCase } from './case-action.js';
import { extendCaseClock } from './deadlines-port.js';
import { recordEvent } from './events.js';

/** 延期: the department head approves more working days for a case of the department; the due date moves. */
export async function extendCase(deps: AppDeps, actor: Actor, caseId: string, input: { workingDays: number; reason: string }) {
  return changeCase(deps, actor, caseId, {}, async (tx, app, c, at) => {
    if (!hasRole(actor, 'head')) throw new AppError('FORBIDDEN');
    if (['pending', 'blocked', 'approved', 'denied', 'cancelled'].includes(c.status)) throw new AppError('INVALID_TRANSITION', { status: c.status, action: 'extend' });
    const deadline = await extendCaseClock(tx, c.id, { ...input, at, approvedBy: actor.userId });
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'case.extended', at, caseId: c.id, reason: input.reason, data: { workingDays: input.workingDays, dueOn: deadline.dueOn } });
    return deadline;
  });
}
