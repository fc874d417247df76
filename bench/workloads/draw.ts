import { computeDraw, parseDrawPlan, redraw } from '../../src/inspections/index.js';
// The synthetic plan generator is a test/benchmark helper, not part of the module's public surface.
import { syntheticPlan } from '../../src/inspections/draw/synthetic-plan.js';
import { percentile, type Workload } from '../lib.js';

const SEED = '7d1f0c5a9e8b4f3a2c6d0e1f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';

/**
 * A random-inspection draw at the scale of a city (REFERENCE.md: 286,189 businesses, 4,422 inspectors): 300,000
 * subjects in 12 township strata, 4,000 inspectors in 3 departments (a joint inspection), 20,000 excluded pairs,
 * a 5% sample with 2 inspectors per department per visit. Pure computation: the same at both scales.
 */
export const draw: Workload = {
  name: 'draw',
  title: 'inspection draw, 300,000 subjects × 4,000 inspectors',
  async run(ctx) {
    const conflicts: Array<[number, number]> = [];
    for (let i = 0; i < 20_000; i++) conflicts.push([(i * 7) % 4000, (i * 15013) % 300_000]);
    const plan = syntheticPlan({
      subjects: 300_000,
      strata: 12,
      inspectors: 4000,
      departments: ['scjg', 'wjj', 'xfjy'],
      sampling: { kind: 'rate', basisPoints: 500 },
      conflicts,
      seed: SEED,
    });
    const rounds = ctx.scale === 'full' ? 9 : 5;
    const wall: number[] = [];
    const cpu: number[] = [];
    let digest = '';
    let visits = 0;
    computeDraw(plan, SEED); // warm-up
    for (let i = 0; i < rounds; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = computeDraw(plan, SEED);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (digest && r.visitsDigest !== digest) throw new Error('the draw is not reproducible');
      digest = r.visitsDigest;
      visits = r.visits.length;
      ctx.progress('draws', i + 1, rounds);
    }
    // What anyone re-running a published draw does: parse the plan file, check it, draw again.
    const json = JSON.stringify(plan);
    const t1 = performance.now();
    const again = redraw(parseDrawPlan(JSON.parse(json)), SEED);
    const fromFileMs = performance.now() - t1;
    if (again.visitsDigest !== digest) throw new Error('the re-run from the plan file differs');
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const median = percentile(wall, 50);
    return {
      median,
      p99: percentile(wall, 99),
      note: `${visits.toLocaleString('en')} visits; CPU median ${percentile(cpu, 50).toFixed(0)} ms; re-run from the ${(json.length / 1e6).toFixed(1)} MB plan file (parse + check + draw) ${fromFileMs.toFixed(0)} ms`,
      goal: { text: 'draw < 1 s (median)', atScale: true, checks: [{ what: 'median', actual: median, target: 1000, better: 'lower', unit: 'ms' }] },
    };
  },
};
