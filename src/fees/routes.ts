import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errors, type AppDeps } from '../core/index.js';
import { presentFee } from './present.js';
import { FeeCatalogueResponse } from './responses.js';
import * as store from './store.js';

export function feesRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/public/fees', {
    schema: { tags: ['fees'], summary: '收费目录清单（公示）：收费项目、依据、标准与减免', response: { 200: FeeCatalogueResponse, ...errors } },
  }, async () => ({ fees: (await store.listFees(deps.db)).filter((f) => f.active).map(presentFee) }));
}
