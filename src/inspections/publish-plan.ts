import { randomBytes } from 'node:crypto';
import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentById, inActorRegion, type Actor } from '../identity/index.js';
import { exclusionOf, planDigest, seedCommitmentOf, type DrawPlan } from './draw/plan-format.js';
import { can } from './policy.js';
import { refreshPoolFromLicences } from './refresh-pool.js';
import { listInspectors, excludedPairs, population } from './store/pools.js';
import { markPublished, planById, type PlanRow } from './store/plans.js';

/**
 * Publishes a plan: freezes its population, inspector pools and exclusions into the plan JSON and commits to
 * a seed (SM3) before anyone can know the draw. The platform keeps a generated seed secret until the draw,
 * unless the supervisor brings their own commitment (and then must bring the seed to draw).
 */
export async function publishPlan(deps: { db: Db; clock: Clock }, actor: Actor, planId: string, opts: { seedCommitment?: string }): Promise<PlanRow> {
  if (!can(actor, 'managePlans')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const plan = await planById(tx, planId, { forUpdate: true });
    // a supervisor runs the plans of their region's departments
    if (!plan || !inActorRegion(actor, (await departmentById(tx, plan.lead_department_id))?.region_code)) throw new AppError('NOT_FOUND');
    if (plan.status !== 'draft') throw new AppError('PLAN_NOT_DRAFT');

    await refreshPoolFromLicences(tx, now);
    const subjects = await population(tx, plan.filter);
    if (subjects.length === 0) throw new AppError('PLAN_EMPTY_POPULATION');
    const stratumOf = (s: (typeof subjects)[number]) => (plan.stratify_by === 'region' ? s.township_code : plan.stratify_by === 'risk' ? s.risk_level : '*');

    const codeOf = new Map(plan.departments.map((d) => [d.departmentId, d]));
    const all = await listInspectors(tx, plan.departments.map((d) => d.departmentId));
    const eligible = all.filter((i) => {
      const d = codeOf.get(i.department_id)!;
      return i.active && (!d.qualification || i.qualifications.includes(d.qualification));
    });
    for (const d of plan.departments) {
      if (!eligible.some((i) => i.department_id === d.departmentId)) throw new AppError('PLAN_NO_INSPECTORS', { department: d.name });
    }
    const inPopulation = new Set(subjects.map((s) => s.uscc));
    const exclusions = [
      ...new Set(
        (await excludedPairs(tx, eligible.map((i) => i.id))).filter((p) => inPopulation.has(p.uscc)).map((p) => exclusionOf(p.badge_no, p.uscc)),
      ),
    ].sort();

    let seedSecret: string | null = null;
    let commitment = opts.seedCommitment;
    if (!commitment) {
      seedSecret = randomBytes(32).toString('hex');
      commitment = seedCommitmentOf(seedSecret);
    }
    const planJson: DrawPlan = {
      format: 'banshi-draw-plan/1',
      planId: plan.id,
      title: plan.title,
      publishedAt: now.toISOString(),
      filter: plan.filter,
      sampling: plan.sampling,
      stratifyBy: plan.stratify_by,
      inspectorsPerVisit: plan.inspectors_per_visit,
      departments: plan.departments.map((d) => ({ code: d.code, name: d.name, qualification: d.qualification, checklist: d.checklist })),
      // SQL sorted by USCC with the C collation: the same order as JavaScript's string comparison (ASCII)
      subjects: subjects.map((s) => [s.uscc, stratumOf(s)]),
      inspectors: eligible
        .map((i): [string, string] => [i.badge_no, codeOf.get(i.department_id)!.code])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      exclusions,
      seedCommitment: commitment,
    };
    const digest = planDigest(planJson);
    await markPublished(tx, plan.id, { planJson, planDigest: digest, seedCommitment: commitment, seedSecret, at: now, populationCount: subjects.length });
    await appendAudit(tx, {
      chain: `inspection-plan:${plan.id}`,
      actorId: actor.userId,
      action: 'inspectionPlan.published',
      data: { planDigest: digest, seedCommitment: commitment, populationCount: subjects.length, inspectorCount: eligible.length, exclusionCount: exclusions.length, seedHeldBy: seedSecret ? 'platform' : 'supervisor' },
      at: now,
    });
    return (await planById(tx, plan.id))!;
  });
}
