import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { recordEvent } from './events.js';
import { can, canApproveExceptions, canCase } from './policy.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import type { GuideExceptionRow } from './store/rows.js';

export interface ExceptionInput {
  context: GuideExceptionRow['context'];
  itemCode: string;
  cited: string;
  reason: string;
}

/**
 * Asking for something outside the guide: the window (corrections, refusals) or the case's reviewer (a request for
 * more) files a reason; it counts against the item's department whatever a supervisor decides.
 */
export async function requestGuideException(deps: AppDeps, actor: Actor, applicationId: string, input: ExceptionInput): Promise<GuideExceptionRow> {
  const app = await store.applicationById(deps.db, applicationId);
  const cases = app ? await store.casesOf(deps.db, app.id) : [];
  if (!app || !can(actor, 'view', app, cases.map((c) => c.department_id))) throw new AppError('APPLICATION_NOT_FOUND');
  const c = cases.find((x) => x.item_code === input.itemCode);
  if (!c) throw new AppError('ITEM_NOT_FOUND', { itemCode: input.itemCode });
  const allowed = input.context === 'requestMore' ? canCase(actor, 'handleCase', c) : can(actor, 'window', app);
  if (!allowed) throw new AppError('FORBIDDEN');
  const at = deps.clock.now();
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await store.lockApplication(tx, app.id);
    await caseStore.insertGuideException(tx, {
      id, application_id: app.id, case_id: c.id, department_id: c.department_id, context: input.context,
      cited: input.cited, reason: input.reason, requested_by: actor.userId, requested_at: at,
    });
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'guideException.requested', at, caseId: c.id, reason: input.reason, data: { exceptionId: id, cited: input.cited, context: input.context } });
  });
  return (await caseStore.guideExceptionById(deps.db, id))!;
}

export async function decideGuideException(deps: AppDeps, actor: Actor, id: string, input: { approve: boolean; note?: string | null }): Promise<GuideExceptionRow> {
  if (!canApproveExceptions(actor)) throw new AppError('FORBIDDEN');
  const ex = await caseStore.guideExceptionById(deps.db, id);
  const app = ex ? await store.applicationById(deps.db, ex.application_id) : undefined;
  // a supervisor decides only for applications of their region
  if (!ex || !app || !can(actor, 'view', app)) throw new AppError('EXCEPTION_NOT_FOUND');
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await store.lockApplication(tx, ex.application_id);
    const decided = await caseStore.decideGuideException(tx, id, input.approve ? 'approved' : 'rejected', actor.userId, at, input.note ?? null);
    if (!decided) throw new AppError('INVALID_TRANSITION', { status: ex.status, action: input.approve ? 'approve' : 'reject' });
    await recordEvent(tx, ex.application_id, { actorId: actor.userId, action: input.approve ? 'guideException.approved' : 'guideException.rejected', at, caseId: ex.case_id ?? undefined, reason: input.note ?? null, data: { exceptionId: id, cited: ex.cited } });
    return decided;
  });
}
