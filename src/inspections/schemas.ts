import { z } from 'zod';
import { IsoDateString } from '../core/index.js';
import { riskLevels } from './pool-data.js';

export const SubjectFilterSchema = z.object({
  licenceTypes: z.array(z.string().trim().min(1).max(64)).max(30).optional().describe('持有任一证照类型'),
  regions: z.array(z.string().regex(/^431127\d{0,3}$/, '蓝山县或其乡镇的区划代码')).max(30).optional().describe('行政区划（县或乡镇代码）'),
  industries: z.array(z.string().trim().min(1).max(50)).max(30).optional().describe('行业'),
  riskLevels: z.array(z.enum(riskLevels)).max(3).optional().describe('风险等级'),
});
export type SubjectFilterInput = z.infer<typeof SubjectFilterSchema>;

export const CreatePlanSchema = z.object({
  title: z.string().trim().min(2).max(200).describe('计划名称'),
  departments: z
    .array(
      z.object({
        code: z.string().trim().min(2).max(20).describe('部门代码'),
        qualification: z.string().trim().max(64).nullable().optional().describe('执法人员须具备的资格'),
        checklist: z.array(z.string().trim().min(2).max(500)).max(50).optional().describe('检查事项清单'),
      }),
    )
    .min(1)
    .max(10)
    .describe('参与部门（多个部门即联合抽查）'),
  filter: SubjectFilterSchema.default({}),
  sampling: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('size'), size: z.number().int().min(1).max(1_000_000).describe('抽取户数') }),
    z.object({
      kind: z.literal('rate'),
      percent: z
        .number()
        .gt(0)
        .max(100)
        .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, '比例最多保留两位小数')
        .describe('抽取比例（%）'),
    }),
  ]),
  stratifyBy: z.enum(['none', 'region', 'risk']).default('none').describe('分层：不分层 / 按乡镇 / 按风险等级'),
  inspectorsPerVisit: z.number().int().min(1).max(5).default(2).describe('每户每部门执法人员数'),
});
export type CreatePlanInput = z.infer<typeof CreatePlanSchema>;

export const PublishPlanSchema = z.object({
  seedCommitment: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'SM3 十六进制摘要')
    .optional()
    .describe('监管人员自持种子时，提供种子的 SM3 承诺值；缺省由平台生成并保密至抽取'),
});

export const DrawSchema = z.object({
  seed: z.string().min(32).max(256).optional().describe('自持种子（须与承诺值相符）'),
});

export const RecordResultSchema = z
  .object({
    outcome: z.enum(['compliant', 'problems', 'referred']).describe('compliant 未发现问题 / problems 发现问题责令整改 / referred 移送立案查处'),
    findings: z.string().trim().max(4000).default(''),
    checks: z.array(z.object({ item: z.string().max(500), ok: z.boolean() })).max(50).default([]),
    serious: z.boolean().default(false).describe('严重问题（列入失信标记）'),
    rectifyDays: z.number().int().min(1).max(90).optional().describe('整改期限（工作日）'),
    inspectedOn: IsoDateString.optional(),
  })
  .refine((r) => r.outcome === 'compliant' || r.findings.length >= 2, { message: '发现问题时须填写检查情况', path: ['findings'] });
export type RecordResultInput = z.infer<typeof RecordResultSchema>;
