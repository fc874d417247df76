import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import type { Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { closeDeadline } from './deadlines.js';
import { can, inReach } from './policy.js';
import { answerTypeNames, legalBasisFor, type AnswerType } from './rules.js';
import * as store from './store.js';

/** The answer: disclosed, partly disclosed, not held, or not disclosable with its legal ground. Same day = on the spot. */
export async function answerRequest(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, input: { type: AnswerType; text: string; legalBasisCode?: string }): Promise<store.RequestRow> {
  return deps.db.transaction(async (tx) => {
    const r = await store.requestById(tx, id, true);
    if (!r || !inReach(actor, r)) throw new AppError('DISCLOSURE_NOT_FOUND');
    if (!can(actor, 'handle', r)) throw new AppError('FORBIDDEN');
    if (r.status === 'answered') throw new AppError('DISCLOSURE_ANSWERED');
    if (r.status === 'consulting') throw new AppError('DISCLOSURE_CONSULTING');
    const basis = legalBasisFor(input.type, input.legalBasisCode);
    if (!basis.ok) throw new AppError(basis.reason);
    const now = deps.clock.now();
    const d = await closeDeadline(tx, 'disclosure', id, now);
    const onTheSpot = shanghaiDateOf(now) === shanghaiDateOf(r.received_at);
    const saved = await store.saveRequest(tx, { ...r, status: 'answered', answer_type: input.type, answer_text: input.text.trim(), legal_basis: basis.legalBasis, answered_at: now, answered_by: actor.userId, on_the_spot: onTheSpot, on_time: d.onTime });
    await appendAudit(tx, { chain: `disclosure:${id}`, actorId: actor.userId, action: 'disclosure.answered', data: { type: input.type, legalBasis: basis.legalBasis, onTime: d.onTime, onTheSpot }, at: now });
    if (r.applicant_user_id) {
      await notify(tx, { userId: r.applicant_user_id, title: '政府信息公开申请已答复', body: `您的申请 ${r.number} 答复结果：${answerTypeNames[input.type]}。`, link: `/disclosure/${id}`, key: `disclosure-answered:${id}` });
    }
    return saved;
  });
}
