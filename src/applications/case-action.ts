import { AppError, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { loadCaseViews, type CaseViews } from './load-application.js';
import { canCase, type CasePolicyAction } from './policy.js';
import * as store from './store/applications.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

/**
 * The common shape of a case change, all inside one transaction: the case's application row is locked (one writer
 * per application and its audit chain) and its cases read once under the lock; the case must be visible and handled
 * by the actor's department, and an expected version, when given, must hold. A refusal rolls back having changed
 * nothing.
 */
export async function changeCase<T>(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  actor: Actor,
  caseId: string,
  opts: { policy?: CasePolicyAction | ((app: ApplicationRow, c: CaseRow) => boolean); expectedVersion?: number },
  fn: (tx: Queryable, app: ApplicationRow, c: CaseRow, at: Date) => Promise<T>,
): Promise<T> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // the case's application locked and its cases read once, in that order: what is read is what the change works on
    const app = await store.lockApplicationOfCase(tx, caseId);
    const c = app ? (await store.casesOf(tx, app.id)).find((x) => x.id === caseId) : undefined;
    if (!c || !app) throw new AppError('CASE_NOT_FOUND');
    const policy = opts.policy ?? 'handleCase';
    const allowed = typeof policy === 'function' ? policy(app, c) : canCase(actor, policy, c);
    if (!allowed) {
      // another department's reviewer learns nothing about the case
      if (!canCase(actor, 'viewCase', c)) throw new AppError('CASE_NOT_FOUND');
      throw new AppError('FORBIDDEN');
    }
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== c.version) throw new AppError('CONFLICT', { version: c.version });
    return fn(tx, app, c, at);
  });
}

/**
 * A case change answered with the case as its transaction leaves it: the views (its clock, its special procedures) are
 * read inside the transaction, where the clock the change just moved is held and costs no statement.
 */
export async function changeCaseShown(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  actor: Actor,
  caseId: string,
  opts: Parameters<typeof changeCase>[3],
  fn: (tx: Queryable, app: ApplicationRow, c: CaseRow, at: Date) => Promise<CaseRow>,
): Promise<{ c: CaseRow; views: CaseViews }> {
  return changeCase(deps, actor, caseId, opts, async (tx, app, c, at) => {
    const changed = await fn(tx, app, c, at);
    return { c: changed, views: await loadCaseViews(tx, [changed], at) };
  });
}
