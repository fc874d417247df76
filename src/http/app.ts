import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError, maskShapes, maskUrl, type AppDeps } from '../core/index.js';
import { actorBySession, SESSION_COOKIE } from '../identity/index.js';
import { errorBody, errorHandler, languageOf } from './errors.js';
import { moduleRoutes } from './modules.js';

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
    trustProxy: true,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 20, fields: 50 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'banshi 办事 API', version: '1', description: '一体化政务服务平台接口。错误统一为 { code, message, details }，message 按 Accept-Language 返回中文或英文。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

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
    if (!req.url.startsWith('/api/')) return;
    const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    const token = bearer ?? req.cookies[SESSION_COOKIE];
    if (token) req.actor = (await actorBySession(deps.db, token, deps.clock.now())) ?? null;
  });
  app.addHook('onResponse', async (req) => {
    if (counted.delete(req)) inFlight--;
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, engine: deps.db.engine }));

  for (const register of moduleRoutes) register(app, deps);

  const serveWeb = opts.serveWeb ?? fs.existsSync(path.join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });

  app.setNotFoundHandler((req, reply) => {
    if (serveWeb && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError('ROUTE_NOT_FOUND');
  });
  return app;
}
