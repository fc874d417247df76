import { AppError, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { canCase, type CasePolicyAction } from './policy.js';
import * as store from './store/applications.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

/**
 * The common shape of a case change: the case must be visible and handled by the actor's department; inside the
 * transaction the application row is locked (one writer per application and its audit chain), the case re-read,
 * and an expected version, when given, must still hold.
 */
export async function changeCase<T>(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  actor: Actor,
  caseId: string,
  opts: { policy?: CasePolicyAction | ((app: ApplicationRow, c: CaseRow) => boolean); expectedVersion?: number },
  fn: (tx: Queryable, app: ApplicationRow, c: CaseRow, at: Date) => Promise<T>,
): Promise<T> {
  const c = await store.caseById(deps.db, caseId);
  const app = c ? await store.applicationById(deps.db, c.application_id) : undefined;
  if (!c || !app) throw new AppError('CASE_NOT_FOUND');
  const policy = opts.policy ?? 'handleCase';
  const allowed = typeof policy === 'function' ? policy(app, c) : canCase(actor, policy, c);
  if (!allowed) {
    // another department's reviewer learns nothing about the case
    if (!canCase(actor, 'viewCase', c)) throw new AppError('CASE_NOT_FOUND');
    throw new AppError('FORBIDDEN');
  }
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== c.version) throw new AppError('CONFLICT', { version: c.version });
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const locked = (await store.lockApplication(tx, app.id))!;
    const fresh = (await store.caseById(tx, caseId))!;
    if (opts.expectedVersion !== undefined && fresh.version !== opts.expectedVersion) throw new AppError('CONFLICT', { version: fresh.version });
    return fn(tx, locked, fresh, at);
  });
}
