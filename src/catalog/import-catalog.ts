import { z } from 'zod';
import { AppError, newId, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { auditCatalogImport } from './catalog-audit.js';
import { publishBundleLocked } from './publish-bundle-version.js';
import { publishLocked } from './publish-item-version.js';
import { abolishedCertificateIn } from './guide-rules.js';
import { loadCatalogContext, prepareBundle, prepareItem } from './prepare.js';
import * as store from './store.js';
import {
  AbolishedCertificateSchema,
  BundleInputSchema,
  DataElementSchema,
  ItemInputSchema,
  type BundleInput,
  type CatalogDocument,
  type ItemInput,
} from './types.js';

/** Where an import problem is: a workbook cell (sheet, row, column) or, for JSON, the entry's path. */
export interface ImportLocation {
  sheet: string;
  row: number;
  column: string;
}
export interface ImportError extends ImportLocation {
  message: string;
}
export type Locate = (path: ReadonlyArray<string | number>) => ImportLocation;

export interface ImportSummary {
  dataElements: number;
  abolishedCertificates: number;
  items: { created: number; updated: number; unchanged: number };
  bundles: { created: number; updated: number; unchanged: number };
}

/**
 * The importer's reach: items and bundles only of regions in their tree (DESIGN invariant 10), and changes to the
 * shared reference data (data elements, abolished certificates, the same for every region) only from the tree's top.
 */
export interface ImportReach {
  inReach(regionCode: string): boolean;
  /** throws unless the importer may change what every region shares (asked inside the import's transaction) */
  sharedData(q: Queryable): Promise<void>;
}

/** Two entries say the same once absent and empty values are set aside. */
const sameEntry = (a: unknown, b: unknown): boolean => JSON.stringify(a, (_k, v) => (v === null || v === undefined ? undefined : v)) === JSON.stringify(b, (_k, v) => (v === null || v === undefined ? undefined : v));

/** JSON documents: errors point at the list and entry (row = position from 1) and the field path. */
export const locateInJson: Locate = (path) => ({
  sheet: String(path[0] ?? ''),
  row: typeof path[1] === 'number' ? path[1] + 1 : 0,
  column: path.slice(2).join('.'),
});

const SECTIONS = [
  ['dataElements', DataElementSchema],
  ['abolishedCertificates', AbolishedCertificateSchema],
  ['items', ItemInputSchema],
  ['bundles', BundleInputSchema],
] as const;

/**
 * Imports a catalog document all-or-nothing: every entry is validated and checked against the catalog (and the rest
 * of the document); if anything is wrong, every problem is reported with its location and nothing is written.
 * Otherwise, in one transaction, data elements and abolished certificates are upserted and each changed item or
 * bundle gets a new published version (an unchanged one is left alone; an open draft is overwritten and published).
 */
export async function importCatalog(
  deps: { db: Db; clock: Clock },
  actorId: string | null,
  raw: unknown,
  locate: Locate = locateInJson,
  extraErrors: ImportError[] = [],
  reach?: ImportReach,
): Promise<ImportSummary> {
  const errors: ImportError[] = [...extraErrors];
  const push = (path: ReadonlyArray<string | number>, message: string) => errors.push({ ...locate(path), message });

  const doc: CatalogDocument = { format: 'banshi-catalog', version: 1, dataElements: [], abolishedCertificates: [], items: [], bundles: [] };
  const top = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!top.success) throw new AppError('CATALOG_IMPORT_UNREADABLE', { reason: '内容应为一个 JSON 对象' });
  for (const [section, schema] of SECTIONS) {
    const list = top.data[section] ?? [];
    if (!Array.isArray(list)) {
      push([section], `${section} 应为列表`);
      continue;
    }
    list.forEach((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) (doc[section] as unknown[]).push(parsed.data);
      else for (const issue of parsed.error.issues) push([section, i, ...(issue.path as Array<string | number>)], zhIssue(issue, entry));
    });
  }

  return deps.db.transaction(async (tx) => {
    if (reach) {
      // an exported catalog carries the shared data as it stands: only a change of it needs the whole tree
      const [elements, certificates] = await Promise.all([store.listDataElements(tx), store.listAbolishedCertificates(tx)]);
      const changed = doc.dataElements.some((e) => !sameEntry(e, elements.find((x) => x.code === e.code)))
        || doc.abolishedCertificates.some((c) => !sameEntry(c, certificates.find((x) => x.code === c.code)));
      if (changed) await reach.sharedData(tx);
    }
    for (const e of doc.dataElements) await store.upsertDataElement(tx, e);
    for (const c of doc.abolishedCertificates) await store.upsertAbolishedCertificate(tx, c);
    const ctx = await loadCatalogContext(tx);

    const seen = new Set<string>();
    const items: Array<{ input: ItemInput; index: number }> = [];
    (top.data.items as unknown[] | undefined ?? []).forEach((entry, index) => {
      const parsed = ItemInputSchema.safeParse(entry);
      if (parsed.success) items.push({ input: parsed.data, index });
    });
    const prepared = items.map(({ input, index }) => {
      if (seen.has(input.code)) push(['items', index, 'code'], `事项编码 ${input.code} 在文件中重复`);
      seen.add(input.code);
      const p = prepareItem(input, ctx);
      for (const issue of p.issues) push(['items', index, ...issue.path.split('.').map(pathPart)], issue.message);
      return { index, ...p };
    });

    const regionOfItem = new Map<string, string>();
    for (const p of prepared) if (p.write) regionOfItem.set(p.write.input.code, p.write.regionCode);
    const currentRegion = async (code: string) => {
      const item = await store.itemIdentityByCode(tx, code);
      return item ? (await store.versionsOfItem(tx, item.id))[0]?.regionCode : undefined;
    };
    if (reach) {
      for (const p of prepared) {
        if (!p.write) continue;
        // neither an item of another region's department, nor one of ours moved over another region's item
        for (const region of [p.write.regionCode, await currentRegion(p.write.input.code)]) {
          if (region && !reach.inReach(region)) {
            push(['items', p.index, 'departmentCode'], `事项 ${p.write.input.code} 由行政区划 ${region.trim()} 的部门实施，不在您的管辖区划内，不能导入`);
            break;
          }
        }
      }
    }

    // an item with a bad row still counts as present, so its bundles are not reported a second time
    const rawCodes = ((top.data.items as unknown[] | undefined) ?? []).map((e) => (e as { code?: unknown } | null)?.code).filter((c): c is string => typeof c === 'string');
    const itemCodes = new Set([...seen, ...rawCodes, ...(await store.publishedItemCodes(tx))]);

    // a certificate abolished by this file may not stay required by a published guide the file leaves as it is
    const untouched = (await store.listPublishedItems(tx, { limit: 100_000, offset: 0 })).items.filter((i) => !seen.has(i.code));
    doc.abolishedCertificates.forEach((cert, k) => {
      for (const item of untouched) {
        for (const m of item.materials) {
          if (abolishedCertificateIn(m.name, [cert])) {
            push(['abolishedCertificates', k, 'name'], `已发布事项 ${item.code}“${item.name}”仍要求“${m.name}”，请在同一文件中修订该事项`);
          }
        }
      }
    });
    const bundles: Array<{ input: BundleInput; index: number; hash: string }> = [];
    const seenBundles = new Set<string>();
    (top.data.bundles as unknown[] | undefined ?? []).forEach((entry, index) => {
      const parsed = BundleInputSchema.safeParse(entry);
      if (!parsed.success) return;
      if (seenBundles.has(parsed.data.code)) push(['bundles', index, 'code'], `一件事代码 ${parsed.data.code} 在文件中重复`);
      seenBundles.add(parsed.data.code);
      const p = prepareBundle(parsed.data, ctx, itemCodes);
      for (const issue of p.issues) push(['bundles', index, ...issue.path.split('.').map(pathPart)], issue.message);
      bundles.push({ input: parsed.data, index, hash: p.hash });
    });
    if (reach) {
      for (const b of bundles) {
        for (const m of b.input.members) {
          const region = regionOfItem.get(m.itemCode) ?? (await currentRegion(m.itemCode));
          if (region && !reach.inReach(region)) {
            push(['bundles', b.index, 'members'], `一件事 ${b.input.code} 含有行政区划 ${region.trim()} 实施的事项 ${m.itemCode}，不在您的管辖区划内，不能导入`);
            break;
          }
        }
      }
    }

    if (errors.length > 0) throw importInvalid(errors);

    const at = deps.clock.now();
    const summary: ImportSummary = {
      dataElements: doc.dataElements.length,
      abolishedCertificates: doc.abolishedCertificates.length,
      items: { created: 0, updated: 0, unchanged: 0 },
      bundles: { created: 0, updated: 0, unchanged: 0 },
    };
    for (const { write } of prepared) {
      const w = write!;
      let item = await store.itemIdentityByCode(tx, w.input.code);
      if (!item) {
        item = { id: newId(), code: w.input.code };
        await store.insertItem(tx, item.id, item.code, at);
        summary.items.created++;
      } else {
        await store.lockItem(tx, item.id);
        const versions = await store.versionsOfItem(tx, item.id);
        const live = versions.find((v) => v.status === 'published');
        const liveHash = live && (await store.contentHashOf(tx, 'service_item_versions', live.versionId));
        if (liveHash === w.contentHash) {
          summary.items.unchanged++;
          continue;
        }
        summary.items.updated++;
        const draft = versions.find((v) => v.status === 'draft');
        if (draft) {
          await store.updateItemDraft(tx, draft.versionId, w);
          await publishLocked(tx, ctx, draft, at, actorId, IMPORT_REASON);
          continue;
        }
      }
      const versionId = newId();
      await store.insertItemVersion(tx, { ...w, id: versionId, itemId: item.id, version: await store.nextItemVersionNumber(tx, item.id), at, by: actorId });
      await publishLocked(tx, ctx, (await store.itemVersionById(tx, versionId))!, at, actorId, IMPORT_REASON);
    }
    for (const { input, hash } of bundles) {
      let bundle = await store.bundleIdentityByCode(tx, input.code);
      if (!bundle) {
        bundle = { id: newId(), code: input.code };
        await store.insertBundle(tx, bundle.id, bundle.code, at);
        summary.bundles.created++;
      } else {
        await store.lockBundle(tx, bundle.id);
        const versions = await store.versionsOfBundle(tx, bundle.id);
        const live = versions.find((v) => v.status === 'published');
        if (live && (await store.contentHashOf(tx, 'bundle_versions', live.versionId)) === hash) {
          summary.bundles.unchanged++;
          continue;
        }
        summary.bundles.updated++;
        const draft = versions.find((v) => v.status === 'draft');
        if (draft) {
          await store.updateBundleDraft(tx, draft.versionId, input, hash);
          await publishBundleLocked(tx, ctx, draft, at, actorId, IMPORT_REASON);
          continue;
        }
      }
      const versionId = newId();
      const version = await store.nextBundleVersionNumber(tx, bundle.id);
      await store.insertBundleVersion(tx, { id: versionId, bundleId: bundle.id, version, input, contentHash: hash, at, by: actorId });
      await publishBundleLocked(tx, ctx, (await store.bundleVersionById(tx, versionId))!, at, actorId, IMPORT_REASON);
    }
    await auditCatalogImport(tx, { actorId, at, document: raw, summary: { ...summary }, reason: IMPORT_REASON });
    return summary;
  });
}

/** The reason recorded on every version an import publishes. */
const IMPORT_REASON = '目录导入';

const pathPart = (p: string): string | number => (/^\d+$/.test(p) ? Number(p) : p);

export function importInvalid(errors: ImportError[]): AppError {
  const unique = new Map<string, ImportError>();
  for (const e of errors) {
    // one message per cell: a cell that could not be read is not reported again as missing
    const key = e.column ? `${e.sheet}|${e.row}|${e.column}` : `${e.sheet}|${e.row}||${e.message}`;
    if (!unique.has(key)) unique.set(key, e);
  }
  const list = [...unique.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column.localeCompare(b.column));
  return new AppError('CATALOG_IMPORT_INVALID', { count: list.length, errors: list });
}

/** zod's issue in the clerk's words. */
export function zhIssue(issue: z.core.$ZodIssue, entry?: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = (issue.path as PropertyKey[]).reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | null | undefined)?.[k], entry);
      return value === undefined ? '必填项未填写' : `类型不正确（应为${typeNames[issue.expected] ?? issue.expected}）`;
    }
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少需要 ${issue.minimum} 项` : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${issue.maximum} 个字` : issue.origin === 'array' ? `不能超过 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `取值不正确（可选：${issue.values.map(String).join('、')}）`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不正确';
    case 'invalid_union':
      return '条件格式不正确（应如 {"q":"sellsAlcohol","eq":true}）';
    default:
      return issue.message && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '内容不正确';
  }
}

const typeNames: Record<string, string> = { string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '对象' };
