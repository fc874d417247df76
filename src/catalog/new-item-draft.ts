import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { loadCatalogContext, prepareItem, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { ItemInput, ServiceItemVersion } from './types.js';

/**
 * The next version of an existing item, in draft: from the given content, or a copy of the published version.
 * Published versions never change, so every edit of a live item goes through a new draft.
 */
export async function newItemDraft(
  deps: { db: Db; clock: Clock },
  actorId: string | null,
  code: string,
  input: ItemInput | null,
): Promise<ServiceItemVersion> {
  return deps.db.transaction(async (tx) => {
    const item = await store.itemIdentityByCode(tx, code);
    if (!item) throw new AppError('CATALOG_ITEM_NOT_FOUND', { code });
    await store.lockItem(tx, item.id);
    const versions = await store.versionsOfItem(tx, item.id);
    if (versions.some((v) => v.status === 'draft')) throw new AppError('CATALOG_DRAFT_EXISTS', { code });
    const base = input ?? inputOf(versions.find((v) => v.status === 'published') ?? versions[0]!);
    if (base.code !== code) throw new AppError('CATALOG_CODE_CHANGED', { from: code, to: base.code });
    const { issues, write } = prepareItem(base, await loadCatalogContext(tx));
    if (!write) throwIssues(issues);
    const versionId = newId();
    await store.insertItemVersion(tx, { ...write, id: versionId, itemId: item.id, version: await store.nextItemVersionNumber(tx, item.id), at: deps.clock.now(), by: actorId });
    return (await store.itemVersionById(tx, versionId))!;
  });
}

/** The authoring input a stored version was made from. */
export function inputOf(v: ServiceItemVersion): ItemInput {
  const { versionId: _v, itemId: _i, version: _n, status: _s, department, regionCode: _r, immediate: _im, createdAt: _c, publishedAt: _p, retiredAt: _rt, effectiveOn: _e, ...rest } = v;
  return { ...rest, departmentCode: department.code };
}
