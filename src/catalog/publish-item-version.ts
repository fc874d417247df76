import { AppError, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { hasActiveReviewer } from '../identity/index.js';
import { auditCatalogChange, itemChain } from './catalog-audit.js';
import { inputOf } from './new-item-draft.js';
import { itemSearchRow, loadCatalogContext, prepareItem, throwIssues, type CatalogContext } from './prepare.js';
import * as store from './store.js';
import type { ServiceItemVersion } from './types.js';

/** Publishes a draft: it becomes the item's live version, and the version it replaces is retired (still readable by id). */
export async function publishItemVersion(deps: { db: Db; clock: Clock }, actorId: string | null, versionId: string, reason: string | null = null): Promise<ServiceItemVersion> {
  return deps.db.transaction(async (tx) => {
    const draft = await store.itemVersionById(tx, versionId);
    if (!draft) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    await store.lockItem(tx, draft.itemId);
    const ctx = await loadCatalogContext(tx);
    // rules may have changed since the draft was saved (a certificate abolished meanwhile)
    const { issues } = prepareItem(inputOf(draft), ctx);
    if (issues.length > 0) throwIssues(issues);
    return publishLocked(tx, ctx, draft, deps.clock.now(), actorId, reason);
  });
}

/** Within a transaction that holds the item's lock; appends the change to the item's audit chain. */
export async function publishLocked(tx: Queryable, ctx: CatalogContext, draft: ServiceItemVersion, at: Date, actorId: string | null, reason: string | null): Promise<ServiceItemVersion> {
  // a published item whose department has nobody to decide it would leave every application stuck
  if (!(await hasActiveReviewer(tx, draft.department.id))) throw new AppError('CATALOG_DEPARTMENT_UNSTAFFED', { department: draft.department.name });
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
