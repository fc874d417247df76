import type { Queryable } from '../db/index.js';
import type {
  AbolishedCertificate,
  BundleInput,
  BundleVersion,
  DataElement,
  ItemInput,
  ServiceItemVersion,
  VersionStatus,
} from './types.js';

/** The only file of the catalog that speaks SQL. Rows never leave it: it returns the catalog's typed objects. */

// ---------------------------------------------------------------- data elements and abolished certificates

interface DataElementRow {
  code: string;
  name: string;
  type: DataElement['type'];
  options: string[];
  min_value: number | null;
  max_value: number | null;
  max_length: number | null;
  description: string;
}

export async function upsertDataElement(tx: Queryable, e: DataElement): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_data_elements (code, name, type, options, min_value, max_value, max_length, description)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, options = EXCLUDED.options,
       min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value, max_length = EXCLUDED.max_length, description = EXCLUDED.description`,
    [e.code, e.name, e.type, e.options, e.min, e.max, e.maxLength, e.description],
  );
}

export async function listDataElements(q: Queryable): Promise<DataElement[]> {
  const rows = await q.query<DataElementRow>('SELECT * FROM catalog_data_elements ORDER BY code', [], { name: 'catalog_data_elements' });
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type,
    options: r.options,
    min: r.min_value,
    max: r.max_value,
    maxLength: r.max_length,
    description: r.description,
  }));
}

interface AbolishedRow {
  code: string;
  name: string;
  aliases: string[];
  replaced_by: AbolishedCertificate['replacedBy'];
  licence_type: string | null;
  how: string;
  basis: string;
  abolished_on: string;
}

export async function upsertAbolishedCertificate(tx: Queryable, c: AbolishedCertificate): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_abolished_certificates (code, name, aliases, replaced_by, licence_type, how, basis, abolished_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, replaced_by = EXCLUDED.replaced_by,
       licence_type = EXCLUDED.licence_type, how = EXCLUDED.how, basis = EXCLUDED.basis, abolished_on = EXCLUDED.abolished_on`,
    [c.code, c.name, c.aliases, c.replacedBy, c.licenceType, c.how, c.basis, c.abolishedOn],
  );
}

export async function listAbolishedCertificates(q: Queryable): Promise<AbolishedCertificate[]> {
  const rows = await q.query<AbolishedRow>('SELECT * FROM catalog_abolished_certificates ORDER BY abolished_on, code');
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    aliases: r.aliases,
    replacedBy: r.replaced_by,
    licenceType: r.licence_type,
    how: r.how,
    basis: r.basis,
    abolishedOn: r.abolished_on,
  }));
}

// ---------------------------------------------------------------- items

interface ItemVersionRow {
  id: string;
  item_id: string;
  version: number;
  status: VersionStatus;
  code: string;
  implementation_code: string;
  name: string;
  kind: ItemInput['kind'];
  department_id: string;
  dept_code: string;
  dept_name: string;
  region_code: string;
  level: ItemInput['level'];
  handling: ItemInput['handling'];
  legal_days: number;
  promised_days: number;
  visits_needed: number;
  online_capable: boolean;
  authorised_to_window: boolean;
  decided_on_platform: boolean;
  commitment_allowed: boolean;
  produces_licence_type: string | null;
  guide: ItemGuide;
  content_hash: string;
  created_at: Date;
  published_at: Date | null;
  retired_at: Date | null;
}

/** The part of an item version kept as one JSON document. */
export type ItemGuide = Pick<
  ItemInput,
  | 'applicantType'
  | 'legalBasis'
  | 'fees'
  | 'place'
  | 'officeHours'
  | 'phone'
  | 'conditions'
  | 'steps'
  | 'commitmentText'
  | 'autoApproval'
  | 'keywords'
  | 'materials'
  | 'formFields'
>;

export function guideOf(i: ItemInput): ItemGuide {
  return {
    applicantType: i.applicantType,
    legalBasis: i.legalBasis,
    fees: i.fees,
    place: i.place,
    officeHours: i.officeHours,
    phone: i.phone,
    conditions: i.conditions,
    steps: i.steps,
    commitmentText: i.commitmentText,
    autoApproval: i.autoApproval,
    keywords: i.keywords,
    materials: i.materials,
    formFields: i.formFields,
  };
}

const ITEM_SELECT = `SELECT v.*, d.code AS dept_code, d.name AS dept_name
  FROM service_item_versions v JOIN departments d ON d.id = v.department_id`;

function toItem(r: ItemVersionRow): ServiceItemVersion {
  return {
    versionId: r.id,
    itemId: r.item_id,
    version: r.version,
    status: r.status,
    code: r.code,
    implementationCode: r.implementation_code,
    name: r.name,
    kind: r.kind,
    department: { id: r.department_id, code: r.dept_code, name: r.dept_name },
    regionCode: r.region_code,
    level: r.level,
    handling: r.handling,
    immediate: r.handling === 'immediate',
    legalDays: r.legal_days,
    promisedDays: r.promised_days,
    visitsNeeded: r.visits_needed,
    onlineCapable: r.online_capable,
    authorisedToWindow: r.authorised_to_window,
    decidedOnPlatform: r.decided_on_platform,
    commitmentAllowed: r.commitment_allowed,
    producesLicenceType: r.produces_licence_type,
    ...r.guide,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    retiredAt: r.retired_at?.toISOString() ?? null,
  };
}

export async function itemIdentityByCode(q: Queryable, code: string): Promise<{ id: string; code: string } | undefined> {
  return (await q.query<{ id: string; code: string }>('SELECT id, code FROM service_items WHERE code = $1', [code]))[0];
}

export async function insertItem(tx: Queryable, id: string, code: string, at: Date): Promise<void> {
  await tx.query('INSERT INTO service_items (id, code, created_at) VALUES ($1, $2, $3)', [id, code, at]);
}

export interface ItemVersionWrite {
  input: ItemInput;
  implementationCode: string;
  departmentId: string;
  regionCode: string;
  contentHash: string;
}

const itemContentParams = (w: ItemVersionWrite) => [
  w.input.code,
  w.implementationCode,
  w.input.name,
  w.input.kind,
  w.departmentId,
  w.regionCode,
  w.input.level,
  w.input.handling,
  w.input.legalDays,
  w.input.promisedDays,
  w.input.visitsNeeded,
  w.input.onlineCapable,
  w.input.authorisedToWindow,
  w.input.decidedOnPlatform,
  w.input.commitmentAllowed,
  w.input.producesLicenceType,
  JSON.stringify(guideOf(w.input)),
  w.contentHash,
];

export async function insertItemVersion(
  tx: Queryable,
  v: ItemVersionWrite & { id: string; itemId: string; version: number; at: Date; by: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_item_versions (code, implementation_code, name, kind, department_id, region_code, level, handling,
       legal_days, promised_days, visits_needed, online_capable, authorised_to_window, decided_on_platform, commitment_allowed,
       produces_licence_type, guide, content_hash, id, item_id, version, status, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'draft', $22, $23)`,
    [...itemContentParams(v), v.id, v.itemId, v.version, v.at, v.by],
  );
}

/** Rewrites a draft; false when the version is no longer a draft (someone published it meanwhile). */
export async function updateItemDraft(tx: Queryable, id: string, w: ItemVersionWrite): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE service_item_versions SET code = $1, implementation_code = $2, name = $3, kind = $4, department_id = $5,
       region_code = $6, level = $7, handling = $8, legal_days = $9, promised_days = $10, visits_needed = $11,
       online_capable = $12, authorised_to_window = $13, decided_on_platform = $14, commitment_allowed = $15,
       produces_licence_type = $16, guide = $17, content_hash = $18
     WHERE id = $19 AND status = 'draft' RETURNING id`,
    [...itemContentParams(w), id],
  );
  return rows.length === 1;
}

export async function itemVersionById(q: Queryable, id: string): Promise<ServiceItemVersion | undefined> {
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE v.id = $1`, [id], { name: 'catalog_item_version' });
  return rows[0] && toItem(rows[0]);
}

export async function itemVersionsByIds(q: Queryable, ids: string[]): Promise<ServiceItemVersion[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE v.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toItem);
}

export async function publishedItemByCode(q: Queryable, code: string): Promise<ServiceItemVersion | undefined> {
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE v.code = $1 AND v.status = 'published'`, [code], {
    name: 'catalog_published_item_by_code',
  });
  return rows[0] && toItem(rows[0]);
}

export async function publishedItemsByCodes(q: Queryable, codes: string[]): Promise<ServiceItemVersion[]> {
  if (codes.length === 0) return [];
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE v.code = ANY($1::text[]) AND v.status = 'published'`, [codes]);
  return rows.map(toItem);
}

export interface ItemFilter {
  departmentCode?: string;
  kind?: string;
  licenceType?: string;
  limit: number;
  offset: number;
}

export async function listPublishedItems(q: Queryable, f: ItemFilter): Promise<{ items: ServiceItemVersion[]; total: number }> {
  const where = `v.status = 'published' AND ($1::text IS NULL OR d.code = $1) AND ($2::text IS NULL OR v.kind = $2)
    AND ($3::text IS NULL OR v.produces_licence_type = $3)`;
  const params = [f.departmentCode ?? null, f.kind ?? null, f.licenceType ?? null];
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE ${where} ORDER BY v.code LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]);
  const total = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM service_item_versions v JOIN departments d ON d.id = v.department_id WHERE ${where}`,
    params,
  );
  return { items: rows.map(toItem), total: total[0]!.n };
}

export async function versionsOfItem(q: Queryable, itemId: string): Promise<ServiceItemVersion[]> {
  const rows = await q.query<ItemVersionRow>(`${ITEM_SELECT} WHERE v.item_id = $1 ORDER BY v.version DESC`, [itemId]);
  return rows.map(toItem);
}

export async function nextItemVersionNumber(tx: Queryable, itemId: string): Promise<number> {
  const rows = await tx.query<{ n: number }>('SELECT coalesce(max(version), 0) + 1 AS n FROM service_item_versions WHERE item_id = $1', [itemId]);
  return rows[0]!.n;
}

/** Moves a version along draft → published → retired; false when it was not in `from` any more. */
export async function setItemVersionStatus(
  tx: Queryable,
  id: string,
  from: VersionStatus,
  to: 'published' | 'retired',
  at: Date,
  by: string | null,
): Promise<boolean> {
  const rows =
    to === 'published'
      ? await tx.query(`UPDATE service_item_versions SET status = 'published', published_at = $2, published_by = $3 WHERE id = $1 AND status = $4 RETURNING id`, [id, at, by, from])
      : await tx.query(`UPDATE service_item_versions SET status = 'retired', retired_at = $2 WHERE id = $1 AND status = $3 RETURNING id`, [id, at, from]);
  return rows.length === 1;
}

export async function contentHashOf(q: Queryable, table: 'service_item_versions' | 'bundle_versions', id: string): Promise<string | undefined> {
  return (await q.query<{ content_hash: string }>(`SELECT content_hash FROM ${table} WHERE id = $1`, [id]))[0]?.content_hash;
}

export async function publishedItemCodes(q: Queryable): Promise<string[]> {
  return (await q.query<{ code: string }>(`SELECT code FROM service_item_versions WHERE status = 'published'`)).map((r) => r.code);
}

export async function lockItem(tx: Queryable, itemId: string): Promise<void> {
  await tx.query('SELECT id FROM service_items WHERE id = $1 FOR UPDATE', [itemId]);
}

export async function deleteDraft(tx: Queryable, table: 'service_item_versions' | 'bundle_versions', id: string): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE id = $1 AND status = 'draft'`, [id]);
}

// ---------------------------------------------------------------- bundles

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

// ---------------------------------------------------------------- search index

export interface SearchRow {
  versionId: string;
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  nameText: string;
  keywordsText: string;
  departmentText: string;
  grams: string[];
  /** per gram (same order): the best field it occurs in, 1 name, 2 keywords, 3 department */
  tiers: number[];
}

export async function insertSearchRow(tx: Queryable, r: SearchRow): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_search (version_id, subject, code, name, name_text, keywords_text, department_text, grams)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.versionId, r.subject, r.code, r.name, r.nameText, r.keywordsText, r.departmentText, r.grams],
  );
  await insertPostings(tx, [r]);
}

async function insertPostings(tx: Queryable, rows: SearchRow[]): Promise<void> {
  const cols = { gram: [] as string[], tier: [] as number[], len: [] as number[], code: [] as string[], subject: [] as string[], id: [] as string[] };
  for (const r of rows) {
    const len = [...r.nameText].length;
    r.grams.forEach((g, i) => {
      cols.gram.push(g);
      cols.tier.push(r.tiers[i]!);
      cols.len.push(len);
      cols.code.push(r.code);
      cols.subject.push(r.subject);
      cols.id.push(r.versionId);
    });
  }
  await tx.query(
    `INSERT INTO catalog_search_postings (gram, tier, name_len, code, subject, version_id)
     SELECT * FROM unnest($1::text[], $2::smallint[], $3::int[], $4::text[], $5::text[], $6::uuid[])`,
    [cols.gram, cols.tier, cols.len, cols.code, cols.subject, cols.id],
  );
}

export async function deleteSearchRow(tx: Queryable, versionId: string): Promise<void> {
  // postings go with it (ON DELETE CASCADE)
  await tx.query('DELETE FROM catalog_search WHERE version_id = $1', [versionId]);
}

export interface SearchHitRow {
  version_id: string;
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  score: number;
}

/**
 * One gram (a one- or two-character term): the postings index yields hits already in rank order
 * (name, keywords, department; then shorter names first), so the scan stops after the first page.
 */
export async function searchOneGram(q: Queryable, gram: string, subject: 'item' | 'bundle' | null, limit: number): Promise<SearchHitRow[]> {
  return q.query<SearchHitRow>(
    `SELECT s.version_id, s.subject, s.code, s.name, (CASE p.tier WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END) AS score
       FROM catalog_search_postings p JOIN catalog_search s ON s.version_id = p.version_id
      WHERE p.gram = $1 AND ($2::text IS NULL OR p.subject = $2)
      ORDER BY p.tier, p.name_len, p.code
      LIMIT $3`,
    [gram, subject, limit],
    { name: 'catalog_search_one_gram' },
  );
}

/**
 * Published items and bundles holding every gram of the terms (GIN), each term present as a substring somewhere,
 * ranked: a term in the name counts 100, in the keywords 10, in the department 1.
 */
export async function searchIndex(q: Queryable, grams: string[], terms: string[], subject: 'item' | 'bundle' | null, limit: number): Promise<SearchHitRow[]> {
  const params: unknown[] = [grams, subject, limit];
  const scores: string[] = [];
  const filters: string[] = [];
  for (const t of terms) {
    params.push(t);
    const p = `$${params.length}`;
    scores.push(
      `(CASE WHEN strpos(name_text, ${p}) > 0 THEN 100 WHEN strpos(keywords_text, ${p}) > 0 THEN 10 WHEN strpos(department_text, ${p}) > 0 THEN 1 ELSE 0 END)`,
    );
    filters.push(`(strpos(name_text, ${p}) > 0 OR strpos(keywords_text, ${p}) > 0 OR strpos(department_text, ${p}) > 0)`);
  }
  const sql = `SELECT version_id, subject, code, name, ${scores.join(' + ')} AS score
    FROM catalog_search
    WHERE grams @> $1::text[] AND ($2::text IS NULL OR subject = $2) AND ${filters.join(' AND ')}
    ORDER BY score DESC, length(name_text), code
    LIMIT $3`;
  return q.query<SearchHitRow>(sql, params, { name: `catalog_search_${terms.length}` });
}

// ---------------------------------------------------------------- statistics

export interface AuthorisedShareRow {
  department_id: string;
  department_code: string;
  department_name: string;
  items: number;
  authorised: number;
  decided_on_platform: number;
  fully: number;
}

/** Per department: published items, authorised to the window, decided on the platform, and both. */
export async function authorisedShareRows(q: Queryable, regionCode: string | null): Promise<AuthorisedShareRow[]> {
  return q.query<AuthorisedShareRow>(
    `SELECT d.id AS department_id, d.code AS department_code, d.name AS department_name,
            count(*) AS items,
            count(*) FILTER (WHERE v.authorised_to_window) AS authorised,
            count(*) FILTER (WHERE v.decided_on_platform) AS decided_on_platform,
            count(*) FILTER (WHERE v.authorised_to_window AND v.decided_on_platform) AS fully
       FROM service_item_versions v JOIN departments d ON d.id = v.department_id
      WHERE v.status = 'published' AND ($1::text IS NULL OR v.region_code = $1)
      GROUP BY d.id, d.code, d.name
      ORDER BY d.code`,
    [regionCode],
  );
}

// ---------------------------------------------------------------- bulk loading (benchmarks)

/** Inserts already-valid items as published version 1 in a few statements. */
export async function bulkInsertPublishedItems(tx: Queryable, rows: Array<{ itemId: string; versionId: string; write: ItemVersionWrite }>, at: Date): Promise<void> {
  await tx.query('INSERT INTO service_items (id, code, created_at) SELECT * , $3::timestamptz FROM unnest($1::uuid[], $2::text[])', [rows.map((r) => r.itemId), rows.map((r) => r.write.input.code), at]);
  const col = <T>(f: (w: ItemVersionWrite) => T) => rows.map((r) => f(r.write));
  await tx.query(
    `INSERT INTO service_item_versions (id, item_id, version, status, code, implementation_code, name, kind, department_id, region_code, level,
       handling, legal_days, promised_days, visits_needed, online_capable, authorised_to_window, decided_on_platform, commitment_allowed,
       produces_licence_type, guide, content_hash, created_at, published_at)
     SELECT id, item_id, 1, 'published', code, impl, name, kind, dept, region, level, handling, legal, promised, visits, online, auth, decided, commit,
       NULL, guide::jsonb, hash, $19, $19
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::text[],
                   $11::int[], $12::int[], $13::int[], $14::bool[], $15::bool[], $16::bool[], $17::bool[], $18::text[], $20::text[])
         AS t(id, item_id, code, impl, name, kind, dept, region, level, handling, legal, promised, visits, online, auth, decided, commit, guide, hash)`,
    [
      rows.map((r) => r.versionId),
      rows.map((r) => r.itemId),
      col((w) => w.input.code),
      col((w) => w.implementationCode),
      col((w) => w.input.name),
      col((w) => w.input.kind),
      col((w) => w.departmentId),
      col((w) => w.regionCode),
      col((w) => w.input.level),
      col((w) => w.input.handling),
      col((w) => w.input.legalDays),
      col((w) => w.input.promisedDays),
      col((w) => w.input.visitsNeeded),
      col((w) => w.input.onlineCapable),
      col((w) => w.input.authorisedToWindow),
      col((w) => w.input.decidedOnPlatform),
      col((w) => w.input.commitmentAllowed),
      col((w) => JSON.stringify(guideOf(w.input))),
      at,
      col((w) => w.contentHash),
    ],
  );
}

/** Search rows in one statement; grams travel space-separated (a gram never holds a space). */
export async function bulkInsertSearchRows(tx: Queryable, rows: SearchRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_search (version_id, subject, code, name, name_text, keywords_text, department_text, grams)
     SELECT id, subject, code, name, nt, kt, dt, string_to_array(g, ' ')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, subject, code, name, nt, kt, dt, g)`,
    [
      rows.map((r) => r.versionId),
      rows.map((r) => r.subject),
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.nameText),
      rows.map((r) => r.keywordsText),
      rows.map((r) => r.departmentText),
      rows.map((r) => r.grams.join(' ')),
    ],
  );
  await insertPostings(tx, rows);
}
