import { AppError, type AppDeps } from '../core/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { recordEvent } from './events.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';

/** 告知承诺 follow-up: the department verifies what the applicant promised; a breach is recorded on the case's history. */
export async function closeCommitmentCheck(deps: AppDeps, actor: Actor, id: string, input: { outcome: 'confirmed' | 'breached'; note: string }) {
  const checks = await caseStore.commitmentChecksOf(deps.db, actor.departmentId, null);
  const check = checks.find((k) => k.id === id);
  if (!check || !hasRole(actor, 'reviewer', 'head', 'inspector')) throw new AppError('NOT_FOUND');
  const c = (await store.caseById(deps.db, check.case_id))!;
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await store.lockApplication(tx, c.application_id);
    const done = await caseStore.closeCommitmentCheck(tx, id, input.outcome, actor.userId, at, input.note);
    if (!done) throw new AppError('INVALID_TRANSITION', { status: check.status, action: 'closeCommitmentCheck' });
    await recordEvent(tx, c.application_id, { actorId: actor.userId, action: `commitment.${input.outcome}`, at, caseId: c.id, reason: input.note });
    return { id, status: input.outcome };
  });
}
