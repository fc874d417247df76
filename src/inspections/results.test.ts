import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { activeCreditFlag, inspectionResultsOf, seedCommitmentOf } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const SEED = 'results-test-seed-0123456789abcdef0123456789abcdef';
const api = async (method: 'GET' | 'POST', url: string, user?: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: user ? await t.as(user) : {}, payload: payload as object });

let tasks: any[];
let others: any[];

beforeAll(async () => {
  // a 20% joint draw of food businesses: 邓检查 (jiancha) is one of 15 qualified scjg inspectors, 2 per visit
  const plan = expectStatus(
    await api('POST', '/api/v1/inspections/plans', 'jianguan', {
      title: '食品经营者抽查', departments: [{ code: 'scjg' }, { code: 'wjj' }], filter: { licenceTypes: ['food-business-permit'] },
      sampling: { kind: 'rate', percent: 20 }, stratifyBy: 'risk', inspectorsPerVisit: 2,
    }),
    200,
  );
  expectStatus(await api('POST', `/api/v1/inspections/plans/${plan.id}/publish`, 'jianguan', { seedCommitment: seedCommitmentOf(SEED) }), 200);
  expectStatus(await api('POST', `/api/v1/inspections/plans/${plan.id}/draw`, 'jianguan', { seed: SEED }), 200);
  tasks = expectStatus(await api('GET', '/api/v1/inspections/tasks?status=pending', 'jiancha'), 200).items;
  const all = expectStatus(await api('GET', `/api/v1/inspections/plans/${plan.id}`, 'jianguan'), 200).results;
  others = all.filter((r: any) => !tasks.some((x) => x.id === r.id));
});

describe('recording results', () => {
  it('gives the drawn inspector their visits of their own department, with the checklist', async () => {
    expect(tasks.length).toBeGreaterThan(3);
    for (const x of tasks) {
      expect(x.department.code).toBe('scjg');
      expect(x.inspectors.map((i: any) => i.name)).toContain('邓检查');
      expect(x.checklist.length).toBeGreaterThan(0);
    }
  });

  it('records a compliant result once, and refuses a second record or another inspector\'s visit', async () => {
    const ok = expectStatus(await api('POST', `/api/v1/inspections/results/${tasks[0].id}`, 'jiancha', { outcome: 'compliant', checks: [] }), 200);
    expect(ok).toMatchObject({ outcome: 'compliant', outcomeName: '未发现问题', inspectedOn: '2026-03-02' });
    const twice = await api('POST', `/api/v1/inspections/results/${tasks[0].id}`, 'jiancha', { outcome: 'compliant' });
    expect(twice.json().code).toBe('RESULT_ALREADY_RECORDED');
    const notMine = await api('POST', `/api/v1/inspections/results/${others[0].id}`, 'jiancha', { outcome: 'compliant' });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().code).toBe('NOT_ASSIGNED_INSPECTOR');
  });

  it('needs a deadline for problems found, tracks it in working days, and closes it when the fix is confirmed', async () => {
    const missing = await api('POST', `/api/v1/inspections/results/${tasks[1].id}`, 'jiancha', { outcome: 'problems', findings: '进货查验记录不全' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('RECTIFY_DAYS_REQUIRED');
    const r = expectStatus(await api('POST', `/api/v1/inspections/results/${tasks[1].id}`, 'jiancha', { outcome: 'problems', findings: '进货查验记录不全', rectifyDays: 5 }), 200);
    // 2026-03-02 is a Monday: day 1 is Tuesday the 3rd, day 5 Monday the 9th
    expect(r.rectifyDueOn).toBe('2026-03-09');
    expect(await activeCreditFlag(t.db, { uscc: tasks[1].uscc, at: t.clock.now() })).toBeNull();
    t.clock.advance(3600 * 1000);
    const fixed = expectStatus(await api('POST', `/api/v1/inspections/results/${tasks[1].id}/rectified`, 'jiancha', { note: '复查已补齐进货记录' }), 200);
    expect(fixed.rectifiedAt).not.toBeNull();
    expect((await api('POST', `/api/v1/inspections/results/${tasks[1].id}/rectified`, 'jiancha', { note: '再次确认' })).json().code).toBe('NOT_RECTIFIABLE');
  });

  it('flags a business referred for penalty, with the reason, until its end date', async () => {
    const uscc = tasks[2].uscc;
    expectStatus(await api('POST', `/api/v1/inspections/results/${tasks[2].id}`, 'jiancha', { outcome: 'referred', findings: '销售超过保质期的食品' }), 200);
    const flag = await activeCreditFlag(t.db, { uscc, at: t.clock.now() });
    expect(flag).toMatchObject({ source: 'inspection' });
    expect(flag!.reason).toContain('销售超过保质期的食品');
    expect(await activeCreditFlag(t.db, { uscc, at: new Date(flag!.endsAt.getTime() + 1000) })).toBeNull();
  });

  it('publishes recorded results to everyone and into the enterprise file, never the pending ones', async () => {
    const pub = expectStatus(await api('GET', '/api/v1/public/inspection-results?pageSize=100'), 200);
    const ids = pub.items.map((x: any) => x.id);
    expect(ids).toEqual(expect.arrayContaining([tasks[0].id, tasks[1].id, tasks[2].id]));
    expect(ids).not.toContain(tasks[3].id);
    const file = await inspectionResultsOf(t.db, tasks[2].uscc.toLowerCase());
    expect(file[0]).toMatchObject({ outcome: 'referred', serious: true, department: { code: 'scjg' } });
    expect(file[0]!.inspectors.map((i) => i.name)).toContain('邓检查');
  });
});
