import { AppError, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { auditCatalogChange, itemChain } from './catalog-audit.js';
import * as store from './store.js';
import type { ServiceItemVersion } from './types.js';

/**
 * A typed retirement (事项精简: 取消, 下放, 合并, 改备案 or 委托): the words for the audit log, and the record that counts it,
 * written in the same transaction as the retirement so that nothing leaves the catalog uncounted. The catalog of
 * powers supplies it; there is no retirement without one.
 */
export interface Retirement<V> {
  auditReason: string;
  record(tx: Queryable, retired: V): Promise<void>;
}

/** Takes an item out of the catalog: its published version is retired and no longer listed or searchable. */
export async function retireItem(deps: { db: Db; clock: Clock }, actorId: string | null, code: string, retirement: Retirement<ServiceItemVersion>): Promise<ServiceItemVersion> {
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
    await auditCatalogChange(tx, { chain: itemChain(code), action: 'catalog.retired', actorId, at, before: { versionId: live.versionId, version: live.version }, after: null, reason: retirement.auditReason });
    const retired = (await store.itemVersionById(tx, live.versionId))!;
    await retirement.record(tx, retired);
    return retired;
  });
}


