import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { changeCase } from './case-action.js';
import { moveCase } from './case-flow.js';
import { canCase } from './policy.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import type { CaseRow, SiteCheckRow } from './store/rows.js';

export interface SiteCheckInput {
  caseIds: string[];
  scheduledFor: string;
  address: string;
}

/**
 * 联合勘验: one visit for several departments' cases of one application. The requesting reviewer must handle one
 * of them; the others join (each department later records its own result).
 */
export async function requestSiteCheck(deps: AppDeps, actor: Actor, input: SiteCheckInput): Promise<SiteCheckRow> {
  const ids = [...new Set(input.caseIds)];
  const cases: CaseRow[] = [];
  for (const id of ids) {
    const c = await store.caseById(deps.db, id);
    if (!c) throw new AppError('CASE_NOT_FOUND');
    cases.push(c);
  }
  if (!cases.some((c) => canCase(actor, 'handleCase', c))) throw new AppError('FORBIDDEN');
  const appId = cases[0]!.application_id;
  if (cases.some((c) => c.application_id !== appId || !['accepted', 'reviewing'].includes(c.status))) throw new AppError('SITE_CHECK_CASES_INVALID');
  const id = newId();
  const lead = cases.find((c) => canCase(actor, 'handleCase', c))!;
  await changeCase(deps, actor, lead.id, {}, async (tx, app, _c, at) => {
    await caseStore.insertSiteCheck(tx, {
      id, application_id: app.id, case_ids: ids, scheduled_for: new Date(input.scheduledFor), address: input.address, requested_by: actor.userId, requested_at: at,
    });
    for (const c of cases) {
      const fresh = (await store.caseById(tx, c.id))!;
      // the joining departments' cases move with the lead's request: the performer is a reviewer either way
      await moveCase(tx, app, fresh, 'requestSiteCheck', actor.roles, actor.userId, at, { site_check_id: id }, { data: { siteCheckId: id, scheduledFor: input.scheduledFor, address: input.address, joint: ids.length > 1 } });
    }
  });
  return (await caseStore.siteCheckById(deps.db, id))!;
}

/** Each department records its own finding of the joint visit; its case returns to review. */
export async function recordSiteCheckResult(deps: AppDeps, actor: Actor, siteCheckId: string, input: { caseId: string; result: 'pass' | 'fail'; note: string }) {
  const check = await caseStore.siteCheckById(deps.db, siteCheckId);
  if (!check) throw new AppError('SITE_CHECK_NOT_FOUND');
  if (!check.case_ids.includes(input.caseId)) throw new AppError('SITE_CHECK_CASES_INVALID');
  return changeCase(deps, actor, input.caseId, {}, async (tx, app, c, at) => {
    await caseStore.recordSiteCheckResult(tx, siteCheckId, c.id, { result: input.result, note: input.note, by: actor.userId, at: at.toISOString() });
    return moveCase(tx, app, c, 'recordSiteCheck', actor.roles, actor.userId, at, {}, { reason: input.note, data: { siteCheckId, result: input.result } });
  });
}
