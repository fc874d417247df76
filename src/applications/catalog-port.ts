/**
 * What applications need from the catalog, in one place: published items and bundles to file against, and the
 * immutable item version an application was filed against (for checks such as "nothing outside the guide").
 */
import {
  evaluateCondition,
  formFieldClasses,
  getDataElements,
  getItemVersion,
  getItemVersions,
  getPublishedBundleByCode,
  getPublishedItemsByCodes,
  type Condition,
  type ServiceItemVersion,
} from '../catalog/index.js';
import type { PersonalClass, RealNameLevel } from '../core/index.js';
import { perDatabase, type Queryable } from '../db/index.js';

export interface FiledMaterial {
  code: string;
  name: string;
  required: boolean;
  legalBasis: string;
  satisfiedByLicence: string | null;
  /** required only when this holds on the answers and the item's form */
  condition: Condition | null;
}

export interface FiledItem {
  versionId: string;
  code: string;
  name: string;
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  regionCode: string;
  legalBasis: string;
  promisedDays: number;
  legalDays?: number;
  immediate: boolean;
  commitmentAllowed: boolean;
  commitmentText: string | null;
  autoApproval: { rule: unknown; description: string } | null;
  producesLicenceType: string | null;
  authorisedToWindow: boolean;
  decidedOnPlatform: boolean;
  conditions: string[];
  materials: FiledMaterial[];
  /** 事项类型: licence, filing, confirmation … (decision wording) */
  kind: string;
  /** 容缺受理: codes of materials that may be owed at acceptance, and what follows if they never arrive */
  pendingAllowed: string[];
  pendingLapse: 'deny' | 'revoke';
  /** 实名等级 an applicant's account needs to file it online */
  realNameLevel?: RealNameLevel | null;
  /** the guide's fees (amounts from the fee catalogue), when their bill is raised, and whether results wait for payment */
  fees?: Array<{ name: string; amount: number }>;
  feeCharged?: 'acceptance' | 'decision';
  deliveryAfterPayment?: boolean;
}

export interface FiledBundle {
  versionId: string;
  code: string;
  name: string;
  members: Array<{ itemCode: string; dependsOn: Array<{ itemCode: string; reason: string }> }>;
}

function toFiled(v: ServiceItemVersion): FiledItem {
  return {
    versionId: v.versionId,
    code: v.code,
    name: v.name,
    departmentId: v.department.id,
    departmentCode: v.department.code,
    departmentName: v.department.name,
    regionCode: v.regionCode.trim(),
    fees: v.fees.map((f) => ({ name: f.name, amount: f.amount })),
    feeCharged: v.feeCharged,
    deliveryAfterPayment: v.deliveryAfterPayment,
    legalBasis: v.legalBasis,
    promisedDays: v.promisedDays,
    legalDays: v.legalDays,
    immediate: v.immediate,
    commitmentAllowed: v.commitmentAllowed,
    commitmentText: v.commitmentText,
    autoApproval: v.autoApproval,
    producesLicenceType: v.producesLicenceType,
    authorisedToWindow: v.authorisedToWindow,
    decidedOnPlatform: v.decidedOnPlatform,
    conditions: v.conditions,
    materials: v.materials.map((m) => ({ code: m.code, name: m.name, required: m.required, legalBasis: m.legalBasis, satisfiedByLicence: m.satisfiedByLicence, condition: m.condition })),
    kind: v.kind,
    pendingAllowed: v.pendingAllowed,
    pendingLapse: v.pendingLapse,
    realNameLevel: v.realNameLevel ?? null,
  };
}

// Versions never change once published, so a version read once can be kept. (Which version is *published* for a
// code can change, so that lookup is cached only briefly.)
// Each database keeps its own (perDatabase): two databases in one process never answer for each other.
const cacheOf = perDatabase(() => ({
  versions: new Map<string, FiledItem>(),
  published: new Map<string, { at: number; item: FiledItem }>(),
  bundles: new Map<string, { at: number; bundle: FiledBundle }>(),
  classes: new Map<string, { at: number; map: Map<string, PersonalClass> }>(),
}));
const PUBLISHED_TTL_MS = 5_000;

export async function publishedItems(q: Queryable, codes: readonly string[]): Promise<FiledItem[]> {
  const { versions, published } = cacheOf(q);
  const now = Date.now();
  const hits: FiledItem[] = [];
  const misses: string[] = [];
  for (const c of codes) {
    const hit = published.get(c);
    if (hit && now - hit.at < PUBLISHED_TTL_MS) hits.push(hit.item);
    else misses.push(c);
  }
  if (misses.length) {
    for (const v of await getPublishedItemsByCodes(q, misses)) {
      const item = toFiled(v);
      versions.set(item.versionId, item);
      published.set(item.code, { at: now, item });
      hits.push(item);
    }
  }
  return hits;
}

export async function publishedBundle(q: Queryable, code: string): Promise<FiledBundle | undefined> {
  const { bundles } = cacheOf(q);
  const now = Date.now();
  const hit = bundles.get(code);
  if (hit && now - hit.at < PUBLISHED_TTL_MS) return hit.bundle;
  const b = await getPublishedBundleByCode(q, code);
  if (!b) return undefined;
  const bundle = { versionId: b.versionId, code: b.code, name: b.name, members: b.members.map((m) => ({ itemCode: m.itemCode, dependsOn: m.dependsOn.map((d) => ({ itemCode: d.itemCode, reason: d.reason })) })) };
  if (bundles.size >= 1000) bundles.clear();
  bundles.set(code, { at: now, bundle });
  return bundle;
}

export async function itemVersion(q: Queryable, versionId: string): Promise<FiledItem | undefined> {
  const { versions } = cacheOf(q);
  const hit = versions.get(versionId);
  if (hit) return hit;
  const v = await getItemVersion(q, versionId);
  if (!v) return undefined;
  const item = toFiled(v);
  if (v.status !== 'draft') versions.set(versionId, item);
  return item;
}

/** Does a material's condition hold (answers, the item's fields, licence types held or produced)? */
export function conditionHolds(condition: Condition | null, ctx: { answers: Record<string, unknown>; fields: Record<string, unknown>; licences: string[] }): boolean {
  return condition ? evaluateCondition(condition, ctx) : true;
}

/** Does the auto-approval rule hold for this form and these licence types? (The catalog's one evaluator.) */
export function ruleHolds(rule: unknown, ctx: { fields: Record<string, unknown>; licences: string[] }): boolean {
  return evaluateCondition(rule as Condition, { fields: ctx.fields, licences: ctx.licences });
}

// The personal data class of each form key, per set of item versions (immutable once published; elements can be
// edited, so this is kept as briefly as published items are).
export async function formClassesOf(q: Queryable, versionIds: readonly string[]): Promise<Map<string, PersonalClass>> {
  const { classes } = cacheOf(q);
  const key = [...new Set(versionIds)].sort().join(',');
  const now = Date.now();
  const hit = classes.get(key);
  if (hit && now - hit.at < PUBLISHED_TTL_MS) return hit.map;
  const [versions, elements] = await Promise.all([key ? getItemVersions(q, key.split(',')) : Promise.resolve([]), getDataElements(q)]);
  const map = formFieldClasses(versions, elements);
  if (classes.size >= 1000) classes.clear();
  classes.set(key, { at: now, map });
  return map;
}
