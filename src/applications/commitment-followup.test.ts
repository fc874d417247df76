import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, getApplication, ITEMS, submit, timeline, uploadPdf } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const signed = { commitments: [{ itemCode: ITEMS.food, signedBy: '李湘味' }] };
const get = async (url: string, user: string) => expectStatus(await t.app.inject({ url, headers: await t.as(user) }), 200);
const close = async (checkId: string, user: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/v1/commitment-checks/${checkId}/close`, headers: await t.as(user), payload });

/** A food permit approved on commitment for one 经营场所 (one licence per address). */
async function approvedOnCommitment(address: string) {
  const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: signed, form: { businessAddress: address } });
  const food = caseOf(await accept(t, id), ITEMS.food);
  expect(food).toMatchObject({ status: 'approved', mode: 'commitment', licenceId: expect.any(String) });
  const checks = await get('/api/v1/commitment-checks?status=open', 'scjg-shenhe');
  return { applicationId: id, food, check: checks.items.find((k: { caseId: string }) => k.caseId === food.id) };
}

const verifyPage = async (licenceId: string) => {
  const d = await get(`/api/v1/licences/${licenceId}`, 'xiangwei');
  return (await t.app.inject({ url: `/v/${d.verifyUrl.slice(d.verifyUrl.indexOf('/v/') + 3)}` })).body;
};

describe('告知承诺 followed up', () => {
  let first: Awaited<ReturnType<typeof approvedOnCommitment>>;
  let second: Awaited<ReturnType<typeof approvedOnCommitment>>;

  it('opens a verification task due within 20 working days, which turns yellow and then red on the department’s cards', async () => {
    first = await approvedOnCommitment('蓝山县塔峰镇舜乡路18号');
    // approved Monday 2 March: day 1 is the 3rd, the 20th working day the 30th
    expect(first.check).toMatchObject({ status: 'open', statusName: '待核查', dueOn: '2026-03-30', deadline: { colour: 'green', status: 'open' } });

    // the number of working days is a setting
    t.config.commitmentCheckWorkingDays = 5;
    second = await approvedOnCommitment('蓝山县塔峰镇南平路6号');
    t.config.commitmentCheckWorkingDays = undefined;
    expect(second.check.dueOn).toBe('2026-03-09');
    expect(second.food.licenceId).not.toBe(first.food.licenceId);

    t.clock.set('2026-03-10T09:00:00+08:00');
    const red = await get('/api/v1/supervision/deadlines?colour=red&subjectKind=commitment-check', 'scjg-kezhang');
    expect(red.items.map((i: { subjectId: string }) => i.subjectId)).toEqual([second.check.id]);
    expect(red.items[0].title).toContain('告知承诺核查：食品经营许可');
    t.clock.set('2026-03-27T09:00:00+08:00');
    const yellow = await get('/api/v1/supervision/deadlines?colour=yellow&subjectKind=commitment-check', 'scjg-kezhang');
    expect(yellow.items.map((i: { subjectId: string }) => i.subjectId)).toContain(first.check.id);
    const listed = await get('/api/v1/commitment-checks?status=open', 'scjg-shenhe');
    expect(listed.items.find((k: { id: string }) => k.id === second.check.id).deadline.colour).toBe('red');
  });

  it('is closed only by the deciding department: not another department, the window or the applicant', async () => {
    for (const [user, status] of [['xfjy-shenhe', 404], ['chuangkou', 404], ['xiangwei', 404], ['xiangyin-shenhe', 404]] as const) {
      const res = await close(first.check.id, user, { outcome: 'breached', note: '恶意' });
      expect([user, res.statusCode]).toEqual([user, status]);
    }
    expect((await t.app.inject({ url: '/api/v1/commitment-checks', headers: await t.as('chuangkou') })).statusCode).toBe(403);
    expect((await close(first.check.id, 'scjg-shenhe', { outcome: 'breached', note: '不符', licenceAction: 'cancel' })).statusCode).toBe(400);
    expect((await get(`/api/v1/licences/${first.food.licenceId}`, 'xiangwei')).status).toBe('valid');
    expect((await get('/api/v1/credit-flags/mine', 'xiangwei')).items).toEqual([]);
  });

  it('on a breach, in one step: flags the business, suspends or revokes the licence issued on the commitment, tells the holder, and the public page says so', async () => {
    // a breach that can be put right: the licence is suspended while the business rectifies
    const suspended = expectStatus(await close(second.check.id, 'scjg-shenhe', { outcome: 'breached', note: '现场未设置独立清洗消毒区', licenceAction: 'suspend' }), 200);
    expect(suspended).toMatchObject({ status: 'breached', creditFlag: expect.any(Object), licence: { id: second.food.licenceId, action: 'suspend' } });
    expect((await get(`/api/v1/licences/${second.food.licenceId}`, 'xiangwei')).status).toBe('suspended');
    const page2 = await verifyPage(second.food.licenceId);
    expect(page2).toContain('证照已暂停');
    expect(page2).toContain('告知承诺核查不实（现场未设置独立清洗消毒区），责令限期整改');

    // an untrue commitment: the approval is revoked (the default)
    const revoked = expectStatus(await close(first.check.id, 'scjg-kezhang', { outcome: 'breached', note: '经营场所实际面积与承诺不符' }), 200);
    expect(revoked.licence).toEqual({ id: first.food.licenceId, action: 'revoke' });
    expect((await get(`/api/v1/licences/${first.food.licenceId}`, 'xiangwei')).status).toBe('revoked');
    const page1 = await verifyPage(first.food.licenceId);
    expect(page1).toContain('证照已撤销');
    expect(page1).toContain('经营场所实际面积与承诺不符');
    expect(page1).toContain('撤销食品经营许可准予许可决定');

    const done = await get('/api/v1/commitment-checks?status=breached', 'scjg-shenhe');
    expect(done.items.find((k: { id: string }) => k.id === first.check.id)).toMatchObject({ statusName: '核查不实', licenceAction: 'revoke', licenceId: first.food.licenceId, deadline: { status: 'closed' } });
    // closed checks leave the cards
    expect((await get('/api/v1/supervision/deadlines?colour=open&subjectKind=commitment-check', 'scjg-kezhang')).items).toEqual([]);

    await t.drain();
    const titles = (await get('/api/v1/messages', 'xiangwei')).items.map((m: { title: string }) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['食品经营许可证已被撤销', '食品经营许可证已被暂停']));
    expect((await get('/api/v1/credit-flags/mine', 'xiangwei')).items.length).toBeGreaterThan(0);
    expect((await timeline(t, first.applicationId)).find((s) => s.action === 'commitment.breached')?.reason).toContain('与承诺不符');

    // a breach can be recorded once
    expect((await close(first.check.id, 'scjg-shenhe', { outcome: 'breached', note: '再次' })).statusCode).toBe(409);
  });

  it('issues no licence on a commitment found untrue while a 容缺 material was still owed', async () => {
    t.clock.set('2026-03-30T09:00:00+08:00');
    // another business, so that the first business's credit flag does not take commitment approval away
    const { id } = await submit(t, { itemCodes: [ITEMS.food], user: 'zhangsan', extra: { commitments: [{ itemCode: ITEMS.food, signedBy: '张三' }] }, omit: [`${ITEMS.food}:layout`], form: { businessAddress: '蓝山县塔峰镇新民路3号' } });
    const app = await accept(t, id, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-04-10' }] });
    const food = caseOf(app, ITEMS.food);
    expect(food).toMatchObject({ status: 'approved', mode: 'commitment', licenceId: null });
    const check = (await get('/api/v1/commitment-checks?status=open', 'scjg-shenhe')).items.find((k: { caseId: string }) => k.caseId === food.id);
    expect(expectStatus(await close(check.id, 'scjg-shenhe', { outcome: 'breached', note: '承诺的经营场所尚未装修完成' }), 200).licence).toBeNull();

    const upload = await uploadPdf(t, 'zhangsan', 'layout-after-breach');
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/pending-materials`, headers: await t.as('zhangsan'), payload: { itemCode: ITEMS.food, materialCode: 'layout', uploadId: upload } }), 200);
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/pending-materials/check`, headers: await t.as('chuangkou'), payload: { itemCode: ITEMS.food, materialCode: 'layout', accepted: true } }), 200);
    expect(caseOf(await getApplication(t, id, 'zhangsan'), ITEMS.food).licenceId).toBeNull();
    expect((await t.db.query('SELECT id FROM licences WHERE application_id = $1', [id])).length).toBe(0);
    expect((await timeline(t, id, 'zhangsan')).some((s) => s.action === 'licence.withheld' && s.reason?.includes('告知承诺核查不实'))).toBe(true);
  });
});
