import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, validateUscc, type AppDeps } from '../core/index.js';
import { applicationsOfBusiness } from '../applications/index.js';
import { requireActor } from '../identity/index.js';
import { enterpriseFile } from './enterprise-file.js';
import { viewerOf } from './policy.js';
import { BusinessApplicationsResponse, EnterpriseFileResponse } from './responses.js';

const tags = ['enterprise'];

export function enterpriseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function fileOf(actor: ReturnType<typeof requireActor>, code: string) {
    const v = validateUscc(code);
    if (!v.valid) throw new AppError('ENTERPRISE_USCC_INVALID', { uscc: code });
    const viewer = viewerOf(actor, v.normalized);
    if (!viewer) throw new AppError('FORBIDDEN');
    const file = await enterpriseFile(deps.db, deps, v.normalized, viewer);
    if (!file) throw new AppError('ENTERPRISE_NOT_FOUND');
    return file;
  }

  r.get('/api/v1/enterprises/mine', { schema: { tags, summary: '本企业档案（一企一档）', response: { 200: EnterpriseFileResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!actor.uscc) throw new AppError('FORBIDDEN');
    return fileOf(actor, actor.uscc);
  });

  // the business's own applications and who filed each (法定代表人, 经办人 …): an empty list, not 404, for a new business
  r.get('/api/v1/enterprises/mine/applications', { schema: { tags, summary: '本企业办件及提交人', response: { 200: BusinessApplicationsResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (actor.kind !== 'business' || !actor.uscc) throw new AppError('FORBIDDEN');
    const { items, total } = await applicationsOfBusiness(deps.db, actor.uscc, { scope: 'self' });
    return { applications: items, total };
  });

  r.get(
    '/api/v1/enterprises/:uscc',
    { schema: { tags, summary: '企业档案（一企一档）', params: z.object({ uscc: z.string().trim().min(1).max(32).describe('统一社会信用代码') }), response: { 200: EnterpriseFileResponse, ...errors } } },
    async (req) => fileOf(requireActor(req), req.params.uscc),
  );
}
