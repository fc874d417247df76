import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import helmet from '@fastify/helmet';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError, maskShapes, maskUrl, type AppDeps } from '../core/index.js';
import { actorBySession, SESSION_COOKIE, sessionTokenOf } from '../identity/index.js';
import { clientErrorHandler, errorBody, errorHandler, languageOf } from './errors.js';
import { crossSiteCookieRequest, registerJsonParser, rejectBadHeaders, rejectBadText } from './edge.js';
import { errorCatalogueRoutes } from './error-catalogue.js';
import { moduleRoutes } from './modules.js';
import { swaggerOptions } from './openapi.js';
import { registerRateLimits } from './rate-limits.js';
import { securityHeaders } from './security-headers.js';
import { siteRoutes } from './site.js';
import { portalPages, portalPageScriptHashes } from './portal-pages.js';
import { chooseEncoding, webPages } from './web-pages.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildOptions {
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Serve the built web UI from web/dist (default: when it exists). */
  serveWeb?: boolean;
}

/**
 * What a log line may say about a request or an error: personal numbers in a URL's query or an error's message are
 * masked by shape (core/personal-data), so a full ID number or mobile number never reaches the server log.
 */
const logSerializers = {
  req: (req: { method: string; url: string; hostname?: string; ip?: string; socket?: { remotePort?: number } }) => ({
    method: req.method,
    url: maskUrl(req.url),
    host: req.hostname,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }),
  err: (err: Error & { code?: string; statusCode?: number }) => ({
    type: err.name,
    message: maskShapes(String(err.message ?? '')),
    stack: maskShapes(String(err.stack ?? '')),
    ...(err.code ? { code: err.code } : {}),
    ...(err.statusCode ? { statusCode: err.statusCode } : {}),
  }),
};

export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { ...(opts.logger === true ? { level: 'info' } : opts.logger), serializers: logSerializers } : false,
    bodyLimit: 2 * 1024 * 1024,
    // X-Forwarded-For/-Proto are believed only from proxies the operator named; otherwise anyone could pick their address
    // (a number of hops is accepted at run time, though Fastify's types omit it)
    trustProxy: (deps.config.trustProxy ?? false) as boolean | string[],
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors: errorHandler,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerJsonParser(app);

  const https = (deps.config.publicUrl ?? '').startsWith('https:');
  await app.register(helmet, securityHeaders({ https }));
  await app.register(cookie);
  // API answers (JSON, the OpenAPI document, the server's pages) go brotli or gzip as the client accepts: a guide's JSON
  // shrinks to a fifth on a phone's network. Registered before the static files, whose .br/.gz copies were made at
  // build time and go as they are (a reply that already has a content-encoding is left alone); the hall's live events
  // are written to the socket directly and are not buffered by it. Compressed request bodies are not accepted.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024, globalDecompression: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 20, fields: 50 }, throwFileSizeLimit: true });
  await app.register(swagger, swaggerOptions());
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // the platform may be served over plain http on an intranet: no upgrade there
    transformStaticCSP: (h) => (https ? h : h.replace(/\s*upgrade-insecure-requests;?/, '')),
  });
  if (deps.config.rateLimits) await registerRateLimits(app, deps, deps.config.rateLimits);

  // Bound the requests in flight: past the bound, answer 503 at once instead of queueing without limit.
  let inFlight = 0;
  const counted = new WeakSet<object>();
  app.addHook('onRequest', async (req, reply) => {
    req.lang = languageOf(req);
    if (inFlight >= deps.config.maxInFlight) {
      reply.header('retry-after', '1').status(503).send(errorBody('SERVICE_BUSY', req.lang));
      return reply;
    }
    inFlight++;
    counted.add(req);
    req.actor = null;
    rejectBadHeaders(req);
    if (!req.url.startsWith('/api/')) return;
    const token = sessionTokenOf(req);
    if (token) req.actor = (await actorBySession(deps.db, token, deps.clock.now())) ?? null;
    if (crossSiteCookieRequest(req, { publicUrl: deps.config.publicUrl, sessionCookie: SESSION_COOKIE })) throw new AppError('CROSS_SITE_REQUEST');
  });
  app.addHook('preValidation', rejectBadText);
  // Read-your-writes: after a signed-in request that may have written, the account's next reads from a replica wait
  // for the primary's WAL to be replayed this far. Before the answer is sent, so that no next request can overtake it.
  const reads = deps.reads;
  if (reads) {
    app.addHook('onSend', async (req) => {
      if (req.actor && !SAFE_METHODS.has(req.method)) await reads.wrote(req.actor.userId);
    });
  }
  app.addHook('onResponse', async (req) => {
    if (counted.delete(req)) inFlight--;
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => ({
    ok: true,
    engine: deps.db.engine,
    // how each replica is doing, by position only (addresses stay in the server log)
    ...(deps.reads?.status().length ? { replicas: deps.reads.status().map(({ state, lagSeconds }) => ({ state, lagSeconds })) } : {}),
  }));

  for (const register of moduleRoutes) register(app, deps);
  errorCatalogueRoutes(app);
  siteRoutes(app, deps);

  const serveWeb = opts.serveWeb ?? fs.existsSync(path.join(webDist, 'index.html'));
  const pages = serveWeb ? webPages(webDist) : null;
  const portal = serveWeb ? portalPages(deps, webDist) : null;
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // Brotli/gzip copies are made at build time (web/build.mjs); hashed assets never change, so browsers keep them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        // the same address answers brotli, gzip or plain bytes: a shared cache must keep them apart
        res.setHeader('vary', 'accept-encoding');
      },
    });
  }

  app.setNotFoundHandler(async (req, reply) => {
    // a visitor's portal home and item guides: the page itself, drawn by the server, with the app's script not needed
    const first = portal && !req.url.startsWith('/api/') ? await portal.render(req) : null;
    if (first !== null) {
      const encoding = chooseEncoding(req.headers['accept-encoding']);
      const body = Buffer.from(first);
      const csp = String(reply.getHeader('content-security-policy') ?? '').replace("script-src 'self'", `script-src 'self' ${portalPageScriptHashes.join(' ')}`);
      if (csp) reply.header('content-security-policy', csp);
      if (encoding) reply.header('content-encoding', encoding);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding, cookie')
        .send(encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) : encoding === 'gzip' ? zlib.gzipSync(body, { level: 6 }) : body);
    }
    if (pages && req.method === 'GET' && !req.url.startsWith('/api/')) {
      // not a route, so not compressed by the plugin's per-route hook: the page comes compressed as the client accepts
      const page = pages.page(req.url, req.headers['accept-encoding']);
      if (page.encoding) reply.header('content-encoding', page.encoding);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding').send(page.body);
    }
    throw new AppError('ROUTE_NOT_FOUND');
  });
  return app;
}
