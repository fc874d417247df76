import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { loadCatalogContext, prepareItem, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { ItemInput, ServiceItemVersion } from './types.js';

/** A new item, as version 1 in draft. */
export async function createItemDraft(deps: { db: Db; clock: Clock }, actorId: string | null, input: ItemInput): Promise<ServiceItemVersion> {
  return deps.db.transaction(async (tx) => {
    const { issues, write } = prepareItem(input, await loadCatalogContext(tx));
    if (!write) throwIssues(issues);
    if (await store.itemIdentityByCode(tx, input.code)) throw new AppError('CATALOG_CODE_TAKEN', { code: input.code });
    const itemId = newId();
    const versionId = newId();
    const at = deps.clock.now();
    await store.insertItem(tx, itemId, input.code, at);
    await store.insertItemVersion(tx, { ...write, id: versionId, itemId, version: 1, at, by: actorId });
    return (await store.itemVersionById(tx, versionId))!;
  });
}
