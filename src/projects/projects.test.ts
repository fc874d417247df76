import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, getApplication, REVIEWER, submissionBody, uploadPdf } from '../../test/helpers/applications.js';
import { pdfText } from '../../test/helpers/pdf.js';
import { chainEntries } from '../audit/index.js';

/**
 * A small construction project through the four stages of 工程建设项目审批: each stage its own filing with its own
 * materials and limit, the next stage opening only once the previous one's results are issued; 联合审图 between
 * 工程建设许可 and 施工许可; 联合验收 at 竣工验收 with one certificate; and 区域评估 sparing a zone's projects materials.
 */
let t: TestApp;
const ZONE = 'lanshan-kfq';
const NO_FIRE = { allocatedLand: false, specialFire: false, needsEia: false };
const STAGE_ITEMS: Record<string, string[]> = {
  landPlanning: ['BA00102001', 'XK00602002'],
  projectPermit: ['XK00602003'],
  constructionPermit: ['XK00701001'],
  completion: ['XK00702001', 'BA00703001'],
};

const post = async (user: string | null, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...(user ? await t.as(user) : {}), ...headers }, payload: payload as Record<string, unknown> });
const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: await t.as(user) });
const at = (iso: string) => t.clock.set(iso);

async function fileStage(projectId: string, stage: string, o: { itemCodes?: string[]; answers?: Record<string, unknown>; omit?: string[]; user?: string } = {}) {
  const itemCodes = o.itemCodes ?? STAGE_ITEMS[stage]!;
  const body = await submissionBody(t, { itemCodes, omit: o.omit, user: o.user });
  return post(o.user ?? 'xiangwei', `/api/v1/projects/${projectId}/stages/${stage}/filing`, { form: body.form, attachments: body.attachments, answers: o.answers ?? NO_FIRE }, { 'idempotency-key': randomUUID() });
}

/** The window accepts, every department decides, the window delivers: the stage's results are issued. */
async function handleToDelivery(applicationId: string, decidedAt: string, deliveredAt: string) {
  await accept(t, applicationId);
  at(decidedAt);
  const app = await getApplication(t, applicationId);
  for (const c of app.cases as Array<{ id: string; status: string; department: { code: string } }>) {
    if (c.status === 'approved') continue;
    const reviewer = REVIEWER[c.department.code]!;
    if (c.status === 'accepted') expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/review`, {}), 200);
    expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/decide`, { decision: 'approve', reasons: '材料齐全，符合法定条件' }), 200);
  }
  at(deliveredAt);
  expectStatus(await post('chuangkou', `/api/v1/applications/${applicationId}/deliver`, {}), 200);
}

const project = async (id: string, user = 'xiangwei') => expectStatus<any>(await get(user, `/api/v1/projects/${id}`), 200);
const stageOf = (p: any, key: string) => p.stages.find((s: { key: string }) => s.key === key);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

describe('a construction project through its four stages', { timeout: 180_000 }, () => {
  let id = '';
  let reviewId = '';
  let acceptanceId = '';

  it('registers the project with its 投资项目代码 and shows four stages, only the first open, against the promised 40 days', async () => {
    const p = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '湘味食品加工厂房', address: '蓝山县塔峰镇工业大道8号', regionCode: '431127', buildingArea: 1800, approvalType: '01' }), 201);
    id = p.id;
    expect(p.projectCode).toMatch(/^2026-431127-47-01-\d{6}$/);
    expect(p.stages.map((s: any) => [s.name, s.status, s.promisedDays])).toEqual([
      ['立项用地规划许可', 'open', 10], ['工程建设许可', 'locked', 10], ['施工许可', 'locked', 5], ['竣工验收', 'locked', 15],
    ]);
    expect(p.promisedDays).toBe(40);
    expect(stageOf(p, 'landPlanning').lead.name).toContain('行政审批');
    // each stage asks its own materials: 竣工验收 ones are not part of the first filing
    expect(stageOf(p, 'landPlanning').materials.map((m: any) => m.name)).not.toContain('工程竣工验收报告');
    expect(stageOf(p, 'completion').materials.map((m: any) => m.name)).toContain('工程竣工验收报告');
  });

  it('refuses the second stage before the first has its results, and another applicant or another county cannot see the project', async () => {
    const early = await fileStage(id, 'projectPermit');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('立项用地规划许可');
    expect((await get('zhangsan', `/api/v1/projects/${id}`)).statusCode).toBe(404);
    expect((await get('xiangyin-chuangkou', `/api/v1/projects/${id}`)).statusCode).toBe(404);
    expect((await fileStage(id, 'landPlanning', { user: 'zhangsan' })).statusCode).toBe(404);
    expect(expectStatus<any>(await get('zhangsan', '/api/v1/projects'), 200).items).toEqual([]);
  });

  it('files stage 1 with its items only; stage 2 stays closed until stage 1 is delivered', async () => {
    const filed = expectStatus<any>(await fileStage(id, 'landPlanning'), 201);
    const app = await getApplication(t, filed.applicationId);
    expect(app.cases.map((c: any) => c.itemCode).sort()).toEqual([...STAGE_ITEMS.landPlanning!].sort());
    expect((await fileStage(id, 'landPlanning')).statusCode).toBe(409);
    await accept(t, filed.applicationId);
    expect((await fileStage(id, 'projectPermit')).statusCode).toBe(409);
    // decided on Wednesday, delivered on Thursday: 3 working days of 10
    t.clock.set('2026-03-02T10:00:00+08:00');
    const a = await getApplication(t, filed.applicationId);
    at('2026-03-04T10:00:00+08:00');
    for (const c of a.cases as any[]) {
      if (c.status === 'approved') continue;
      const reviewer = REVIEWER[c.department.code]!;
      if (c.status === 'accepted') expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/review`, {}), 200);
      expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/decide`, { decision: 'approve', reasons: '符合规划条件' }), 200);
    }
    at('2026-03-05T10:00:00+08:00');
    expectStatus(await post('chuangkou', `/api/v1/applications/${filed.applicationId}/deliver`, {}), 200);
    const p = await project(id);
    expect(stageOf(p, 'landPlanning')).toMatchObject({ status: 'issued', acceptedOn: '2026-03-02', issuedOn: '2026-03-05', usedWorkingDays: 3, overdue: false, dueOn: '2026-03-16' });
    expect(stageOf(p, 'projectPermit').status).toBe('open');
  });

  it('stage 2, then 联合审图: one round by every department, one merged notice, one revision, one outcome', async () => {
    at('2026-03-06T09:00:00+08:00');
    // the drawings cannot go to review before 工程建设许可 has its results
    const drawings = await uploadPdf(t, 'xiangwei', 'drawings-v1');
    expect((await post('xiangwei', `/api/v1/projects/${id}/drawing-reviews`, { uploadIds: [drawings] })).statusCode).toBe(409);
    const filed = expectStatus<any>(await fileStage(id, 'projectPermit'), 201);
    await handleToDelivery(filed.applicationId, '2026-03-10T10:00:00+08:00', '2026-03-11T10:00:00+08:00');

    at('2026-03-12T09:00:00+08:00');
    // 施工许可 needs the drawings passed first
    expect((await fileStage(id, 'constructionPermit')).statusCode).toBe(409);
    const review = expectStatus<any>(await post('xiangwei', `/api/v1/projects/${id}/drawing-reviews`, { uploadIds: [drawings] }), 201);
    reviewId = review.id;
    expect(review.departments.map((d: any) => d.code)).toEqual(['zjj', 'zrzy', 'xfjy']);
    expect(review.mergedNotice).toBeNull();

    // another county's staff and a department not concerned cannot give an opinion
    expect((await post('xiangyin-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '同意' })).statusCode).toBe(404);
    expect((await post('scjg-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '同意' })).statusCode).toBe(403);
    expect((await post('xiangwei', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '同意' })).statusCode).toBe(403);

    expectStatus(await post('zjj-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'revise', opinion: '楼梯间疏散宽度不足1.2米，请调整' }), 200);
    expect((await post('zjj-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '再次出具' })).statusCode).toBe(409);
    expectStatus(await post('zrzy-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '符合规划条件' }), 200);
    const merged = expectStatus<any>(await post('xfjy-shenhe', `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'revise', opinion: '补充消防车道平面图' }), 200);
    expect(merged.status).toBe('revising');
    expect(merged.mergedNotice).toContain('楼梯间疏散宽度');
    expect(merged.mergedNotice).toContain('补充消防车道平面图');
    expect(merged.mergedNotice).toContain('符合规划条件');
    const notice = pdfText(new Uint8Array((await get('xiangwei', `/api/v1/drawing-reviews/${reviewId}/notice.pdf`)).rawPayload));
    expect(notice).toContain('施工图联合审查意见书');
    expect(notice).toContain('补充消防车道平面图');

    const v2 = await uploadPdf(t, 'xiangwei', 'drawings-v2');
    expect(expectStatus<any>(await post('xiangwei', `/api/v1/drawing-reviews/${reviewId}/revision`, { uploadIds: [v2] }), 200)).toMatchObject({ round: 2, status: 'reviewing', revisionsLeft: 0 });
    at('2026-03-13T10:00:00+08:00');
    for (const who of ['zjj-shenhe', 'zrzy-shenhe', 'xfjy-shenhe']) expectStatus(await post(who, `/api/v1/drawing-reviews/${reviewId}/opinions`, { verdict: 'pass', opinion: '修改后符合要求' }), 200);
    const done = expectStatus<any>(await get('xiangwei', `/api/v1/drawing-reviews/${reviewId}`), 200);
    expect(done).toMatchObject({ status: 'passed', statusName: '审查合格' });
    // one outcome: no further revision
    const v3 = await uploadPdf(t, 'xiangwei', 'drawings-v3');
    const again = await post('xiangwei', `/api/v1/drawing-reviews/${reviewId}/revision`, { uploadIds: [v3] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DRAWING_REVIEW_NO_MORE_ROUNDS');
  });

  it('stage 3 once the drawings passed; stage 4 with 联合验收: one visit, each department\'s findings, one certificate', async () => {
    at('2026-03-16T09:00:00+08:00');
    const s3 = expectStatus<any>(await fileStage(id, 'constructionPermit'), 201);
    await handleToDelivery(s3.applicationId, '2026-03-17T10:00:00+08:00', '2026-03-18T10:00:00+08:00');

    at('2026-05-11T09:00:00+08:00');
    const s4 = expectStatus<any>(await fileStage(id, 'completion'), 201);
    // nothing to schedule before the completion filing is accepted
    expect((await post('zjj-shenhe', `/api/v1/projects/${id}/joint-acceptance`, { scheduledFor: '2026-05-13T09:30:00+08:00', place: '项目现场' })).statusCode).toBe(409);
    await accept(t, s4.applicationId);
    // only the lead department schedules, and only in its county
    expect((await post('zrzy-shenhe', `/api/v1/projects/${id}/joint-acceptance`, { scheduledFor: '2026-05-13T09:30:00+08:00', place: '项目现场' })).statusCode).toBe(403);
    expect((await post('xiangyin-chuangkou', `/api/v1/projects/${id}/joint-acceptance`, { scheduledFor: '2026-05-13T09:30:00+08:00', place: '项目现场' })).statusCode).toBe(404);
    const visit = expectStatus<any>(await post('zjj-shenhe', `/api/v1/projects/${id}/joint-acceptance`, { scheduledFor: '2026-05-13T09:30:00+08:00', place: '蓝山县塔峰镇工业大道8号项目现场' }), 201);
    acceptanceId = visit.id;
    expect(visit.departments.map((d: any) => d.code)).toEqual(['zjj', 'zrzy', 'xfjy']);
    expect((await post('zjj-shenhe', `/api/v1/projects/${id}/joint-acceptance`, { scheduledFor: '2026-05-14T09:30:00+08:00', place: '项目现场' })).statusCode).toBe(409);

    at('2026-05-13T11:00:00+08:00');
    expectStatus(await post('zjj-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/findings`, { verdict: 'pass', findings: '工程质量符合设计和规范要求' }), 200);
    expectStatus(await post('xfjy-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/findings`, { verdict: 'fail', findings: '二层疏散指示标志缺失' }), 200);
    const notReady = await post('zjj-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/certificate`, {});
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().message).toContain('自然资源');
    expect((await post('xiangyin-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/findings`, { verdict: 'pass', findings: '同意' })).statusCode).toBe(404);
    at('2026-05-14T15:00:00+08:00');
    expectStatus(await post('xfjy-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/findings`, { verdict: 'pass', findings: '整改完毕，疏散指示标志已补设' }), 200);
    expectStatus(await post('zrzy-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/findings`, { verdict: 'pass', findings: '规划条件核实合格' }), 200);
    expect((await post('zrzy-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/certificate`, {})).statusCode).toBe(403);
    const issued = expectStatus<any>(await post('zjj-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/certificate`, {}), 200);
    expect(issued.certificate.number).toMatch(/^竣联验〔2026〕\d{6}号$/);
    expect(issued.certificate.identifier).toMatch(/^1\.2\.156\.3005\.2\./);
    expect((await post('zjj-shenhe', `/api/v1/joint-acceptances/${acceptanceId}/certificate`, {})).statusCode).toBe(409);

    const text = pdfText(new Uint8Array((await get('xiangwei', `/api/v1/joint-acceptances/${acceptanceId}/certificate.pdf`)).rawPayload));
    expect(text).toContain('竣工联合验收意见书');
    expect(text).toContain('湘味食品加工厂房');
    expect(text).toContain('疏散指示标志已补设');
    expect((await get('zhangsan', `/api/v1/joint-acceptances/${acceptanceId}/certificate.pdf`)).statusCode).toBe(404);
    // the certificate is the company's e-licence
    const mine = expectStatus<any>(await get('xiangwei', '/api/v1/licences/mine'), 200);
    expect(JSON.stringify(mine)).toContain('竣工联合验收意见书');

    // stage 4 ends with the filing delivered as well; the project then shows the total against 40 days
    at('2026-05-15T10:00:00+08:00');
    const app = await getApplication(t, s4.applicationId);
    for (const c of app.cases as any[]) {
      if (c.status === 'approved') continue;
      const reviewer = REVIEWER[c.department.code]!;
      if (c.status === 'accepted') expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/review`, {}), 200);
      expectStatus(await post(reviewer, `/api/v1/cases/${c.id}/decide`, { decision: 'approve', reasons: '验收合格，予以备案' }), 200);
    }
    expectStatus(await post('chuangkou', `/api/v1/applications/${s4.applicationId}/deliver`, {}), 200);
    const p = await project(id);
    expect(p.stages.map((s: any) => s.status)).toEqual(['issued', 'issued', 'issued', 'issued']);
    expect(p.currentStage).toBeNull();
    const used = p.stages.map((s: any) => s.usedWorkingDays);
    expect(used.every((d: number) => d >= 0)).toBe(true);
    expect(p.usedWorkingDays).toBe(used.reduce((a: number, b: number) => a + b, 0));
    expect(p.withinPromise).toBe(p.usedWorkingDays <= 40);
    expect(stageOf(p, 'completion').issuedOn).toBe('2026-05-15');
    // the clerk of the county sees it; the staff view is the same page
    expect((await project(id, 'chuangkou')).projectCode).toBe(p.projectCode);
  });
});

describe('区域评估', () => {
  it('spares a project in the zone the materials the zone\'s assessment covers; a project outside is still asked', async () => {
    at('2026-06-01T09:00:00+08:00');
    expect((await post('xiangwei', '/api/v1/zones', { code: ZONE, name: '湖南蓝山经济开发区', regionCode: '431127' })).statusCode).toBe(403);
    // the zone is the region its administration holds delegated items in: one place, not two
    const zone = { code: ZONE, name: '湖南蓝山经济开发区', regionCode: '431127', areaKm2: 41.3 };
    expect(expectStatus<any>(await post('jianguan', '/api/v1/zones', { ...zone, adminRegionCode: '430624100' }), 400).details.issues[0].message).toContain('431127下的开发区或乡镇');
    expect((await post('jianguan', '/api/v1/zones', { ...zone, adminRegionCode: '431127' })).statusCode).toBe(400);
    const registered = expectStatus<any>(await post('jianguan', '/api/v1/zones', { ...zone, adminRegionCode: '431127400' }), 201);
    expect(registered).toMatchObject({ regionName: '蓝山县', adminRegion: { code: '431127400', name: '湖南蓝山经济开发区' } });
    expect(expectStatus<any>(await post('jianguan', '/api/v1/zones', { ...zone, code: 'lanshan-kfq-2', adminRegionCode: '431127400' }), 400).details.issues[0].message).toContain('已登记为园区');
    expect((await post('xiangyin-jianguan', `/api/v1/zones/${ZONE}/assessments`, { kind: 'environment', title: 'x', conclusion: 'x', covers: [{ itemCode: 'XK01101001', materialCode: 'eia-report' }] })).statusCode).toBe(404);
    expect((await post('jianguan', `/api/v1/zones/${ZONE}/assessments`, { kind: 'environment', title: 'x', conclusion: 'x', covers: [{ itemCode: 'XK01101001', materialCode: 'no-such' }] })).statusCode).toBe(400);
    expectStatus(await post('jianguan', `/api/v1/zones/${ZONE}/assessments`, {
      kind: 'environment', title: '湖南蓝山经济开发区规划环境影响报告书', conclusion: '园区规划实施的环境影响可接受，入园项目可简化环评',
      covers: [{ itemCode: 'XK01101001', materialCode: 'eia-report' }], validUntil: '2030-12-31',
    }), 201);
    const zones = expectStatus<any>(await t.app.inject({ method: 'GET', url: '/api/v1/public/zones?region=431127' }), 200);
    expect(zones.zones[0].assessments[0].kindName).toBe('环境影响评价');
    expect(zones.zones[0].adminRegion.name).toBe('湖南蓝山经济开发区');

    const inZone = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '园区标准化厂房二期', address: '湖南蓝山经济开发区创业大道', regionCode: '431127', zoneCode: ZONE }), 201);
    const outside = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '城区仓储用房', address: '蓝山县塔峰镇', regionCode: '431127' }), 201);
    const withEia = { itemCodes: [...STAGE_ITEMS.landPlanning!, 'XK01101001'], answers: { ...NO_FIRE, needsEia: true }, omit: ['XK01101001:eia-report'] };
    expect(stageOf(inZone, 'landPlanning').materials.find((m: any) => m.materialCode === 'eia-report').coveredBy).toBe('湖南蓝山经济开发区规划环境影响报告书');

    const missing = await fileStage(outside.id, 'landPlanning', withEia);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().message).toContain('环境影响报告表');
    const filed = expectStatus<any>(await fileStage(inZone.id, 'landPlanning', withEia), 201);
    expect(filed.coveredByZone).toEqual([{ itemCode: 'XK01101001', materialCode: 'eia-report' }]);
    const app = await getApplication(t, filed.applicationId);
    const shared = app.attachments.find((a: any) => a.materials.some((m: any) => m.materialCode === 'eia-report'));
    const content = await get('xiangwei', `/api/v1/files/${shared.uploadId}/content`);
    expect(pdfText(new Uint8Array(content.rawPayload))).toContain('区域评估成果共享说明');

    // 企业投资项目备案 is delegated to the zone's administration (demo 直接赋权): the zone's window has it and the zone
    // decides it; the items not delegated stay with the county's departments
    expect(app.cases.find((c: any) => c.itemCode === 'BA00102001').department.code).toBe('kfq');
    expect(app.cases.find((c: any) => c.itemCode === 'XK00602002').department.code).not.toBe('kfq');
    expect((await post('chuangkou', `/api/v1/applications/${filed.applicationId}/accept`, { checks: { identity: true, formalCompleteness: true } })).statusCode).toBe(403);
    expect((await post('xiangyin-chuangkou', `/api/v1/applications/${filed.applicationId}/accept`, { checks: { identity: true, formalCompleteness: true } })).statusCode).toBe(404);
    expectStatus(await post('kfq-chuangkou', `/api/v1/applications/${filed.applicationId}/accept`, {}), 200);
    expect((await project(inZone.id)).zone).toMatchObject({ name: '湖南蓝山经济开发区', regionName: '湖南蓝山经济开发区' });
  });

  it('links a zone registered without its administration to that region later, and unlinks it; only the county\'s supervisor can', async () => {
    const patch = async (user: string, code: string, payload: unknown) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/zones/${code}`, payload: payload as object, headers: await t.as(user) });
    const park = expectStatus<any>(await post('jianguan', '/api/v1/zones', { code: 'tafeng-park', name: '塔峰镇工业小区', regionCode: '431127' }), 201);
    expect(park.adminRegion).toBeNull();

    // an applicant may not; another county's supervisor does not even see the zone; an unknown zone is not there
    expect((await patch('xiangwei', 'tafeng-park', { adminRegionCode: '431127100' })).statusCode).toBe(403);
    expect((await patch('xiangyin-jianguan', 'tafeng-park', { adminRegionCode: '431127100' })).statusCode).toBe(404);
    expect((await patch('jianguan', 'no-such-park', { adminRegionCode: '431127100' })).statusCode).toBe(404);
    // a region of another county, a region another zone holds, a code that is not one: refused in words
    expect(expectStatus<any>(await patch('jianguan', 'tafeng-park', { adminRegionCode: '430624100' }), 400).details.issues[0].message).toContain('431127下的开发区或乡镇');
    expect(expectStatus<any>(await patch('jianguan', 'tafeng-park', { adminRegionCode: '431127400' }), 400).details.issues[0].message).toContain('已登记为园区“湖南蓝山经济开发区”');
    expect(expectStatus<any>(await patch('jianguan', 'tafeng-park', { adminRegionCode: '塔峰镇' }), 400).message).not.toMatch(/regex|\^|\$/);
    expect((await patch('jianguan', 'tafeng-park', {})).statusCode).toBe(400);
    const unchanged = expectStatus<any>(await t.app.inject({ method: 'GET', url: '/api/v1/public/zones?region=431127' }), 200);
    expect(unchanged.zones.find((z: any) => z.code === 'tafeng-park').adminRegion).toBeNull();

    const linked = expectStatus<any>(await patch('jianguan', 'tafeng-park', { adminRegionCode: '431127100' }), 200);
    expect(linked.adminRegion).toMatchObject({ code: '431127100', name: '塔峰镇' });
    const listed = expectStatus<any>(await t.app.inject({ method: 'GET', url: '/api/v1/public/zones?region=431127' }), 200);
    expect(listed.zones.find((z: any) => z.code === 'tafeng-park').adminRegion.name).toBe('塔峰镇');
    // the city's and the province's codes cover the county's zones; another county's do not
    for (const region of ['431100', '430000']) {
      const wide = expectStatus<any>(await t.app.inject({ method: 'GET', url: `/api/v1/public/zones?region=${region}` }), 200);
      expect(wide.zones.map((z: any) => z.code), region).toContain('tafeng-park');
    }
    expect(expectStatus<any>(await t.app.inject({ method: 'GET', url: '/api/v1/public/zones?region=430624' }), 200).zones).toEqual([]);
    // the same link again changes nothing; unlinking frees the region
    expectStatus(await patch('jianguan', 'tafeng-park', { adminRegionCode: '431127100' }), 200);
    expect(expectStatus<any>(await patch('jianguan', 'tafeng-park', { adminRegionCode: null }), 200).adminRegion).toBeNull();
    const history = await chainEntries(t.db, 'zone:tafeng-park');
    expect(history.map((h) => h.action)).toEqual(['zone.registered', 'zone.administration-linked', 'zone.administration-linked']);
  });
});

describe('the construction bundle\'s notice', () => {
  it('promises the total of its stages (40 working days), not the longest single item', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/gongcheng-jianshe-xiaoxing/notice', payload: { answers: NO_FIRE } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(res.json().summary.promisedDays).toBe(40);
  });
});

describe('申报本阶段: the stage\'s one-time notice', () => {
  it('asks only the questions of the stage, lists only its items, and is refused in words while the stage before has no results', async () => {
    const p = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '湘味冷库', address: '蓝山县塔峰镇工业大道9号', regionCode: '431127' }), 201);
    expect(stageOf(p, 'landPlanning').questions.map((q: any) => q.text)).toEqual(['项目用地是否以划拨方式取得？', '项目是否列入环境影响评价报告表管理类别？']);
    expect(stageOf(p, 'constructionPermit').questions).toEqual([]);
    const url = (stage: string) => `/api/v1/projects/${p.id}/stages/${stage}/notice`;

    const early = await post('xiangwei', url('projectPermit'), { answers: {} });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('上一阶段“立项用地规划许可”的审批结果尚未出件，本阶段不能申报');
    // someone else's project does not exist for them; an unanswered question is a 4xx in words
    expect((await post('zhangsan', url('landPlanning'), { answers: {} })).statusCode).toBe(404);
    expect((await post('xiangyin-chuangkou', url('landPlanning'), { answers: {} })).statusCode).toBe(404);
    const unanswered = await post('xiangwei', url('landPlanning'), { answers: {} });
    expect(unanswered.statusCode).toBe(422);
    expect(unanswered.json().message).toMatch(/[\u4e00-\u9fa5]/);

    const notice = expectStatus<any>(await post('xiangwei', url('landPlanning'), { answers: { allocatedLand: false, needsEia: true, specialFire: true } }), 201);
    expect(notice.subject.name).toBe('工程建设项目审批（社会投资小型项目）·立项用地规划许可');
    expect(notice.items.map((i: any) => i.itemCode).sort()).toEqual([...STAGE_ITEMS.landPlanning!, 'XK01101001'].sort());
    // the other stages' questions are not part of this stage's answers
    expect(notice.answers.map((a: any) => a.question).sort()).toEqual(['allocatedLand', 'needsEia']);
    expect(expectStatus<any>(await get('xiangwei', `/api/v1/notices/${notice.id}`), 200).id).toBe(notice.id);
  });
});

describe('one stage filed twice at the same instant, and a filing retried', () => {
  const filing = async (projectId: string, stage: string, key: string, o: { itemCodes?: string[]; answers?: Record<string, unknown>; omit?: string[] } = {}) => {
    const itemCodes = o.itemCodes ?? STAGE_ITEMS[stage]!;
    const body = await submissionBody(t, { itemCodes, omit: o.omit });
    return { form: body.form, attachments: body.attachments, answers: o.answers ?? NO_FIRE, key };
  };
  const send = (projectId: string, stage: string, b: { form: unknown; attachments: unknown; answers: unknown; key: string }) =>
    post('xiangwei', `/api/v1/projects/${projectId}/stages/${stage}/filing`, { form: b.form, attachments: b.attachments, answers: b.answers }, { 'idempotency-key': b.key });

  it('lets only one of two filings of the same stage sent at once through the gate; the other is told the stage is filed', async () => {
    const p = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '湘味并发申报厂房', address: '蓝山县塔峰镇工业大道20号', regionCode: '431127' }), 201);
    const [a, b] = await Promise.all([filing(p.id, 'landPlanning', randomUUID()), filing(p.id, 'landPlanning', randomUUID())]);
    const answers = await Promise.all([send(p.id, 'landPlanning', a), send(p.id, 'landPlanning', b)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((r) => r.statusCode === 409)!;
    expect(refused.json().message).toBe('本阶段已申报，请在办件中查看进度');
    // one application for the stage, not two
    const apps = (await t.db.query<{ apps: number }>(`SELECT count(*)::int AS apps FROM applications WHERE idempotency_key = ANY($1)`, [[a.key, b.key]]))[0]!.apps;
    expect(apps).toBe(1);
    const stage = stageOf(await project(p.id), 'landPlanning');
    expect(stage.status).toBe('filed');
    expect(stage.filing.applicationId).toBe(answers.find((r) => r.statusCode === 201)!.json().applicationId);
    const n = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM project_stage_filings WHERE project_id = $1`, [p.id]))[0]!.n;
    expect(n).toBe(1);
  });

  it('answers a retry with the same Idempotency-Key with the first filing (200, same body), even at once, and refuses the key for another request', async () => {
    const p = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '园区重试申报厂房', address: '湖南蓝山经济开发区创业大道20号', regionCode: '431127', zoneCode: ZONE }), 201);
    const withEia = { itemCodes: [...STAGE_ITEMS.landPlanning!, 'XK01101001'], answers: { ...NO_FIRE, needsEia: true }, omit: ['XK01101001:eia-report'] };
    const b = await filing(p.id, 'landPlanning', randomUUID(), withEia);
    const first = await send(p.id, 'landPlanning', b);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().coveredByZone).toEqual([{ itemCode: 'XK01101001', materialCode: 'eia-report' }]);
    const retry = await send(p.id, 'landPlanning', b);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(first.json());
    // the same key for a different filing is a mistake, said in words
    const other = await send(p.id, 'landPlanning', { ...b, answers: { ...NO_FIRE, needsEia: true, allocatedLand: true } });
    expect(other.statusCode).toBe(422);
    expect(other.json().message).toBe('该幂等键已用于另一份不同内容的申请');

    // a lost answer retried at once: both are answered with one application
    const q = expectStatus<any>(await post('xiangwei', '/api/v1/projects', { name: '园区同时重试厂房', address: '湖南蓝山经济开发区创业大道22号', regionCode: '431127', zoneCode: ZONE }), 201);
    const c = await filing(q.id, 'landPlanning', randomUUID(), withEia);
    const both = await Promise.all([send(q.id, 'landPlanning', c), send(q.id, 'landPlanning', c)]);
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([200, 201]);
    expect(both[0]!.json()).toEqual(both[1]!.json());
    const n = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM project_stage_filings WHERE project_id = $1`, [q.id]))[0]!.n;
    expect(n).toBe(1);
  });
});
