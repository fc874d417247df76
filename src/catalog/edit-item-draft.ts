import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { loadCatalogContext, prepareItem, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { ItemInput, ServiceItemVersion } from './types.js';

/** Rewrites a draft version. Published and retired versions are immutable: an edit of one is refused. */
export async function editItemDraft(deps: { db: Db; clock: Clock }, versionId: string, input: ItemInput): Promise<ServiceItemVersion> {
  return deps.db.transaction(async (tx) => {
    const current = await store.itemVersionById(tx, versionId);
    if (!current) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    if (current.status !== 'draft') throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: current.status });
    if (input.code !== current.code) throw new AppError('CATALOG_CODE_CHANGED', { from: current.code, to: input.code });
    const { issues, write } = prepareItem(input, await loadCatalogContext(tx));
    if (!write) throwIssues(issues);
    if (!(await store.updateItemDraft(tx, versionId, write))) throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: 'published' });
    return (await store.itemVersionById(tx, versionId))!;
  });
}
