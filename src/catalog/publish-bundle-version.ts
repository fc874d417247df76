import { AppError, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { publishedItemCodes } from './create-bundle-draft.js';
import { auditCatalogChange, bundleChain } from './catalog-audit.js';
import { bundleInputOf } from './new-bundle-draft.js';
import { bundleSearchRow, loadCatalogContext, prepareBundle, throwIssues, type CatalogContext } from './prepare.js';
import * as store from './store.js';
import type { BundleVersion } from './types.js';

/** Publishes a bundle draft; every member item must be published; the replaced version is retired. */
export async function publishBundleVersion(deps: { db: Db; clock: Clock }, actorId: string | null, versionId: string, reason: string | null = null): Promise<BundleVersion> {
  return deps.db.transaction(async (tx) => {
    const draft = await store.bundleVersionById(tx, versionId);
    if (!draft) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    await store.lockBundle(tx, draft.bundleId);
    const ctx = await loadCatalogContext(tx);
    const input = bundleInputOf(draft);
    const { issues } = prepareBundle(input, ctx, await publishedItemCodes(tx, input.members.map((m) => m.itemCode)));
    if (issues.length > 0) throwIssues(issues);
    return publishBundleLocked(tx, ctx, draft, deps.clock.now(), actorId, reason);
  });
}

export async function publishBundleLocked(tx: Queryable, ctx: CatalogContext, draft: BundleVersion, at: Date, actorId: string | null, reason: string | null): Promise<BundleVersion> {
  const live = (await store.versionsOfBundle(tx, draft.bundleId)).find((v) => v.status === 'published');
  if (live) {
    await store.setBundleVersionStatus(tx, live.versionId, 'published', 'retired', at, actorId);
    await store.deleteSearchRow(tx, live.versionId);
  }
  if (!(await store.setBundleVersionStatus(tx, draft.versionId, 'draft', 'published', at, actorId))) {
    throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: draft.status });
  }
  const published = (await store.bundleVersionById(tx, draft.versionId))!;
  const items = await store.publishedItemsByCodes(tx, published.members.map((m) => m.itemCode));
  const deptNames = [...new Set(items.flatMap((i) => [i.department.name, ctx.departmentsByCode.get(i.department.code)?.shortName ?? '']))];
  await store.insertSearchRow(tx, bundleSearchRow(published, deptNames));
  await auditCatalogChange(tx, {
    chain: bundleChain(published.code),
    action: 'catalog.published',
    actorId,
    at,
    before: live ? { versionId: live.versionId, version: live.version } : null,
    after: { versionId: published.versionId, version: published.version },
    reason,
  });
  return published;
}
