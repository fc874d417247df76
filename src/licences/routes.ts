import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, IsoDateString, shanghaiDateOf, siteOf, validateIdNumber, readsFor, type AppDeps } from '../core/index.js';
import { departmentById, inActorRegion, requireActor, type Actor } from '../identity/index.js';
import { renderQrPng, renderQrSvg } from '../documents/index.js';
import { changeLicence } from './change-licence.js';
import { findReusableLicences } from './find-reusable-licences.js';
import { publishedKeys, rotateSigningKey } from './keys.js';
import { can } from './policy.js';
import { faceOf, summaryOf, useEntryOf } from './present.js';
import { registerLicence } from './register-licence.js';
import { renderLicencePdf } from './render-licence-pdf.js';
import { renewLicence } from './renew-licence.js';
import { revokeLicence } from './revoke-licence.js';
import * as store from './store.js';
import { reinstateLicence } from './reinstate-licence.js';
import { suspendLicence } from './suspend-licence.js';
import { LICENCE_TYPES } from './types.js';
import { verifyLicenceOnline } from './verify-licence.js';
import { verifyUrlOf } from './verify-url.js';
import { pageLanguage, verificationPage } from './verification-page.js';

import {
  LicenceDetailResponse,
  LicenceListResponse,
  LicenceStatusResponse,
  LicenceSummaryResponse,
  LicenceTypesResponse,
  LicenceUseListResponse,
  PublishedKeysResponse,
  RotatedKeyResponse,
  VerdictResponse,
} from './responses.js';

const tags = ['licences'];
const IdParams = z.object({ id: z.uuid() });
const DateString = IsoDateString;
const Reason = z.string().trim().min(2).max(500).describe('原因');

const holderIdsOfActor = (a: Actor) => [a.uscc, a.idNumber].filter((x): x is string => !!x);

export function licenceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDateOf(deps.clock.now());

  async function load(req: { actor: Actor | null }, id: string, action: 'view' | 'viewUses' | 'manage') {
    const actor = requireActor(req as Parameters<typeof requireActor>[0]);
    const l = await store.licenceById(deps.db, id);
    if (!l) throw new AppError('NOT_FOUND');
    if (!can(actor, action, l)) throw new AppError('FORBIDDEN');
    // an administrator changes only the licences of issuing departments in their region tree
    if (action === 'manage' && !inActorRegion(actor, (await departmentById(deps.db, l.department_id))?.region_code)) {
      throw new AppError('LICENCE_REGION_OUT_OF_SCOPE', { issuer: l.issuer_name });
    }
    return { actor, l };
  }
  const present = (actor: Actor, l: store.LicenceRow) => summaryOf(l, today(), { maskHolder: !can(actor, 'seeHolderNumber', l) });

  // ---- public: no login ----

  r.get('/.well-known/banshi-keys.json', { schema: { tags, summary: '发证机关签名公钥（SM2）', response: { 200: PublishedKeysResponse, ...errors } } }, async () => ({
    algorithm: 'SM2 signature over SM3 (GB/T 32918.2, GB/T 32905), distinguishing ID 1234567812345678',
    payloadFormat: 'BSL1.<base64url(JSON claims)>.<base64url(r||s)>; the signature covers the ASCII text "BSL1.<claims>"',
    keys: await publishedKeys(deps.db),
  }));

  r.get('/api/v1/licence-types', { schema: { tags, summary: '证照类型', response: { 200: LicenceTypesResponse, ...errors } } }, async () => ({
    items: LICENCE_TYPES.map((t) => ({
      code: t.code, name: t.name, typeCode: t.typeCode, definedBy: t.definedBy, department: t.department, holderKind: t.holderKind, validityMonths: t.validityMonths, layout: t.layout,
      fields: t.fields.map((x) => ({ key: x.key, label: x.label, kind: x.kind ?? 'text', fromLicence: !!x.from })),
    })),
  }));

  r.post('/api/v1/licences/verify', { schema: { tags, summary: '核验证照二维码（在线）', body: z.object({ payload: z.string().min(1).max(4000).describe('扫码所得内容') }), response: { 200: VerdictResponse, ...errors } } }, async (req) => {
    const verdict = await verifyLicenceOnline(await readsFor(deps, req), req.body.payload, deps.clock.now());
    if (verdict.status === 'invalid' && !verdict.signatureValid && !/BSL1\./.test(req.body.payload)) throw new AppError('LICENCE_PAYLOAD_INVALID');
    return verdict;
  });

  // The page a phone opens when it scans the QR code. The payload is long: a wildcard, not a length-limited param.
  r.get('/v/*', { schema: { hide: true } }, async (req, reply) => {
    const text = (req.params as { '*': string })['*'];
    const verdict = await verifyLicenceOnline(await readsFor(deps, req), text, deps.clock.now());
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return verificationPage(verdict, { lang: pageLanguage(req.query, req.headers['accept-language']), site: siteOf(deps.config) });
  });

  // ---- holders ----

  r.get('/api/v1/licences/mine', { schema: { tags, summary: '我的证照', response: { 200: LicenceListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const rows = await store.licencesOfHolders(deps.db, holderIdsOfActor(actor));
    return { items: rows.map((l) => present(actor, l)) };
  });

  r.get('/api/v1/licences/mine/uses', { schema: { tags, summary: '我的证照被使用记录', response: { 200: LicenceUseListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const holders = holderIdsOfActor(actor);
    return { items: holders.length ? (await store.usesOfHolders(deps.db, holders, 500)).map(useEntryOf) : [] };
  });

  r.get(
    '/api/v1/licences/reusable',
    { schema: { tags, summary: '可免提交的证照', querystring: z.object({ types: z.string().min(1).max(1000).describe('证照类型代码，逗号分隔') }), response: { 200: LicenceListResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const typeCodes = req.query.types.split(',').map((s) => s.trim()).filter(Boolean);
      return { items: await findReusableLicences(deps.db, { holder: holderIdsOfActor(actor), typeCodes, at: deps.clock.now() }) };
    },
  );

  // ---- staff ----

  const ListQuery = z.object({
    holder: z.string().trim().length(18).optional().describe('持证主体统一社会信用代码（公民身份号码请用 POST /api/v1/licences/search）'),
    type: z.string().max(64).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });
  async function list(actor: Actor, q: z.infer<typeof ListQuery>) {
    if (!can(actor, 'list')) throw new AppError('FORBIDDEN');
    const ownDepartmentOnly = !can(actor, 'rotateKeys') && !actor.roles.includes('supervisor') && !q.holder;
    const rows = await store.listLicences(deps.db, {
      departmentId: ownDepartmentOnly ? actor.departmentId ?? undefined : undefined,
      holderId: q.holder?.toUpperCase(),
      type: q.type,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map((l) => present(actor, l)) };
  }

  r.get('/api/v1/licences', { schema: { tags, summary: '证照列表', querystring: ListQuery, response: { 200: LicenceListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    // A full citizen ID number in a URL ends up in logs and browser histories: those searches go in a body.
    if (req.query.holder && validateIdNumber(req.query.holder).valid) throw new AppError('LICENCE_HOLDER_NUMBER_IN_URL');
    return list(actor, req.query);
  });

  r.post('/api/v1/licences/search', { schema: { tags, summary: '证照查询（可按公民身份号码）', body: ListQuery, response: { 200: LicenceListResponse, ...errors } } }, async (req) => list(requireActor(req), req.body));

  const RegisterBody = z.object({
    type: z.string().min(1).max(64).describe('证照类型代码'),
    holderId: z.string().trim().min(1).max(18).describe('持证主体统一社会信用代码或公民身份号码'),
    holderName: z.string().trim().min(1).max(200),
    data: z.record(z.string(), z.unknown()).default({}).describe('证照内容，按证照类型的栏目填写'),
    validFrom: DateString.optional(),
    validUntil: DateString.nullable().optional(),
    reason: Reason.describe('登记原因（如：平台上线前以纸质证照发放）'),
  });
  r.post(
    '/api/v1/licences',
    {
      schema: { tags, summary: '登记平台外已发放的证照（发证部门系统管理员；平台内的证照由准予许可的审批决定自动签发）', body: RegisterBody, response: { 200: LicenceSummaryResponse, ...errors } },
      // Refused before the body is read: nobody but an administrator creates a licence through this door.
      preValidation: async (req) => {
        if (!can(requireActor(req), 'register')) throw new AppError('LICENCE_ISSUE_BY_DECISION');
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const issued = await deps.db.transaction((tx) => registerLicence(tx, deps, actor, req.body));
      return present(actor, (await store.licenceById(deps.db, issued.id))!);
    },
  );

  r.get('/api/v1/licences/:id', { schema: { tags, summary: '证照详情', params: IdParams, response: { 200: LicenceDetailResponse, ...errors } } }, async (req) => {
    const { actor, l } = await load(req, req.params.id, 'view');
    const versions = await store.versionsOf(deps.db, l.id);
    return {
      ...present(actor, l),
      registrationReason: l.registration_reason,
      face: faceOf(l),
      verifyUrl: verifyUrlOf(deps.config, l.payload),
      versions: versions.map((v) => ({ version: v.version, identifier: v.identifier, change: v.change, reason: v.reason, validUntil: v.valid_until, keyId: v.key_id, issuedAt: v.issued_at.toISOString() })),
    };
  });

  r.get('/api/v1/licences/:id/status', { schema: { tags, summary: '证照实时状态', params: IdParams, response: { 200: LicenceStatusResponse, ...errors } } }, async (req) => {
    const { actor, l } = await load(req, req.params.id, 'view');
    return { ...present(actor, l), checkedAt: deps.clock.now().toISOString() };
  });

  r.get('/api/v1/licences/:id/uses', { schema: { tags, summary: '证照使用记录', params: IdParams, response: { 200: LicenceUseListResponse, ...errors } } }, async (req) => {
    const { l } = await load(req, req.params.id, 'viewUses');
    return { items: (await store.usesOfLicence(deps.db, l.id)).map(useEntryOf) };
  });

  r.get('/api/v1/licences/:id/pdf', { schema: { tags, summary: '下载证照 PDF', params: IdParams } }, async (req, reply) => {
    // the printed licence masks every citizen number whoever downloads it (licence-face.ts)
    const { l } = await load(req, req.params.id, 'view');
    const pdf = await renderLicencePdf(l, verifyUrlOf(deps.config, l.payload), deps.clock.now());
    reply.type('application/pdf').header('content-disposition', `inline; filename="licence-${l.serial}-${l.version}.pdf"`);
    return Buffer.from(pdf);
  });

  r.get(
    '/api/v1/licences/:id/qr',
    { schema: { tags, summary: '证照二维码', params: IdParams, querystring: z.object({ format: z.enum(['svg', 'png']).default('svg') }) } },
    async (req, reply) => {
      const { l } = await load(req, req.params.id, 'view');
      const text = verifyUrlOf(deps.config, l.payload);
      if (req.query.format === 'png') return reply.type('image/png').send(await renderQrPng(text, { width: 400 }));
      return reply.type('image/svg+xml').send(await renderQrSvg(text));
    },
  );

  // ---- lifecycle (issuing department) ----

  r.post(
    '/api/v1/licences/:id/change',
    { schema: { tags, summary: '变更证照（新版本，同一标识）', params: IdParams, body: z.object({ data: z.record(z.string(), z.unknown()).optional(), holderName: z.string().trim().min(1).max(200).optional(), reason: Reason }), response: { 200: LicenceSummaryResponse, ...errors } } },
    async (req) => {
      const { actor } = await load(req, req.params.id, 'manage');
      const l = await deps.db.transaction((tx) => changeLicence(tx, deps, { licenceId: req.params.id, ...req.body, actorId: actor.userId }));
      return present(actor, l);
    },
  );

  r.post(
    '/api/v1/licences/:id/renew',
    { schema: { tags, summary: '延续证照有效期', params: IdParams, body: z.object({ validUntil: DateString.optional(), reason: z.string().trim().max(500).optional() }), response: { 200: LicenceSummaryResponse, ...errors } } },
    async (req) => {
      const { actor } = await load(req, req.params.id, 'manage');
      const l = await deps.db.transaction((tx) => renewLicence(tx, deps, { licenceId: req.params.id, ...req.body, actorId: actor.userId }));
      return present(actor, l);
    },
  );

  for (const [action, fn, summary] of [
    ['suspend', suspendLicence, '暂停证照'],
    ['reinstate', reinstateLicence, '恢复证照'],
    ['revoke', revokeLicence, '撤销证照'],
  ] as const) {
    r.post(`/api/v1/licences/:id/${action}`, { schema: { tags, summary, params: IdParams, body: z.object({ reason: Reason }), response: { 200: LicenceSummaryResponse, ...errors } } }, async (req) => {
      const { actor } = await load(req, req.params.id, 'manage');
      const l = await deps.db.transaction((tx) => fn(tx, deps, { licenceId: req.params.id, reason: req.body.reason, actorId: actor.userId }));
      return present(actor, l);
    });
  }

  r.post(
    '/api/v1/signing-keys/rotate',
    { schema: { tags, summary: '轮换发证机关签名密钥', body: z.object({ departmentId: z.uuid() }), response: { 200: RotatedKeyResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'rotateKeys')) throw new AppError('FORBIDDEN');
      // an administrator acts within their region's tree: another region's issuing department is not there for them
      const department = await departmentById(deps.db, req.body.departmentId);
      if (department && !inActorRegion(actor, department.region_code)) throw new AppError('NOT_FOUND');
      const k = await deps.db.transaction((tx) => rotateSigningKey(tx, deps, req.body.departmentId, actor.userId));
      return { kid: k.id, issuer: { uscc: k.issuer_uscc, name: k.issuer_name }, publicKey: k.public_key, createdAt: k.created_at.toISOString() };
    },
  );
}
