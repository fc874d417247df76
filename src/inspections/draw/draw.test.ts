import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeDraw, redraw } from './draw.js';
import { DrawPlanError, exclusionOf, parseDrawPlan, seedCommitmentOf } from './plan-format.js';
import { allocateQuotas } from './quotas.js';
import { sm3Hex, sm3WithPrefix, wordsToHex } from './sm3.js';
import { syntheticPlan } from './synthetic-plan.js';

const SEED = 'f3b1c2d4e5a6978812345678abcdef0123456789abcdef0123456789abcdef01';

describe('sm3', () => {
  it('agrees with the SM3 of node:crypto, with and without a cached prefix', () => {
    for (const m of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'b'.repeat(130), `${SEED}:subjects:431127100:0`, '蓝山县塔峰镇某某食品店']) {
      const ref = createHash('sm3').update(m).digest('hex');
      expect(sm3Hex(m)).toBe(ref);
      for (const cut of [1, 33, 64, Math.floor(m.length / 2)]) {
        if (cut <= m.length) expect(wordsToHex(sm3WithPrefix(m.slice(0, cut))(m.slice(cut)))).toBe(ref);
      }
    }
  });
});

describe('allocateQuotas', () => {
  it('gives the units left over to the largest remainders, ties to the smaller key', () => {
    const q = allocateQuotas([{ key: 'a', population: 5 }, { key: 'b', population: 3 }, { key: 'c', population: 2 }], { kind: 'size', size: 5 });
    expect(q.map((s) => s.quota)).toEqual([3, 1, 1]);
  });

  it('keeps every stratum within one of its exact share at a rate, and rounds the total half up', () => {
    const strata = [137, 1, 999, 45, 2300, 18, 7].map((population, i) => ({ key: `s${i}`, population }));
    const N = strata.reduce((s, x) => s + x.population, 0);
    for (const bp of [1, 50, 333, 500, 1250, 9999, 10_000]) {
      const q = allocateQuotas(strata, { kind: 'rate', basisPoints: bp });
      for (const s of q) expect(Math.abs(s.quota - (s.population * bp) / 10_000)).toBeLessThan(1);
      expect(q.reduce((s, x) => s + x.quota, 0)).toBe(Math.floor((bp * N + 5000) / 10_000));
    }
  });

  it('never asks more of a stratum than it holds, and draws everyone when the size exceeds the population', () => {
    const q = allocateQuotas([{ key: 'a', population: 2 }, { key: 'b', population: 1 }], { kind: 'size', size: 10 });
    expect(q.map((s) => s.quota)).toEqual([2, 1]);
  });
});

describe('computeDraw', () => {
  const plan = syntheticPlan({ subjects: 5000, strata: 12, inspectors: 300, departments: ['scjg', 'wjj', 'xfjy'], sampling: { kind: 'rate', basisPoints: 300 }, seed: SEED });

  it('gives the same subjects and inspectors for the same plan and seed, even after a JSON round trip', () => {
    const a = computeDraw(plan, SEED);
    const b = computeDraw(parseDrawPlan(JSON.parse(JSON.stringify(plan))), SEED);
    expect(b).toEqual(a);
    expect(a.visits.length).toBe(150);
    expect(redraw(plan, SEED).planDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(redraw(plan, SEED).planDigest).toBe(redraw(parseDrawPlan(JSON.parse(JSON.stringify(plan))), SEED).planDigest);
  });

  it('draws something else with another seed', () => {
    const other = 'another-seed-with-enough-entropy-0123456789abcdef';
    const b = computeDraw({ ...plan, seedCommitment: seedCommitmentOf(other) }, other);
    expect(b.visitsDigest).not.toBe(computeDraw(plan, SEED).visitsDigest);
  });

  it('refuses a seed that does not match the published commitment', () => {
    expect(() => computeDraw(plan, SEED.replace(/1$/, '2'))).toThrow(DrawPlanError);
  });

  it('draws each stratum at the plan rate within rounding, without repeating a subject', () => {
    const r = computeDraw(plan, SEED);
    const counts = new Map<string, number>();
    for (const v of r.visits) counts.set(v.stratum, (counts.get(v.stratum) ?? 0) + 1);
    for (const s of r.strata) {
      expect(counts.get(s.key) ?? 0).toBe(s.quota);
      expect(Math.abs(s.quota - s.population * 0.03)).toBeLessThan(1);
    }
    expect(new Set(r.visits.map((v) => v.subject)).size).toBe(r.visits.length);
    const stratumOf = new Map(plan.subjects);
    for (const v of r.visits) expect(stratumOf.get(v.subject)).toBe(v.stratum);
  });

  it('sends distinct inspectors of each department to every visit', () => {
    const deptOf = new Map(plan.inspectors);
    for (const v of computeDraw(plan, SEED).visits) {
      for (const [dept, ids] of Object.entries(v.inspectors)) {
        expect(ids).toHaveLength(2);
        expect(new Set(ids).size).toBe(2);
        for (const id of ids) expect(deptOf.get(id)).toBe(dept);
      }
    }
  });

  it('never sends an inspector to a business they are excluded from, and reports a department that runs out', () => {
    // a tiny pool: 4 scjg inspectors, 3 of them excluded from the first subjects
    const small = syntheticPlan({ subjects: 40, strata: 1, inspectors: 8, departments: ['scjg', 'wjj'], sampling: { kind: 'size', size: 40 }, seed: SEED });
    const conflicts: Array<[number, number]> = [];
    for (let sub = 0; sub < 10; sub++) for (const ins of [0, 2, 4]) conflicts.push([ins, sub]);
    const p = syntheticPlan({ subjects: 40, strata: 1, inspectors: 8, departments: ['scjg', 'wjj'], sampling: { kind: 'size', size: 40 }, seed: SEED, conflicts });
    const banned = new Set(p.exclusions);
    const r = computeDraw(p, SEED);
    for (const v of r.visits) {
      for (const ids of Object.values(v.inspectors)) for (const id of ids) expect(banned.has(exclusionOf(id, v.subject))).toBe(false);
    }
    const firstTen = new Set(p.subjects.slice(0, 10).map((s) => s[0]));
    for (const v of r.visits.filter((x) => firstTen.has(x.subject))) {
      expect(v.inspectors.scjg).toEqual([small.inspectors[6]![0]]);
      expect(v.shortfall).toEqual(['scjg']);
    }
    expect(r.visits.filter((x) => !firstTen.has(x.subject)).every((v) => v.shortfall.length === 0)).toBe(true);
  });
});

describe('parseDrawPlan', () => {
  it('rejects a plan whose subjects are not in ascending order, naming the problem', () => {
    const plan = syntheticPlan({ subjects: 10, strata: 2, inspectors: 4, departments: ['scjg'], sampling: { kind: 'size', size: 2 }, seed: SEED });
    const bad = { ...plan, subjects: [...plan.subjects].reverse() };
    expect(() => parseDrawPlan(bad)).toThrow(/ascending/);
    expect(() => parseDrawPlan({ ...plan, sampling: { kind: 'rate', basisPoints: 0 } })).toThrow(/sampling/);
  });
});
