import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../db/index.js';
import { appealById, decideAppeal, flagById, insertAppeal, revokeFlag, type AppealRow } from './store/credit-flags.js';

/** The flagged business (or person) asks for the flag to be lifted (申诉). One pending appeal per flag. */
export async function appealCreditFlag(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  flagId: string,
  statement: string,
): Promise<AppealRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const flag = await flagById(tx, flagId);
    if (!flag) throw new AppError('NOT_FOUND');
    if (!can(actor, 'appealFlag', flag)) throw new AppError('FORBIDDEN');
    if (flag.status !== 'active' || flag.ends_at <= now) throw new AppError('CREDIT_FLAG_NOT_ACTIVE');
    let appeal: AppealRow;
    try {
      appeal = await insertAppeal(tx, { id: newId(), flag_id: flagId, filed_by: actor.userId, statement, filed_at: now });
    } catch (e) {
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) throw new AppError('CREDIT_FLAG_APPEAL_OPEN');
      throw e;
    }
    await appendAudit(tx, { chain: `credit-flag:${flagId}`, actorId: actor.userId, action: 'creditFlag.appealed', data: { appealId: appeal.id, statement }, at: now });
    return appeal;
  });
}

/** A supervisor decides an appeal: `revoked` lifts the flag at once, `upheld` leaves it standing. */
export async function decideCreditFlagAppeal(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  appealId: string,
  decision: { decision: 'revoked' | 'upheld'; note: string },
): Promise<AppealRow> {
  if (!can(actor, 'decideAppeal')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const appeal = await appealById(tx, appealId);
    if (!appeal) throw new AppError('NOT_FOUND');
    if (appeal.decision) throw new AppError('CREDIT_FLAG_APPEAL_DECIDED');
    if (!(await decideAppeal(tx, appealId, { ...decision, decidedBy: actor.userId, at: now }))) throw new AppError('CREDIT_FLAG_APPEAL_DECIDED');
    if (decision.decision === 'revoked') await revokeFlag(tx, appeal.flag_id, now);
    await appendAudit(tx, {
      chain: `credit-flag:${appeal.flag_id}`,
      actorId: actor.userId,
      action: decision.decision === 'revoked' ? 'creditFlag.revoked' : 'creditFlag.appealUpheld',
      data: { appealId, note: decision.note },
      at: now,
    });
    return (await appealById(tx, appealId))!;
  });
}
