import type { Queryable } from '../../db/index.js';
import type {
  BundleInput,
  BundleVersion,
  VersionStatus,
} from '../types.js';

/** Bundles (一件事) and their versions. */

interface BundleVersionRow {
  id: string;
  bundle_id: string;
  version: number;
  status: VersionStatus;
  code: string;
  name: string;
  audience: BundleInput['audience'];
  definition: Omit<BundleInput, 'code' | 'name' | 'audience'>;
  content_hash: string;
  created_at: Date;
  published_at: Date | null;
  retired_at: Date | null;
}

function toBundle(r: BundleVersionRow): BundleVersion {
  return {
    versionId: r.id,
    bundleId: r.bundle_id,
    version: r.version,
    status: r.status,
    code: r.code,
    name: r.name,
    audience: r.audience,
    ...r.definition,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    retiredAt: r.retired_at?.toISOString() ?? null,
  };
}

const definitionOf = ({ code: _c, name: _n, audience: _a, ...rest }: BundleInput) => rest;

export async function bundleIdentityByCode(q: Queryable, code: string): Promise<{ id: string; code: string } | undefined> {
  return (await q.query<{ id: string; code: string }>('SELECT id, code FROM bundles WHERE code = $1', [code]))[0];
}

export async function insertBundle(tx: Queryable, id: string, code: string, at: Date): Promise<void> {
  await tx.query('INSERT INTO bundles (id, code, created_at) VALUES ($1, $2, $3)', [id, code, at]);
}

export async function insertBundleVersion(
  tx: Queryable,
  v: { id: string; bundleId: string; version: number; input: BundleInput; contentHash: string; at: Date; by: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO bundle_versions (id, bundle_id, version, status, code, name, audience, definition, content_hash, created_at, created_by)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10)`,
    [v.id, v.bundleId, v.version, v.input.code, v.input.name, v.input.audience, JSON.stringify(definitionOf(v.input)), v.contentHash, v.at, v.by],
  );
}

export async function updateBundleDraft(tx: Queryable, id: string, input: BundleInput, contentHash: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE bundle_versions SET name = $2, audience = $3, definition = $4, content_hash = $5 WHERE id = $1 AND status = 'draft' RETURNING id`,
    [id, input.name, input.audience, JSON.stringify(definitionOf(input)), contentHash],
  );
  return rows.length === 1;
}

export async function bundleVersionById(q: Queryable, id: string): Promise<BundleVersion | undefined> {
  const rows = await q.query<BundleVersionRow>('SELECT * FROM bundle_versions WHERE id = $1', [id], { name: 'catalog_bundle_version' });
  return rows[0] && toBundle(rows[0]);
}

export async function publishedBundleByCode(q: Queryable, code: string): Promise<BundleVersion | undefined> {
  const rows = await q.query<BundleVersionRow>(`SELECT * FROM bundle_versions WHERE code = $1 AND status = 'published'`, [code], {
    name: 'catalog_published_bundle_by_code',
  });
  return rows[0] && toBundle(rows[0]);
}

export async function listPublishedBundles(q: Queryable, audience?: string): Promise<BundleVersion[]> {
  const rows = await q.query<BundleVersionRow>(
    `SELECT * FROM bundle_versions WHERE status = 'published' AND ($1::text IS NULL OR audience = $1 OR audience = 'both') ORDER BY code`,
    [audience ?? null],
  );
  return rows.map(toBundle);
}

export async function versionsOfBundle(q: Queryable, bundleId: string): Promise<BundleVersion[]> {
  const rows = await q.query<BundleVersionRow>('SELECT * FROM bundle_versions WHERE bundle_id = $1 ORDER BY version DESC', [bundleId]);
  return rows.map(toBundle);
}

export async function nextBundleVersionNumber(tx: Queryable, bundleId: string): Promise<number> {
  const rows = await tx.query<{ n: number }>('SELECT coalesce(max(version), 0) + 1 AS n FROM bundle_versions WHERE bundle_id = $1', [bundleId]);
  return rows[0]!.n;
}

export async function lockBundle(tx: Queryable, bundleId: string): Promise<void> {
  await tx.query('SELECT id FROM bundles WHERE id = $1 FOR UPDATE', [bundleId]);
}

export async function setBundleVersionStatus(
  tx: Queryable,
  id: string,
  from: VersionStatus,
  to: 'published' | 'retired',
  at: Date,
  by: string | null,
): Promise<boolean> {
  const rows =
    to === 'published'
      ? await tx.query(`UPDATE bundle_versions SET status = 'published', published_at = $2, published_by = $3 WHERE id = $1 AND status = $4 RETURNING id`, [id, at, by, from])
      : await tx.query(`UPDATE bundle_versions SET status = 'retired', retired_at = $2 WHERE id = $1 AND status = $3 RETURNING id`, [id, at, from]);
  return rows.length === 1;
}

/** Codes of bundles whose published version lists the item (an item cannot be retired from under them). */
export async function publishedBundlesUsingItem(q: Queryable, itemCode: string): Promise<string[]> {
  const rows = await q.query<{ code: string }>(
    `SELECT code FROM bundle_versions WHERE status = 'published'
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(definition->'members') m WHERE m->>'itemCode' = $1) ORDER BY code`,
    [itemCode],
  );
  return rows.map((r) => r.code);
}
