import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submit, uploadPdf } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const get = async (user: string, url: string) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await t.as(user) }), 200);
const pendingOf = (page: { items: Array<{ subjectKind: string; subjectId: string }> }, applicationId: string) =>
  page.items.filter((i) => i.subjectKind === 'pending-materials' && i.subjectId.startsWith(applicationId));

describe('materials owed under 容缺受理', () => {
  it('are watched as deadlines of the accepting window, turn yellow and red, and close when received', async () => {
    const owed = [`${ITEMS.food}:layout`, `${ITEMS.food}:food-safety-rules`];
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: owed });
    const app = await accept(t, id, {
      pending: [
        { itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-09' },
        { itemCode: ITEMS.food, materialCode: 'food-safety-rules', dueDate: '2026-03-20' },
      ],
    });
    await decide(t, caseOf(app, ITEMS.food));

    // the clerk who accepted watches both, due on the dates given
    const open = pendingOf(await get('chuangkou', '/api/v1/supervision/deadlines?colour=open'), id);
    expect(open.map((i: any) => [i.title.split(' ')[1], i.dueOn, i.colour])).toEqual([
      ['容缺补交：经营场所平面布局图及设备布局、工艺流程图', '2026-03-09', 'green'],
      ['容缺补交：食品安全自查、从业人员健康管理、进货查验记录等管理制度', '2026-03-20', 'green'],
    ]);
    expect(open[0]).toMatchObject({ assignee: { name: '王窗口' }, title: expect.stringContaining(app.number) });

    // on its last day the first turns yellow; the supervisor sees it on the yellow list
    t.clock.set('2026-03-06T10:00:00+08:00');
    expect(pendingOf(await get('jianguan', '/api/v1/supervision/deadlines?colour=yellow'), id)).toEqual([]);
    t.clock.set('2026-03-09T10:00:00+08:00');
    const yellow = pendingOf(await get('jianguan', '/api/v1/supervision/deadlines?colour=yellow'), id);
    expect(yellow.map((i: any) => i.dueOn)).toEqual(['2026-03-09']);

    // past it, red, and still owed: delivery waits
    t.clock.set('2026-03-10T10:00:00+08:00');
    const red = pendingOf(await get('jianguan', '/api/v1/supervision/deadlines?colour=red'), id);
    expect(red).toEqual([expect.objectContaining({ dueOn: '2026-03-09', workingDaysLeft: -1, colour: 'red' })]);
    expect((await deliver(t, id)).json().code).toBe('PENDING_MATERIALS_OUTSTANDING');
    // the application shows each owed material's deadline and colour
    const shown = await getApplication(t, id, 'xiangwei');
    expect(shown.pending.map((p: any) => [p.materialCode, p.deadline.dueOn, p.deadline.colour])).toEqual([
      ['layout', '2026-03-09', 'red'],
      ['food-safety-rules', '2026-03-20', 'green'],
    ]);

    // received and checked: off every list; the late one counts as late, the other on time
    for (const materialCode of ['layout', 'food-safety-rules']) {
      const uploadId = await uploadPdf(t, 'xiangwei', `owed-${materialCode}`);
      expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/pending-materials`, headers: await t.as('xiangwei'), payload: { itemCode: ITEMS.food, materialCode, uploadId } }), 200);
      expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/pending-materials/check`, headers: await t.as('chuangkou'), payload: { itemCode: ITEMS.food, materialCode, accepted: true } }), 200);
    }
    expect(pendingOf(await get('jianguan', '/api/v1/supervision/deadlines?colour=open'), id)).toEqual([]);
    const explained = await t.db.query<{ subject_id: string; on_time: boolean; status: string }>(
      `SELECT subject_id, on_time, status FROM deadlines WHERE subject_kind = 'pending-materials' AND subject_id LIKE $1 ORDER BY due_on`,
      [`${id}:%`],
    );
    expect(explained.map((d) => [d.status, d.on_time])).toEqual([['closed', false], ['closed', true]]);
    expect(expectStatus(await deliver(t, id), 200).status).toBe('delivered');
  });

  it('are withdrawn, not left to turn red, when every case is denied', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    const app = await accept(t, id, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-27' }] });
    expect(pendingOf(await get('chuangkou', '/api/v1/supervision/deadlines?colour=open'), id)).toHaveLength(1);
    await decide(t, caseOf(app, ITEMS.food), 'deny', '经营场所不符合食品安全要求');
    expect(pendingOf(await get('chuangkou', '/api/v1/supervision/deadlines?colour=open'), id)).toEqual([]);
    t.clock.set('2026-04-01T10:00:00+08:00');
    expect(pendingOf(await get('jianguan', '/api/v1/supervision/deadlines?colour=red'), id)).toEqual([]);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('falls due on the working day before a due date on a day off', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`] });
    await accept(t, id, { pending: [{ itemCode: ITEMS.food, materialCode: 'layout', dueDate: '2026-03-15' }] }); // a Sunday
    const open = pendingOf(await get('chuangkou', '/api/v1/supervision/deadlines?colour=open'), id);
    expect(open.map((i: any) => i.dueOn)).toEqual(['2026-03-13']);
  });
});
