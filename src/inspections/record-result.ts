import { AppError, shanghaiDateOf, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { trackDeadline } from '../supervision/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { raiseCreditFlag } from './raise-credit-flag.js';
import type { RecordResultInput } from './schemas.js';
import { inspectorOfUser } from './store/pools.js';
import { recordResult as storeResult, resultForUpdate, resultView, type ResultView } from './store/visits.js';

/** A result that withdraws privileges: referred for penalty, or marked serious by the inspector. */
export const isSeriousFinding = (r: { outcome: string; serious: boolean }): boolean => r.outcome === 'referred' || (r.outcome !== 'compliant' && r.serious);

/**
 * An inspector drawn for a visit records their department's result. Problems found carry a deadline to fix;
 * a serious finding flags the business (credit flag) in the same transaction.
 */
export async function recordInspectionResult(deps: { db: Db; clock: Clock }, actor: Actor, resultId: string, input: RecordResultInput): Promise<ResultView> {
  if (!can(actor, 'inspect')) throw new AppError('FORBIDDEN');
  if (input.outcome === 'problems' && !input.rectifyDays) throw new AppError('RECTIFY_DAYS_REQUIRED');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const inspector = await inspectorOfUser(tx, actor.userId);
    const result = await resultForUpdate(tx, resultId);
    if (!result) throw new AppError('NOT_FOUND');
    if (!inspector || !result.inspector_ids.includes(inspector.id)) throw new AppError('NOT_ASSIGNED_INSPECTOR');
    if (result.outcome) throw new AppError('RESULT_ALREADY_RECORDED');
    const serious = isSeriousFinding(input);
    const ok = await storeResult(tx, resultId, {
      outcome: input.outcome,
      findings: input.findings,
      checks: input.checks,
      serious,
      rectify_days: input.outcome === 'problems' ? input.rectifyDays! : null,
      recorded_by: actor.userId,
      recorded_at: now,
      inspected_on: input.inspectedOn ?? shanghaiDateOf(now),
    });
    if (!ok) throw new AppError('RESULT_ALREADY_RECORDED');
    const view = (await resultView(tx, resultId))!;
    await appendAudit(tx, {
      chain: `inspection-result:${resultId}`,
      actorId: actor.userId,
      action: 'inspectionResult.recorded',
      data: { planId: result.plan_id, uscc: result.uscc, outcome: input.outcome, serious, findings: input.findings, rectifyDays: view.rectify_days },
      at: now,
    }, null);
    if (input.outcome === 'problems') {
      // the deadline to fix runs in working days on the county's calendar, watched with yellow and red cards
      await trackDeadline(tx, {
        subjectKind: 'rectification',
        subjectId: resultId,
        title: `整改：${view.subject_name}（${view.plan_title}）`,
        departmentId: result.department_id,
        assigneeId: actor.userId,
        regionCode: view.county_code?.trim() || '431127',
        startedAt: now,
        workingDays: input.rectifyDays!,
      });
    }
    if (serious) {
      await raiseCreditFlag(tx, {
        uscc: result.uscc,
        subjectName: view.subject_name,
        reason: `${view.plan_title}：${view.department_name}检查发现严重问题${input.outcome === 'referred' ? '，已移送立案查处' : ''}（${input.findings}）`,
        source: 'inspection',
        sourceRef: resultId,
        startsAt: now,
        actorId: actor.userId,
      });
    }
    return view;
  });
}
