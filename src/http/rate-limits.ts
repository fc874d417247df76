import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { AppError, type AppDeps, type RateLimit, type RateLimits } from '../core/index.js';
import { normalisePhone } from '../identity/index.js';
import * as store from './store.js';

type Group = Exclude<keyof RateLimits, 'store' | 'codesPerNumber'>;

/** Routes whose body names a mobile number: counted per number as well, whatever address the requests come from. */
export const PER_NUMBER_ROUTES: Array<{ method: string; url: string }> = [{ method: 'POST', url: '/api/v1/auth/codes' }];

/** The routes open to abuse by guessing, flooding or scraping, and the limit each counts against. */
export const RATE_LIMITED_ROUTES: Array<{ method: string; url: string; group: Group }> = [
  { method: 'POST', url: '/api/v1/auth/login', group: 'login' },
  // one-time codes: asking for one (also counted per number, below) and every use of one
  { method: 'POST', url: '/api/v1/auth/codes', group: 'codes' },
  { method: 'POST', url: '/api/v1/auth/signup', group: 'login' },
  { method: 'POST', url: '/api/v1/auth/login/code', group: 'login' },
  { method: 'POST', url: '/api/v1/auth/password/reset', group: 'login' },
  { method: 'GET', url: '/api/v1/auth/oidc/start', group: 'login' },
  { method: 'GET', url: '/api/v1/auth/oidc/callback', group: 'login' },
  // following an application or a ticket without signing in: the check is short, so guessing is limited like a password
  { method: 'POST', url: '/api/v1/public/applications/progress', group: 'login' },
  { method: 'POST', url: '/api/v1/public/tickets/progress', group: 'login' },
  { method: 'POST', url: '/api/v1/tickets', group: 'forms' },
  { method: 'POST', url: '/api/v1/tickets/:id/rating', group: 'forms' },
  { method: 'POST', url: '/api/v1/disclosure/requests', group: 'forms' },
  { method: 'POST', url: '/api/v1/ratings', group: 'forms' },
  { method: 'GET', url: '/api/v1/ratings/handlings/by-code/:code', group: 'forms' },
  { method: 'POST', url: '/api/v1/licences/verify', group: 'verify' },
  { method: 'GET', url: '/v/*', group: 'verify' },
  { method: 'POST', url: '/api/v1/files', group: 'uploads' },
  { method: 'POST', url: '/api/v1/calendar/imports', group: 'uploads' },
  { method: 'POST', url: '/api/v1/catalog/import', group: 'uploads' },
];

interface Counter {
  hit(key: string, windowMs: number): Promise<{ current: number; ttl: number }>;
}

/** Counters of this process only: enough for one process (the embedded engine). */
function memoryCounter(deps: Pick<AppDeps, 'clock'>): Counter {
  const windows = new Map<string, { hits: number; resetAt: number }>();
  let sincePrune = 0;
  return {
    async hit(key, windowMs) {
      const now = deps.clock.now().getTime();
      if (++sincePrune >= 1000) {
        sincePrune = 0;
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= now) windows.set(key, (w = { hits: 0, resetAt: now + windowMs }));
      w.hits++;
      return { current: w.hits, ttl: w.resetAt - now };
    },
  };
}

/** Counters in PostgreSQL, shared by every process on the database: one upsert per counted request. */
function databaseCounter(deps: Pick<AppDeps, 'db' | 'clock'>): Counter {
  let sincePrune = 0;
  return {
    async hit(key, windowMs) {
      const now = deps.clock.now();
      if (++sincePrune >= 1000) {
        sincePrune = 0;
        await store.pruneRateLimits(deps.db, now);
      }
      const r = await store.hitRateLimit(deps.db, key, now, windowMs);
      return { current: r.hits, ttl: Math.max(0, r.resetAt.getTime() - now.getTime()) };
    },
  };
}

/** The store interface of @fastify/rate-limit over one counter shared by every route (keys carry the group). */
function storeOf(counter: Counter) {
  return class SharedStore {
    incr(key: string, cb: (err: Error | null, res?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counter.hit(key, timeWindow).then(
        (r) => cb(null, r),
        (e: Error) => cb(e),
      );
    }
    child(): SharedStore {
      return this;
    }
  };
}

/** A signed-in person is counted by account, anyone else by address (the proxy's client address only when trusted). */
function clientKey(req: FastifyRequest): string {
  return req.actor ? `u:${req.actor.userId}` : `ip:${req.ip}`;
}

/**
 * Registers the per-client limits of `limits` on the routes of RATE_LIMITED_ROUTES. Must run before the routes are
 * added. Staff filing tickets or disclosure requests for callers at a counter are not counted against the forms limit.
 */
export async function registerRateLimits(app: FastifyInstance, deps: AppDeps, limits: RateLimits): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (PER_NUMBER_ROUTES.some((r) => r.url === route.url && methods.includes(r.method))) addPerNumberLimit(app, route, limits.codesPerNumber);
    const rule = RATE_LIMITED_ROUTES.find((r) => r.url === route.url && methods.includes(r.method));
    if (!rule) return;
    const limit: RateLimit = limits[rule.group];
    route.config = {
      ...(route.config as object),
      rateLimit: {
        max: limit.max,
        timeWindow: limit.windowMs,
        groupId: `:${rule.group}`,
        allowList: rule.group === 'forms' ? (req: FastifyRequest) => req.actor?.kind === 'staff' : undefined,
      },
    } as RouteOptions['config'];
  });
  const counter = limits.store === 'database' ? databaseCounter(deps) : memoryCounter(deps);
  await app.register(rateLimit, {
    global: false,
    store: storeOf(counter) as never,
    keyGenerator: clientKey,
    errorResponseBuilder: (_req, ctx) => new AppError('RATE_LIMITED', { retryAfter: Math.max(1, Math.ceil(ctx.ttl / 1000)) }),
  });
}

/**
 * A second limit on a route, keyed by the mobile number in its (validated) body: run as a pre-handler, after the
 * per-address limit, so that a number cannot be flooded from many addresses either.
 */
function addPerNumberLimit(app: FastifyInstance, route: RouteOptions, limit: RateLimit): void {
  const phoneOf = (req: FastifyRequest) => {
    const phone = (req.body as { phone?: unknown } | undefined)?.phone;
    // one number however it is typed (spaces, dashes, +86)
    return typeof phone === 'string' ? normalisePhone(phone) : null;
  };
  const limiter = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: (req) => `phone:${phoneOf(req)}` });
  const check = async (req: FastifyRequest) => {
    if (!phoneOf(req)) return;
    const r = await limiter(req);
    if (!r.isAllowed && r.isExceeded) throw new AppError('RATE_LIMITED', { retryAfter: Math.max(1, Math.ceil(r.ttl / 1000)) });
  };
  const existing = route.preHandler;
  route.preHandler = existing ? [...(Array.isArray(existing) ? existing : [existing]), check] : [check];
}
