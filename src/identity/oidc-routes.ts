import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../core/index.js';
import { SESSION_HOURS } from './session-cookie.js';
import { finishProviderSignIn, PENDING_MINUTES, startProviderSignIn } from './oidc-sign-in.js';

const tags = ['identity'];
/** Binds a sign-in to the browser that started it (login CSRF); sent back only to the callback. */
export const OIDC_COOKIE = 'banshi_oidc';
const COOKIE_PATH = '/api/v1/auth/oidc';

export function oidcRoutes(app: FastifyInstance, deps: AppDeps, sessionCookie: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = (protocol: string) => (deps.config.publicUrl ?? '').startsWith('https:') || protocol === 'https';

  r.get('/api/v1/auth/oidc', { schema: { tags, summary: '统一身份认证是否可用（登录页的按钮）', response: { 200: z.object({ enabled: z.boolean(), name: z.string().nullable() }) } } }, async () => ({
    enabled: !!deps.config.oidc,
    name: deps.config.oidc?.name ?? null,
  }));

  r.get('/api/v1/auth/oidc/start', {
    schema: { tags, summary: '统一身份认证登录：转到省统一身份认证平台', querystring: z.object({ returnTo: z.string().max(300).optional().describe('登录后回到的本站页面') }) },
  }, async (req, reply) => {
    const { url, browser } = await startProviderSignIn({ ...deps, oidc: deps.config.oidc }, req.query.returnTo);
    reply.setCookie(OIDC_COOKIE, browser, { httpOnly: true, sameSite: 'lax', secure: secure(req.protocol), path: COOKIE_PATH, maxAge: PENDING_MINUTES * 60 });
    return reply.redirect(url, 302);
  });

  r.get('/api/v1/auth/oidc/callback', {
    schema: {
      tags,
      summary: '统一身份认证登录：平台回调',
      querystring: z.object({ state: z.string().max(512).optional(), code: z.string().max(4096).optional(), error: z.string().max(200).optional() }).loose(),
    },
  }, async (req, reply) => {
    const query = req.raw.url?.split('?')[1] ?? '';
    const { token, returnTo } = await finishProviderSignIn({ ...deps, oidc: deps.config.oidc }, { query, state: req.query.state, browser: req.cookies[OIDC_COOKIE] });
    reply.clearCookie(OIDC_COOKIE, { path: COOKIE_PATH });
    reply.setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'lax', secure: secure(req.protocol), path: '/', maxAge: SESSION_HOURS * 3600 });
    return reply.redirect(returnTo, 302);
  });
}
