import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allErrorCodes } from '../core/index.js';

const ErrorEntry = z.object({
  code: z.string().meta({ description: '错误码（稳定，可供程序判断）' }),
  status: z.number().int().meta({ description: 'HTTP 状态码' }),
  message: z.object({ zh: z.string(), en: z.string() }).meta({ description: '提示语模板，{name} 由 details 中同名字段填充' }),
});

/** The published catalogue of error codes: what an integrator can expect in `{ code, message, details }`. */
export function errorCatalogueRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/errors',
    {
      schema: {
        tags: ['errors'],
        summary: '错误码目录',
        description: '平台所有错误码、对应的 HTTP 状态和中英文提示语。所有错误应答的形状均为 { code, message, details }。',
        response: { 200: z.object({ items: z.array(ErrorEntry) }) },
      },
    },
    async () => ({ items: allErrorCodes().map(([code, d]) => ({ code, status: d.status, message: { zh: d.zh, en: d.en } })) }),
  );
}
