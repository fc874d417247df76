import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, IsoDateString, readsFor, type AppDeps } from '../core/index.js';
import { departmentByCode, inActorRegion, requireWholeTree, type Actor } from '../identity/index.js';
import {
  AbolishedCertificateResponse,
  AuthorisedShareResponse,
  BundleDetailResponse,
  BundleListResponse,
  BundleSummaryResponse,
  BundleVersionResponse,
  CatalogHistoryResponse,
  DataElementResponse,
  ImportSummaryResponse,
  ItemListResponse,
  ItemSummaryResponse,
  ItemVersionListResponse,
  ItemVersionResponse,
} from './responses.js';
import type { Queryable } from '../db/index.js';
import { abolishCertificate } from './abolish-certificate.js';
import { authorisedShareByDepartment } from './authorised-share.js';
import { defineDataElement } from './define-data-element.js';
import { createBundleDraft } from './create-bundle-draft.js';
import { catalogFileFormat, exportCatalogFile } from './export-catalog.js';
import { importCatalogFile } from './import-catalog-file.js';
import { createItemDraft } from './create-item-draft.js';
import { editBundleDraft } from './edit-bundle-draft.js';
import { editItemDraft } from './edit-item-draft.js';
import { kindNames } from './item-code.js';
import { newBundleDraft } from './new-bundle-draft.js';
import { newItemDraft } from './new-item-draft.js';
import { bundleChain, catalogHistory, IMPORT_CHAIN, itemChain } from './catalog-audit.js';
import { can, type CatalogAction } from './policy.js';
import { publishBundleVersion } from './publish-bundle-version.js';
import { publishItemVersion } from './publish-item-version.js';
import * as queries from './queries.js';
import { searchCatalog } from './search-catalog.js';
import { defineSynonym, removeSynonym } from './search-synonyms.js';
import { defineEnglish, removeEnglish } from './catalog-english.js';
import { itemDetail, popularEntries, publishedGuide } from './public-guide.js';
import { PopularResponse, SearchResponse, Synonym, SynonymListResponse } from './search-responses.js';
import * as store from './store.js';
import { AbolishedCertificateSchema, BundleInputSchema, DataElementSchema, ItemInputSchema, type BundleVersion, type ServiceItemVersion } from './types.js';

const tags = ['catalog'];
const Code = z.object({ code: z.string().trim().min(1).max(48) });
const VersionId = z.object({ id: z.uuid() });
const PublishItemBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).optional().describe('理由，记入审计日志'),
    effectiveOn: IsoDateString.optional().describe('生效日期（北京时间，YYYY-MM-DD）：今天或不填即时发布；以后的日期到期自动生效'),
  })
  .nullish();
const ReasonBody = z.strictObject({ reason: z.string().trim().min(1).max(500).optional().describe('理由，记入审计日志') }).nullish();

function allow(req: FastifyRequest, action: CatalogAction) {
  if (!can(req.actor, action)) throw new AppError(req.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  return req.actor?.userId ?? null;
}

/**
 * The catalog of a region is authored by the bureau of that region or a region above it: an item by where its
 * implementing department sits, a bundle by where its items are implemented (DESIGN invariant 10).
 */
function assertInReach(actor: Actor | null, regionCodes: ReadonlyArray<string | undefined>): void {
  // an unknown item or department (undefined) is the validation's to report
  if (!actor || regionCodes.some((code) => code !== undefined && !inActorRegion(actor, code))) throw new AppError('CATALOG_REGION_OUT_OF_SCOPE', { region: actor?.regionCode?.trim() ?? '' });
}

async function itemRegions(deps: AppDeps, codes: readonly string[]): Promise<Array<string | undefined>> {
  const out: Array<string | undefined> = [];
  for (const code of new Set(codes)) {
    const item = await store.itemIdentityByCode(deps.db, code);
    if (item) out.push((await store.versionsOfItem(deps.db, item.id))[0]?.regionCode);
  }
  return out;
}

/** The regions of a bundle's items: those of its latest version, and of the members a new version would have. */
async function bundleRegions(deps: AppDeps, code: string, newMembers: readonly string[]): Promise<Array<string | undefined>> {
  const bundle = await store.bundleIdentityByCode(deps.db, code);
  const latest = bundle ? (await store.versionsOfBundle(deps.db, bundle.id))[0] : undefined;
  return itemRegions(deps, [...(latest?.members ?? []).map((m) => m.itemCode), ...newMembers]);
}

const departmentRegion = async (deps: AppDeps, code: string) => (await departmentByCode(deps.db, code))?.region_code;

/** What a list shows of an item; the full guide is the version itself. */
export const itemSummary = (i: ServiceItemVersion) => ({
  code: i.code,
  name: i.name,
  kind: i.kind,
  kindName: kindNames[i.kind],
  department: i.department,
  versionId: i.versionId,
  version: i.version,
  status: i.status,
  handling: i.handling,
  legalDays: i.legalDays,
  promisedDays: i.promisedDays,
  visitsNeeded: i.visitsNeeded,
  onlineCapable: i.onlineCapable,
  authorisedToWindow: i.authorisedToWindow,
  decidedOnPlatform: i.decidedOnPlatform,
  commitmentAllowed: i.commitmentAllowed,
  autoApproval: i.autoApproval !== null,
  producesLicenceType: i.producesLicenceType,
  keywords: i.keywords,
  publishedAt: i.publishedAt,
  effectiveOn: i.effectiveOn,
});

const bundleSummary = (b: BundleVersion) => ({
  code: b.code,
  name: b.name,
  audience: b.audience,
  description: b.description,
  versionId: b.versionId,
  version: b.version,
  status: b.status,
  promisedDays: b.promisedDays,
  promisedHours: b.promisedHours,
  itemCount: b.members.length,
  keywords: b.keywords,
  publishedAt: b.publishedAt,
});

export function catalogRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ---- public reads (no login): published items and bundles
  r.get(
    '/api/v1/catalog/items',
    {
      schema: {
        tags,
        summary: '已发布事项列表',
        querystring: z.object({
          department: z.string().max(32).optional(),
          kind: z.string().max(32).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: ItemListResponse, ...errors },
      },
    },
    async (req) => {
      const { items, total } = await queries.listPublishedItems(await readsFor(deps, req), { departmentCode: req.query.department, kind: req.query.kind, limit: req.query.limit, offset: req.query.offset });
      return { items: items.map(itemSummary), total };
    },
  );

  r.get('/api/v1/catalog/items/:code', { schema: { tags, summary: '事项办事指南（当前发布版本）', params: Code, response: { 200: ItemVersionResponse, ...errors } } }, async (req) => {
    const guide = await publishedGuide(await readsFor(deps, req), req.params.code);
    if (!guide) throw new AppError('CATALOG_ITEM_NOT_FOUND', { code: req.params.code });
    return guide;
  });

  r.get('/api/v1/catalog/item-versions/:id', { schema: { tags, summary: '事项的某一版本（办件所依据的版本）', params: VersionId, response: { 200: ItemVersionResponse, ...errors } } }, async (req) => {
    const item = await queries.getItemVersion(deps.db, req.params.id);
    // drafts are the supervisors' work in progress: to anyone else they do not exist
    if (!item || (item.status === 'draft' && !can(req.actor, 'readDrafts'))) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    return itemDetail(item);
  });

  r.get('/api/v1/catalog/bundles', { schema: { tags, summary: '已发布的一件事', querystring: z.object({ audience: z.enum(['citizen', 'enterprise']).optional() }), response: { 200: BundleListResponse, ...errors } } }, async (req) => ({
    items: (await queries.listPublishedBundles(await readsFor(deps, req), req.query.audience)).map(bundleSummary),
  }));

  r.get('/api/v1/catalog/bundles/:code', { schema: { tags, summary: '一件事详情（当前发布版本）', params: Code, response: { 200: BundleDetailResponse, ...errors } } }, async (req) => {
    const q = await readsFor(deps, req);
    const bundle = await queries.getPublishedBundleByCode(q, req.params.code);
    if (!bundle) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', { code: req.params.code });
    const items = await queries.getPublishedItemsByCodes(q, bundle.members.map((m) => m.itemCode));
    return { ...bundle, items: items.map(itemSummary) };
  });

  r.get('/api/v1/catalog/bundle-versions/:id', { schema: { tags, summary: '一件事的某一版本', params: VersionId, response: { 200: BundleVersionResponse, ...errors } } }, async (req) => {
    const bundle = await queries.getBundleVersion(deps.db, req.params.id);
    if (!bundle || (bundle.status === 'draft' && !can(req.actor, 'readDrafts'))) throw new AppError('CATALOG_VERSION_NOT_FOUND');
    return bundle;
  });

  r.get(
    '/api/v1/catalog/search',
    {
      schema: {
        tags,
        summary: '搜索已发布的事项和一件事（名称、关键词、部门，支持两字词如“食品”“户口”）',
        querystring: z.object({
          q: z.string().trim().min(1).max(100),
          subject: z.enum(['item', 'bundle']).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: SearchResponse, ...errors },
      },
    },
    async (req) => {
      const q = await readsFor(deps, req);
      const hits = await searchCatalog(q, req.query.q, { subject: req.query.subject, limit: req.query.limit });
      const items = new Map((await queries.getItemVersions(q, hits.filter((h) => h.subject === 'item').map((h) => h.versionId))).map((i) => [i.versionId, i]));
      return {
        items: hits.map((h) => {
          const item = items.get(h.versionId);
          return { subject: h.subject, code: h.code, name: h.name, versionId: h.versionId, score: h.score, uses: h.uses, via: h.via, department: item?.department ?? null, kindName: item ? kindNames[item.kind] : null };
        }),
      };
    },
  );

  // counted at most once a minute per database (kept by the primary's handle, so the portal's home page and this
  // answer share one count)
  r.get('/api/v1/catalog/popular', { schema: { tags, summary: '高频事项：申请最多的事项和一件事（按实际办件数）', querystring: z.object({ limit: z.coerce.number().int().min(1).max(20).default(8) }), response: { 200: PopularResponse, ...errors } } }, async (req) => ({
    items: await popularEntries(deps.db, deps.clock.now(), req.query.limit),
  }));

  // ---- supervisors whose region holds every region: search synonyms (开饭店 → 开餐饮店)
  r.get('/api/v1/catalog/synonyms', { schema: { tags, summary: '搜索同义词（群众常用说法 → 目录名称）', response: { 200: SynonymListResponse, ...errors } } }, async (req) => {
    allow(req, 'edit');
    return { items: await store.listSynonyms(deps.db) };
  });
  r.put('/api/v1/catalog/synonyms/:term', {
    schema: {
      tags,
      summary: '新增或修改搜索同义词，记入审计日志',
      params: z.object({ term: z.string().trim().min(2).max(20).describe('群众常用说法，如“开饭店”') }),
      body: z.strictObject({ target: z.string().trim().min(2).max(40).describe('目录中的名称或关键词，如“开餐饮店”'), reason: z.string().trim().min(1).max(500).optional() }),
      response: { 200: Synonym, ...errors },
    },
  }, async (req) => {
    // one search for every region on the platform: a county may not change what another county's people find
    const by = allow(req, 'edit');
    await requireWholeTree(deps.db, req.actor!);
    return defineSynonym(deps, by, { term: req.params.term, target: req.body.target, reason: req.body.reason });
  });
  r.delete('/api/v1/catalog/synonyms/:term', { schema: { tags, summary: '删除搜索同义词，记入审计日志', params: z.object({ term: z.string().trim().min(1).max(20) }), body: ReasonBody, response: { 204: z.null().describe('已删除'), ...errors } } }, async (req, reply) => {
    const by = allow(req, 'edit');
    await requireWholeTree(deps.db, req.actor!);
    await removeSynonym(deps, by, req.params.term, req.body?.reason);
    return reply.status(204).send(null);
  });

  // ---- the English version of an item's guide, kept by the bureau that authors the item
  const EnglishText = z.object({
    name: z.string().describe('英文名称'),
    summary: z.string().describe('一段英文简介'),
    conditions: z.array(z.string()).describe('英文办理条件'),
  });
  r.put('/api/v1/catalog/items/:code/english', {
    schema: {
      tags,
      summary: '新增或修改事项的英文版本（名称、简介、办理条件），记入审计日志',
      params: Code,
      body: z.strictObject({
        name: z.string().trim().min(2).max(200).describe('英文名称'),
        summary: z.string().trim().max(2000).default('').describe('一段英文简介'),
        conditions: z.array(z.string().trim().min(1).max(500)).max(30).default([]).describe('英文办理条件，按指南中的顺序'),
        reason: z.string().trim().min(1).max(500).optional(),
      }),
      response: { 200: EnglishText, ...errors },
    },
  }, async (req) => {
    const by = allow(req, 'edit');
    assertInReach(req.actor, await itemRegions(deps, [req.params.code]));
    return defineEnglish(deps, by, req.params.code, req.body);
  });
  r.delete('/api/v1/catalog/items/:code/english', { schema: { tags, summary: '删除事项的英文版本（门户改为提示无英文版本），记入审计日志', params: Code, body: ReasonBody, response: { 204: z.null().describe('已删除'), ...errors } } }, async (req, reply) => {
    const by = allow(req, 'edit');
    assertInReach(req.actor, await itemRegions(deps, [req.params.code]));
    await removeEnglish(deps, by, req.params.code, req.body?.reason);
    return reply.status(204).send(null);
  });

  r.get('/api/v1/catalog/data-elements', { schema: { tags, summary: '数据元', response: { 200: z.object({ items: z.array(DataElementResponse) }), ...errors } } }, async () => ({ items: await queries.listDataElements(deps.db) }));

  r.get('/api/v1/catalog/abolished-certificates', { schema: { tags, summary: '已取消的证明事项及替代方式', response: { 200: z.object({ items: z.array(AbolishedCertificateResponse) }), ...errors } } }, async () => ({
    items: await queries.listAbolishedCertificates(deps.db),
  }));

  // ---- supervisors: shared reference data
  r.put(
    '/api/v1/catalog/data-elements/:code',
    { schema: { tags, summary: '新增或修改数据元', params: Code, body: DataElementSchema, response: { 200: DataElementResponse, ...errors } } },
    async (req) => {
      allow(req, 'edit');
      if (req.body.code !== req.params.code) throw new AppError('CATALOG_CODE_MISMATCH');
      // one meaning across every item of every region
      await requireWholeTree(deps.db, req.actor!);
      return defineDataElement(deps, req.body);
    },
  );

  r.put(
    '/api/v1/catalog/abolished-certificates/:code',
    { schema: { tags, summary: '登记已取消的证明事项（仍被已发布指南要求时拒绝）', params: Code, body: AbolishedCertificateSchema, response: { 200: AbolishedCertificateResponse, ...errors } } },
    async (req) => {
      allow(req, 'edit');
      if (req.body.code !== req.params.code) throw new AppError('CATALOG_CODE_MISMATCH');
      await requireWholeTree(deps.db, req.actor!);
      return abolishCertificate(deps, req.body);
    },
  );

  // ---- supervisors: drafts, publishing, retiring
  r.get('/api/v1/catalog/items/:code/versions', { schema: { tags, summary: '事项的全部版本', params: Code, response: { 200: ItemVersionListResponse, ...errors } } }, async (req) => {
    allow(req, 'readDrafts');
    const item = await store.itemIdentityByCode(deps.db, req.params.code);
    if (!item) throw new AppError('CATALOG_ITEM_NOT_FOUND', { code: req.params.code });
    return { items: (await store.versionsOfItem(deps.db, item.id)).map(itemSummary) };
  });

  r.post('/api/v1/catalog/items', { schema: { tags, summary: '新建事项（草稿）', body: ItemInputSchema, response: { 201: ItemVersionResponse, ...errors } } }, async (req, reply) => {
    const actorId = allow(req, 'edit');
    assertInReach(req.actor, [await departmentRegion(deps, req.body.departmentCode)]);
    reply.status(201);
    return itemDetail(await createItemDraft(deps, actorId, req.body));
  });

  r.post(
    '/api/v1/catalog/items/:code/drafts',
    { schema: { tags, summary: '为已有事项新建草稿版本（不带内容时复制当前发布版本）', params: Code, body: ItemInputSchema.nullish(), response: { 201: ItemVersionResponse, ...errors } } },
    async (req, reply) => {
      const actorId = allow(req, 'edit');
      assertInReach(req.actor, [...(await itemRegions(deps, [req.params.code])), req.body ? await departmentRegion(deps, req.body.departmentCode) : undefined]);
      reply.status(201);
      return itemDetail(await newItemDraft(deps, actorId, req.params.code, req.body ?? null));
    },
  );

  r.put('/api/v1/catalog/item-versions/:id', { schema: { tags, summary: '修改草稿（已发布版本不可修改）', params: VersionId, body: ItemInputSchema, response: { 200: ItemVersionResponse, ...errors } } }, async (req) => {
    allow(req, 'edit');
    assertInReach(req.actor, [(await store.itemVersionById(deps.db, req.params.id))?.regionCode, await departmentRegion(deps, req.body.departmentCode)]);
    return itemDetail(await editItemDraft(deps, req.params.id, req.body));
  });

  r.post('/api/v1/catalog/item-versions/:id/publish', { schema: { tags, summary: '发布草稿（可附理由，记入审计日志；可定生效日期，到期自动生效）', params: VersionId, body: PublishItemBody, response: { 200: ItemVersionResponse, ...errors } } }, async (req) => {
    const actorId = allow(req, 'publish');
    assertInReach(req.actor, [(await store.itemVersionById(deps.db, req.params.id))?.regionCode]);
    return itemDetail(await publishItemVersion(deps, actorId, req.params.id, req.body?.reason ?? null, req.body?.effectiveOn ?? null));
  });

  // 废止事项 (POST /api/v1/catalog/items/:code/retire) is typed 事项精简: the catalog of powers serves it (src/powers/routes.ts).

  r.get('/api/v1/catalog/items/:code/history', { schema: { tags, summary: '事项的发布、废止记录（审计日志）', params: Code, response: { 200: CatalogHistoryResponse, ...errors } } }, async (req) => {
    allow(req, 'readDrafts');
    return { items: await catalogHistory(deps.db, itemChain(req.params.code)) };
  });

  r.get('/api/v1/catalog/bundles/:code/versions', { schema: { tags, summary: '一件事的全部版本', params: Code, response: { 200: z.object({ items: z.array(BundleSummaryResponse) }), ...errors } } }, async (req) => {
    allow(req, 'readDrafts');
    const bundle = await store.bundleIdentityByCode(deps.db, req.params.code);
    if (!bundle) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', { code: req.params.code });
    return { items: (await store.versionsOfBundle(deps.db, bundle.id)).map(bundleSummary) };
  });

  r.post('/api/v1/catalog/bundles', { schema: { tags, summary: '新建一件事（草稿）', body: BundleInputSchema, response: { 201: BundleVersionResponse, ...errors } } }, async (req, reply) => {
    const actorId = allow(req, 'edit');
    assertInReach(req.actor, await itemRegions(deps, req.body.members.map((m) => m.itemCode)));
    reply.status(201);
    return createBundleDraft(deps, actorId, req.body);
  });

  r.post(
    '/api/v1/catalog/bundles/:code/drafts',
    { schema: { tags, summary: '为一件事新建草稿版本', params: Code, body: BundleInputSchema.nullish(), response: { 201: BundleVersionResponse, ...errors } } },
    async (req, reply) => {
      const actorId = allow(req, 'edit');
      assertInReach(req.actor, await bundleRegions(deps, req.params.code, req.body?.members.map((m) => m.itemCode) ?? []));
      reply.status(201);
      return newBundleDraft(deps, actorId, req.params.code, req.body ?? null);
    },
  );

  r.put('/api/v1/catalog/bundle-versions/:id', { schema: { tags, summary: '修改一件事草稿', params: VersionId, body: BundleInputSchema, response: { 200: BundleVersionResponse, ...errors } } }, async (req) => {
    allow(req, 'edit');
    const version = await store.bundleVersionById(deps.db, req.params.id);
    assertInReach(req.actor, await itemRegions(deps, [...(version?.members ?? []), ...req.body.members].map((m) => m.itemCode)));
    return editBundleDraft(deps, req.params.id, req.body);
  });

  r.post('/api/v1/catalog/bundle-versions/:id/publish', { schema: { tags, summary: '发布一件事草稿（可附理由）', params: VersionId, body: ReasonBody, response: { 200: BundleVersionResponse, ...errors } } }, async (req) => {
    const actorId = allow(req, 'publish');
    assertInReach(req.actor, await itemRegions(deps, ((await store.bundleVersionById(deps.db, req.params.id))?.members ?? []).map((m) => m.itemCode)));
    return publishBundleVersion(deps, actorId, req.params.id, req.body?.reason ?? null);
  });

  // 废止一件事 likewise: src/powers/routes.ts.

  r.get('/api/v1/catalog/bundles/:code/history', { schema: { tags, summary: '一件事的发布、废止记录（审计日志）', params: Code, response: { 200: CatalogHistoryResponse, ...errors } } }, async (req) => {
    allow(req, 'readDrafts');
    return { items: await catalogHistory(deps.db, bundleChain(req.params.code)) };
  });

  r.get('/api/v1/catalog/imports', { schema: { tags, summary: '目录导入记录（审计日志）', response: { 200: CatalogHistoryResponse, ...errors } } }, async (req) => {
    allow(req, 'readDrafts');
    return { items: await catalogHistory(deps.db, IMPORT_CHAIN) };
  });

  r.get(
    '/api/v1/catalog/statistics/authorised-share',
    {
      schema: {
        tags,
        summary: '各部门事项授权到位率（窗口授权到位且在平台内审批决定的事项占比）',
        querystring: z.object({ region: z.string().regex(/^[1-9]\d{5}$/).optional() }),
        response: { 200: AuthorisedShareResponse, ...errors },
      },
    },
    async (req) => {
      allow(req, 'readStatistics');
      return authorisedShareByDepartment(deps.db, req.query.region ?? null);
    },
  );

  // ---- import and export (.xlsx for bureau staff, or JSON)
  r.post(
    '/api/v1/catalog/import',
    { schema: { tags, summary: '导入事项目录（.xlsx 或 .json 文件，multipart 字段 file；全部成功或全部不导入）', consumes: ['multipart/form-data'], response: { 200: ImportSummaryResponse, ...errors } } },
    async (req) => {
      const actorId = allow(req, 'import');
      if (!req.isMultipart()) throw new AppError('BAD_REQUEST', { reason: '请以 multipart/form-data 上传 .xlsx 或 .json 文件' });
      const file = await req.file();
      if (!file) throw new AppError('BAD_REQUEST', { reason: '未收到文件' });
      const format = catalogFileFormat(file.filename);
      if (!format) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: file.filename });
      const actor = req.actor!;
      // each item and bundle within the importer's region tree; the shared reference data only from the top of it
      const reach = { inReach: (region: string) => inActorRegion(actor, region), sharedData: (q: Queryable) => requireWholeTree(q, actor) };
      return importCatalogFile(deps, actorId, format, await file.toBuffer(), reach);
    },
  );

  r.get(
    '/api/v1/catalog/export',
    { schema: { tags, summary: '导出已发布的事项目录', querystring: z.object({ format: z.enum(['xlsx', 'json']).default('xlsx') }) } },
    async (req, reply) => {
      allow(req, 'export');
      const body = await exportCatalogFile(deps.db, req.query.format);
      const name = `banshi-catalog.${req.query.format}`;
      reply
        .header('content-type', req.query.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`);
      return reply.send(body);
    },
  );
}
