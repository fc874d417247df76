import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { publishedItemCodes } from './create-bundle-draft.js';
import { loadCatalogContext, prepareBundle, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { BundleInput, BundleVersion } from './types.js';

/** Rewrites a bundle draft; published and retired versions are refused. */
export async function editBundleDraft(deps: { db: Db; clock: Clock }, versionId: string, input: BundleInput): Promise<BundleVersion> {
  return deps.db.transaction(async (tx) => {
    const current = await store.bundleVersionById(tx, versionId);
    if (!current) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    if (current.status !== 'draft') throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: current.status });
    if (input.code !== current.code) throw new AppError('CATALOG_CODE_CHANGED', { from: current.code, to: input.code });
    const { issues, hash } = prepareBundle(input, await loadCatalogContext(tx), await publishedItemCodes(tx, input.members.map((m) => m.itemCode)));
    if (issues.length > 0) throwIssues(issues);
    if (!(await store.updateBundleDraft(tx, versionId, input, hash))) throw new AppError('CATALOG_VERSION_IMMUTABLE', { status: 'published' });
    return (await store.bundleVersionById(tx, versionId))!;
  });
}
