import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submit, timeline } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: await t.as(user), payload });
const scjgCount = async () => {
  const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/statistics/guide-integrity', headers: await t.as('jianguan') }), 200);
  return stats.items.find((d: { department: { code: string } }) => d.department.code === 'scjg');
};

describe('nothing outside the guide (清单之外无材料)', () => {
  it('refuses a correction that cites a material the guide does not list, and changes nothing', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const res = await post('chuangkou', `/api/v1/applications/${id}/request-correction`, { items: [{ kind: 'material', itemCode: ITEMS.food, ref: '房屋安全鉴定报告', problem: '请提供' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'NOT_IN_GUIDE', details: { itemCode: ITEMS.food, cited: '房屋安全鉴定报告' } });
    expect(res.json().message).toContain('清单之外不得要求材料');
    const app = await getApplication(t, id);
    expect(app.status).toBe('submitted');
    expect(app.correction).toBeNull();
  });

  it('lets it through only as a supervisor-approved exception, counted against the department', async () => {
    const before = await scjgCount();
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const ex = expectStatus(
      await post('chuangkou', `/api/v1/applications/${id}/guide-exceptions`, { context: 'correction', itemCode: ITEMS.food, cited: '房屋安全鉴定报告', reason: '经营场所为七十年代砖木结构老房，存在安全隐患' }),
      201,
    );
    expect(ex.status).toBe('requested');
    const early = await post('chuangkou', `/api/v1/applications/${id}/request-correction`, { items: [{ kind: 'exception', itemCode: ITEMS.food, ref: ex.id, problem: '请提供房屋安全鉴定报告' }] });
    expect(early.json().code).toBe('EXCEPTION_NOT_APPROVED');
    const notSupervisor = await post('chuangkou', `/api/v1/guide-exceptions/${ex.id}/decide`, { approve: true });
    expect(notSupervisor.statusCode).toBe(403);
    expectStatus(await post('jianguan', `/api/v1/guide-exceptions/${ex.id}/decide`, { approve: true, note: '同意，限本件' }), 200);
    const asked = expectStatus(
      await post('chuangkou', `/api/v1/applications/${id}/request-correction`, {
        items: [
          { kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '布局图不清晰' },
          { kind: 'exception', itemCode: ITEMS.food, ref: ex.id, problem: '请提供房屋安全鉴定报告' },
        ],
      }),
      200,
    );
    expect(asked.correction.items.map((i: { kind: string }) => i.kind)).toEqual(['material', 'exception']);
    const after = await scjgCount();
    expect(after.exceptionsRequested).toBe(before.exceptionsRequested + 1);
    expect(after.exceptionsApproved).toBe(before.exceptionsApproved + 1);
    const actions = (await timeline(t, id)).map((s) => s.action);
    expect(actions).toEqual(expect.arrayContaining(['guideException.requested', 'guideException.approved', 'requestCorrection']));
  });

  it('holds a reviewer\'s request for more to the guide as well', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    const res = await post('scjg-shenhe', `/api/v1/cases/${caseOf(app, ITEMS.food).id}/request-more`, { items: [{ kind: 'material', itemCode: ITEMS.food, ref: '单身证明', problem: '请提供' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('NOT_IN_GUIDE');
  });
});

describe('the applicant chooses the pickup', () => {
  it('delivers a bundle item by item when the applicant chose so, by post', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] });
    const post1 = { mode: 'each', method: 'post', recipient: '李湘味', phone: '13907465678', address: '蓝山县塔峰镇舜乡路18号' };
    const chosen = expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/applications/${id}/pickup`, headers: await t.as('xiangwei'), payload: post1 }), 200);
    expect(chosen.pickup).toMatchObject({ mode: 'each', method: 'post' });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    const first = expectStatus(await deliver(t, id, { recipient: '李湘味', phone: '13907465678', address: '蓝山县塔峰镇舜乡路18号', trackingNumber: 'EMS1000000001' }), 200);
    expect(first).toMatchObject({ complete: false, status: 'accepted' });
    expect(first.delivered.map((d: { itemName: string }) => d.itemName)).toEqual(['食品经营许可']);
    expect(caseOf(first, ITEMS.food).deliveredAt).not.toBeNull();
    const nothing = await deliver(t, id, { recipient: '李湘味', phone: '13907465678', address: '蓝山县塔峰镇舜乡路18号', trackingNumber: 'EMS1000000002' });
    expect(nothing.json().code).toBe('NOTHING_TO_DELIVER');
    await decide(t, caseOf(app, ITEMS.fireSafety));
    const noTracking = await deliver(t, id, {});
    expect(noTracking.json().code).toBe('POSTAL_DETAILS_REQUIRED');
    const last = expectStatus(await deliver(t, id, { recipient: '李湘味', phone: '13907465678', address: '蓝山县塔峰镇舜乡路18号', trackingNumber: 'EMS1000000003' }), 200);
    expect(last).toMatchObject({ complete: true, status: 'delivered' });
    expect(last.delivery.handovers.map((h: { trackingNumber: string }) => h.trackingNumber)).toEqual(['EMS1000000001', 'EMS1000000003']);
  });

  it('holds every result for one delivery by default, and the choice can change until delivery', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    const early = await deliver(t, id);
    expect(early.json().code).toBe('NOT_CONCLUDED');
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/applications/${id}/pickup`, headers: await t.as('xiangwei'), payload: { mode: 'each', method: 'window' } }), 200);
    expect(expectStatus(await deliver(t, id), 200).delivered).toHaveLength(1);
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/applications/${id}/pickup`, headers: await t.as('xiangwei'), payload: { mode: 'together', method: 'window' } }), 200);
    await decide(t, caseOf(app, ITEMS.fireSafety));
    expect(expectStatus(await deliver(t, id), 200).status).toBe('delivered');
    const tooLate = await t.app.inject({ method: 'PUT', url: `/api/v1/applications/${id}/pickup`, headers: await t.as('xiangwei'), payload: { mode: 'each', method: 'window' } });
    expect(tooLate.statusCode).toBe(409);
  });
});
