import { makeUscc } from '../../core/index.js';
import { exclusionOf, seedCommitmentOf, type DrawPlan } from './plan-format.js';

/**
 * A large synthetic plan for tests and the benchmark: `subjects` businesses spread over `strata`
 * townships, `inspectors` inspectors over the given departments, and `conflicts` excluded pairs.
 */
export function syntheticPlan(opts: {
  subjects: number;
  strata: number;
  inspectors: number;
  departments: string[];
  sampling: DrawPlan['sampling'];
  inspectorsPerVisit?: number;
  conflicts?: Array<[number, number]>;
  seed: string;
}): DrawPlan {
  const subjects: Array<[string, string]> = [];
  for (let i = 0; i < opts.subjects; i++) {
    const org = `MA${i.toString(36).toUpperCase().padStart(6, '0')}`;
    subjects.push([makeUscc('92', '431127', org), `431127${String(100 + (i * 7919) % opts.strata).padStart(3, '0')}`]);
  }
  subjects.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const inspectors: Array<[string, string]> = [];
  for (let i = 0; i < opts.inspectors; i++) {
    inspectors.push([`4311270${String(i).padStart(5, '0')}`, opts.departments[i % opts.departments.length]!]);
  }
  const exclusions = (opts.conflicts ?? []).map(([ins, sub]) => exclusionOf(inspectors[ins]![0], subjects[sub]![0])).sort();
  return {
    format: 'banshi-draw-plan/1',
    planId: 'synthetic',
    title: '合成抽查计划',
    publishedAt: '2026-03-02T01:00:00.000Z',
    filter: {},
    sampling: opts.sampling,
    stratifyBy: opts.strata > 1 ? 'region' : 'none',
    inspectorsPerVisit: opts.inspectorsPerVisit ?? 2,
    departments: opts.departments.map((code) => ({ code, name: code, qualification: null, checklist: [] })),
    subjects,
    inspectors,
    exclusions,
    seedCommitment: seedCommitmentOf(opts.seed),
  };
}
