import { AppError, newId, type AppDeps } from '../core/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { changeCase } from './case-action.js';
import { resumeCaseClock, suspendCaseClockFor } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { notifyApplicant } from './notify-applicant.js';
import * as procedures from './store/special-procedures.js';
import type { CaseRow } from './store/rows.js';

/** 特别程序 (《行政许可法》第四十五条): 听证、招标拍卖、检验检测检疫、鉴定、专家评审. */
export const SPECIAL_PROCEDURE_KINDS = ['hearing', 'tender', 'testing', 'appraisal', 'expertReview'] as const;
export type SpecialProcedureKind = (typeof SPECIAL_PROCEDURE_KINDS)[number];
export const specialProcedureNames: Record<SpecialProcedureKind, string> = {
  hearing: '听证',
  tender: '招标、拍卖',
  testing: '检验、检测、检疫',
  appraisal: '鉴定',
  expertReview: '专家评审',
};

const RUNNING: readonly CaseRow['status'][] = ['accepted', 'reviewing', 'siteCheck'];

/** Only the reviewer who took the case up, or a head of its department, starts or ends one (the case is theirs). */
const handles = (actor: Actor, c: CaseRow) => hasRole(actor, 'head') || (hasRole(actor, 'reviewer') && c.reviewed_by === actor.userId);

/**
 * Starts a special procedure: the case's clock stops from today (the day itself counts) until it ends; the applicant
 * is told which procedure, why, and until when it is expected to last.
 */
export async function startSpecialProcedure(deps: AppDeps, actor: Actor, caseId: string, input: { kind: SpecialProcedureKind; reason: string; plannedEnd?: string | null }) {
  return changeCase(deps, actor, caseId, {}, async (tx, app, c, at) => {
    if (!handles(actor, c)) throw new AppError('SPECIAL_PROCEDURE_NOT_HANDLER');
    if (!RUNNING.includes(c.status)) throw new AppError('INVALID_TRANSITION', { status: c.status, action: '特别程序' });
    const name = specialProcedureNames[input.kind];
    const started = await procedures.insertSpecialProcedure(tx, { id: newId(), caseId: c.id, kind: input.kind, reason: input.reason, at, by: actor.userId, plannedEnd: input.plannedEnd ?? null });
    if (!started) throw new AppError('SPECIAL_PROCEDURE_OPEN', { kind: name });
    await suspendCaseClockFor(tx, c.id, at, `${name}：${input.reason}${input.plannedEnd ? `（预计 ${input.plannedEnd} 结束）` : ''}`);
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'case.specialProcedureStarted', at, caseId: c.id, reason: `${name}：${input.reason}`, data: { kind: input.kind, plannedEnd: input.plannedEnd ?? null, procedureId: started.id } });
    await notifyApplicant(tx, app, `special-procedure:${started.id}:start`, `${c.item_name}进入特别程序（${name}）`, `${c.item_name}需要${name}：${input.reason}。${input.plannedEnd ? `预计 ${input.plannedEnd} 结束，` : ''}所需时间不计入办理时限`, at);
    return started;
  });
}

/** Ends the open procedure with its outcome: the clock resumes and the due date moves by the working days it took. */
export async function endSpecialProcedure(deps: AppDeps, actor: Actor, caseId: string, input: { outcome: string }) {
  return changeCase(deps, actor, caseId, {}, async (tx, app, c, at) => {
    if (!handles(actor, c)) throw new AppError('SPECIAL_PROCEDURE_NOT_HANDLER');
    const ended = await procedures.endSpecialProcedure(tx, c.id, { at, by: actor.userId, outcome: input.outcome });
    if (!ended) throw new AppError('SPECIAL_PROCEDURE_NOT_OPEN');
    await resumeCaseClock(tx, c.id, at);
    const name = specialProcedureNames[ended.kind as SpecialProcedureKind];
    await recordEvent(tx, app.id, { actorId: actor.userId, action: 'case.specialProcedureEnded', at, caseId: c.id, reason: `${name}：${input.outcome}`, data: { kind: ended.kind, procedureId: ended.id } });
    await notifyApplicant(tx, app, `special-procedure:${ended.id}:end`, `${c.item_name}特别程序（${name}）已结束`, `${name}结果：${input.outcome}。恢复计算办理时限`, at);
    return ended;
  });
}

/** A decision or a request for more waits until the open procedure has ended (its result is part of the file). */
export async function refuseWhileSpecialProcedure(tx: import('../db/index.js').Queryable, caseId: string): Promise<void> {
  const open = await procedures.openSpecialProcedure(tx, caseId);
  if (open) throw new AppError('SPECIAL_PROCEDURE_OPEN', { kind: specialProcedureNames[open.kind as SpecialProcedureKind] });
}
