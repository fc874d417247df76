import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseAction, caseOf, decide, deliver, getApplication, ITEMS, submissionBody, submit, timeline } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const barberShop = { enterpriseName: '蓝山县美发工作室', legalRepresentative: '李湘味', businessAddress: '蓝山县塔峰镇南平路6号', businessArea: 80, 'XK00201001.venueType': '理发店', 'XK00201001.commitmentSigned': 'true' };

describe('cases in parallel', () => {
  it('says which items were granted when one item of a bundle is denied', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    const denied = await decide(t, caseOf(app, ITEMS.fireSafety), 'deny', '疏散通道宽度不符合《建筑设计防火规范》要求');
    expect(denied.status).toBe('denied');
    expect(denied.decision).toMatchObject({ result: 'denied', reasons: expect.stringContaining('疏散通道') });
    const done = await getApplication(t, id, 'xiangwei');
    expect(done.status).toBe('concluded');
    expect(done.outcome).toEqual({ granted: ['食品经营许可'], denied: ['公众聚集场所投入使用、营业前消防安全检查'] });
    const delivered = expectStatus(await deliver(t, id), 200);
    expect(delivered.delivered.map((d: { granted: boolean }) => d.granted)).toEqual([true, false]);
    await t.drain();
    const msgs = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(msgs.items.find((m: { title: string }) => m.title === '办理结果已出件').body).toContain('准予：食品经营许可');
  });

  it('auto-approves (秒批) an item whose rule holds right after acceptance, recording the rule', async () => {
    const answers = { hasLicence: false, entityType: 'company', area: 80, signboard: false, privateRooms: true, sellsAlcohol: false, sewer: false };
    const { id } = await submit(t, { bundleCode: 'kai-canyindian', itemCodes: [ITEMS.companyReg, ITEMS.food, ITEMS.publicHealth], form: barberShop, extra: { answers } });
    let app = await accept(t, id);
    expect(caseOf(app, ITEMS.publicHealth).status).toBe('blocked');
    await decide(t, caseOf(app, ITEMS.companyReg));
    app = await getApplication(t, id);
    const ph = caseOf(app, ITEMS.publicHealth);
    expect(ph.status).toBe('approved');
    expect(ph.decision.by).toBeNull();
    expect(ph.decision.byRule.description).toContain('秒批');
    expect((await timeline(t, id)).map((s) => s.action)).toContain('case.autoApprove');
  });

  it('leaves an item to a person when its rule does not hold', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.publicHealth], form: { ...barberShop, businessArea: 5000 } });
    const app = await accept(t, id);
    expect(caseOf(app, ITEMS.publicHealth).status).toBe('accepted');
    expect((await timeline(t, id)).map((s) => s.action)).toContain('case.autoApprovalNotApplicable');
  });

  it('approves on a signed commitment with a follow-up check, but not while the applicant has a credit flag', async () => {
    const signed = { commitments: [{ itemCode: ITEMS.food, signedBy: '李湘味' }] };
    const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: signed });
    const app = await accept(t, id);
    const food = caseOf(app, ITEMS.food);
    expect(food.status).toBe('approved');
    expect(food.mode).toBe('commitment');
    const checks = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/commitment-checks?status=open', headers: await t.as('scjg-shenhe') }), 200);
    expect(checks.items.map((k: { caseId: string }) => k.caseId)).toContain(food.id);

    const me = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('xiangwei') }), 200);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/credit-flags', headers: await t.as('jianguan'), payload: { uscc: me.uscc, subjectName: me.orgName, reason: '承诺内容与实际不符', endsOn: '2026-12-31' } }), 200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...(await t.as('xiangwei')), 'idempotency-key': 'flagged-commitment-1' },
      payload: { ...(await submissionBody(t, { itemCodes: [ITEMS.food] })), ...signed },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CREDIT_FLAG_ACTIVE');
  });

  it('keeps a reviewer of another department out of a case', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    const food = caseOf(app, ITEMS.food);
    const peek = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${food.id}`, headers: await t.as('wjj-shenhe') });
    expect(peek.statusCode).toBe(404);
    const act = await caseAction(t, 'wjj-shenhe', food.id, 'decide', { decision: 'approve', reasons: '越权' });
    expect(act.statusCode).toBe(404);
    const appPeek = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: await t.as('wjj-shenhe') });
    expect(appPeek.statusCode).toBe(404);
    const inbox = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: await t.as('wjj-shenhe') }), 200);
    expect(inbox.items.map((c: { id: string }) => c.id)).not.toContain(food.id);
    expect((await getApplication(t, id)).cases[0].status).toBe('accepted');
  });

  it('serves several departments with one joint site check, each recording its own result', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] });
    const app = await accept(t, id);
    const food = caseOf(app, ITEMS.food);
    const fire = caseOf(app, ITEMS.fireSafety);
    const check = expectStatus(
      await t.app.inject({ method: 'POST', url: '/api/v1/site-checks', headers: await t.as('scjg-shenhe'), payload: { caseIds: [food.id, fire.id], scheduledFor: '2026-03-04T10:00:00+08:00', address: '蓝山县塔峰镇舜乡路18号' } }),
      201,
    );
    expect(check.caseIds).toEqual([food.id, fire.id]);
    let now = await getApplication(t, id);
    expect(now.cases.map((c: { status: string }) => c.status)).toEqual(['siteCheck', 'siteCheck']);
    expect(caseOf(now, ITEMS.food).siteCheckId).toBe(caseOf(now, ITEMS.fireSafety).siteCheckId);
    const wrongDept = await t.app.inject({ method: 'POST', url: `/api/v1/site-checks/${check.id}/results`, headers: await t.as('scjg-shenhe'), payload: { caseId: fire.id, result: 'pass', note: '代填' } });
    expect(wrongDept.statusCode).toBe(404);
    for (const [user, c] of [['scjg-shenhe', food], ['xfjy-shenhe', fire]] as const) {
      expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/site-checks/${check.id}/results`, headers: await t.as(user), payload: { caseId: c.id, result: 'pass', note: '现场与申报一致' } }), 200);
    }
    now = await getApplication(t, id);
    expect(now.cases.map((c: { status: string }) => c.status)).toEqual(['reviewing', 'reviewing']);
    // the reviewer's case page and the clerk's application page read each department's finding in words
    for (const user of ['scjg-shenhe', 'chuangkou']) {
      const shown = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/site-checks`, headers: await t.as(user) }), 200);
      expect(shown.items).toHaveLength(1);
      expect(shown.items[0]).toMatchObject({ address: '蓝山县塔峰镇舜乡路18号', joint: true, requestedBy: expect.any(String) });
      expect(shown.items[0].cases.map((c: { resultName: string; note: string }) => [c.resultName, c.note])).toEqual([['符合', '现场与申报一致'], ['符合', '现场与申报一致']]);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/site-checks`, headers: await t.as('zhangsan') })).statusCode).toBe(403);
  });

  it('flags a decision recorded without the reviewing steps, per department', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    const decided = expectStatus(await caseAction(t, 'scjg-shenhe', caseOf(app, ITEMS.food).id, 'decide', { decision: 'approve', reasons: '同意' }), 200);
    expect(decided.decision.withoutReview).toBe(true);
    const flagged = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/statistics/decided-without-review', headers: await t.as('jianguan') }), 200);
    expect(flagged.items.map((c: { caseId: string }) => c.caseId)).toContain(decided.id);
    const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/statistics/guide-integrity', headers: await t.as('jianguan') }), 200);
    expect(stats.items.find((d: { department: { code: string } }) => d.department.code === 'scjg').decidedWithoutReview).toBeGreaterThanOrEqual(1);
    const forbidden = await t.app.inject({ method: 'GET', url: '/api/v1/statistics/guide-integrity', headers: await t.as('xiangwei') });
    expect(forbidden.statusCode).toBe(403);
  });
});
