import { createHash } from 'node:crypto';
import { DrawPlanError, planDigest, seedCommitmentOf, type DrawPlan } from './plan-format.js';
import { allocateQuotas, type StratumQuota } from './quotas.js';
import { sm3WithPrefix, wordsToHex } from './sm3.js';
import { SeedStream, seededHasher } from './stream.js';

export interface DrawVisit {
  position: number;
  subject: string;
  stratum: string;
  /** Department code → inspector ids, in the order drawn. */
  inspectors: Record<string, string[]>;
  /** Departments that could not field `inspectorsPerVisit` eligible inspectors for this subject. */
  shortfall: string[];
}

export interface DrawResult {
  format: 'banshi-draw-result/1';
  planId: string;
  seedCommitment: string;
  seed: string;
  populationCount: number;
  sampleCount: number;
  strata: StratumQuota[];
  visits: DrawVisit[];
  /** SM3 over the canonical JSON of `visits`: one value to compare two runs. */
  visitsDigest: string;
}

/**
 * The draw (README, "How a random inspection draw works"). Pure and deterministic: the same plan and
 * seed give the same result on any machine.
 *  1. SM3(seed) must equal the plan's published seed commitment.
 *  2. Subjects are grouped by stratum (strata in ascending key order, subjects in the plan's ascending id order).
 *  3. Quotas per stratum by the largest-remainder rule (quotas.ts).
 *  4. In each stratum a partial Fisher–Yates shuffle driven by the stream "subjects:<stratum>" picks its quota:
 *     for i = 0 … k−1, j = i + below(N_h − i), swap positions i and j; the picks are positions 0 … k−1.
 *  5. For each visit (in that order) and each department (in plan order), the department's inspectors (ascending id)
 *     are shuffled the same way with the stream "inspectors:<subject>:<department>"; an inspector whose pair with the
 *     subject is excluded is passed over, until inspectorsPerVisit are drawn or the department runs out.
 */
export function computeDraw(plan: DrawPlan, seed: string): DrawResult {
  if (seedCommitmentOf(seed) !== plan.seedCommitment) throw new DrawPlanError('the seed does not match the plan\'s seed commitment');

  const byStratum = new Map<string, number[]>();
  for (let i = 0; i < plan.subjects.length; i++) {
    const key = plan.subjects[i]![1];
    let list = byStratum.get(key);
    if (!list) byStratum.set(key, (list = []));
    list.push(i);
  }
  const keys = [...byStratum.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const strata = allocateQuotas(keys.map((key) => ({ key, population: byStratum.get(key)!.length })), plan.sampling);

  const seeded = seededHasher(seed);
  const picked: Array<{ subject: string; stratum: string }> = [];
  for (const s of strata) {
    const list = byStratum.get(s.key)!;
    const stream = new SeedStream(seeded, `subjects:${s.key}`);
    for (let i = 0; i < s.quota; i++) {
      const j = i + stream.below(list.length - i);
      const t = list[i]!;
      list[i] = list[j]!;
      list[j] = t;
      picked.push({ subject: plan.subjects[list[i]!]![0], stratum: s.key });
    }
  }

  const pools = new Map<string, string[]>(plan.departments.map((d) => [d.code, []]));
  for (const [id, dept] of plan.inspectors) pools.get(dept)?.push(id);
  // exclusions indexed by their first 52 bits: a miss (nearly every candidate) costs no hex string
  const excluded = new Set(plan.exclusions);
  const excludedPrefix = new Set(plan.exclusions.map((h) => parseInt(h.slice(0, 13), 16)));
  const exclusionHash = sm3WithPrefix('');
  const out = new Uint32Array(8);
  const isExcluded = (inspector: string, subject: string): boolean => {
    const w = exclusionHash(`${inspector}:${subject}`, out);
    if (!excludedPrefix.has(w[0]! * 2 ** 20 + (w[1]! >>> 12))) return false;
    return excluded.has(wordsToHex(w));
  };

  const visits: DrawVisit[] = picked.map((p, n) => {
    const inspectors: Record<string, string[]> = {};
    const shortfall: string[] = [];
    for (const d of plan.departments) {
      const pool = pools.get(d.code)!;
      const stream = new SeedStream(seeded, `inspectors:${p.subject}:${d.code}`);
      // a sparse swap table: the department's pool is never copied per visit
      const swapped = new Map<number, number>();
      const at = (i: number) => swapped.get(i) ?? i;
      const chosen: string[] = [];
      for (let i = 0; i < pool.length && chosen.length < plan.inspectorsPerVisit; i++) {
        const j = i + stream.below(pool.length - i);
        const vi = at(i);
        const vj = at(j);
        swapped.set(i, vj);
        swapped.set(j, vi);
        const candidate = pool[vj]!;
        if (excluded.size > 0 && isExcluded(candidate, p.subject)) continue;
        chosen.push(candidate);
      }
      inspectors[d.code] = chosen;
      if (chosen.length < plan.inspectorsPerVisit) shortfall.push(d.code);
    }
    return { position: n + 1, subject: p.subject, stratum: p.stratum, inspectors, shortfall };
  });

  return {
    format: 'banshi-draw-result/1',
    planId: plan.planId,
    seedCommitment: plan.seedCommitment,
    seed,
    populationCount: plan.subjects.length,
    sampleCount: visits.length,
    strata,
    visits,
    visitsDigest: visitsDigestOf(visits),
  };
}

/** SM3 of the visits' canonical JSON (keys sorted; inspectors keyed by department code in sorted order). */
export function visitsDigestOf(visits: DrawVisit[]): string {
  const canonical = visits.map((v) => ({
    inspectors: Object.fromEntries(Object.keys(v.inspectors).sort().map((k) => [k, v.inspectors[k]])),
    position: v.position,
    shortfall: v.shortfall,
    stratum: v.stratum,
    subject: v.subject,
  }));
  return createHash('sm3').update(JSON.stringify(canonical)).digest('hex');
}

/** What `banshi inspections redraw` and the public endpoint answer: the draw, with the digest of the plan it used. */
export function redraw(plan: DrawPlan, seed: string): DrawResult & { planDigest: string } {
  const result = computeDraw(plan, seed);
  return { ...result, planDigest: planDigest(plan) };
}
