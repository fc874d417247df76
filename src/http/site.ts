import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, siteOf, type AppDeps } from '../core/index.js';

const SiteResponse = z.object({
  sponsor: z.string().describe('主办单位'),
  siteCode: z.string().describe('网站标识码'),
  icp: z.string().describe('ICP 备案号'),
  psb: z.string().describe('公安机关备案号'),
});

/** The site's identity for every page's footer, as the operator configured it (BANSHI_SITE_*). */
export function siteRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/public/site',
    { schema: { tags: ['public'], summary: '网站标识（主办单位、网站标识码、备案号）', response: { 200: SiteResponse, ...errors } } },
    async () => ({ ...siteOf(deps.config) }),
  );
}
