import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submit, timeline, uploadPdf } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: await t.as(user), payload });

describe('the comprehensive window', () => {
  it('asks for corrections once, in one list citing the guide, and accepts after they arrive', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    const asked = expectStatus(
      await post('chuangkou', `/api/v1/applications/${id}/request-correction`, {
        items: [
          { kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '未提交经营场所平面布局图' },
          { kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '请说明加工操作区面积' },
        ],
      }),
      200,
    );
    expect(asked.status).toBe('correction');
    expect(asked.correction.items).toHaveLength(2);
    expect(asked.correction.items[0]).toMatchObject({ kind: 'material', ref: 'layout' });
    expect(asked.correction.items[0].legalBasis).toBeTruthy();
    await t.drain();
    const msgs = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(msgs.items.find((m: { title: string }) => m.title === '请一次性补正材料').body).toContain('平面布局图');

    // a second request before the corrections arrive is not possible
    const twice = await post('chuangkou', `/api/v1/applications/${id}/request-correction`, { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: 'x' }] });
    expect(twice.statusCode).toBe(409);

    // the applicant must bring everything listed in one go
    const incomplete = await post('xiangwei', `/api/v1/applications/${id}/corrections`, { attachments: [] });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('CORRECTION_INCOMPLETE');
    const upload = await uploadPdf(t, 'xiangwei', 'layout');
    const supplied = expectStatus(await post('xiangwei', `/api/v1/applications/${id}/corrections`, { attachments: [{ uploadId: upload, materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] }), 200);
    expect(supplied.status).toBe('submitted');

    // and the window may not ask again ("一次性")
    const again = await post('chuangkou', `/api/v1/applications/${id}/request-correction`, { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '还要再补' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CORRECTION_ALREADY_REQUESTED');
    expect((await accept(t, id)).status).toBe('accepted');

    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/correction-notice.pdf`, headers: await t.as('xiangwei') });
    expect(pdf.statusCode).toBe(200);
  });

  it('accepts with materials still owed (容缺受理): the case proceeds, delivery waits for them', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    const app = await accept(t, id, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-09' }] });
    expect(app.status).toBe('accepted');
    expect(app.pending).toEqual([expect.objectContaining({ materialCode: 'layout', dueDate: '2026-03-09', receivedAt: null })]);
    expect(caseOf(app, ITEMS.food).status).toBe('accepted');
    await decide(t, caseOf(app, ITEMS.food));
    expect((await getApplication(t, id)).status).toBe('concluded');
    const blocked = await deliver(t, id);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('PENDING_MATERIALS_OUTSTANDING');
    expect(blocked.json().message).toContain('平面布局图');
    const upload = await uploadPdf(t, 'xiangwei', 'late-layout');
    expectStatus(await post('xiangwei', `/api/v1/applications/${id}/pending-materials`, { itemCode: ITEMS.food, materialCode: 'layout', uploadId: upload }), 200);
    // arrived but not yet checked by the window: still nothing goes out
    expect((await deliver(t, id)).json().code).toBe('PENDING_MATERIALS_OUTSTANDING');
    expectStatus(await post('chuangkou', `/api/v1/applications/${id}/pending-materials/check`, { itemCode: ITEMS.food, materialCode: 'layout', accepted: true }), 200);
    expect(expectStatus(await deliver(t, id), 200).status).toBe('delivered');
  });

  it('refuses with a reason and the legal basis, and the cases end before they start', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const refused = expectStatus(
      await post('chuangkou', `/api/v1/applications/${id}/refuse`, {
        reason: '申请事项依法不属于本机关职权范围',
        legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
        cited: [{ kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '经营场所不在本县' }],
      }),
      200,
    );
    expect(refused.status).toBe('refused');
    expect(refused.refusal).toMatchObject({ reason: '申请事项依法不属于本机关职权范围', legalBasis: expect.stringContaining('行政许可法') });
    expect(refused.cases[0].status).toBe('cancelled');
    expect((await post('chuangkou', `/api/v1/applications/${id}/accept`, {})).statusCode).toBe(409);
  });

  it('lets a window in another region accept (异地代收代办) after checking identity; the 蓝山 authority decides', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: { windowRegion: '430624' } });
    const unchecked = await post('xiangyin-chuangkou', `/api/v1/applications/${id}/accept`, {});
    expect(unchecked.statusCode).toBe(422);
    expect(unchecked.json().code).toBe('CROSS_REGION_CHECKS_REQUIRED');
    const app = expectStatus(await post('xiangyin-chuangkou', `/api/v1/applications/${id}/accept`, { checks: { identity: true, formalCompleteness: true } }), 200);
    expect(app.acceptance).toMatchObject({ crossRegion: true, region: '430624', authorityRegion: '431127', department: { code: 'xy-xzsp', name: '湘阴县行政审批服务局' } });
    expect(app.acceptance.authorities.map((d: { code: string }) => d.code)).toEqual(['scjg']);
    const c = caseOf(app, ITEMS.food);
    expect(c.department.regionCode).toBe('431127');
    await decide(t, c);
    expect((await getApplication(t, id, 'xiangwei')).status).toBe('concluded');
  });

  it('lets exactly one of two clerks accepting at once win; the other gets a conflict', async () => {
    const { id, version } = await submit(t, { itemCodes: [ITEMS.food], extra: { windowRegion: '430624' } });
    const [a, b] = await Promise.all([
      post('chuangkou', `/api/v1/applications/${id}/accept`, { version }),
      post('xiangyin-chuangkou', `/api/v1/applications/${id}/accept`, { version, checks: { identity: true, formalCompleteness: true } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
    const accepts = (await timeline(t, id)).filter((s) => s.action === 'accept');
    expect(accepts).toHaveLength(1);
    const starts = (await timeline(t, id)).filter((s) => s.action === 'case.start');
    expect(starts).toHaveLength(1);
  });
});
