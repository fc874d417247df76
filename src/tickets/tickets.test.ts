import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { freshSessions } from '../../test/helpers/sessions.js';

let t: TestApp;
let dept: Record<string, string>;
let login: (username: string) => Promise<Record<string, string>>;

const post = async (user: string | null, url: string, payload: Record<string, unknown>, status: number) =>
  expectStatus(await t.app.inject({ method: 'POST', url, headers: user ? await login(user) : {}, payload }), status);
const get = async (user: string | null, url: string, status = 200) =>
  expectStatus(await t.app.inject({ method: 'GET', url, headers: user ? await login(user) : {} }), status);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  login = freshSessions(t);
  dept = Object.fromEntries((await get(null, '/api/v1/departments')).items.map((d: { code: string; id: string }) => [d.code, d.id]));
});
afterAll(() => t.close());

describe('a 12345 ticket', () => {
  it('is dispatched by category, transferred with a reason, answered within its deadline and rated by the requester', async () => {
    const created = await post('zhangsan', '/api/v1/tickets', {
      kind: 'complaint', title: '小区消防通道被电动车堵塞', content: '我们小区一楼消防通道停满了电动车，还有人在楼道里充电，物业不管，存在火灾隐患。',
    }, 201);
    expect(created.ticket).toMatchObject({ status: 'registered', statusName: '待派单', source: 'online', requesterName: '张三' });
    // the knowledge base offers what it knows about the matter
    expect(created.suggestions[0]).toMatchObject({ title: '消防通道堵塞、楼道充电投诉' });

    const operator = 'chuangkou';
    const id = created.ticket.id;
    const early = await post(operator, `/api/v1/tickets/${id}/dispatch`, {}, 409);
    expect(early.code).toBe('TICKET_NOT_CLASSIFIED');
    await post(operator, `/api/v1/tickets/${id}/classify`, { categoryCode: 'housing' }, 200);
    const dispatched = await post(operator, `/api/v1/tickets/${id}/dispatch`, {}, 200);
    // housing: 10 working days from Monday 2 March
    expect(dispatched).toMatchObject({ status: 'dispatched', departmentId: dept.zjj, dueDate: '2026-03-16' });

    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/tickets/${id}/answer`, headers: await login('scjg-shenhe'), payload: { answer: '不归我管' } }), 403);
    t.clock.set('2026-03-04T10:00:00+08:00');
    const noReason = await post('zjj-shenhe', `/api/v1/tickets/${id}/transfer`, { departmentId: dept.xfjy, reason: '  ' }, 400);
    expect(noReason.code).toBe('VALIDATION_FAILED');
    const moved = await post('zjj-shenhe', `/api/v1/tickets/${id}/transfer`, { departmentId: dept.xfjy, reason: '消防通道堵塞属消防救援机构监督检查职责' }, 200);
    // the requester's clock does not restart with the transfer
    expect(moved).toMatchObject({ status: 'dispatched', departmentId: dept.xfjy, dueDate: '2026-03-16' });
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/tickets/${id}/answer`, headers: await login('zjj-shenhe'), payload: { answer: '已转走' } }), 403);

    t.clock.set('2026-03-10T16:00:00+08:00');
    const answered = await post('xfjy-shenhe', `/api/v1/tickets/${id}/answer`, { answer: '已现场检查，责令物业清理通道并下发整改通知书。' }, 200);
    expect(answered).toMatchObject({ status: 'answered', onTime: true });

    const detail = await get('zhangsan', `/api/v1/tickets/${id}`);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['registered', 'classified', 'dispatched', 'transferred', 'answered']);
    expect(detail.events[3]).toMatchObject({ fromDepartmentId: dept.zjj, toDepartmentId: dept.xfjy, reason: '消防通道堵塞属消防救援机构监督检查职责' });
    expect(detail.deadline).toMatchObject({ status: 'closed', dueOn: '2026-03-16' });

    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/tickets/${id}/rating`, headers: await login('xiangwei'), payload: { level: 1 } }), 403);
    const rated = await post('zhangsan', `/api/v1/tickets/${id}/rating`, { level: 5, comment: '处理很快' }, 200);
    expect(rated).toMatchObject({ status: 'closed', rating: { level: 5, levelName: '非常满意' } });
  });

  it('is returned with a reason and dispatched again on a new clock', async () => {
    t.clock.set('2026-03-11T09:00:00+08:00');
    const { ticket } = await post('chuangkou', '/api/v1/tickets', { kind: 'help', title: '老人走失求助', content: '家中老人今早出门未归，请帮忙寻找。', requesterName: '刘女士', requesterPhone: '13574610000', categoryCode: 'social-security' }, 201);
    await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {}, 200);
    const back = await post('rsj-shenhe', `/api/v1/tickets/${ticket.id}/return`, { reason: '走失求助应由公安机关处置，请改派' }, 200);
    expect(back).toMatchObject({ status: 'returned', departmentId: null, dueDate: null });
    await post('chuangkou', `/api/v1/tickets/${ticket.id}/classify`, { categoryCode: 'public-security' }, 200);
    t.clock.set('2026-03-11T09:30:00+08:00');
    const again = await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {}, 200);
    expect(again).toMatchObject({ status: 'dispatched', departmentId: dept.gaj, dueDate: '2026-03-18' });
    const wrong = await post('gaj-shenhe', `/api/v1/tickets/${ticket.id}/rating`, { level: 5 }, 409);
    expect(wrong.code).toBe('TICKET_STATE');
  });

  it('gets a deadline that skips the National Day holiday', async () => {
    t.clock.set('2026-09-29T10:00:00+08:00');
    const { ticket } = await post('chuangkou', '/api/v1/tickets', { kind: 'consultation', title: '国庆期间政务服务中心是否上班', content: '国庆假期政务服务中心哪几天开放？', requesterName: '王先生', requesterPhone: '13807460000', categoryCode: 'government-services' }, 201);
    const d = await post('chuangkou', `/api/v1/tickets/${ticket.id}/dispatch`, {}, 200);
    // 3 working days: 9/30, then 10/8 and 10/9 after the holiday
    expect(d.dueDate).toBe('2026-10-09');
  });
});

describe('duplicates', () => {
  it('are suggested when entered, linked to the first ticket, and answered with it', async () => {
    t.clock.set('2026-03-16T09:00:00+08:00');
    const first = await post('chuangkou', '/api/v1/tickets', { kind: 'complaint', title: '南平路垃圾站臭味扰民', content: '南平路菜市场旁的垃圾站每天早上臭味很大，污水横流，附近居民无法开窗。', requesterName: '赵先生', requesterPhone: '13900000001', categoryCode: 'city' }, 201);
    await post('chuangkou', `/api/v1/tickets/${first.ticket.id}/dispatch`, {}, 200);
    const second = await post('chuangkou', '/api/v1/tickets', { kind: 'complaint', title: '南平路垃圾站臭味', content: '南平路垃圾站臭味扰民，污水流到路上。', requesterName: '钱女士', requesterPhone: '13900000002' }, 201);
    expect(second.possibleDuplicates.map((d: { id: string }) => d.id)).toContain(first.ticket.id);

    const linked = await post('chuangkou', `/api/v1/tickets/${second.ticket.id}/duplicate-of`, { masterId: first.ticket.id }, 200);
    expect(linked).toMatchObject({ status: 'merged', duplicateOf: first.ticket.id });
    const self = await post('chuangkou', `/api/v1/tickets/${first.ticket.id}/duplicate-of`, { masterId: first.ticket.id }, 409);
    expect(self.code).toBe('TICKET_DUPLICATE_SELF');

    // the city department has no demo account: the bureau's clerk answers after dispatching it to itself
    await post('chuangkou', `/api/v1/tickets/${first.ticket.id}/transfer`, { departmentId: dept.xzsp, reason: '城管执法局联系人缺位，审批服务局牵头协调' }, 200);
    await post('chuangkou', `/api/v1/tickets/${first.ticket.id}/answer`, { answer: '已协调环卫部门每日两次清运并冲洗垃圾站。' }, 200);
    const dup = await get('chuangkou', `/api/v1/tickets/${second.ticket.id}`);
    expect(dup).toMatchObject({ status: 'answered', answer: '已协调环卫部门每日两次清运并冲洗垃圾站。' });
    const master = await get('chuangkou', `/api/v1/tickets/${first.ticket.id}`);
    expect(master.duplicates.map((d: { id: string }) => d.id)).toEqual([second.ticket.id]);
  });
});

describe('the knowledge base', () => {
  it('finds answers by two-character terms and learns new ones', async () => {
    const found = await get(null, `/api/v1/knowledge?q=${encodeURIComponent('社保卡丢了')}`);
    expect(found.items[0].title).toBe('社会保障卡丢失补办');
    const none = await get(null, `/api/v1/knowledge?q=${encodeURIComponent('火星移民')}`);
    expect(none.items).toEqual([]);
    await post('zhangsan', '/api/v1/knowledge', { title: '乱写', question: '乱写', answer: '乱写' }, 403);
    const added = await post('chuangkou', '/api/v1/knowledge', { categoryCode: 'public-security', title: '老年人走失求助', question: '家里老人走失了怎么办？', answer: '立即拨打 110 报警，并提供老人照片、衣着和最后出现地点。' }, 201);
    const hit = await get(null, `/api/v1/knowledge?q=${encodeURIComponent('老人走失')}`);
    expect(hit.items[0].id).toBe(added.id);
  });
});

describe('bad input', () => {
  it('gets a clear 4xx', async () => {
    const anon = await post(null, '/api/v1/tickets', { kind: 'complaint', title: '匿名', content: '没有联系方式' }, 400);
    expect(anon.code).toBe('TICKET_CONTACT_REQUIRED');
    await post(null, '/api/v1/tickets', { kind: 'praise', title: '表扬', content: '表扬', requesterName: '某', requesterPhone: '13800000000' }, 400);
    await post(null, '/api/v1/tickets', { kind: 'help', title: '求助', content: '求助', requesterName: '某', requesterPhone: '12345' }, 400);
    const cat = await post('chuangkou', '/api/v1/tickets', { kind: 'help', title: '求助', content: '求助', requesterName: '某', requesterPhone: '13800000000', categoryCode: 'nope' }, 400);
    expect(cat.code).toBe('TICKET_CATEGORY_UNKNOWN');
    await get('chuangkou', '/api/v1/tickets/00000000-0000-4000-8000-000000000000', 404);
    await get('chuangkou', '/api/v1/tickets/not-a-uuid', 400);
    const other = await post('xiangwei', '/api/v1/tickets', { kind: 'help', title: '求助', content: '求助内容' }, 201);
    await get('zhangsan', `/api/v1/tickets/${other.ticket.id}`, 403);
    expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/tickets/categories/housing', headers: await login('chuangkou'), payload: { name: '住房', departmentId: dept.zjj, workingDays: 3 } }), 403);
    const changed = expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/tickets/categories/housing', headers: await login('jianguan'), payload: { name: '住房建设', departmentId: dept.zjj, workingDays: 7 } }), 200);
    expect(changed.workingDays).toBe(7);
    expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/tickets/categories/housing', headers: await login('jianguan'), payload: { name: '住房建设', departmentId: dept.zjj, workingDays: 0 } }), 400);
  });
});
