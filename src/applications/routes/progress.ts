import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../core/index.js';
import { requireActor } from '../../identity/index.js';
import { lookupProgress, progressOf } from '../lookup-progress.js';
import { errors } from '../responses.js';
import { IdParams } from '../schemas.js';
import { visibleApplication } from './applications.js';

const tags = ['applications'];

export const ProgressResponse = z.object({
  number: z.string(),
  title: z.string(),
  status: z.string(),
  statusName: z.string(),
  applicantName: z.string().describe('申请人（脱敏）'),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  items: z.array(z.object({ itemName: z.string(), departmentName: z.string(), statusName: z.string(), dueOn: z.string().nullable(), done: z.boolean() })),
  steps: z.array(z.object({ at: z.string(), text: z.string(), itemName: z.string().nullable() })),
});

export function progressRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/public/applications/progress', {
    schema: {
      tags,
      summary: '办件进度查询（无需登录）：办件号加申请人身份证号码、统一社会信用代码或手机号码的后四位',
      description: '只返回进度（事项、状态、办结期限、办理步骤），申请人姓名脱敏；办件号或后四位不符一律返回 404，不提示哪一项不符。按来源地址限制频率。',
      body: z.strictObject({
        number: z.string().trim().min(6, '请输入办件号').max(40, '办件号不超过 40 个字符').describe('办件号，如 431127-20260302-000123'),
        check: z.string().trim().regex(/^[0-9A-Za-z]{4}$/, '请输入 4 位：身份证号码、统一社会信用代码或手机号码的后四位'),
      }),
      response: { 200: ProgressResponse, ...errors },
    },
  }, async (req) => lookupProgress(deps, req.body));

  r.get('/api/v1/applications/:id/progress', { schema: { tags, summary: '办件进度（申请人视角：按事项、用平常话说明，不含系统内部步骤）', params: IdParams, response: { 200: ProgressResponse, ...errors } } }, async (req) => {
    const { app: a, cases } = await visibleApplication(deps, requireActor(req), req.params.id);
    return progressOf(deps, a, cases);
  });
}
