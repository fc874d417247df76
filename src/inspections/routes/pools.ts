import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, identifierReasonText, validateUscc, type AppDeps } from '../../core/index.js';
import { actorRegionPattern, departmentById, inActorRegion, listDepartments, requireActor } from '../../identity/index.js';
import { licenceTypeOf } from '../../licences/index.js';
import { can } from '../policy.js';
import { ConflictResponse, InspectorListResponse, PoolOptionsResponse, SubjectListResponse } from '../responses.js';
import { defaultChecklists, qualificationNames, riskLevels, riskNames, townships } from '../pool-data.js';
import * as pools from '../store/pools.js';

const tags = ['inspections'];
const csv = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined));

const SubjectQuery = z.object({
  licenceType: csv.describe('证照类型，逗号分隔'),
  region: csv.describe('区划代码，逗号分隔'),
  industry: csv.describe('行业，逗号分隔'),
  risk: csv.describe('风险等级 low,medium,high'),
  q: z.string().trim().max(50).optional().describe('名称关键字或统一社会信用代码'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function poolRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/inspections/pool-options', { schema: { tags, summary: '名录库筛选项（乡镇、行业、证照类型、风险等级、部门默认检查事项）', response: { 200: PoolOptionsResponse, ...errors } } }, async (req) => {
    if (!can(requireActor(req), 'viewPools')) throw new AppError('FORBIDDEN');
    const facets = await pools.subjectFacets(deps.db);
    const depts = await listDepartments(deps.db);
    return {
      townships: townships.map((t) => ({ code: t.code, name: t.name })),
      industries: facets.industries,
      licenceTypes: facets.licenceTypes.map((code) => ({ code, name: licenceTypeOf(code)?.name ?? code })),
      riskLevels: riskLevels.map((code) => ({ code, name: riskNames[code] })),
      qualifications: Object.entries(qualificationNames).map(([code, name]) => ({ code, name })),
      departments: depts
        .filter((d) => defaultChecklists[d.code])
        .map((d) => ({ code: d.code, name: d.name, qualification: defaultChecklists[d.code]!.qualification, checklist: defaultChecklists[d.code]!.items })),
    };
  });

  r.get('/api/v1/inspections/subjects', { schema: { tags, summary: '检查对象名录库', querystring: SubjectQuery, response: { 200: SubjectListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (!can(actor, 'viewPools')) throw new AppError('FORBIDDEN');
    const q = req.query;
    const { rows, total } = await pools.searchSubjects(
      deps.db,
      { licenceTypes: q.licenceType, regions: q.region, industries: q.industry, riskLevels: q.risk, name: q.q, regionPattern: actorRegionPattern(actor) },
      q.pageSize,
      (q.page - 1) * q.pageSize,
    );
    return {
      total,
      items: rows.map((s) => ({
        uscc: s.uscc,
        name: s.name,
        industry: s.industry,
        township: { code: s.township_code, name: s.township_name },
        riskLevel: s.risk_level,
        riskName: riskNames[s.risk_level],
        licenceTypes: s.licence_types,
        address: s.address,
      })),
    };
  });

  r.get(
    '/api/v1/inspections/inspectors',
    { schema: { tags, summary: '执法人员名录库', querystring: z.object({ department: z.string().trim().max(20).optional().describe('部门代码') }), response: { 200: InspectorListResponse, ...errors } } },
    async (req) => {
      if (!can(requireActor(req), 'viewPools')) throw new AppError('FORBIDDEN');
      const depts = await listDepartments(deps.db);
      const byId = new Map(depts.map((d) => [d.id, d]));
      const filter = req.query.department ? depts.filter((d) => d.code === req.query.department).map((d) => d.id) : null;
      if (filter && filter.length === 0) throw new AppError('UNKNOWN_DEPARTMENT', { code: req.query.department });
      const rows = await pools.listInspectors(deps.db, filter);
      return {
        items: rows.map((i) => ({
          id: i.id,
          badgeNo: i.badge_no,
          name: i.name,
          department: { code: byId.get(i.department_id)?.code, name: byId.get(i.department_id)?.name },
          qualifications: i.qualifications.map((code) => ({ code, name: qualificationNames[code] ?? code })),
          active: i.active,
        })),
      };
    },
  );

  r.post(
    '/api/v1/inspections/inspectors/:id/conflicts',
    {
      schema: {
        tags,
        summary: '登记回避关系（执法人员与企业存在利害关系）',
        params: z.object({ id: z.uuid() }),
        body: z.object({ uscc: z.string().trim().length(18), reason: z.string().trim().min(2).max(200) }), response: { 200: ConflictResponse, ...errors }
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const inspector = await pools.inspectorById(deps.db, req.params.id);
      if (!inspector) throw new AppError('NOT_FOUND');
      // an inspector declares their own conflicts; a supervisor may record anyone's
      if (!can(actor, 'managePools') && inspector.user_id !== actor.userId) throw new AppError('FORBIDDEN');
      // a supervisor records the conflicts of the inspectors of their region's departments only
      if (inspector.user_id !== actor.userId && !inActorRegion(actor, (await departmentById(deps.db, inspector.department_id))?.region_code)) throw new AppError('NOT_FOUND');
      const v = validateUscc(req.body.uscc);
      if (!v.valid) throw new AppError('INVALID_USCC', { reason: identifierReasonText[v.reason].zh });
      const added = await pools.insertConflict(deps.db, { inspectorId: inspector.id, uscc: v.normalized, reason: req.body.reason, at: deps.clock.now() });
      if (!added) throw new AppError('CONFLICT_ALREADY_DECLARED');
      return { inspectorId: inspector.id, uscc: v.normalized, reason: req.body.reason };
    },
  );
}
