import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { changeCase } from './case-action.js';
import { moveCase } from './case-flow.js';
import { citeGuide, describeCitations } from './cite-guide.js';
import { resumeCaseClock, suspendCaseClock } from './deadlines-port.js';
import type { CitationInput } from './guide-rules.js';
import { materialKey } from './guide-rules.js';
import { notifyApplicant } from './notify-applicant.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import { refuseWhileSpecialProcedure } from './special-procedure.js';
import { issueReviewCorrectionNotice } from './statutory-documents.js';
import { newAttachments, type SupplyInput } from './supply-correction.js';

/** The reviewer's one-time request for more (补正 during review): cites the guide only; the clock stops. */
export async function requestMore(deps: AppDeps, actor: Actor, caseId: string, input: { version?: number; items: CitationInput[] }) {
  return changeCase(deps, actor, caseId, { expectedVersion: input.version }, async (tx, app, c, at) => {
    if (c.more_count > 0) throw new AppError('CORRECTION_ALREADY_REQUESTED');
    await refuseWhileSpecialProcedure(tx, c.id);
    if (input.items.some((i) => i.itemCode !== c.item_code)) throw new AppError('NOT_IN_GUIDE', { itemCode: c.item_code, cited: input.items.find((i) => i.itemCode !== c.item_code)!.itemCode });
    const resolved = await citeGuide(tx, app.id, [c], 'requestMore', input.items);
    const moved = await moveCase(tx, app, c, 'requestMore', actor.roles, actor.userId, at, {
      more_request: { items: resolved.items, requestedAt: at.toISOString(), requestedBy: actor.userId },
      more_count: c.more_count + 1,
    }, { reason: describeCitations(resolved.items), data: { items: resolved.items } });
    await suspendCaseClock(tx, c.id, at, '补正');
    await caseStore.markExceptionsUsed(tx, resolved.exceptionIds, at);
    await notifyApplicant(tx, app, `more:${c.id}`, `${c.item_name}：请补正材料`, `审批部门请您一次性补正：${describeCitations(resolved.items)}（补正期间不计入办理时限）`, at);
    await issueReviewCorrectionNotice(tx, app, c, resolved.items, at);
    return moved;
  });
}

/** The applicant answers the reviewer's request; the clock runs again from here. */
export async function supplyMore(deps: AppDeps, actor: Actor, caseId: string, input: SupplyInput) {
  const c0 = await store.caseById(deps.db, caseId);
  const app0 = c0 ? await store.applicationById(deps.db, c0.application_id) : undefined;
  if (!c0 || !app0 || !can(actor, 'supply', app0)) throw new AppError('CASE_NOT_FOUND');
  const wanted = (c0.more_request?.items ?? []).filter((i) => i.kind === 'material').map((i) => materialKey(i.itemCode, i.ref));
  const allowed = new Set(wanted.length ? wanted : (c0.more_request?.items ?? []).map((i) => materialKey(i.itemCode, i.ref)));
  const attachments = await newAttachments(deps, actor, input.attachments, new Set([...allowed, ...wanted]));
  const got = new Set(attachments.flatMap((a) => a.materialKeys));
  const missing = wanted.filter((k) => !got.has(k));
  if (missing.length) throw new AppError('CORRECTION_INCOMPLETE', { missing: missing.join('、') });
  return changeCase(deps, actor, caseId, { policy: (app) => can(actor, 'supply', app) }, async (tx, app, c, at) => {
    const moved = await moveCase(tx, app, c, 'supplyMore', actor.roles, actor.userId, at, {
      more_request: { ...c.more_request!, suppliedAt: at.toISOString() },
    }, { reason: input.note ?? null });
    await store.insertAttachments(tx, app.id, app.correction_count + 1, actor.userId, at, attachments);
    await resumeCaseClock(tx, c.id, at);
    return moved;
  });
}
