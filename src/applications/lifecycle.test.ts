import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionWords } from './decision-words.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, getApplication, ITEMS, submit, uploadPdf } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: await t.as(user), payload });
const messages = async (user = 'xiangwei') => expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as(user) }), 200).items as Array<{ title: string; body: string }>;

describe('withdrawal (撤回)', () => {
  it('lets the applicant withdraw before acceptance; the cases end and the window can no longer accept', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    expect((await post('chuangkou', `/api/v1/applications/${id}/withdraw`, {})).statusCode).toBe(403);
    const withdrawn = expectStatus(await post('xiangwei', `/api/v1/applications/${id}/withdraw`, { reason: '经营场所另选' }), 200);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', statusName: '已撤回' });
    expect(withdrawn.cases.map((c: { status: string }) => c.status)).toEqual(['cancelled']);
    const late = await post('chuangkou', `/api/v1/applications/${id}/accept`, {});
    expect(late.statusCode).toBe(409);
    await t.drain();
    expect((await messages()).find((m) => m.title === '申请已撤回' && m.body.includes(withdrawn.number))?.body).toContain('经营场所另选');
  });

  it('refuses withdrawal once accepted, and hides another applicant\'s application', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    expect((await post('zhangsan', `/api/v1/applications/${id}/withdraw`, {})).statusCode).toBe(404);
    await accept(t, id);
    const res = await post('xiangwei', `/api/v1/applications/${id}/withdraw`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INVALID_TRANSITION');
    expect((await getApplication(t, id)).status).toBe('accepted');
  });
});

describe('decision wording by item kind', () => {
  it('words a filing 准予备案 and a registration 予以登记, a licence 准予许可', async () => {
    expect(decisionWords('filing', '酒类零售经营备案')).toEqual({ grant: '准予备案', refuse: '不予备案' });
    expect(decisionWords('licence', '个体工商户设立登记')).toEqual({ grant: '予以登记', refuse: '不予登记' });
    expect(decisionWords('licence', '食品经营许可')).toEqual({ grant: '准予许可', refuse: '不予许可' });

    const { id, number } = await submit(t, { itemCodes: [ITEMS.liquor], form: { [`${ITEMS.liquor}.sellsBulkLiquor`]: 'true' } });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.liquor), 'deny', '经营范围不含酒类销售');
    await t.drain();
    const m = (await messages()).find((x) => x.body.includes(number) && x.title.startsWith('事项'));
    expect(m).toMatchObject({ title: '事项不予备案' });
    expect(m!.body).toContain('不予备案。理由：经营范围不含酒类销售');
    expect(m!.body).not.toContain('许可');
  });
});

describe('a correction request that lapses', () => {
  it('gives the configured number of working days, then counts the application as withdrawn, with a notice', async () => {
    t.config.correctionWorkingDays = 5;
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    const answered = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    const ask = { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '未提交经营场所平面布局图' }] };
    const asked = expectStatus(await post('chuangkou', `/api/v1/applications/${id}/request-correction`, ask), 200);
    expect(asked.correction.dueOn).toBe('2026-03-09');
    expectStatus(await post('chuangkou', `/api/v1/applications/${answered.id}/request-correction`, ask), 200);
    expectStatus(await post('xiangwei', `/api/v1/applications/${answered.id}/corrections`, { attachments: [{ uploadId: await uploadPdf(t, 'xiangwei', 'layout-in-time'), materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] }), 200);
    await t.drain();
    expect((await messages()).find((m) => m.title === '请一次性补正材料' && m.body.includes(asked.number))?.body).toContain('请于 2026-03-09 前一次补齐，逾期未补正的，视为撤回申请');

    t.clock.set('2026-03-09T17:00:00+08:00');
    await t.drain();
    expect((await getApplication(t, id)).status).toBe('correction');
    t.clock.set('2026-03-10T08:00:00+08:00');
    await t.drain();
    const lapsed = await getApplication(t, id);
    expect(lapsed).toMatchObject({ status: 'withdrawn', statusName: '已撤回' });
    expect(lapsed.cases.map((c: { status: string }) => c.status)).toEqual(['cancelled']);
    expect((await getApplication(t, answered.id)).status).toBe('submitted');
    expect((await messages()).find((m) => m.title === '补正期限已过，申请视为撤回' && m.body.includes(asked.number))?.body).toContain('2026-03-09 前补正');
    const tl = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/timeline`, headers: await t.as('xiangwei') }), 200);
    expect(tl.items.at(-2)).toMatchObject({ actionName: '逾期未补正，视为撤回', actor: { name: '系统' } });
    t.clock.set('2026-03-02T09:00:00+08:00');
    t.config.correctionWorkingDays = undefined;
  });
});
