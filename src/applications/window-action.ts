import { AppError, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { recordEvent } from './events.js';
import { can, isCrossRegion } from './policy.js';
import { applicationTransition, type ApplicationAction } from './state.js';
import * as store from './store/applications.js';
import type { ApplicationRow } from './store/rows.js';

type ApplicationWithParts = NonNullable<Awaited<ReturnType<typeof store.applicationWithParts>>>;

export interface WindowChecks {
  identity: boolean;
  formalCompleteness: boolean;
}

/**
 * The common shape of a state change of an application: policy, allowed transition, then one optimistic UPDATE
 * (version check) and the audit entry in one transaction; `then` does the consequences in the same transaction.
 * A window action by a clerk outside the deciding authority's region (the application is routed to their window,
 * or they could not see it) needs the identity and formal-completeness checks confirmed, and records them.
 */
export async function changeApplication<T>(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  actor: Actor,
  args: {
    id: string;
    action: ApplicationAction;
    policy: 'window' | 'supply';
    expectedVersion?: number;
    /** 异地代收代办: what a window outside the authority's region confirms it checked */
    windowChecks?: WindowChecks | null;
    /** read the application with its cases, attachments and the rest of its page in one statement, for `check` */
    whole?: boolean;
    /** checks before the change (throw to refuse); may read */
    check?: (app: ApplicationRow, whole?: ApplicationWithParts) => Promise<void> | void;
    patch: (app: ApplicationRow, at: Date) => Partial<Record<keyof ApplicationRow, unknown>>;
    reason?: (app: ApplicationRow) => string | null;
    data?: (app: ApplicationRow) => Record<string, unknown>;
    then?: (tx: Queryable, updated: ApplicationRow, before: ApplicationRow, at: Date) => Promise<T>;
  },
): Promise<{ app: ApplicationRow; result: T | undefined }> {
  const whole = args.whole ? await store.applicationWithParts(deps.db, args.id) : undefined;
  const app = args.whole ? whole?.app : await store.applicationById(deps.db, args.id);
  if (!app || !can(actor, 'view', app)) throw new AppError('APPLICATION_NOT_FOUND');
  if (!can(actor, args.policy, app)) throw new AppError('FORBIDDEN');
  if (args.expectedVersion !== undefined && args.expectedVersion !== app.version) throw new AppError('CONFLICT', { version: app.version });
  const verdict = applicationTransition(args.action, app.status, actor.roles);
  if (!verdict.ok) {
    if (verdict.reason === 'WRONG_ROLE') throw new AppError('FORBIDDEN');
    throw new AppError('INVALID_TRANSITION', { status: app.status, action: args.action });
  }
  const crossRegion = args.policy === 'window' && isCrossRegion(actor, app);
  if (crossRegion && !(args.windowChecks?.identity && args.windowChecks.formalCompleteness)) throw new AppError('CROSS_REGION_CHECKS_REQUIRED');
  await args.check?.(app, whole);
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const updated = await store.updateApplication(tx, app.id, app.version, { ...args.patch(app, at), status: verdict.to, updated_at: at });
    if (!updated) throw new AppError('CONFLICT');
    await recordEvent(tx, app.id, { actorId: actor.userId, action: args.action, at, before: app.status, after: verdict.to, reason: args.reason?.(app) ?? null, data: crossRegion ? { ...args.data?.(app), crossRegion, windowChecks: args.windowChecks } : args.data?.(app) });
    if (!args.then) return { app: updated, result: undefined };
    const result = await args.then(tx, updated, app, at);
    // the consequences may have moved the application on (an auto-approved item concludes it at acceptance)
    return { app: (await store.applicationById(tx, app.id))!, result };
  });
}
