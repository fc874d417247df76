import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionWords } from './decision-words.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, getApplication, ITEMS, submit } from '../../test/helpers/applications.js';

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
    const m = (await messages()).find((x) => x.body.includes(number));
    expect(m).toMatchObject({ title: '事项不予备案' });
    expect(m!.body).toContain('不予备案。理由：经营范围不含酒类销售');
    expect(m!.body).not.toContain('许可');
  });
});
