import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseAction, caseOf, deliver, getApplication, ITEMS, submissionBody } from '../../test/helpers/applications.js';
import { departmentByCode } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const OUTDOOR_AD = 'XK00901001';
const PASSWORD = 'Chengguan#2026';
// 开餐饮店 for a new company that wants a signboard: registration, the food permit and 户外广告设施设置审批 (城管局)
const answers = { hasLicence: false, entityType: 'company', area: 80, signboard: true, privateRooms: false, sellsAlcohol: false, sewer: false };
const REVIEWERS: Record<string, string> = { scjg: 'scjg-shenhe', cgj: 'cgj-wang' };

async function signIn(username: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  return res.statusCode === 200 ? { authorization: `Bearer ${res.json().token as string}` } : res;
}
async function headersOf(username: string) {
  if (username !== 'cgj-wang') return t.as(username);
  const h = await signIn('cgj-wang', PASSWORD);
  if ('statusCode' in h) throw new Error(`sign-in: ${h.statusCode}`);
  return h;
}
async function act(user: string, caseId: string, action: string, body: Record<string, unknown> = {}) {
  return expectStatus<any>(await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${action}`, headers: await headersOf(user), payload: body }), 200);
}
async function fileRestaurant(name: string) {
  const notice = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/bundles/kai-canyindian/notice', headers: await t.as('xiangwei'), payload: { answers } }), 201);
  const itemCodes = notice.items.map((i: { itemCode: string }) => i.itemCode);
  expect(itemCodes).toContain(OUTDOOR_AD);
  const body = await submissionBody(t, { bundleCode: 'kai-canyindian', itemCodes, form: { enterpriseName: name, legalRepresentative: '李湘味' }, extra: { answers } });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('xiangwei')), 'idempotency-key': randomUUID() }, payload: body });
  const { id } = expectStatus<{ id: string }>(res, 201);
  await accept(t, id);
  return id;
}
/** Decides every open case as its department's reviewer until none is left (dependants start as prerequisites pass). */
async function decideAll(id: string) {
  for (let round = 0; round < 5; round++) {
    const open = (await getApplication(t, id)).cases.filter((c: { status: string }) => ['accepted', 'reviewing'].includes(c.status));
    if (open.length === 0) return;
    for (const c of open) {
      const reviewer = REVIEWERS[c.department.code]!;
      if (c.status === 'accepted') await act(reviewer, c.id, 'review');
      await act(reviewer, c.id, 'decide', { decision: 'approve', reasons: '材料齐全，符合法定条件，准予许可' });
    }
  }
}

describe('a county bureau staffs 城管局 and the restaurant bundle goes through', () => {
  let reviewerId: string;

  it('lets the administrator create a 城管局 reviewer who then signs in', async () => {
    const cgj = (await departmentByCode(t.db, 'cgj'))!;
    const created = expectStatus(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/staff',
        headers: await t.as('admin'),
        payload: { username: 'cgj-wang', name: '王城管', password: PASSWORD, roles: ['reviewer'], departmentId: cgj.id, reason: '城管局新增审核人员，负责户外广告设施审批' },
      }),
      201,
    );
    reviewerId = created.id;
    expect(created).toMatchObject({ username: 'cgj-wang', roleNames: ['部门审核人员'], departmentId: cgj.id, regionCode: '431127', status: 'active', statusName: '在岗' });
    expect(JSON.stringify(created)).not.toContain(PASSWORD);
    expect(JSON.stringify(created)).not.toContain('scrypt');
    const me = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await headersOf('cgj-wang') }), 200);
    expect(me).toMatchObject({ name: '王城管', roles: ['reviewer'], departmentId: cgj.id });
  });

  it('concludes the 开餐饮店 bundle with a signboard, delivers it and lets the applicant rate it', async () => {
    const id = await fileRestaurant('蓝山县招牌面馆有限公司');
    await decideAll(id);
    const app = await getApplication(t, id);
    expect(caseOf(app, OUTDOOR_AD)).toMatchObject({ status: 'approved', department: { code: 'cgj' } });
    expect(app.status).toBe('concluded');
    expectStatus(await deliver(t, id, { method: 'window' }), 200);
    await t.drain();
    await t.drain();
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/mine', headers: await t.as('xiangwei') }), 200);
    const handling = mine.toRate.find((h: { applicationId: string; itemCode: string }) => h.applicationId === id && h.itemCode === OUTDOOR_AD);
    expect(handling).toBeDefined();
    const levels = { overall: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5 };
    const rating = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await t.as('xiangwei'), payload: { handlingId: handling.id, indicators: levels } }), 201);
    expect(rating).toMatchObject({ grade: 'good' });
  });

  it('moves the reviewer’s open case to the department queue, deadline intact, when the reviewer is disabled', async () => {
    const id = await fileRestaurant('蓝山县老街面馆有限公司');
    let app = await getApplication(t, id);
    await act('scjg-shenhe', caseOf(app, ITEMS.companyReg).id, 'review');
    await act('scjg-shenhe', caseOf(app, ITEMS.companyReg).id, 'decide', { decision: 'approve', reasons: '准予登记' });
    app = await getApplication(t, id);
    const signboard = caseOf(app, OUTDOOR_AD);
    expect(signboard.status).toBe('accepted');
    const taken = await act('cgj-wang', signboard.id, 'review');
    expect(taken.deadline).toMatchObject({ assigneeId: reviewerId });
    const dueOn = taken.deadline.dueOn as string;
    // the reviewer's own red/yellow list holds the case now
    const own = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/supervision/deadlines?colour=open', headers: await headersOf('cgj-wang') }), 200);
    expect(own.items.map((d: { subjectId: string }) => d.subjectId)).toContain(signboard.id);
    const session = await headersOf('cgj-wang');

    t.clock.advance(3600_000);
    const off = expectStatus(
      await t.app.inject({ method: 'POST', url: `/api/v1/admin/staff/${reviewerId}/disable`, headers: await t.as('admin'), payload: { reason: '调离城管局' } }),
      200,
    );
    expect(off.staff).toMatchObject({ status: 'disabled', statusName: '已停用', disabledReason: '调离城管局' });
    expect(off.handedOver).toEqual([{ subjectKind: 'case', subjectId: signboard.id, title: expect.stringContaining('户外广告设施设置审批'), dueOn, toUserId: null }]);
    expect(off.sessionsEnded).toBeGreaterThanOrEqual(1);

    // the session ended and the account cannot sign in again
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session });
    expect(me.statusCode).toBe(401);
    const again = await signIn('cgj-wang', PASSWORD);
    expect('statusCode' in again && again.json()).toMatchObject({ code: 'ACCOUNT_DISABLED', message: '账号已停用，请联系本单位系统管理员' });

    // the case waits in 城管局's queue with the same due date, nobody's in particular, and a colleague decides it
    const queued = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/cases/${signboard.id}`, headers: await t.as('cgj-shenhe') }), 200);
    expect(queued).toMatchObject({ status: 'reviewing', deadline: { dueOn, assigneeId: null, status: 'open' } });
    const inbox = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: await t.as('cgj-shenhe') }), 200);
    expect(inbox.items.map((c: { id: string }) => c.id)).toContain(signboard.id);
    const decided = await act('cgj-shenhe', signboard.id, 'decide', { decision: 'approve', reasons: '招牌设置符合规划，准予许可' });
    expect(decided.status).toBe('approved');

    // the administrator's view of the account tells who disabled it and why
    const detail = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/admin/staff/${reviewerId}`, headers: await t.as('admin') }), 200);
    expect(detail.history.map((h: { actionName: string; actorName: string; reason: string }) => [h.actionName, h.actorName, h.reason])).toEqual([
      ['创建账号', '系统管理员', '城管局新增审核人员，负责户外广告设施审批'],
      ['停用账号', '系统管理员', '调离城管局'],
    ]);
  });

  it('lets the account sign in again once re-enabled', async () => {
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/admin/staff/${reviewerId}/enable`, headers: await t.as('admin'), payload: { reason: '返岗' } }), 200);
    const back = await signIn('cgj-wang', PASSWORD);
    expect('authorization' in back).toBe(true);
  });
});
