import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

let t: TestApp;
let dept: Record<string, string>;

const post = async (user: string, url: string, payload: Record<string, unknown>) => expectStatus(await t.app.inject({ method: 'POST', url, headers: await t.as(user), payload }), 200);
const get = async (user: string, url: string) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await t.as(user) }), 200);

/** The ticket's running deadline as a department's supervisor list shows it (or undefined). */
async function onList(ticketId: string, departmentCode: string, colour = 'open') {
  const page = await get('jianguan', `/api/v1/supervision/deadlines?colour=${colour}&subjectKind=ticket&departmentId=${dept[departmentCode]}&limit=200`);
  return page.items.find((i: { subjectId: string }) => i.subjectId === ticketId);
}
const closedBy = async (departmentCode: string) =>
  (await get('jianguan', `/api/v1/supervision/statistics?period=week&subjectKind=ticket&departmentId=${dept[departmentCode]}`)).total.closed;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  dept = Object.fromEntries((await get('jianguan', '/api/v1/departments')).items.map((d: { code: string; id: string }) => [d.code, d.id]));
});
afterAll(() => t.close());

describe('a ticket deadline follows the ticket', () => {
  it('moves to the new department on transfer with the same due date, and is not credited to the old one', async () => {
    const { ticket } = expectStatus(
      await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: await t.as('chuangkou'), payload: { kind: 'complaint', title: '楼道电动车充电', content: '楼道里有人给电动车充电，存在火灾隐患。', requesterName: '赵先生', requesterPhone: '13574610001', categoryCode: 'housing' } }),
      201,
    );
    await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {});
    expect(await onList(ticket.id, 'zjj')).toMatchObject({ dueOn: '2026-03-16', colour: 'green' });

    t.clock.set('2026-03-04T10:00:00+08:00');
    await post('zjj-shenhe', `/api/v1/tickets/${ticket.id}/transfer`, { departmentId: dept.xfjy, reason: '楼道充电属消防监督检查职责' });
    expect(await onList(ticket.id, 'zjj')).toBeUndefined();
    expect(await onList(ticket.id, 'xfjy')).toMatchObject({ dueOn: '2026-03-16', department: { id: dept.xfjy } });
    expect(await closedBy('zjj')).toBe(0);

    // it turns yellow and red for the department now holding it
    t.clock.set('2026-03-17T10:00:00+08:00');
    expect(await onList(ticket.id, 'xfjy', 'red')).toMatchObject({ colour: 'red', workingDaysLeft: -1 });
    await post('xfjy-shenhe', `/api/v1/tickets/${ticket.id}/answer`, { answer: '已现场检查并责令整改。' });
    expect(await closedBy('xfjy')).toBe(1);
  });

  it('leaves the lists on return without counting, and starts again for the department it is dispatched to next', async () => {
    t.clock.set('2026-03-23T09:00:00+08:00');
    const { ticket } = expectStatus(
      await t.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: await t.as('chuangkou'), payload: { kind: 'help', title: '老人走失求助', content: '家中老人今早出门未归，请帮忙寻找。', requesterName: '刘女士', requesterPhone: '13574610000', categoryCode: 'social-security' } }),
      201,
    );
    await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {});
    expect(await onList(ticket.id, 'rsj')).toBeDefined();
    t.clock.set('2026-03-24T09:00:00+08:00');
    await post('rsj-shenhe', `/api/v1/tickets/${ticket.id}/return`, { reason: '走失求助应由公安机关处置，请改派' });
    expect(await onList(ticket.id, 'rsj')).toBeUndefined();
    expect(await closedBy('rsj')).toBe(0);

    await post('chuangkou', `/api/v1/tickets/${ticket.id}/classify`, { categoryCode: 'public-security' });
    const again = await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {});
    expect(await onList(ticket.id, 'gaj')).toMatchObject({ dueOn: again.dueDate, acceptedOn: '2026-03-24' });
  });
});
