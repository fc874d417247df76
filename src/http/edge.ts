import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/index.js';

/** Deepest nesting of arrays and objects a JSON body may have; no form of the platform needs more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, read without parsing it (strings skipped), stopping as soon as it passes `limit`:
 * a deep body is refused before anything (the parser, validation, audit hashing) recurses into it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored or shown: a NUL character, or half of a UTF-16 surrogate pair. Undefined when fine. */
export function badText(s: string): 'nul' | 'surrogate' | undefined {
  if (s.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  return undefined;
}

const reasonText = {
  nul: { zh: '含有空字符（\\u0000）', en: 'contains a NUL character (\\u0000)' },
  surrogate: { zh: '含有不成对的代理字符，不是有效的文本', en: 'contains an unpaired surrogate, which is not valid text' },
};

/** The first bad text in a parsed value (depth already bounded), with its path. */
export function findBadText(value: unknown, path: string[] = []): { path: string; reason: 'nul' | 'surrogate' } | undefined {
  if (typeof value === 'string') {
    const reason = badText(value);
    return reason ? { path: path.join('.'), reason } : undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyReason = badText(k);
      if (keyReason) return { path: [...path, k].join('.'), reason: keyReason };
      const found = findBadText(v, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}

function refuseBadText(where: string, found: { path: string; reason: 'nul' | 'surrogate' }, lang: 'zh-CN' | 'en'): never {
  const field = found.path ? `${where}.${found.path}` : where;
  const reason = lang === 'en' ? reasonText[found.reason].en : reasonText[found.reason].zh;
  throw new AppError('BAD_TEXT', { field, reason });
}

/** JSON bodies: the depth is bounded before parsing; a parse error is a 400 in our shape. */
export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(new AppError('JSON_TOO_DEEP', { limit: MAX_JSON_DEPTH }), undefined);
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      done(new AppError('BAD_REQUEST', { reason: req.lang === 'en' ? 'the body is not valid JSON' : '请求体不是有效的 JSON' }), undefined);
    }
  });
}

/** Headers are read (session, language, origin) before the body: checked first, on arrival. */
export function rejectBadHeaders(req: FastifyRequest): void {
  for (const [name, value] of Object.entries(req.headers)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (typeof v === 'string' && v.includes('\u0000')) refuseBadText(`header.${name}`, { path: '', reason: 'nul' }, req.lang);
  }
}

/**
 * NUL characters and unpaired surrogates are refused at the edge, wherever they come: headers, path, query or body.
 * PostgreSQL cannot store a NUL in text, and neither can be shown to a person.
 */
export async function rejectBadText(req: FastifyRequest): Promise<void> {
  const parts: Array<[string, unknown]> = [
    ['params', req.params],
    ['query', req.query],
    ['body', req.body],
  ];
  for (const [where, value] of parts) {
    const found = findBadText(value);
    if (found) refuseBadText(where, found, req.lang);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests that carry the session cookie must come from the platform's own pages. Browsers say where a
 * request comes from (Sec-Fetch-Site, Origin) on every cross-site request they send; a request with neither is not
 * from a browser and cannot ride on a visitor's cookie. Bearer-token requests carry no ambient credential: exempt.
 */
export function crossSiteCookieRequest(req: FastifyRequest, opts: { publicUrl?: string; sessionCookie: string }): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (/^Bearer /.test(req.headers.authorization ?? '')) return false;
  if (!req.cookies?.[opts.sessionCookie]) return false;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return false;
  if (origin === 'null') return true;
  const own = new Set<string>();
  const originOf = (url: string) => {
    try {
      return new URL(url).origin;
    } catch {
      return undefined;
    }
  };
  if (opts.publicUrl) own.add(originOf(opts.publicUrl)!);
  const host = req.headers.host;
  if (host) for (const scheme of ['http', 'https']) own.add(originOf(`${scheme}://${host}`) ?? '');
  const from = originOf(origin);
  return !from || !own.has(from);
}
