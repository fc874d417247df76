import type { Queryable } from '../../db/index.js';
import type {
  ItemInput,
  ServiceItemVersion,
  VersionStatus,
} from '../types.js';

/** Service items and their versions. */

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
  effective_on: string | null;
}

/** The part of an item version kept as one JSON document. */
export type ItemGuide = Pick<
  ItemInput,
  | 'applicantType'
  | 'legalBasis'
  | 'fees'
  | 'feeCharged'
  | 'deliveryAfterPayment'
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
  | 'pendingAllowed'
  | 'pendingLapse'
  | 'realNameLevel'
>;

export function guideOf(i: ItemInput): ItemGuide {
  return {
    applicantType: i.applicantType,
    legalBasis: i.legalBasis,
    fees: i.fees,
    feeCharged: i.feeCharged,
    deliveryAfterPayment: i.deliveryAfterPayment,
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
    pendingAllowed: i.pendingAllowed,
    pendingLapse: i.pendingLapse,
    realNameLevel: i.realNameLevel,
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
    // versions stored before items declared their 容缺 list allow none
    pendingAllowed: r.guide.pendingAllowed ?? [],
    pendingLapse: r.guide.pendingLapse ?? 'deny',
    realNameLevel: r.guide.realNameLevel ?? null,
    // versions stored before items declared when their fees are billed: after the decision, results not held back
    feeCharged: r.guide.feeCharged ?? 'decision',
    deliveryAfterPayment: r.guide.deliveryAfterPayment ?? false,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    retiredAt: r.retired_at?.toISOString() ?? null,
    effectiveOn: r.effective_on,
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
       produces_licence_type = $16, guide = $17, content_hash = $18, effective_on = NULL, scheduled_by = NULL
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

/** Departments that own at least one published item. */
export async function departmentsWithPublishedItems(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ department_id: string }>(`SELECT DISTINCT department_id FROM service_item_versions WHERE status = 'published'`);
  return rows.map((r) => r.department_id);
}

/** 生效日期: a draft waits for its date; the scheduler publishes it then. */
export async function scheduleItemVersion(tx: Queryable, id: string, effectiveOn: string, by: string | null): Promise<boolean> {
  const rows = await tx.query(`UPDATE service_item_versions SET effective_on = $2, scheduled_by = $3 WHERE id = $1 AND status = 'draft' RETURNING id`, [id, effectiveOn, by]);
  return rows.length === 1;
}

/** Drafts whose effective date has come (on or before `today`), oldest date first, with who scheduled them. */
export async function dueScheduledItemVersions(q: Queryable, today: string, limit: number): Promise<Array<{ id: string; scheduled_by: string | null }>> {
  return q.query(`SELECT id, scheduled_by FROM service_item_versions WHERE status = 'draft' AND effective_on <= $1 ORDER BY effective_on, id LIMIT $2`, [today, limit]);
}
