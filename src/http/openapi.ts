import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { allErrorCodes } from '../core/index.js';
import { SESSION_COOKIE } from '../identity/index.js';
import { formatsDescription, formatSchemas } from './openapi-formats.js';
import { journeyExamples } from './openapi-examples.js';

/**
 * The OpenAPI 3.1 document: the routes' zod schemas make its paths (fastify-type-provider-zod), and this file completes
 * what a route does not say itself: operation ids, who may call (security), the error answers every operation may
 * give (one shape, listed by status with the codes of the catalogue), binary bodies, and the examples of the main
 * journeys. `npm run build:api` writes it to web/src/api/openapi.json and types the web app's client from it.
 */

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Operations anyone may call without signing in (a session, if sent, may change what they see). Everything else
 * needs a session: the `banshi_sid` cookie the web app holds, or `Authorization: Bearer <token>` from `POST /auth/login`.
 */
const ANONYMOUS: Array<[string, RegExp]> = [
  ['*', /^\/\.well-known\//],
  ['*', /^\/api\/v1\/public\//],
  ['get', /^\/api\/v1\/errors$/],
  ['post', /^\/api\/v1\/auth\/(login|logout|codes|signup|login\/code|password\/reset)$/],
  ['get', /^\/api\/v1\/auth\/oidc(\/start|\/callback)?$/],
  ['get', /^\/api\/v1\/(auth\/demo-accounts|departments|regions)$/],
  ['get', /^\/api\/v1\/calendar\/(due|between|days|coverage|regional-days-off)$/],
  ['get', /^\/api\/v1\/catalog\/(items|bundles|search|popular|data-elements|abolished-certificates|export)$/],
  ['get', /^\/api\/v1\/catalog\/(items|bundles)\/\{code\}$/],
  ['get', /^\/api\/v1\/catalog\/(item|bundle)-versions\/\{id\}$/],
  ['*', /^\/api\/v1\/guidance\/(bundles|items)\/\{code\}\/(questionnaire|check|notice|form-schema)$/],
  ['get', /^\/api\/v1\/notices\/\{id\}(\/html|\/pdf)?$/],
  ['post', /^\/api\/v1\/guidance\/forms\/check$/],
  ['get', /^\/api\/v1\/licence-types$/],
  ['post', /^\/api\/v1\/licences\/verify$/],
  ['get', /^\/api\/v1\/ratings\/(levels|settings|handlings\/by-code\/\{code\})$/],
  ['post', /^\/api\/v1\/ratings$/],
  ['get', /^\/api\/v1\/(tickets\/categories|knowledge|disclosure\/answer-types)$/],
  ['post', /^\/api\/v1\/(tickets|disclosure\/requests)$/],
];

export const isAnonymous = (method: string, path: string) => ANONYMOUS.some(([m, re]) => (m === '*' || m === method) && re.test(path));

const SESSION = [{ session: [] }, { bearer: [] }];
const OPTIONAL_SESSION = [{}, ...SESSION];

/** `POST /api/v1/applications/{id}/submit` → `postApplicationsByIdSubmit`: unique by construction, stable while the path is. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\//, '/')
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      const param = /^\{(\w+)\}$/.exec(seg);
      const word = param ? `by-${param[1]}` : seg;
      return word.replace(/\.(\w+)$/, '-$1').replace(/^\./, '');
    })
    .join('-');
  const camel = words.replace(/[-_]+(\w)/g, (_, c: string) => c.toUpperCase());
  return method + camel.charAt(0).toUpperCase() + camel.slice(1);
}

const STATUS_TITLES: Record<number, string> = {
  400: '请求不符合要求（VALIDATION_FAILED 时 details.issues 逐项列出 { path, message }）',
  401: '未登录或会话已失效',
  403: '无权进行此操作',
  404: '记录不存在（或无权查看）',
  409: '与当前状态冲突（已被他人处理、版本不符、重复）',
  413: '上传内容过大',
  415: '不支持的文件类型',
  422: '内容不符合业务规则',
  429: '请求过于频繁，稍后再试（见 Retry-After）',
  500: '服务器内部错误',
  503: '服务繁忙，稍后再试（见 Retry-After）',
};

/** One response object per error status, listing the catalogue's codes of that status. */
function errorResponses(): Record<string, Json> {
  const byStatus = new Map<number, string[]>();
  for (const [code, def] of allErrorCodes()) byStatus.set(def.status, [...(byStatus.get(def.status) ?? []), code]);
  const out: Record<string, Json> = {};
  for (const status of Object.keys(STATUS_TITLES).map(Number)) {
    const codes = byStatus.get(status) ?? [];
    out[`E${status}`] = {
      description: `${STATUS_TITLES[status]}。${codes.length ? `错误码：${codes.join('、')}。` : ''}完整目录见 GET /api/v1/errors。`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return out;
}

function errorStatusesFor(method: string, path: string, op: Json): number[] {
  const statuses = [400];
  if (op.security !== OPTIONAL_SESSION && op.security?.length) statuses.push(401, 403);
  else if (!path.includes('/public/') && !path.startsWith('/.well-known/')) statuses.push(403);
  if (path.includes('{')) statuses.push(404);
  if (method !== 'get') statuses.push(409, 422);
  if (/\/(files|imports?|calendar\/imports)$/.test(path) && method === 'post') statuses.push(413, 415);
  statuses.push(429, 500, 503);
  return statuses;
}

/** Answers that are not JSON: PDFs, uploaded files, images, printable pages and exports. */
function binaryContent(path: string): Json | null {
  const bin = (type: string) => ({ [type]: { schema: { type: 'string', contentMediaType: type } } });
  if (/(\.pdf|\/pdf)$/.test(path)) return bin('application/pdf');
  if (/\/content$/.test(path)) return { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' }, } };
  if (/\/qr$/.test(path)) return { ...bin('image/png'), ...bin('image/svg+xml') };
  if (/\/html$/.test(path)) return bin('text/html');
  if (/\/catalog\/export$/.test(path)) return { ...bin('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'application/json': { schema: { type: 'object' } } };
  return null;
}

/** Operations that answer by sending the browser elsewhere (302 with Location), never with a body. */
const REDIRECTS: Record<string, string> = {
  '/api/v1/auth/oidc/start': '转到省统一身份认证平台的登录页',
  '/api/v1/auth/oidc/callback': '登录完成（已设置会话 Cookie），转回登录前的本站页面；失败时转到登录页并说明原因',
  '/api/v1/payments/return': '转到本站“我的缴费”页面（?bill= 该缴费通知）',
};

/** Multipart uploads, which the routes read as streams (no zod body). */
const UPLOADS: Record<string, Json> = {
  '/api/v1/files': {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', contentMediaType: 'application/octet-stream', description: '材料文件（PDF、JPEG、PNG、OFD 等，按文件内容识别类型；不超过 20 MB）' },
          },
        },
      },
    },
  },
  '/api/v1/calendar/imports': { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/json', description: '国务院办公厅放假安排（JSON）' } } } } } },
  '/api/v1/catalog/import': {
    required: true,
    content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '事项目录工作簿（.xlsx）或 JSON' } } } } },
  },
};

const TAGS: Array<{ name: string; description: string }> = [
  { name: 'identity', description: '登录、会话、部门与区划' },
  { name: 'staff administration', description: '工作人员账号、部门与窗口（系统管理员）' },
  { name: 'guidance', description: '导办问卷、一次性告知单、一表申请的合并表单' },
  { name: 'applications', description: '申请：提交、补正、领取方式、材料、时间线' },
  { name: 'window', description: '综合窗口：受理、补正告知、不予受理、送达' },
  { name: 'cases', description: '部门审批：审查、现场核查、决定、延期' },
  { name: 'files', description: '材料上传' },
  { name: 'licences', description: '电子证照：签发、核验、变更、注销；二维码载荷与签名格式见 components.schemas.LicenceQrPayload' },
  { name: 'audit', description: '审计日志：签名树头、一致性证明；树头格式见 components.schemas.TreeHead' },
  { name: 'catalog', description: '事项目录、一件事、数据元' },
  { name: 'calendar', description: '工作日历与期限计算' },
  { name: 'supervision', description: '效能监督：黄牌、红牌、统计' },
  { name: 'ratings', description: '好差评、整改、申诉' },
  { name: 'inspections', description: '双随机、一公开：抽查计划与结果' },
  { name: 'credit-flags', description: '失信标记与申诉' },
  { name: 'public', description: '向社会公开的信息' },
  { name: 'tickets', description: '12345 工单与知识库' },
  { name: 'disclosure', description: '政府信息公开申请' },
  { name: 'enterprise', description: '企业档案（一照通）' },
  { name: 'notifications', description: '站内消息' },
  { name: 'statistics', description: '统计' },
  { name: 'errors', description: '错误码目录' },
];

/** Completes the generated document (see the file comment). Pure: the same routes give the same document. */
export function completeDocument(doc: Json): Json {
  doc.servers = [{ url: '/', description: '本平台（接口均在 /api/v1 下）' }];
  doc.tags = TAGS;
  doc.components ??= {};
  doc.components.securitySchemes = {
    session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: '网页端的会话 Cookie（登录时设置）' },
    bearer: { type: 'http', scheme: 'bearer', description: 'POST /api/v1/auth/login 返回的 token，以 Authorization: Bearer <token> 发送' },
  };
  doc.components.schemas = { ...doc.components.schemas, ...formatSchemas };
  doc.components.responses = errorResponses();
  doc.components.parameters = {
    AcceptLanguage: { name: 'accept-language', in: 'header', required: false, schema: { type: 'string', examples: ['zh-CN', 'en'] }, description: '错误提示语的语言：zh-CN（默认）或 en' },
  };
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.operationId ??= operationIdOf(method, path);
      op.tags ??= [path.split('/')[3] ?? 'public'];
      op.security = isAnonymous(method, path) ? OPTIONAL_SESSION : SESSION;
      if (UPLOADS[path] && method === 'post') op.requestBody = UPLOADS[path];
      for (const p of op.parameters ?? []) {
        if (p.in === 'header' && p.name === 'idempotency-key') {
          p.required = true;
          p.description = '幂等键（8–100 个字符，每次新的提交用一个新值）：以同一键重试返回第一次创建的办件，不会重复建件；键相同而内容不同返回 409 IDEMPOTENCY_KEY_REUSED。仅保存草稿时可省略。';
        }
      }
      op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/AcceptLanguage' }];
      const responses: Json = {};
      const binary = binaryContent(path);
      for (const [status, res] of Object.entries<Json>(op.responses ?? {})) {
        if (/^[45]/.test(status)) continue;
        if (REDIRECTS[path]) continue;
        if (res.description === 'Default Response') res.description = status === '201' ? '已创建' : status === '204' ? '无内容' : '成功';
        if (binary && !res.content) res.content = binary;
        responses[status] = res;
      }
      if (REDIRECTS[path]) responses['302'] = { description: REDIRECTS[path], headers: { Location: { description: '转往的地址', schema: { type: 'string' } } } };
      // a file or a page, for a route that declared only its errors
      else if (!Object.keys(responses).some((s) => s.startsWith('2'))) responses['200'] = binary ? { description: '成功', content: binary } : { description: '成功' };
      for (const s of errorStatusesFor(method, path, op)) responses[String(s)] = { $ref: `#/components/responses/E${s}` };
      op.responses = responses;
      const examples = journeyExamples[`${method} ${path}`];
      if (examples?.request && op.requestBody?.content?.['application/json']) op.requestBody.content['application/json'].examples = examples.request;
      if (examples?.response) {
        const ok = Object.keys(responses).find((s) => s.startsWith('2'))!;
        const content = responses[ok].content?.['application/json'];
        if (content) content.examples = examples.response;
      }
    }
  }
  const verify = doc.paths['/api/v1/licences/verify']?.post?.requestBody?.content?.['application/json']?.schema;
  if (verify?.properties?.payload) {
    verify.properties.payload = { anyOf: [{ $ref: '#/components/schemas/LicenceQrPayload' }, { type: 'string', minLength: 1, maxLength: 4000, description: '载荷所在的核验网址（…/v/BSL1.…）' }], description: '扫码所得内容' };
  }
  dropUnusedInputs(doc);
  return doc;
}

/** zod's registry gives each named schema an input twin; a twin no request uses is left out. */
function dropUnusedInputs(doc: Json): void {
  const text = JSON.stringify(doc.paths);
  for (const name of Object.keys(doc.components.schemas)) {
    if (name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`)) delete doc.components.schemas[name];
  }
}

export function swaggerOptions(): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'banshi 办事 API',
        version: '1',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
        description: [
          '一体化政务服务平台接口（一网通办 · 一窗通办 · 一件事一次办）。',
          '',
          '**错误**：所有非 2xx 应答的形状均为 `{ code, message, details }`（components.schemas.Error），message 按 Accept-Language 返回中文（默认）或英文；错误码目录见 `GET /api/v1/errors`。',
          '',
          '**登录**：`POST /api/v1/auth/login` 返回 token，以 `Authorization: Bearer <token>` 发送（网页端使用 `banshi_sid` Cookie）。',
          '',
          '**一表申请的字段名**：`GET /api/v1/guidance/bundles/{code}/form-schema` 返回一件事合并表单的 JSON Schema；绑定数据元的字段以数据元代码为名（如 `DE00001`），事项自有字段为 `<事项编码>.<字段键>`（如 `XK00119001.foodCategory`）。',
          '',
          formatsDescription,
        ].join('\n'),
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => completeDocument(jsonSchemaTransformObject(input) as Json) as never,
  };
}
