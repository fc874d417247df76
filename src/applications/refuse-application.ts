import type { AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { moveCase } from './case-flow.js';
import { citeGuide, describeCitations } from './cite-guide.js';
import type { CitationInput } from './guide-rules.js';
import { notifyApplicant } from './notify-applicant.js';
import { issueRefusalNotice } from './statutory-documents.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import type { CorrectionItem } from './store/rows.js';
import { changeApplication, type WindowChecks } from './window-action.js';

/** 不予受理: a reason, the legal basis, and what in the guide is not met; the cases end before they start. */
export async function refuseApplication(deps: AppDeps, actor: Actor, id: string, input: { version?: number; reason: string; legalBasis: string; cited: CitationInput[]; checks?: WindowChecks | null }) {
  let resolved: { items: CorrectionItem[]; exceptionIds: string[] } = { items: [], exceptionIds: [] };
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'refuse',
    policy: 'window',
    expectedVersion: input.version,
    windowChecks: input.checks,
    check: async (a) => {
      resolved = await citeGuide(deps.db, a.id, await store.casesOf(deps.db, a.id), 'refusal', input.cited);
    },
    patch: (_a, at) => ({ refusal: { reason: input.reason, legalBasis: input.legalBasis, cited: resolved.items, at: at.toISOString(), by: actor.userId } }),
    reason: () => input.reason,
    data: () => ({ legalBasis: input.legalBasis, cited: resolved.items }),
    then: async (tx, updated, _b, at) => {
      for (const c of await store.casesOf(tx, updated.id)) await moveCase(tx, updated, c, 'cancel', ['system'], null, at, {}, { reason: '不予受理' });
      await caseStore.markExceptionsUsed(tx, resolved.exceptionIds, at);
      if (actor.departmentId) await issueRefusalNotice(tx, updated, actor.departmentId, { reason: input.reason, legalBasis: input.legalBasis, cited: resolved.items }, at);
      await notifyApplicant(tx, updated, `refused:${updated.id}`, '申请不予受理', `${input.reason}。法律依据：${input.legalBasis}。${describeCitations(resolved.items)}`, at);
    },
  });
  return app;
}
