import { AppError, newId, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { loadCatalogContext, prepareBundle, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { BundleInput, BundleVersion } from './types.js';

/** Item codes a bundle may list: those with a published version. */
export async function publishedItemCodes(q: Queryable, codes: string[]): Promise<Set<string>> {
  return new Set((await store.publishedItemsByCodes(q, codes)).map((i) => i.code));
}

/** A new bundle (一件事) as version 1 in draft. */
export async function createBundleDraft(deps: { db: Db; clock: Clock }, actorId: string | null, input: BundleInput): Promise<BundleVersion> {
  return deps.db.transaction(async (tx) => {
    const { issues, hash } = prepareBundle(input, await loadCatalogContext(tx), await publishedItemCodes(tx, input.members.map((m) => m.itemCode)));
    if (issues.length > 0) throwIssues(issues);
    if (await store.bundleIdentityByCode(tx, input.code)) throw new AppError('CATALOG_CODE_TAKEN', { code: input.code });
    const bundleId = newId();
    const versionId = newId();
    const at = deps.clock.now();
    await store.insertBundle(tx, bundleId, input.code, at);
    await store.insertBundleVersion(tx, { id: versionId, bundleId, version: 1, input, contentHash: hash, at, by: actorId });
    return (await store.bundleVersionById(tx, versionId))!;
  });
}
