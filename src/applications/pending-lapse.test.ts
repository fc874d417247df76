import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submit, timeline, uploadPdf } from '../../test/helpers/applications.js';

const DRAINAGE = 'XK00702001';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: await t.as(user), payload });
const licencesOf = async (applicationId: string) => t.db.query<{ id: string; type: string; status: string }>('SELECT id, type, status FROM licences WHERE application_id = $1', [applicationId]);
const messages = async (user = 'xiangwei') => expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as(user) }), 200).items as Array<{ title: string; body: string }>;

async function owedFoodApplication(dueDate = '2026-03-09') {
  const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
  return accept(t, id, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate }] });
}

describe('no result before completeness (容缺)', () => {
  it('concludes a case decided while a material is owed, but issues its licence only once the material is in and checked', async () => {
    const app = await owedFoodApplication();
    await decide(t, caseOf(app, ITEMS.food));
    let shown = await getApplication(t, app.id, 'xiangwei');
    expect(shown.status).toBe('concluded');
    expect(caseOf(shown, ITEMS.food)).toMatchObject({ status: 'approved', licenceId: null });
    expect(await licencesOf(app.id)).toEqual([]);
    expect((await timeline(t, app.id)).find((e) => e.action === 'licence.withheld')?.reason).toContain('经营场所平面布局图');
    await t.drain();
    expect((await messages()).find((m) => m.title === '事项已准予许可' && m.body.includes(app.number))?.body).toContain('补齐并经核验后发证出件');

    // uploaded: not yet checked, so still no licence and nothing delivered
    const upload = await uploadPdf(t, 'xiangwei', 'layout-late');
    expectStatus(await post('xiangwei', `/api/v1/applications/${app.id}/pending-materials`, { itemCode: ITEMS.food, materialCode: 'layout', uploadId: upload }), 200);
    expect(await licencesOf(app.id)).toEqual([]);
    expect((await deliver(t, app.id)).json().code).toBe('PENDING_MATERIALS_OUTSTANDING');

    // the window returns it once, with the problem; the applicant brings it again
    const returned = expectStatus(await post('chuangkou', `/api/v1/applications/${app.id}/pending-materials/check`, { itemCode: ITEMS.food, materialCode: 'layout', accepted: false, problem: '未标注设备布局' }), 200);
    expect(returned.pending[0]).toMatchObject({ receivedAt: null, checkedAt: null });
    await t.drain();
    expect((await messages()).find((m) => m.title === '补交的容缺材料未通过核验' && m.body.includes(app.number))?.body).toContain('未标注设备布局');
    const again = await uploadPdf(t, 'xiangwei', 'layout-again');
    expectStatus(await post('xiangwei', `/api/v1/applications/${app.id}/pending-materials`, { itemCode: ITEMS.food, materialCode: 'layout', uploadId: again }), 200);
    expectStatus(await post('chuangkou', `/api/v1/applications/${app.id}/pending-materials/check`, { itemCode: ITEMS.food, materialCode: 'layout', accepted: true }), 200);

    shown = await getApplication(t, app.id, 'xiangwei');
    expect(caseOf(shown, ITEMS.food).licenceId).toBeTruthy();
    expect((await licencesOf(app.id)).map((l) => [l.type, l.status])).toEqual([['food-business-permit', 'valid']]);
    expect(expectStatus(await deliver(t, app.id), 200).status).toBe('delivered');
  });

  it('issues at once when the clerk receives the owed material at the counter', async () => {
    const app = await owedFoodApplication();
    await decide(t, caseOf(app, ITEMS.food));
    const upload = await uploadPdf(t, 'chuangkou', 'layout-counter');
    expectStatus(await post('chuangkou', `/api/v1/applications/${app.id}/pending-materials`, { itemCode: ITEMS.food, materialCode: 'layout', uploadId: upload }), 200);
    expect((await licencesOf(app.id)).map((l) => l.type)).toEqual(['food-business-permit']);
  });

  it('ends an approved case as 不予许可 when the material never arrives (the item\'s rule), with no licence ever issued', async () => {
    const app = await owedFoodApplication('2026-03-04');
    await decide(t, caseOf(app, ITEMS.food));
    // before the end of the due date nothing happens
    t.clock.set('2026-03-04T18:00:00+08:00');
    await t.drain();
    expect(caseOf(await getApplication(t, app.id), ITEMS.food).status).toBe('approved');
    t.clock.set('2026-03-05T09:00:00+08:00');
    await t.drain();
    const shown = await getApplication(t, app.id, 'xiangwei');
    expect(caseOf(shown, ITEMS.food)).toMatchObject({ status: 'denied', licenceId: null });
    expect(caseOf(shown, ITEMS.food).decision.reasons).toBe('申请人未在 2026-03-04 前补交容缺材料“经营场所平面布局图及设备布局、工艺流程图”，申请材料不齐全，不予许可');
    expect(shown.pending[0].lapsedAt).toBeTruthy();
    expect(await licencesOf(app.id)).toEqual([]);
    // too late to bring it now; the decision is handed over
    const late = await post('xiangwei', `/api/v1/applications/${app.id}/pending-materials`, { itemCode: ITEMS.food, materialCode: 'layout', uploadId: await uploadPdf(t, 'xiangwei', 'too-late') });
    expect(late.statusCode).toBe(409);
    const delivered = expectStatus(await deliver(t, app.id), 200);
    expect(delivered.delivered).toEqual([expect.objectContaining({ granted: false, licenceId: null })]);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('revokes the approval when the item declares revocation, and decides an undecided case as 不予许可', async () => {
    const { id } = await submit(t, { itemCodes: [DRAINAGE], omit: [`${DRAINAGE}:drainage-plan`] });
    const app = await accept(t, id, { pending: [{ itemCode: DRAINAGE, materialCode: 'drainage-plan', dueDate: '2026-03-04' }] });
    await decide(t, caseOf(app, DRAINAGE));
    const undecided = await owedFoodApplication('2026-03-04');
    t.clock.set('2026-03-05T09:00:00+08:00');
    await t.drain();
    const revoked = caseOf(await getApplication(t, id), DRAINAGE);
    expect(revoked).toMatchObject({ status: 'denied', licenceId: null });
    expect(revoked.decision.reasons).toContain('撤销准予许可决定');
    expect(await licencesOf(id)).toEqual([]);
    expect((await messages()).some((m) => m.title === '准予许可决定已撤销' && m.body.includes(app.number))).toBe(true);

    const denied = await getApplication(t, undecided.id);
    expect(denied.status).toBe('concluded');
    expect(caseOf(denied, ITEMS.food).status).toBe('denied');
    expect(caseOf(denied, ITEMS.food).decision.reasons).toContain('不予许可');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});
