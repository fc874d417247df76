import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorDef, formatMessage, type ErrorCode, type Lang } from '../core/index.js';

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
function fastifyClientError(err: FastifyError): { code: ErrorCode; details: Record<string, unknown> } | null {
  switch (err.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'BAD_REQUEST', details: { reason: err.message } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', details: { type: err.message } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { code: 'PAYLOAD_TOO_LARGE', details: { limit: err.message } };
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    if (err.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', details: { limit: err.message } };
    if (err.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', details: { type: err.message } };
    return { code: 'BAD_REQUEST', details: { reason: err.message } };
  }
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
      return { path: segments.join('.'), where, message: issueMessage({ code: v.keyword, input, ...(v.params as Record<string, unknown>) }, lang) };
    });
    reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { issues }));
    return;
  }
  if (err instanceof z.ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: issueMessage(i as unknown as Record<string, unknown>, lang) }));
    reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { issues }));
    return;
  }
  const client = fastifyClientError(err);
  if (client) {
    reply.status(errorDef(client.code)!.status).send(errorBody(client.code, lang, client.details));
    return;
  }
  req.log.error({ err }, 'unhandled error');
  reply.status(500).send(errorBody('INTERNAL', lang));
}
