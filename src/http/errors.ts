import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Socket } from 'node:net';
import { z } from 'zod';
import { AppError, defineErrors, errorDef, formatMessage, type CodesOf, type ErrorCode, type Lang } from '../core/index.js';
import { pgErrorCode } from '../db/index.js';
import { peopleMessage } from './issue-messages.js';

export const HttpErrors = defineErrors({
  BAD_TEXT: { status: 400, zh: '{field} {reason}，请删除后重试', en: '{field} {reason}; remove it and retry' },
  JSON_TOO_DEEP: { status: 400, zh: '请求体嵌套层级过深（上限 {limit} 层）', en: 'The request body is nested too deeply (limit {limit} levels)' },
  BAD_MULTIPART: { status: 400, zh: '上传的表单数据格式不正确，请重新选择文件上传', en: 'The uploaded form data is malformed; choose the file and upload it again' },
  CROSS_SITE_REQUEST: { status: 403, zh: '请求来自其他网站，已拒绝；请在本平台页面内操作', en: 'The request came from another site and was refused; use the platform\'s own pages' },
  INVALID_REFERENCE: { status: 400, zh: '引用的记录不存在或仍在使用，请检查后重试', en: 'A referenced record does not exist or is still in use; please check and retry' },
  URI_TOO_LONG: { status: 414, zh: '请求地址过长', en: 'The request address is too long' },
  HEADERS_TOO_LARGE: { status: 431, zh: '请求头或请求地址过长', en: 'The request headers or address are too long' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '该接口不支持此请求方法', en: 'This endpoint does not support this method' },
});

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

/** The language of the answer: English when asked for (Accept-Language or ?lang=en), else zh-CN. */
export function languageOf(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en') return 'en';
  if (q === 'zh-CN' || q === 'zh') return 'zh-CN';
  const header = req.headers['accept-language'];
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

function issueMessage(issue: Record<string, unknown>, lang: Lang): string {
  const plain = peopleMessage(issue, lang);
  if (plain) return plain;
  const localeError = lang === 'en' ? enLocale : zhLocale;
  const out = localeError(issue as never);
  const text = typeof out === 'string' ? out : out?.message;
  return text ?? String(issue.message ?? '');
}

export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export function errorBody(code: ErrorCode, lang: Lang, details: Record<string, unknown> = {}): ErrorBody {
  return { code, message: formatMessage(code, lang, details), details };
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, body too large) mapped to our codes. */
const sizeLimit = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * Fastify's and its plugins' own errors (bad JSON, wrong content type, body too large, malformed multipart, bad URL)
 * mapped to our codes. Their messages are English and may quote the URL: never passed on.
 */
function fastifyClientError(err: FastifyError, req: FastifyRequest, lang: Lang): { code: ErrorCode; details: Record<string, unknown> } | null {
  const en = lang === 'en';
  switch (err.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'BAD_REQUEST', details: { reason: en ? 'the JSON body is empty' : '请求体为空' } };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'BAD_REQUEST', details: { reason: en ? 'the body is not valid JSON' : '请求体不是有效的 JSON' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', details: { type: String(req.headers['content-type'] ?? '').slice(0, 100) || (en ? '(none)' : '（未指定）') } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', details: { limit: sizeLimit(req.routeOptions.bodyLimit ?? 0) } };
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return { code: 'PAYLOAD_TOO_LARGE', details: { limit: en ? 'files, fields and size of one upload' : '单次上传的文件数、字段数与大小' } };
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
    case 'FST_MP_PREMATURE_CLOSE':
      return { code: 'BAD_MULTIPART', details: {} };
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return { code: 'BAD_REQUEST', details: { reason: en ? 'the address is not valid' : '请求地址格式不正确' } };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { code: 'URI_TOO_LONG', details: {} };
  }
  if (isMalformedMultipart(err)) return { code: 'BAD_MULTIPART', details: {} };
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    if (err.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', details: { limit: sizeLimit(req.routeOptions.bodyLimit ?? 0) } };
    if (err.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', details: { type: String(req.headers['content-type'] ?? '').slice(0, 100) } };
    if (err.statusCode === 414) return { code: 'URI_TOO_LONG', details: {} };
    if (err.statusCode === 431) return { code: 'HEADERS_TOO_LARGE', details: {} };
    if (err.statusCode === 405) return { code: 'METHOD_NOT_ALLOWED', details: {} };
    return { code: 'BAD_REQUEST', details: { reason: en ? 'the request cannot be read' : '无法解析该请求' } };
  }
  return null;
}

/** Busboy's errors on a malformed multipart body are plain Errors without a status. */
function isMalformedMultipart(err: Error): boolean {
  return /^(Multipart: Boundary not found|Unexpected end of (form|multipart data)|Malformed part header|Boundary required|.* terminated early due to unexpected end of multipart data)/.test(err.message ?? '');
}

/**
 * Constraint violations that reach the database are the client's mistake the validation did not catch (a unique name
 * taken by a concurrent request, a reference to nothing): a 4xx, never a 500. Known cases are checked before the
 * database; this is the safety net. Other class-22 codes are data the column cannot hold.
 */
function databaseClientError(err: unknown): { code: ErrorCode; details: Record<string, unknown> } | null {
  const code = pgErrorCode(err);
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return null;
  switch (code) {
    case '23505':
      return { code: 'CONFLICT', details: {} };
    case '23503':
      return { code: 'INVALID_REFERENCE', details: {} };
    case '23502':
    case '23514':
    case '23P01':
      return { code: 'VALIDATION_FAILED', details: {} };
  }
  if (code.startsWith('22')) return { code: 'VALIDATION_FAILED', details: {} };
  return null;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const lang = req.lang ?? languageOf(req);
  if (err instanceof AppError) {
    reply.status(err.status).send(errorBody(err.code, lang, err.details));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const source = (req as unknown as Record<string, unknown>)[where];
    const issues = err.validation.map((v) => {
      const segments = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
      // The issue lacks the offending value; look it up so the message can say what was received.
      const input = segments.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), source);
      return { path: segments.join('.'), where, message: issueMessage({ code: v.keyword, input, message: v.message, ...(v.params as Record<string, unknown>) }, lang) };
    });
    reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { issues }));
    return;
  }
  if (err instanceof z.ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: issueMessage(i as unknown as Record<string, unknown>, lang) }));
    reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { issues }));
    return;
  }
  const client = fastifyClientError(err, req, lang);
  if (client) {
    reply.status(errorDef(client.code)!.status).send(errorBody(client.code, lang, client.details));
    return;
  }
  const db = databaseClientError(err);
  if (db) {
    req.log.warn({ err, route: req.routeOptions.url }, 'constraint violation reached the database');
    reply.status(errorDef(db.code)!.status).send(errorBody(db.code, lang, db.details));
    return;
  }
  req.log.error({ err }, 'unhandled error');
  reply.status(500).send(errorBody('INTERNAL', lang));
}

/**
 * Errors the HTTP parser raises before Fastify sees a request: headers or request line too large (431), anything else
 * malformed (400). Written raw on the socket, in the platform's shape, in Chinese (no headers could be read).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code]: [number, ErrorCode] =
    err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'HEADERS_TOO_LARGE'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'BAD_REQUEST'] : [400, 'BAD_REQUEST'];
  const body = JSON.stringify(errorBody(code, 'zh-CN', code === 'BAD_REQUEST' ? { reason: status === 408 ? '请求超时' : '无法解析该请求' } : {}));
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status];
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof HttpErrors> {}
}
