import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentById, inActorRegion, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { computeDraw } from './draw/draw.js';
import { seedCommitmentOf } from './draw/plan-format.js';
import { can } from './policy.js';
import { listInspectors, subjectNames } from './store/pools.js';
import { markDrawn, planById, type PlanRow } from './store/plans.js';
import { insertVisits, type VisitRow } from './store/visits.js';

/**
 * Reveals the seed and makes the draw of a published plan: one visit per drawn business, one (empty) result
 * record per department, and a task for each drawn inspector. The draw is computed from the frozen plan JSON
 * only, so anyone re-running it from the published plan and seed gets the same visits.
 */
export async function makeDraw(deps: { db: Db; clock: Clock }, actor: Actor, planId: string, opts: { seed?: string }): Promise<PlanRow> {
  if (!can(actor, 'managePlans')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const plan = await planById(tx, planId, { forUpdate: true });
    // a supervisor runs the plans of their region's departments
    if (!plan || !inActorRegion(actor, (await departmentById(tx, plan.lead_department_id))?.region_code)) throw new AppError('NOT_FOUND');
    if (plan.status === 'draft') throw new AppError('PLAN_NOT_PUBLISHED');
    if (plan.status === 'drawn') throw new AppError('PLAN_ALREADY_DRAWN');
    const seed = opts.seed ?? plan.seed_secret;
    if (!seed) throw new AppError('SEED_REQUIRED');
    if (seedCommitmentOf(seed) !== plan.seed_commitment) throw new AppError('SEED_MISMATCH');

    const result = computeDraw(plan.plan_json!, seed);
    const inspectors = await listInspectors(tx, plan.departments.map((d) => d.departmentId));
    const byBadge = new Map(inspectors.map((i) => [i.badge_no, i]));
    const names = await subjectNames(tx, result.visits.map((v) => v.subject));

    const visits: VisitRow[] = [];
    const results = [];
    const tasks = new Map<string, number>();
    for (const v of result.visits) {
      const visitId = newId();
      visits.push({ id: visitId, plan_id: plan.id, uscc: v.subject, subject_name: names.get(v.subject) ?? v.subject, stratum: v.stratum, position: v.position });
      for (const d of plan.departments) {
        const drawn = (v.inspectors[d.code] ?? []).map((badge) => byBadge.get(badge)!);
        for (const i of drawn) if (i.user_id) tasks.set(i.user_id, (tasks.get(i.user_id) ?? 0) + 1);
        results.push({ id: newId(), visit_id: visitId, plan_id: plan.id, uscc: v.subject, department_id: d.departmentId, inspector_ids: drawn.map((i) => i.id), checklist: d.checklist });
      }
    }
    await insertVisits(tx, visits, results);
    await markDrawn(tx, plan.id, { seed, drawDigest: result.visitsDigest, at: now, sampleCount: visits.length });
    await appendAudit(tx, {
      chain: `inspection-plan:${plan.id}`,
      actorId: actor.userId,
      action: 'inspectionPlan.drawn',
      data: { seed, visitsDigest: result.visitsDigest, sampleCount: visits.length, strata: result.strata },
      at: now,
    });
    for (const [userId, n] of tasks) {
      await notify(tx, {
        userId,
        title: '双随机抽查任务',
        body: `「${plan.title}」抽取完成，您被随机选派检查 ${n} 户，请按时完成检查并录入结果。`,
        link: '/inspector/tasks',
        key: `inspection-tasks:${plan.id}:${userId}`,
      });
    }
    return (await planById(tx, plan.id))!;
  });
}
