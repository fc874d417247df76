import { AppError, type AppDeps } from '../core/index.js';
import { hasRole, regionPattern, type Actor } from '../identity/index.js';
import { raiseCreditFlag } from '../inspections/index.js';
import { closeCommitmentCheckClock } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { withdrawCommitmentLicence } from './licences-port.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';

/**
 * 告知承诺 follow-up: the department verifies what the applicant promised. A breach is recorded on the case's history
 * and, in the same transaction, flags the applicant (失信): commitment-based approval and fast lanes are refused
 * while the flag stands (GLOSSARY: creditFlag), and the licence issued on the commitment is suspended (责令整改) or
 * revoked (the default: the approval rested on a statement that proved untrue), its holder notified.
 */
export async function closeCommitmentCheck(deps: AppDeps, actor: Actor, id: string, input: { outcome: 'confirmed' | 'breached'; note: string; licenceAction?: 'suspend' | 'revoke' }) {
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
    await closeCommitmentCheckClock(tx, id, at);
    let creditFlag: { id: string; endsAt: string } | null = null;
    let licence: { id: string; action: 'suspend' | 'revoke' } | null = null;
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
      // the licence issued on the commitment does not stand on it any more
      if (c.licence_id) {
        const action = input.licenceAction ?? 'revoke';
        const reason = action === 'revoke'
          ? `告知承诺核查不实（${input.note}），依《中华人民共和国行政许可法》第六十九条撤销${c.item_name}准予许可决定`
          : `告知承诺核查不实（${input.note}），责令限期整改，整改期间暂停使用`;
        await withdrawCommitmentLicence(tx, deps, { licenceId: c.licence_id, action, reason, actorId: actor.userId });
        await caseStore.recordCommitmentLicenceAction(tx, id, action, c.licence_id);
        licence = { id: c.licence_id, action };
      }
    }
    await recordEvent(tx, c.application_id, { actorId: actor.userId, action: `commitment.${input.outcome}`, at, caseId: c.id, reason: input.note, data: creditFlag ? { creditFlagId: creditFlag.id, licenceId: licence?.id ?? null, licenceAction: licence?.action ?? null } : undefined });
    return { id, status: input.outcome, creditFlag, licence };
  });
}
