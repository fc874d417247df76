import { AppError, shanghaiDateOf, startPeriodic, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { hasActiveReviewer } from '../identity/index.js';
import { refuseUnlistedFees } from './fee-list.js';
import { auditCatalogChange, itemChain } from './catalog-audit.js';
import { inputOf } from './new-item-draft.js';
import { itemSearchRow, loadCatalogContext, prepareItem, throwIssues, type CatalogContext } from './prepare.js';
import * as store from './store.js';
import type { ServiceItemVersion } from './types.js';

/**
 * Publishes a draft: it becomes the item's live version, and the version it replaces is retired (still readable by id).
 * With a later 生效日期 the draft is checked now and waits, scheduled; `publishDueItemVersions` publishes it on that date.
 */
export async function publishItemVersion(deps: { db: Db; clock: Clock }, actorId: string | null, versionId: string, reason: string | null = null, effectiveOn: string | null = null): Promise<ServiceItemVersion> {
  const today = shanghaiDateOf(deps.clock.now());
  if (effectiveOn && effectiveOn < today) throw new AppError('CATALOG_EFFECTIVE_DATE_PAST', { date: effectiveOn, today });
  return deps.db.transaction(async (tx) => {
    const draft = await store.itemVersionById(tx, versionId);
    if (!draft) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    await store.lockItem(tx, draft.itemId);
    const ctx = await loadCatalogContext(tx);
    // rules may have changed since the draft was saved (a certificate abolished meanwhile)
    const { issues } = prepareItem(inputOf(draft), ctx);
    if (issues.length > 0) throwIssues(issues);
    if (effectiveOn && effectiveOn > today) return scheduleLocked(tx, draft, effectiveOn, deps.clock.now(), actorId, reason);
    return publishLocked(tx, ctx, draft, deps.clock.now(), actorId, reason);
  });
}

async function scheduleLocked(tx: Queryable, draft: ServiceItemVersion, effectiveOn: string, at: Date, actorId: string | null, reason: string | null): Promise<ServiceItemVersion> {
  if (!(await hasActiveReviewer(tx, draft.department.id))) throw new AppError('CATALOG_DEPARTMENT_UNSTAFFED', { department: draft.department.name });
  if (!(await store.scheduleItemVersion(tx, draft.versionId, effectiveOn, actorId))) throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: draft.status });
  await auditCatalogChange(tx, { chain: itemChain(draft.code), action: 'catalog.scheduled', actorId, at, before: null, after: { versionId: draft.versionId, version: draft.version, effectiveOn }, reason });
  return (await store.itemVersionById(tx, draft.versionId))!;
}

/**
 * Publishes every scheduled draft whose 生效日期 has come by the injected clock (Beijing date), each in its own
 * transaction, on behalf of whoever scheduled it. A draft that no longer passes the rules stays a draft. Returns how
 * many were published.
 */
export async function publishDueItemVersions(deps: { db: Db; clock: Clock }, onError: (versionId: string, e: unknown) => void = () => undefined): Promise<number> {
  const today = shanghaiDateOf(deps.clock.now());
  let published = 0;
  for (const due of await store.dueScheduledItemVersions(deps.db, today, 200)) {
    try {
      await deps.db.transaction(async (tx) => {
        const draft = await store.itemVersionById(tx, due.id);
        if (!draft || draft.status !== 'draft' || !draft.effectiveOn || draft.effectiveOn > today) return;
        await store.lockItem(tx, draft.itemId);
        const ctx = await loadCatalogContext(tx);
        const { issues } = prepareItem(inputOf(draft), ctx);
        if (issues.length > 0) throwIssues(issues);
        await publishLocked(tx, ctx, draft, deps.clock.now(), due.scheduled_by, `按生效日期 ${draft.effectiveOn} 自动发布`);
        published++;
      });
    } catch (e) {
      onError(due.id, e);
    }
  }
  return published;
}

/** Within a transaction that holds the item's lock; appends the change to the item's audit chain. */
export async function publishLocked(tx: Queryable, ctx: CatalogContext, draft: ServiceItemVersion, at: Date, actorId: string | null, reason: string | null): Promise<ServiceItemVersion> {
  // a published item whose department has nobody to decide it would leave every application stuck
  if (!(await hasActiveReviewer(tx, draft.department.id))) throw new AppError('CATALOG_DEPARTMENT_UNSTAFFED', { department: draft.department.name });
  await refuseUnlistedFees(tx, draft.fees);
  const live = (await store.versionsOfItem(tx, draft.itemId)).find((v) => v.status === 'published');
  if (live) {
    await store.setItemVersionStatus(tx, live.versionId, 'published', 'retired', at, actorId);
    await store.deleteSearchRow(tx, live.versionId);
  }
  if (!(await store.setItemVersionStatus(tx, draft.versionId, 'draft', 'published', at, actorId))) {
    throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: draft.status });
  }
  const published = (await store.itemVersionById(tx, draft.versionId))!;
  await store.insertSearchRow(tx, itemSearchRow(published, ctx));
  await auditCatalogChange(tx, {
    chain: itemChain(published.code),
    action: 'catalog.published',
    actorId,
    at,
    before: live ? { versionId: live.versionId, version: live.version } : null,
    after: { versionId: published.versionId, version: published.version },
    reason,
  });
  return published;
}

/** Publishes scheduled drafts as their dates come, checking every `intervalMs` (server); returns a stop function. */
export function startScheduledPublishing(deps: { db: Db; clock: Clock }, intervalMs = 60_000, onError: (e: unknown) => void = () => undefined): () => Promise<void> {
  return startPeriodic(() => publishDueItemVersions(deps, (_id, e) => onError(e)), intervalMs, onError);
}
