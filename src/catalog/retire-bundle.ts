import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { auditCatalogChange, bundleChain } from './catalog-audit.js';
import type { Retirement } from './retire-item.js';
import * as store from './store.js';
import type { BundleVersion } from './types.js';

/** Takes a bundle out of the catalog: no longer listed; applications filed against it keep their version. */
export async function retireBundle(deps: { db: Db; clock: Clock }, actorId: string | null, code: string, retirement: Retirement<BundleVersion>): Promise<BundleVersion> {
  return deps.db.transaction(async (tx) => {
    const bundle = await store.bundleIdentityByCode(tx, code);
    if (!bundle) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', { code });
    await store.lockBundle(tx, bundle.id);
    const live = (await store.versionsOfBundle(tx, bundle.id)).find((v) => v.status === 'published');
    if (!live) throw new AppError('CATALOG_NOTHING_TO_RETIRE');
    const at = deps.clock.now();
    await store.setBundleVersionStatus(tx, live.versionId, 'published', 'retired', at, actorId);
    await store.deleteSearchRow(tx, live.versionId);
    await auditCatalogChange(tx, { chain: bundleChain(code), action: 'catalog.retired', actorId, at, before: { versionId: live.versionId, version: live.version }, after: null, reason: retirement.auditReason });
    const retired = (await store.bundleVersionById(tx, live.versionId))!;
    await retirement.record(tx, retired);
    return retired;
  });
}
