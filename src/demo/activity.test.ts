import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySummary, createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { hasActivity, type ActivitySummary } from './index.js';

// A Friday afternoon: the activity is laid out over the working days before it. `seedActivity` replays it once per
// test process on the demo data (test/helpers/app.ts) and the files that start from it get a copy: `t` is one, and
// `before` is read on another copy of the demo data without it.
const NOW = '2026-03-20T16:00:00+08:00';
let t: TestApp;
let summary: ActivitySummary;
let before: { counts: { red: number; yellow: number }; tickets: number; disclosure: number };

const getOn = async (app: TestApp, user: string, url: string) => expectStatus(await app.app.inject({ method: 'GET', url, headers: await app.as(user) }), 200);
const get = (user: string, url: string) => getOn(t, user, url);

beforeAll(async () => {
  const plain = await createTestApp({ now: NOW });
  try {
    before = {
      counts: await getOn(plain, 'jianguan', '/api/v1/supervision/counts'),
      tickets: (await getOn(plain, 'jianguan', '/api/v1/tickets?limit=200')).items.length,
      disclosure: (await getOn(plain, 'jianguan', '/api/v1/disclosure/requests?limit=500')).items.length,
    };
    expect(await hasActivity(plain.db)).toBe(false);
  } finally {
    await plain.close();
  }
  t = await createTestApp({ now: NOW, activity: true });
  summary = await activitySummary(NOW);
}, 300_000);
afterAll(() => t?.close());

describe('demo activity', () => {
  it('leaves applications in every state across departments', async () => {
    expect(summary.applications).toBeGreaterThanOrEqual(30);
    expect(await hasActivity(t.db)).toBe(true);
    const list = (await get('jianguan', '/api/v1/applications?limit=200')).items;
    const statuses = new Set(list.map((a: { status: string }) => a.status));
    for (const s of ['submitted', 'correction', 'accepted', 'concluded', 'delivered', 'refused']) expect(statuses, s).toContain(s);
    expect(new Set(list.map((a: { channel: string }) => a.channel))).toEqual(new Set(['online', 'window']));
    // each reviewer has work in their inbox
    for (const reviewer of ['scjg-shenhe', 'zrzy-shenhe', 'gaj-shenhe', 'zjj-shenhe', 'wjj-shenhe']) {
      expect((await get(reviewer, '/api/v1/cases')).items.length, reviewer).toBeGreaterThan(0);
    }
  });

  it('shows yellow and red cards on the dashboard and in the supervision lists', async () => {
    const dash = await get('jianguan', '/api/v1/supervision/dashboard');
    expect(dash.today.red).toBeGreaterThanOrEqual(before.counts.red + 5);
    expect(dash.today.yellow).toBeGreaterThanOrEqual(before.counts.yellow + 3);
    expect(dash.byDepartment.length).toBeGreaterThanOrEqual(5);
    const red = (await get('jianguan', '/api/v1/supervision/deadlines?colour=red&subjectKind=case&limit=200')).items.map((i: { title: string }) => i.title).join('\n');
    for (const item of ['不动产转移登记', '医疗机构执业登记', '建筑工程施工许可', '消防安全检查']) expect(red).toContain(item);
    const yellow = (await get('jianguan', '/api/v1/supervision/deadlines?colour=yellow&limit=200')).items.map((i: { title: string }) => i.title).join('\n');
    expect(yellow).toContain('食品生产许可');
    // the material owed under 容缺受理 is watched too
    const open = (await get('jianguan', '/api/v1/supervision/deadlines?colour=open&subjectKind=pending-materials')).items;
    expect(open.length).toBe(1);
  });

  it('has delivered handlings rated, and one bad rating under rectification', async () => {
    expect(summary.ratings).toBeGreaterThanOrEqual(4);
    const open = (await get('jianguan', '/api/v1/ratings/rectifications?status=open')).items;
    expect(open.some((r: { comment: string }) => r.comment.includes('现场检查约了两次'))).toBe(true);
  });

  it('adds 12345 tickets and disclosure requests, one of each on a running clock', async () => {
    expect((await get('jianguan', '/api/v1/tickets?limit=200')).items.length).toBe(before.tickets + summary.tickets);
    expect((await get('jianguan', '/api/v1/disclosure/requests?limit=500')).items.length).toBe(before.disclosure + summary.disclosureRequests);
    const tickets = (await get('jianguan', '/api/v1/supervision/deadlines?colour=red&subjectKind=ticket&limit=200')).items.map((i: { title: string }) => i.title);
    expect(tickets.some((x: string) => x.includes('电梯'))).toBe(true);
  });

  it('has a construction project in each stage, most of them in 湖南蓝山经济开发区 with its 区域评估', async () => {
    const projects = (await get('xiangwei', '/api/v1/projects')).items;
    const stages = new Set(projects.map((p: { currentStage: string | null }) => p.currentStage));
    expect(stages).toEqual(new Set(['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收', null]));
    expect(projects.filter((p: { zone: { name: string } | null }) => p.zone?.name === '湖南蓝山经济开发区').length).toBe(3);
    const done = projects.find((p: { currentStage: string | null }) => p.currentStage === null);
    expect((await get('chuangkou', `/api/v1/projects/${done.id}`)).acceptance.certificate.number).toMatch(/^竣联验/);
    const zones = (await get('zhangsan', '/api/v1/public/zones?region=431127')).zones;
    expect(zones[0].assessments.length).toBe(3);
  });
});
