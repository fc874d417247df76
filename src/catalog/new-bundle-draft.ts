import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { publishedItemCodes } from './create-bundle-draft.js';
import { loadCatalogContext, prepareBundle, throwIssues } from './prepare.js';
import * as store from './store.js';
import type { BundleInput, BundleVersion } from './types.js';

/** The next version of a bundle, in draft: from the given content or a copy of the published one. */
export async function newBundleDraft(deps: { db: Db; clock: Clock }, actorId: string | null, code: string, input: BundleInput | null): Promise<BundleVersion> {
  return deps.db.transaction(async (tx) => {
    const bundle = await store.bundleIdentityByCode(tx, code);
    if (!bundle) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', { code });
    await store.lockBundle(tx, bundle.id);
    const versions = await store.versionsOfBundle(tx, bundle.id);
    if (versions.some((v) => v.status === 'draft')) throw new AppError('CATALOG_DRAFT_EXISTS', { code });
    const base = input ?? bundleInputOf(versions.find((v) => v.status === 'published') ?? versions[0]!);
    if (base.code !== code) throw new AppError('CATALOG_CODE_CHANGED', { from: code, to: base.code });
    const { issues, hash } = prepareBundle(base, await loadCatalogContext(tx), await publishedItemCodes(tx, base.members.map((m) => m.itemCode)));
    if (issues.length > 0) throwIssues(issues);
    const versionId = newId();
    const version = await store.nextBundleVersionNumber(tx, bundle.id);
    await store.insertBundleVersion(tx, { id: versionId, bundleId: bundle.id, version, input: base, contentHash: hash, at: deps.clock.now(), by: actorId });
    return (await store.bundleVersionById(tx, versionId))!;
  });
}

export function bundleInputOf(v: BundleVersion): BundleInput {
  const { versionId: _v, bundleId: _b, version: _n, status: _s, createdAt: _c, publishedAt: _p, retiredAt: _r, ...rest } = v;
  return rest;
}
