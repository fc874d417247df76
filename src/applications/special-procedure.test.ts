import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseAction, caseOf, ITEMS, submit, timeline } from '../../test/helpers/applications.js';
import { DEMO_PASSWORD } from '../identity/index.js';
import { deadlinesOf } from '../supervision/index.js';
import { caseClocks } from './deadlines-port.js';
import * as store from './store/applications.js';
import { documentsOf } from './store/documents.js';
import { specialProceduresOf } from './store/special-procedures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: await t.as(user), payload });
const getCase = async (id: string, user = 'scjg-shenhe') => expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: await t.as(user) }), 200);

describe('特别程序 (special procedure)', () => {
  it('stops the working-day clock from start to end, shows why on the deadline and the timeline, and moves the due date', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const food = caseOf(await accept(t, id), ITEMS.food);
    const dueBefore = food.deadline.dueOn as string;
    await caseAction(t, 'scjg-shenhe', food.id, 'review');

    // Tuesday 3 March: expert review starts, expected to end on the 13th
    t.clock.set('2026-03-03T10:00:00+08:00');
    const started = expectStatus(await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, { kind: 'expertReview', reason: '新型中央厨房工艺，组织专家评审', plannedEnd: '2026-03-13' }), 200);
    expect(started.deadline.status).toBe('suspended');
    expect(started.deadline.statusName).toBe('暂停计时');
    expect(started.deadline.pauses).toEqual([expect.objectContaining({ kindName: '特别程序', from: '2026-03-03', to: null, reason: expect.stringContaining('专家评审：新型中央厨房工艺') })]);
    expect(started.specialProcedures).toEqual([expect.objectContaining({ kind: 'expertReview', kindName: '专家评审', plannedEnd: '2026-03-13', endedAt: null })]);

    // while it runs there is no decision and no second procedure
    const early = await post('scjg-shenhe', `/api/v1/cases/${food.id}/decide`, { decision: 'approve', reasons: '符合条件' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'SPECIAL_PROCEDURE_OPEN', message: expect.stringContaining('专家评审') });
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, { kind: 'hearing', reason: '听证' })).statusCode).toBe(409);

    // Friday 13 March: it ends; the eight working days after the 3rd up to the 13th do not count
    t.clock.set('2026-03-13T16:00:00+08:00');
    const ended = expectStatus(await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures/end`, { outcome: '专家评审意见：工艺布局符合要求' }), 200);
    expect(ended.deadline.status).toBe('open');
    expect(ended.deadline.pauses[0]).toMatchObject({ from: '2026-03-03', to: '2026-03-13' });
    expect(ended.specialProcedures[0]).toMatchObject({ outcome: '专家评审意见：工艺布局符合要求', endedAt: expect.any(String) });
    expect(ended.deadline.dueOn > dueBefore).toBe(true);

    const steps = await timeline(t, id);
    expect(steps.find((s) => s.action === 'case.specialProcedureStarted')).toMatchObject({ reason: expect.stringContaining('专家评审'), actionName: '启动特别程序，暂停计时' });
    expect(steps.find((s) => s.action === 'case.specialProcedureEnded')?.reason).toContain('工艺布局符合要求');

    // the applicant was told the clock stopped, and resumed
    await t.drain();
    const msgs = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(msgs.items.map((m: { title: string }) => m.title)).toEqual(expect.arrayContaining(['食品经营许可进入特别程序（专家评审）', '食品经营许可特别程序（专家评审）已结束']));
    expect(msgs.items.find((m: { title: string }) => m.title.includes('进入特别程序')).body).toContain('不计入办理时限');

    // once it has ended, the decision goes through
    expect(expectStatus(await post('scjg-shenhe', `/api/v1/cases/${food.id}/decide`, { decision: 'approve', reasons: '符合条件' }), 200).status).toBe('approved');
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures/end`, { outcome: '再次结束' })).statusCode).toBe(409);

    // the application's page reads it all in one statement: the same rows, with the same types, as read part by part
    const whole = await store.applicationWithParts(t.db, id);
    expect(whole?.attachments.length).toBeGreaterThan(0);
    expect(whole?.documents.map((d) => d.kind)).toContain('acceptance');
    const { clocks, ...rest } = whole!;
    expect(rest).toEqual({
      app: await store.applicationById(t.db, id),
      cases: await store.casesOf(t.db, id),
      attachments: await store.attachmentsOf(t.db, id),
      procedures: new Map([[food.id, await specialProceduresOf(t.db, [food.id])]]),
      documents: await documentsOf(t.db, id),
    });
    // each case's clock as the supervision module answers for it: the closed one, with its suspension for the procedure
    const now = new Date('2026-03-20T02:00:00Z');
    expect(clocks.get(food.id)?.started_at).toBeInstanceOf(Date);
    expect(caseClocks(rest.cases, clocks, now)).toEqual(await deadlinesOf(t.db, 'case', rest.cases.map((c) => c.id), { now }));
    expect(caseClocks(rest.cases, clocks, now).get(food.id)).toMatchObject({ status: 'closed', suspensions: [expect.objectContaining({ kind: 'special-procedure' })] });
    expect(await store.partsOf(t.db, id)).toEqual({ attachments: whole!.attachments, procedures: whole!.procedures, documents: whole!.documents });
    const page = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: await t.as('scjg-shenhe') }), 200);
    expect(page.cases[0].specialProcedures).toEqual([expect.objectContaining({ kind: 'expertReview', outcome: '专家评审意见：工艺布局符合要求' })]);
  });

  it('is for the reviewer handling the case or the department head only: not a colleague, another department, the window or the applicant', async () => {
    t.clock.set('2026-03-16T09:00:00+08:00');
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const food = caseOf(await accept(t, id), ITEMS.food);
    const body = { kind: 'hearing', reason: '涉及相邻居民重大利益，依申请举行听证' };

    // nobody has taken the case up yet: a reviewer must review it first, the head may act
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, body)).json().code).toBe('SPECIAL_PROCEDURE_NOT_HANDLER');
    await caseAction(t, 'scjg-shenhe', food.id, 'review');

    // a second reviewer of the same department, not handling the case
    const scjg = (await t.db.query<{ id: string }>(`SELECT id FROM departments WHERE code = 'scjg'`))[0]!.id;
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/admin/staff', headers: await t.as('admin'), payload: { username: 'scjg-zhou', name: '周审核', password: DEMO_PASSWORD, roles: ['reviewer'], departmentId: scjg, reason: '市场监管局新增审核人员' } }), 201);
    const colleague = await post('scjg-zhou', `/api/v1/cases/${food.id}/special-procedures`, body);
    expect(colleague.statusCode).toBe(403);
    expect(colleague.json().message).toContain('承办该事项的审核人员或本部门负责人');

    for (const [user, status] of [['xfjy-shenhe', 404], ['chuangkou', 403], ['xiangwei', 404], ['jianguan', 403], ['xiangyin-shenhe', 404]] as const) {
      const res = await post(user, `/api/v1/cases/${food.id}/special-procedures`, body);
      expect([user, res.statusCode]).toEqual([user, status]);
    }
    expect((await getCase(food.id)).specialProcedures).toEqual([]);
    expect((await getCase(food.id)).deadline.status).toBe('open');

    // bad input is a clear 4xx and changes nothing
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, { kind: 'séance', reason: 'x' })).statusCode).toBe(400);
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, { kind: 'testing', reason: ' ' })).statusCode).toBe(400);
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, { kind: 'testing', reason: '检测', plannedEnd: '2026-02-30' })).statusCode).toBe(400);

    // the head starts a hearing; the handling reviewer may end it, the colleague may not
    expectStatus(await post('scjg-kezhang', `/api/v1/cases/${food.id}/special-procedures`, body), 200);
    expect((await post('scjg-zhou', `/api/v1/cases/${food.id}/special-procedures/end`, { outcome: '听证结束' })).statusCode).toBe(403);
    expect((await post('xiangwei', `/api/v1/cases/${food.id}/special-procedures/end`, { outcome: '听证结束' })).statusCode).toBe(404);
    expect((await getCase(food.id)).deadline.status).toBe('suspended');
    expectStatus(await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures/end`, { outcome: '听证笔录已归档' }), 200);

    // a decided case has no special procedure
    expectStatus(await post('scjg-shenhe', `/api/v1/cases/${food.id}/decide`, { decision: 'deny', reasons: '听证认定影响相邻居民' }), 200);
    expect((await post('scjg-shenhe', `/api/v1/cases/${food.id}/special-procedures`, body)).statusCode).toBe(409);
  });
});
