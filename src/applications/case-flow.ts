/**
 * What happens to cases as a consequence of other changes: starting at acceptance (or when a prerequisite concludes),
 * system decisions (秒批, 告知承诺), and the application concluding once every case has.
 * Every function runs inside the caller's transaction, which holds the application row lock.
 */
import { billCase, closeCaseBills } from './fees-port.js';
import { AppError, newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { activeCreditFlag } from '../inspections/index.js';
import { itemVersion, ruleHolds } from './catalog-port.js';
import { closeCaseClock, startCaseClock, withdrawPendingMaterials } from './deadlines-port.js';
import { recordEvent } from './events.js';
import { fieldsOfItem } from './form-port.js';
import { heldLicenceTypes, issueLicenceFor, type LicenceDeps } from './licences-port.js';
import { decisionWords } from './decision-words.js';
import { notifyApplicant } from './notify-applicant.js';
import { openCommitmentCheck } from './open-commitment-check.js';
import { issueCaseDecision } from './statutory-documents.js';
import { isApproving, planConclusion, planLicence, planPass, planSystemDecision } from './case-plan.js';
import { caseTransition, type CaseAction } from './state.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import * as procedures from './store/special-procedures.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

/**
 * Moves a case along `action` with a version check; a lost race is a CONFLICT. `alongside`, run once the move is
 * allowed and recorded and before the case is written, does what goes with it and answers more columns for the same
 * write (a decision's licence).
 */
export async function moveCase(
  tx: Queryable,
  app: ApplicationRow,
  c: CaseRow,
  action: CaseAction,
  performers: readonly import('./state.js').Performer[],
  actorId: string | null,
  at: Date,
  patch: Partial<Record<keyof CaseRow, unknown>> = {},
  event: { reason?: string | null; data?: Record<string, unknown> } = {},
  alongside?: () => Promise<Partial<Record<keyof CaseRow, unknown>>>,
): Promise<CaseRow> {
  const verdict = caseTransition(action, c.status, performers);
  if (!verdict.ok) {
    if (verdict.reason === 'WRONG_ROLE') throw new AppError('FORBIDDEN');
    throw new AppError('INVALID_TRANSITION', { status: c.status, action });
  }
  // recorded before the write: the transaction's audit entries are written at its commit, and a lost race rolls back
  await recordEvent(tx, app.id, { actorId, action: `case.${action}`, at, caseId: c.id, before: c.status, after: verdict.to, reason: event.reason ?? null, data: { itemCode: c.item_code, ...event.data } });
  const more = alongside ? await alongside() : {};
  const updated = await store.updateCase(tx, c.id, c.version, { ...patch, ...more, status: verdict.to });
  if (!updated) throw new AppError('CONFLICT', { caseId: c.id });
  return updated;
}

/**
 * Starts every pending case whose prerequisites (in the same application) are approved; the others wait. The cases
 * are read once (or passed in, `known`, by a caller that has just read them under the lock); the planner
 * (case-plan.ts) decides each step. The cases that wait and those that simply start are written together, in one
 * statement, once the planner has nothing more to decide or before a step that needs the database to agree (a system
 * decision, a refusal because a prerequisite was refused): such a step changes other cases in turn, so the cases are
 * read again after it. Answers the cases as they stand at the end.
 */
export async function startReadyCases(tx: Queryable, deps: LicenceDeps, app: ApplicationRow, at: Date, known?: readonly CaseRow[]): Promise<CaseRow[]> {
  let cases = known ? [...known] : await store.casesOf(tx, app.id);
  let from = 0;
  // each case's step not yet written, with the version the database has
  const owed = new Map<string, { id: string; version: number; status: 'blocked' | 'accepted'; startedAt: Date | null }>();
  const write = async () => {
    if (owed.size === 0) return;
    const list = [...owed.values()];
    owed.clear();
    const updated = await store.stepCases(tx, list);
    if (updated.length !== list.length) throw new AppError('CONFLICT', { caseId: list.map((c) => c.id).join(',') });
    const fresh = new Map(updated.map((c) => [c.id, c]));
    cases = cases.map((c) => fresh.get(c.id) ?? c);
  };
  // a step owed: the case as the database will have it once written (the same columns the statement sets)
  const owe = (c: CaseRow, action: 'block' | 'start', startedAt: Date | null): CaseRow => {
    const verdict = caseTransition(action, c.status, ['system']);
    if (!verdict.ok) throw new AppError('INVALID_TRANSITION', { status: c.status, action });
    const status = verdict.to as 'blocked' | 'accepted';
    const before = owed.get(c.id);
    owed.set(c.id, { id: c.id, version: before?.version ?? c.version, status, startedAt: startedAt ?? before?.startedAt ?? null });
    return { ...c, status, started_at: startedAt ?? c.started_at, version: c.version + 1 };
  };
  for (;;) {
    const pass = planPass(cases, from);
    for (const b of pass.blocks) {
      const i = cases.findIndex((c) => c.id === b.id);
      const c = cases[i]!;
      cases[i] = owe(c, 'block', null);
      await recordEvent(tx, app.id, { actorId: null, action: 'case.block', at, caseId: c.id, before: c.status, after: 'blocked', reason: null, data: { itemCode: c.item_code, waitingFor: b.waitingFor } });
    }
    if (!pass.next) {
      await write();
      return cases;
    }
    const { index, step } = pass.next;
    from = index + 1;
    if (step.kind === 'deny') {
      await write();
      await concludeCase(tx, deps, app, cases[index]!, 'denyForDependency', null, at, { decision_reasons: step.reasons });
      cases = await store.casesOf(tx, app.id);
      continue;
    }
    const c = cases[index]!;
    const started = owe(c, 'start', at);
    cases[index] = started;
    await recordEvent(tx, app.id, { actorId: null, action: 'case.start', at, caseId: c.id, before: c.status, after: started.status, reason: null, data: { itemCode: c.item_code } });
    // the legal limit rides along for the compression statistics (承诺时限压缩率)
    const legalDays = (await itemVersion(tx, started.item_version_id))?.legalDays ?? null;
    await startCaseClock(tx, started, `${app.number} ${started.item_name}`, at, legalDays);
    if (started.mode === 'standard') continue;
    await write();
    // what earlier cases produced (a USCC, a licence) is on the application row now
    await systemDecision(tx, deps, (await store.applicationById(tx, app.id))!, cases[index]!, at);
    cases = await store.casesOf(tx, app.id);
  }
}

/**
 * 秒批 and 告知承诺: decided by the platform the moment the case starts, recording why. An active credit flag removes
 * both privileges (GLOSSARY: creditFlag), and the case goes the ordinary way.
 */
async function systemDecision(tx: Queryable, deps: LicenceDeps, app: ApplicationRow, c: CaseRow, at: Date): Promise<void> {
  if (c.mode === 'standard') return;
  const flag = await activeCreditFlag(tx, { uscc: app.applicant.uscc, idNumber: app.applicant.idNumber, at });
  const item = flag ? null : await itemVersion(tx, c.item_version_id);
  let licences: string[] = [];
  let holds: boolean | null = null;
  if (item?.autoApproval) {
    licences = await licenceTypesFor(tx, app, at);
    holds = ruleHolds(item.autoApproval.rule, { fields: fieldsOfItem(app.form, c.item_code), licences });
  }
  const step = planSystemDecision(c.mode, flag, holds === null ? null : { holds });
  switch (step.kind) {
    case 'none':
      return;
    case 'withdrawFastTrack':
      await store.updateCase(tx, c.id, c.version, { mode: 'standard' });
      await recordEvent(tx, app.id, { actorId: null, action: 'case.fastTrackWithdrawn', at, caseId: c.id, reason: step.reason, data: { creditFlagId: flag!.id, mode: c.mode } });
      return;
    case 'autoApprove': {
      const rule = item!.autoApproval!;
      const decided = await concludeCase(tx, deps, app, c, 'autoApprove', null, at, {
        decision_reasons: `秒批：${rule.description}`,
        decided_by_rule: { itemVersionId: item!.versionId, description: rule.description, rule: rule.rule, licences },
      });
      if (step.openCommitmentCheck) await openCommitmentCheck(tx, deps, app, decided, at);
      return;
    }
    case 'autoApprovalNotApplicable':
    case 'approveOnCommitment':
      if (step.kind === 'autoApprovalNotApplicable' || step.autoApprovalNotApplicable) {
        await recordEvent(tx, app.id, { actorId: null, action: 'case.autoApprovalNotApplicable', at, caseId: c.id, reason: item!.autoApproval!.description });
      }
      if (step.kind === 'approveOnCommitment') {
        const decided = await concludeCase(tx, deps, app, c, 'approveOnCommitment', null, at, {
          decision_reasons: '申请人已签署告知承诺书，依告知承诺制准予许可，事后核查',
          commitment: { text: item?.commitmentText ?? null, signedAt: app.submitted_at?.toISOString() ?? null },
        });
        await openCommitmentCheck(tx, deps, app, decided, at);
      }
  }
}

/** Licence types the applicant holds, plus those this application has already produced (an approved case's output). */
async function licenceTypesFor(tx: Queryable, app: ApplicationRow, at: Date): Promise<string[]> {
  const produced = (await store.casesOf(tx, app.id)).filter((x) => x.status === 'approved' && x.produces_licence_type).map((x) => x.produces_licence_type!);
  return [...new Set([...(await heldLicenceTypes(tx, app, at)), ...produced])];
}

/**
 * Concludes a case (approve or deny, by a person or the platform), closes its clock, issues its licence,
 * tells the applicant, then lets dependants start and the application conclude.
 */
export async function concludeCase(
  tx: Queryable,
  deps: LicenceDeps,
  app: ApplicationRow,
  c: CaseRow,
  action: CaseAction,
  actor: { userId: string; roles: readonly import('./state.js').Performer[] } | null,
  at: Date,
  patch: Partial<Record<keyof CaseRow, unknown>>,
): Promise<CaseRow> {
  const approved = isApproving(action);
  // 补齐前不出件: while materials of this item are owed (容缺), the licence waits for them to arrive and be checked
  const owed = outstandingFor(app, c.item_code);
  // the decision, its clock closed and its licence issued, written to the case in one statement
  const decided = await moveCase(
    tx, app, c, action, actor ? actor.roles : ['system'], actor?.userId ?? null, at, { ...patch, decided_at: at, decided_by: actor?.userId ?? null },
    { reason: (patch.decision_reasons as string | undefined) ?? null, data: { decidedByRule: patch.decided_by_rule ?? null, withoutReview: patch.decided_without_review ?? false } },
    async () => {
      if (c.started_at) await closeCaseClock(tx, c.id, at);
      const licence = planLicence(action, !!c.produces_licence_type, owed);
      if (licence.kind === 'withhold') {
        await recordEvent(tx, app.id, { actorId: null, action: 'licence.withheld', at, caseId: c.id, reason: licence.reason, data: { owed: owed.map((p) => p.materialCode) } });
      } else if (licence.kind === 'issue') return issueLicenceOfCase(tx, deps, app.id, c, actor?.userId ?? null, at);
      return {};
    },
  );
  const item = await itemVersion(tx, c.item_version_id);
  const words = decisionWords(item?.kind ?? 'licence', c.item_name);
  await issueCaseDecision(tx, app, decided, approved, (patch.decision_reasons as string | undefined) ?? null, at);
  // 准予决定后缴费: the bill is raised now; a refusal cancels an unpaid bill and refunds a paid one
  if (approved) await billCase(tx, app, decided, 'decision', at);
  else await closeCaseBills(tx, c.id, `${c.item_name}${words.refuse}，退还已缴费用`, at);
  const outcome = approved ? (owed.length ? `${words.grant}；容缺材料（${owed.map((p) => p.name).join('、')}）补齐并经核验后发证出件` : words.grant) : `${words.refuse}。理由：${patch.decision_reasons ?? ''}`;
  await notifyApplicant(tx, app, `case-decided:${c.id}`, approved ? `事项已${words.grant}` : `事项${words.refuse}`, `${c.item_name}：${outcome}`, at);
  await afterCaseConcluded(tx, deps, app.id, at);
  return decided;
}

/** Materials of this item still owed under 容缺受理 (not yet arrived and checked, not lapsed). */
export function outstandingFor(app: Pick<ApplicationRow, 'pending'>, itemCode: string) {
  return app.pending.filter((p) => p.itemCode === itemCode && !p.checkedAt && !p.lapsedAt);
}

/**
 * The owed materials of an item have all arrived and been checked: its approved case's withheld licence is issued now.
 */
export async function releaseWithheldLicences(tx: Queryable, deps: LicenceDeps, applicationId: string, itemCode: string, actorId: string | null, at: Date): Promise<void> {
  const app = (await store.applicationById(tx, applicationId))!;
  if (outstandingFor(app, itemCode).length) return;
  for (const c of await store.casesOf(tx, applicationId)) {
    if (c.item_code !== itemCode || c.status !== 'approved' || !c.produces_licence_type || c.licence_id) continue;
    // a commitment found untrue before the licence went out: it is not issued on it
    if (await caseStore.commitmentBreached(tx, c.id)) {
      await recordEvent(tx, applicationId, { actorId: null, action: 'licence.withheld', at, caseId: c.id, reason: '告知承诺核查不实，不予发证' });
      continue;
    }
    await issueCaseLicence(tx, deps, applicationId, c, actorId, at);
  }
}

/**
 * 容缺 lapsed: an owed material of this item did not arrive by its due date. The item's declared rule ends its case:
 * an approval (whose licence was withheld) is revoked, anything undecided becomes 不予许可.
 */
export async function lapseCases(tx: Queryable, deps: LicenceDeps, applicationId: string, itemCode: string, rule: 'deny' | 'revoke', material: { name: string; dueDate: string }, at: Date): Promise<void> {
  const app = (await store.applicationById(tx, applicationId))!;
  for (const c of await store.casesOf(tx, applicationId)) {
    if (c.item_code !== itemCode || ['denied', 'cancelled', 'pending'].includes(c.status) || c.licence_id) continue;
    const revokes = c.status === 'approved' && rule === 'revoke';
    const words = decisionWords((await itemVersion(tx, c.item_version_id))?.kind ?? 'licence', c.item_name);
    const reasons = revokes
      ? `申请人未在 ${material.dueDate} 前补交容缺材料“${material.name}”，撤销${words.grant}决定`
      : `申请人未在 ${material.dueDate} 前补交容缺材料“${material.name}”，申请材料不齐全，${words.refuse}`;
    const wasDecided = c.status === 'approved';
    // a special procedure under way ends with the case (the case's clock closes below)
    await procedures.endSpecialProcedure(tx, c.id, { at, by: null, outcome: '办件已按容缺规则办结，特别程序终止' });
    await moveCase(tx, app, c, 'lapse', ['system'], null, at, { decision_reasons: reasons, decided_at: at, decided_by: null }, { reason: reasons, data: { rule, revoked: revokes, material: material.name } });
    if (!wasDecided && c.started_at) await closeCaseClock(tx, c.id, at);
    await issueCaseDecision(tx, app, c, false, reasons, at, revokes ? { title: `撤销${words.grant}决定书` } : {});
    await notifyApplicant(tx, app, `case-lapsed:${c.id}`, revokes ? `${words.grant}决定已撤销` : `事项${words.refuse}`, `${c.item_name}：${reasons}`, at);
  }
  await afterCaseConcluded(tx, deps, applicationId, at);
}

/**
 * Issues the case's licence; a registration's new USCC becomes the application's output for the cases that need it.
 * A licence that cannot be issued is recorded on the case (and in the timeline) without undoing the decision.
 */
async function issueCaseLicence(tx: Queryable, deps: LicenceDeps, applicationId: string, c: CaseRow, actorId: string | null, at: Date): Promise<CaseRow> {
  return (await store.updateCase(tx, c.id, c.version, await issueLicenceOfCase(tx, deps, applicationId, c, actorId, at))) ?? c;
}

/** The licence issued (or why it could not be): the columns of the case that say so, for the caller to write. */
async function issueLicenceOfCase(tx: Queryable, deps: LicenceDeps, applicationId: string, c: CaseRow, actorId: string | null, at: Date): Promise<Partial<Record<keyof CaseRow, unknown>>> {
  const app = (await store.applicationById(tx, applicationId))!;
  const result = await issueLicenceFor(tx, deps, app, c, actorId);
  if ('error' in result) {
    await recordEvent(tx, app.id, { actorId: null, action: 'licence.notIssued', at, caseId: c.id, reason: result.error });
    return { licence_error: result.error };
  }
  await recordEvent(tx, app.id, { actorId, action: 'licence.issued', at, caseId: c.id, data: { licenceId: result.licenceId, identifier: result.identifier, holderId: result.holderId } });
  if (c.produces_licence_type === 'business-licence' && !app.outputs.uscc) {
    const updated = await store.updateApplication(tx, app.id, app.version, { outputs: { ...app.outputs, uscc: result.holderId, businessLicenceId: result.licenceId } });
    if (!updated) throw new AppError('CONFLICT');
  }
  return { licence_id: result.licenceId };
}

/** Starts dependants that were waiting, and concludes the application when every case has. */
async function afterCaseConcluded(tx: Queryable, deps: LicenceDeps, applicationId: string, at: Date): Promise<void> {
  let fresh = (await store.applicationById(tx, applicationId))!;
  if (fresh.status !== 'accepted') return;
  let now = await store.casesOf(tx, applicationId);
  if (now.some((c) => c.status === 'blocked')) {
    now = await startReadyCases(tx, deps, fresh, at, now);
    // a dependant decided by the platform may have concluded the application meanwhile
    fresh = (await store.applicationById(tx, applicationId))!;
  }
  const conclusion = planConclusion(fresh.status, now);
  if (!conclusion) return;
  const done = await store.updateApplication(tx, fresh.id, fresh.version, { status: 'concluded', concluded_at: at, updated_at: at });
  if (!done) throw new AppError('CONFLICT');
  const { granted, denied } = conclusion;
  if (granted.length === 0) await withdrawPendingMaterials(tx, fresh, at);
  await recordEvent(tx, fresh.id, { actorId: null, action: 'concluded', at, before: 'accepted', after: 'concluded', data: { granted, denied } });
  await notifyApplicant(tx, fresh, `concluded:${fresh.id}`, '办件已全部办结', `已办结，准予：${granted.join('、') || '无'}，请按选择的方式领取结果`, at);
}
