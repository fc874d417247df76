import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { auditCatalogChange, itemChain } from './catalog-audit.js';
import * as store from './store.js';
import type { ServiceItemVersion } from './types.js';

/** Takes an item out of the catalog: its published version is retired and no longer listed or searchable. */
export async function retireItem(deps: { db: Db; clock: Clock }, actorId: string | null, code: string, reason: string | null = null): Promise<ServiceItemVersion> {
  return deps.db.transaction(async (tx) => {
    const item = await store.itemIdentityByCode(tx, code);
    if (!item) throw new AppError('CATALOG_ITEM_NOT_FOUND', { code });
    await store.lockItem(tx, item.id);
    const live = (await store.versionsOfItem(tx, item.id)).find((v) => v.status === 'published');
    if (!live) throw new AppError('CATALOG_NOTHING_TO_RETIRE');
    const bundles = await store.publishedBundlesUsingItem(tx, code);
    if (bundles.length > 0) throw new AppError('CATALOG_ITEM_IN_USE', { code, bundles: bundles.join('、') });
    const at = deps.clock.now();
    await store.setItemVersionStatus(tx, live.versionId, 'published', 'retired', at, actorId);
    await store.deleteSearchRow(tx, live.versionId);
    await auditCatalogChange(tx, { chain: itemChain(code), action: 'catalog.retired', actorId, at, before: { versionId: live.versionId, version: live.version }, after: null, reason });
    return (await store.itemVersionById(tx, live.versionId))!;
  });
}
