import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { exclusionOf, seedCommitmentOf, type DrawPlan } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const SEED = 'lanshan-2026-q1-food-safety-joint-draw-witnessed-by-notary-0001';
const api = async (method: 'GET' | 'POST', url: string, user?: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: user ? await t.as(user) : {}, payload: payload as object });

const foodPlan = {
  title: '2026 年第一季度餐饮食品安全与消防联合抽查',
  departments: [{ code: 'scjg' }, { code: 'xfjy' }],
  filter: { licenceTypes: ['food-business-permit'] },
  sampling: { kind: 'rate', percent: 10 },
  stratifyBy: 'region',
  inspectorsPerVisit: 2,
};

let planId: string;
let planJson: DrawPlan;
let drawn: any;

describe('publishing a draw plan', () => {
  it('publishes the population, pools and a commitment to a seed the supervisor holds, and keeps the draw unknown', async () => {
    const draft = expectStatus(await api('POST', '/api/v1/inspections/plans', 'jianguan', foodPlan), 200);
    expect(draft).toMatchObject({ status: 'draft', joint: true, sampling: { kind: 'rate', percent: 10 } });
    planId = draft.id;
    const pub = expectStatus(await api('POST', `/api/v1/inspections/plans/${planId}/publish`, 'jianguan', { seedCommitment: seedCommitmentOf(SEED) }), 200);
    expect(pub).toMatchObject({ status: 'published', seedCommitment: seedCommitmentOf(SEED), seed: null });
    planJson = expectStatus(await api('GET', `/api/v1/public/inspection-plans/${planId}/plan.json`), 200);
    const pool = expectStatus(await api('GET', '/api/v1/inspections/subjects?licenceType=food-business-permit&pageSize=1', 'jianguan'), 200);
    expect(planJson.subjects).toHaveLength(pool.total);
    expect(pub.populationCount).toBe(pool.total);
    expect(planJson.subjects.every(([, stratum]) => /^431127\d{3}$/.test(stratum))).toBe(true);
    // only inspectors qualified for the checklist are in the pools
    const scjg = expectStatus(await api('GET', '/api/v1/inspections/inspectors?department=scjg', 'jianguan'), 200);
    const foodQualified = scjg.items.filter((i: any) => i.qualifications.some((q: any) => q.code === 'food-safety')).map((i: any) => i.badgeNo);
    expect(planJson.inspectors.filter(([, d]) => d === 'scjg').map(([id]) => id)).toEqual(foodQualified.sort());
  });

  it('cannot be changed or drawn by anyone but a supervisor, nor drawn with a seed that breaks the commitment', async () => {
    expect((await api('POST', `/api/v1/inspections/plans/${planId}/draw`, 'jiancha', { seed: SEED })).statusCode).toBe(403);
    const noSeed = await api('POST', `/api/v1/inspections/plans/${planId}/draw`, 'jianguan', {});
    expect(noSeed.json().code).toBe('SEED_REQUIRED');
    const wrong = await api('POST', `/api/v1/inspections/plans/${planId}/draw`, 'jianguan', { seed: `${SEED}x` });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'SEED_MISMATCH', message: '随机种子与公布的承诺值不符' });
    expect((await api('POST', `/api/v1/inspections/plans/${planId}/publish`, 'jianguan', {})).json().code).toBe('PLAN_NOT_DRAFT');
  });
});

describe('drawing', () => {
  it('reveals the seed and draws each township at the plan rate within rounding, one visit per business with a record per department', async () => {
    expectStatus(await api('POST', `/api/v1/inspections/plans/${planId}/draw`, 'jianguan', { seed: SEED }), 200);
    drawn = expectStatus(await api('GET', `/api/v1/public/inspection-plans/${planId}`), 200);
    expect(drawn.seed).toBe(SEED);
    expect(seedCommitmentOf(drawn.seed)).toBe(drawn.seedCommitment);
    const perStratum = new Map<string, number>();
    for (const [, s] of planJson.subjects) perStratum.set(s, (perStratum.get(s) ?? 0) + 1);
    const visits = new Map<string, any[]>();
    for (const r of drawn.results) visits.set(r.visitId, [...(visits.get(r.visitId) ?? []), r]);
    expect(visits.size).toBe(drawn.sampleCount);
    const stratumOf = new Map(planJson.subjects);
    const drawnPer = new Map<string, number>();
    for (const records of visits.values()) {
      expect(records.map((r) => r.department.code).sort()).toEqual(['scjg', 'xfjy']);
      const s = stratumOf.get(records[0].uscc)!;
      drawnPer.set(s, (drawnPer.get(s) ?? 0) + 1);
      for (const r of records) expect(r.inspectors).toHaveLength(2);
    }
    for (const [s, n] of perStratum) expect(Math.abs((drawnPer.get(s) ?? 0) - n * 0.1)).toBeLessThan(1);
  });

  it('is reproduced exactly by the public redraw endpoint from the published plan file and seed', async () => {
    const re = expectStatus(await api('POST', '/api/v1/public/inspections/redraw', undefined, { plan: planJson, seed: SEED }), 200);
    expect(re.visitsDigest).toBe(drawn.drawDigest);
    const stored = new Map<string, Record<string, string[]>>();
    for (const r of drawn.results) stored.set(r.uscc, { ...(stored.get(r.uscc) ?? {}), [r.department.code]: r.inspectors.map((i: any) => i.badgeNo) });
    expect(re.visits.map((v: any) => [v.subject, v.inspectors])).toEqual([...stored.entries()].map(([uscc, ins]) => [uscc, { scjg: ins.scjg, xfjy: ins.xfjy }]));
    const bad = await api('POST', '/api/v1/public/inspections/redraw', undefined, { plan: { ...planJson, subjects: [...planJson.subjects].reverse() }, seed: SEED });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_DRAW_PLAN');
  });

  it('is reproduced by `banshi inspections redraw PLAN.json SEED`', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-redraw-'));
    const file = path.join(dir, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(planJson));
    const run = promisify(execFile);
    const { stdout, stderr } = await run(process.execPath, ['bin/banshi.js', 'inspections', 'redraw', file, SEED, '--json', '--expect', drawn.drawDigest], { maxBuffer: 64 << 20 });
    expect(stderr).toContain('与公布的抽取结果一致');
    const out = JSON.parse(stdout);
    expect(out.visitsDigest).toBe(drawn.drawDigest);
    expect(out.visits.map((v: any) => v.subject)).toEqual([...new Set(drawn.results.map((r: any) => r.uscc))]);
    const wrong = await run(process.execPath, ['bin/banshi.js', 'inspections', 'redraw', file, 'not-the-seed']).catch((e) => e);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('随机种子与公布的承诺值不符');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws the same as on every other engine (pinned digest of this seed over the demo pool)', () => {
    expect(drawn.drawDigest).toBe(PINNED_DIGEST);
  });
});

describe('conflicts of interest', () => {
  it('never sends an inspector to a related business or to one they inspected last time', async () => {
    const first = drawn.results.find((r: any) => r.department.code === 'scjg');
    const uscc: string = first.uscc;
    const scjg = expectStatus(await api('GET', '/api/v1/inspections/inspectors?department=scjg', 'jianguan'), 200);
    const qualified = scjg.items.filter((i: any) => i.qualifications.some((q: any) => q.code === 'food-safety'));
    const lastTime = new Set<string>(first.inspectors.map((i: any) => i.badgeNo));
    // declare relations for all but three of the others: only those three remain possible
    const others = qualified.filter((i: any) => !lastTime.has(i.badgeNo));
    const related = others.slice(3);
    for (const i of related) expectStatus(await api('POST', `/api/v1/inspections/inspectors/${i.id}/conflicts`, 'jianguan', { uscc, reason: '近亲属经营' }), 200);
    const again = await api('POST', `/api/v1/inspections/inspectors/${related[0].id}/conflicts`, 'jianguan', { uscc, reason: '近亲属经营' });
    expect(again.json().code).toBe('CONFLICT_ALREADY_DECLARED');

    const township = planJson.subjects.find(([id]) => id === uscc)![1];
    const plan2 = expectStatus(await api('POST', '/api/v1/inspections/plans', 'jianguan', { ...foodPlan, title: '复查', departments: [{ code: 'scjg' }], filter: { licenceTypes: ['food-business-permit'], regions: [township] }, sampling: { kind: 'size', size: 100_000 } }), 200);
    expectStatus(await api('POST', `/api/v1/inspections/plans/${plan2.id}/publish`, 'jianguan', {}), 200);
    const json2: DrawPlan = expectStatus(await api('GET', `/api/v1/public/inspection-plans/${plan2.id}/plan.json`), 200);
    for (const badge of [...lastTime, ...related.map((i: any) => i.badgeNo)]) expect(json2.exclusions).toContain(exclusionOf(badge, uscc));
    expectStatus(await api('POST', `/api/v1/inspections/plans/${plan2.id}/draw`, 'jianguan', {}), 200);
    const d2 = expectStatus(await api('GET', `/api/v1/public/inspection-plans/${plan2.id}`), 200);
    const visit = d2.results.find((r: any) => r.uscc === uscc);
    const allowed = new Set(others.slice(0, 3).map((i: any) => i.badgeNo));
    expect(visit.inspectors).toHaveLength(2);
    for (const i of visit.inspectors) expect(allowed.has(i.badgeNo)).toBe(true);
    // nowhere in the draw does an excluded pair meet
    const banned = new Set(json2.exclusions);
    for (const r of d2.results) for (const i of r.inspectors) expect(banned.has(exclusionOf(i.badgeNo, r.uscc))).toBe(false);
  });
});

// The draw of SEED over the demo pool (food-business-permit holders, 10% by township, scjg + xfjy):
// any engine, any machine must give exactly this. Demo pool changes legitimately change it.
const PINNED_DIGEST = 'f7f6950bd677d0f04a3bce8f85001815d30b8111e2f648cc0fa79122b8d135f7';
