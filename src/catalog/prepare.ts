import { createHash } from 'node:crypto';
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { listDepartments } from '../identity/index.js';
import { checkBundle, checkItem, type GuideIssue, type ItemCheckContext } from './guide-rules.js';
import { textGrams, normaliseText } from './grams.js';
import { makeImplementationCode } from './item-code.js';
import * as store from './store.js';
import type { BundleInput, BundleVersion, ItemInput, ServiceItemVersion } from './types.js';

/** What saving an item or bundle needs from the rest of the catalog, loaded once per use case (or per import). */
export interface CatalogContext extends ItemCheckContext {
  departmentsByCode: Map<string, { id: string; code: string; name: string; shortName: string; uscc: string | null; regionCode: string }>;
}

export async function loadCatalogContext(q: Queryable): Promise<CatalogContext> {
  const depts = await listDepartments(q);
  const departmentsByCode = new Map(
    depts.map((d) => [d.code, { id: d.id, code: d.code, name: d.name, shortName: d.short_name, uscc: d.uscc, regionCode: d.region_code }]),
  );
  return {
    departmentsByCode,
    departments: new Map([...departmentsByCode].map(([code, d]) => [code, { uscc: d.uscc, regionCode: d.regionCode }])),
    elements: new Map((await store.listDataElements(q)).map((e) => [e.code, e])),
    abolished: await store.listAbolishedCertificates(q),
  };
}

/** A stable hash of content: keys sorted, so the same guide always hashes the same (import detects "unchanged"). */
export function contentHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
        : v;
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

/** Issues of an item, or what to store for it. */
export function prepareItem(input: ItemInput, ctx: CatalogContext): { issues: GuideIssue[]; write?: store.ItemVersionWrite } {
  const issues = checkItem(input, ctx);
  if (issues.length > 0) return { issues };
  const dept = ctx.departmentsByCode.get(input.departmentCode)!;
  const implementationCode = input.implementationCode ?? makeImplementationCode(input.code, input.level, dept.regionCode, dept.uscc ?? '');
  const normalised = { ...input, implementationCode };
  return {
    issues,
    write: { input: normalised, implementationCode, departmentId: dept.id, regionCode: dept.regionCode, contentHash: contentHash(normalised) },
  };
}

export function prepareBundle(input: BundleInput, ctx: CatalogContext, itemCodes: Set<string>): { issues: GuideIssue[]; hash: string } {
  return { issues: checkBundle(input, { itemCodes, elements: ctx.elements }), hash: contentHash(input) };
}

/** Throws the API's error for a guide's issues (abolished certificates get their own code). */
export function throwIssues(issues: GuideIssue[]): never {
  const summary = issues.map((i) => i.message).join('；');
  const code = issues.some((i) => i.code === 'ABOLISHED_CERTIFICATE') ? 'CATALOG_ABOLISHED_CERTIFICATE' : 'CATALOG_INVALID_GUIDE';
  throw new AppError(code, { summary, issues: issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) });
}

export function itemSearchRow(
  item: Pick<ServiceItemVersion, 'versionId' | 'code' | 'name' | 'keywords'> & { department: { code: string; name: string } },
  ctx: CatalogContext,
): store.SearchRow {
  const dept = ctx.departmentsByCode.get(item.department.code);
  return searchRow('item', item.versionId, item.code, item.name, item.keywords.join(' '), `${item.department.name} ${dept?.shortName ?? ''}`);
}

export function bundleSearchRow(bundle: BundleVersion, departmentNames: string[]): store.SearchRow {
  return searchRow('bundle', bundle.versionId, bundle.code, bundle.name, bundle.keywords.join(' '), departmentNames.join(' '));
}

function searchRow(subject: 'item' | 'bundle', versionId: string, code: string, name: string, keywords: string, department: string): store.SearchRow {
  const nameText = normaliseText(name);
  const keywordsText = normaliseText(keywords);
  const departmentText = normaliseText(department);
  // each gram once, with the best field it occurs in: 1 name, 2 keywords, 3 department
  const tiers = new Map<string, 1 | 2 | 3>();
  for (const [text, tier] of [[nameText, 1], [keywordsText, 2], [departmentText, 3]] as const) {
    for (const g of textGrams(text)) if (!tiers.has(g)) tiers.set(g, tier);
  }
  return { versionId, subject, code, name, nameText, keywordsText, departmentText, grams: [...tiers.keys()], tiers: [...tiers.values()] };
}
