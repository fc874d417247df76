import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, ITEMS, submit } from '../../test/helpers/applications.js';
import { ratingsOf } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const onlineLevels = (overall: number, rest = overall) => ({ overall, efficiency: rest, guideAccuracy: rest, convenience: rest, usability: rest });

describe('after delivery', () => {
  it('invites the applicant to rate each item once (一事一评), and a bad one reaches the department that decided it', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    expectStatus(await deliver(t, id, { method: 'window' }), 200);
    await t.drain();
    await t.drain();

    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/mine', headers: await t.as('xiangwei') }), 200);
    const toRate = mine.toRate.filter((h: { applicationId: string }) => h.applicationId === id);
    expect(toRate).toHaveLength(1);
    expect(toRate[0]).toMatchObject({ channel: 'online', itemCode: ITEMS.food });
    expect(toRate[0].indicators.map((i: { name: string }) => i.name)).toEqual(['整体满意度', '办事效率', '办事指南精确度', '办事便捷度', '平台操作性']);
    const inbox = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(inbox.items.map((m: { title: string }) => m.title)).toContain('请对本次办事进行评价');

    // window indicators do not fit an online handling
    const wrong = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await t.as('xiangwei'), payload: { handlingId: toRate[0].id, indicators: { overall: 2, serviceEfficiency: 2, serviceLevel: 2, attitude: 2 } } }), 400);
    expect(wrong.code).toBe('RATING_INDICATORS_INVALID');
    const rating = expectStatus(await t.app.inject({
      method: 'POST', url: '/api/v1/ratings', headers: await t.as('xiangwei'),
      payload: { handlingId: toRate[0].id, indicators: onlineLevels(1, 2), comment: '办事指南里写的材料和窗口要求不一样' },
    }), 201);
    expect(rating).toMatchObject({ channel: 'online', grade: 'bad', rectification: { status: 'open', dueDate: '2026-03-09' } });

    const bench = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/rectifications?status=open', headers: await t.as('scjg-shenhe') }), 200);
    expect(bench.items.map((x: { ratingId: string }) => x.ratingId)).toContain(rating.id);

    // the enterprise file lists the ratings the business gave
    const me = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await t.as('xiangwei') }), 200);
    const file = await ratingsOf(t.db, { uscc: me.uscc });
    expect(file.find((r) => r.id === rating.id)).toMatchObject({ itemCode: ITEMS.food, levelName: '非常不满意', rectification: { status: 'open' } });
  });
});
