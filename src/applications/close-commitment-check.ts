import { AppError, type AppDeps } from '../core/index.js';
import { hasRole, regionPattern, type Actor } from '../identity/index.js';
import { raiseCreditFlag } from '../inspections/index.js';
import { recordEvent } from './events.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';

/**
 * 告知承诺 follow-up: the department verifies what the applicant promised. A breach is recorded on the case's history
 * and, in the same transaction, flags the applicant (失信): commitment-based approval and fast lanes are refused
 * while the flag stands (GLOSSARY: creditFlag).
 */
export async function closeCommitmentCheck(deps: AppDeps, actor: Actor, id: string, input: { outcome: 'confirmed' | 'breached'; note: string }) {
  if (!actor.regionCode) throw new AppError('NOT_FOUND');
  const checks = await caseStore.commitmentChecksOf(deps.db, actor.departmentId, regionPattern(actor.regionCode), null);
  const check = checks.find((k) => k.id === id);
  if (!check || !hasRole(actor, 'reviewer', 'head', 'inspector')) throw new AppError('NOT_FOUND');
  const c = (await store.caseById(deps.db, check.case_id))!;
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const app = (await store.lockApplication(tx, c.application_id))!;
    const done = await caseStore.closeCommitmentCheck(tx, id, input.outcome, actor.userId, at, input.note);
    if (!done) throw new AppError('INVALID_TRANSITION', { status: check.status, action: 'closeCommitmentCheck' });
    let creditFlag: { id: string; endsAt: string } | null = null;
    if (input.outcome === 'breached') {
      const a = app.applicant;
      const flag = await raiseCreditFlag(tx, {
        // a business answers for its own commitment; a citizen by their ID number
        uscc: a.uscc ?? null,
        idNumber: a.uscc ? null : a.idNumber,
        subjectName: a.orgName ?? a.name,
        reason: `告知承诺核查不实：${c.item_name}（${app.number}）${input.note ? `，${input.note}` : ''}`,
        source: 'commitment',
        sourceRef: id,
        startsAt: at,
        actorId: actor.userId,
      });
      creditFlag = { id: flag.id, endsAt: flag.ends_at.toISOString() };
    }
    await recordEvent(tx, c.application_id, { actorId: actor.userId, action: `commitment.${input.outcome}`, at, caseId: c.id, reason: input.note, data: creditFlag ? { creditFlagId: creditFlag.id } : undefined });
    return { id, status: input.outcome, creditFlag };
  });
}
