import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentByCode, inActorRegion, type Actor } from '../identity/index.js';
import { can } from './policy.js';
import { defaultChecklists } from './pool-data.js';
import type { CreatePlanInput } from './schemas.js';
import { insertPlan, type PlanDepartment, type PlanRow } from './store/plans.js';

/** A supervisor drafts a draw plan; several departments make it a joint inspection (一次检查、多项事). */
export async function createPlan(deps: { db: Db; clock: Clock }, actor: Actor, input: CreatePlanInput): Promise<PlanRow> {
  if (!can(actor, 'managePlans')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const departments: PlanDepartment[] = [];
    for (const d of input.departments) {
      const dept = await departmentByCode(tx, d.code);
      // a supervisor plans inspections by the departments of their region
      if (!dept || !inActorRegion(actor, dept.region_code)) throw new AppError('UNKNOWN_DEPARTMENT', { code: d.code });
      if (departments.some((x) => x.code === d.code)) throw new AppError('VALIDATION_FAILED', { field: 'departments', reason: 'duplicate' });
      const defaults = defaultChecklists[d.code];
      departments.push({
        code: dept.code,
        departmentId: dept.id,
        name: dept.name,
        qualification: d.qualification === undefined ? defaults?.qualification ?? null : d.qualification || null,
        checklist: d.checklist?.length ? d.checklist : defaults?.items ?? ['现场检查'],
      });
    }
    const sampling: PlanRow['sampling'] =
      input.sampling.kind === 'size' ? { kind: 'size', size: input.sampling.size } : { kind: 'rate', basisPoints: Math.round(input.sampling.percent * 100) };
    const plan = await insertPlan(tx, {
      id: newId(),
      title: input.title,
      lead_department_id: actor.departmentId ?? departments[0]!.departmentId,
      departments,
      filter: input.filter,
      sampling,
      stratify_by: input.stratifyBy,
      inspectors_per_visit: input.inspectorsPerVisit,
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(tx, { chain: `inspection-plan:${plan.id}`, actorId: actor.userId, action: 'inspectionPlan.created', data: { title: plan.title, departments: departments.map((d) => d.code), sampling, filter: input.filter, stratifyBy: input.stratifyBy }, at: now }, null);
    return plan;
  });
}
