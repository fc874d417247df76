import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { freshSessions } from '../../test/helpers/sessions.js';

let t: TestApp;
let login: (username: string) => Promise<Record<string, string>>;

const post = async (user: string | null, url: string, payload: Record<string, unknown>, status: number) =>
  expectStatus(await t.app.inject({ method: 'POST', url, headers: user ? await login(user) : {}, payload }), status);
const get = async (user: string, url: string, status = 200) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await login(user) }), status);

const file = (user: string, description: string) =>
  post(user, '/api/v1/disclosure/requests', { description, format: 'electronic', delivery: 'online', phone: '13807461234' }, 201);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  login = freshSessions(t);
});
afterAll(() => t.close());

describe('a disclosure request', () => {
  it('is answered within 20 working days, extended once with notice, and a second extension is refused', async () => {
    const r = await file('zhangsan', '2025 年蓝山县城区道路维修工程的预算及决算信息');
    expect(r).toMatchObject({ status: 'received', dueDate: '2026-03-30', applicantName: '张三' });
    expect(r.applicantIdCode).toMatch(/^431127\d{12}$|^431127[0-9X]{12}$/);

    await get('xiangwei', `/api/v1/disclosure/requests/${r.id}`, 403);
    const office = await get('chuangkou', `/api/v1/disclosure/requests/${r.id}`);
    expect(office.applicantIdCode).toContain('********');

    t.clock.set('2026-03-20T10:00:00+08:00');
    await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/extension`, { workingDays: 20, reason: '需调取档案' }, 403);
    const tooLong = await post('jianguan', `/api/v1/disclosure/requests/${r.id}/extension`, { workingDays: 25, reason: '需调取档案' }, 400);
    expect(tooLong.code).toBe('DISCLOSURE_EXTENSION_TOO_LONG');
    const extended = await post('jianguan', `/api/v1/disclosure/requests/${r.id}/extension`, { workingDays: 20, reason: '所需信息涉及多个部门，需调取档案核对' }, 200);
    // 20 more working days, skipping 清明 (4/4–4/6)
    expect(extended).toMatchObject({ dueDate: '2026-04-28', extension: { workingDays: 20, reason: '所需信息涉及多个部门，需调取档案核对' } });

    const second = await post('jianguan', `/api/v1/disclosure/requests/${r.id}/extension`, { workingDays: 5, reason: '还需要时间' }, 409);
    expect(second).toMatchObject({ code: 'DISCLOSURE_ALREADY_EXTENDED', message: '答复期限已延长过一次，依《政府信息公开条例》第三十三条不得再次延长' });
    expect((await get('zhangsan', `/api/v1/disclosure/requests/${r.id}`)).dueDate).toBe('2026-04-28');

    await t.drain();
    const messages = await get('zhangsan', '/api/v1/messages');
    expect(messages.items.map((m: { title: string }) => m.title)).toContain('政府信息公开申请延期答复告知');

    t.clock.set('2026-04-22T10:00:00+08:00');
    const noBasis = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'not-disclosable', text: '不予公开' }, 400);
    expect(noBasis.code).toBe('DISCLOSURE_LEGAL_BASIS_REQUIRED');
    const answered = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'partly-disclosed', legalBasisCode: 'art15', text: '提供预算决算总表；施工单位报价明细涉及商业秘密不予公开。' }, 200);
    expect(answered.answer).toMatchObject({ type: 'partly-disclosed', typeName: '部分公开', onTime: true, onTheSpot: false });
    expect(answered.answer.legalBasis).toContain('第十五条');
    const again = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'disclosed', text: '再答一次' }, 409);
    expect(again.code).toBe('DISCLOSURE_ANSWERED');
  });

  it('stops the clock while a third party is consulted', async () => {
    t.clock.set('2026-03-02T09:00:00+08:00');
    const r = await file('xiangwei', '本店所在街道 2025 年度餐饮企业食品安全抽检结果');
    expect(r.dueDate).toBe('2026-03-30');
    t.clock.set('2026-03-04T10:00:00+08:00');
    const consulting = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/consultations`, { thirdParty: '被抽检的 6 家餐饮企业', question: '拟公开贵单位抽检结果，是否同意？' }, 200);
    expect(consulting).toMatchObject({ status: 'consulting', dueDate: null });
    const blocked = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'disclosed', text: '公开' }, 409);
    expect(blocked.code).toBe('DISCLOSURE_CONSULTING');
    t.clock.set('2026-03-11T15:00:00+08:00');
    const back = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/consultations/close`, { opinion: 'agrees', note: '均同意公开' }, 200);
    // 3/5–3/11 (five working days) did not count
    expect(back).toMatchObject({ status: 'received', dueDate: '2026-04-07' });
    const detail = await get('xiangwei', `/api/v1/disclosure/requests/${r.id}`);
    expect(detail.consultations).toHaveLength(1);
    expect(detail.consultations[0]).toMatchObject({ opinionName: '同意公开' });
    expect(detail.deadline.suspensions[0]).toMatchObject({ kind: 'consultation', from: '2026-03-04', to: '2026-03-11' });
    await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/consultations/close`, { opinion: 'agrees' }, 409);
  });

  it('answered the same day counts as on the spot, and the register sums it up', async () => {
    t.clock.set('2026-05-11T09:00:00+08:00');
    const r = await post('chuangkou', '/api/v1/disclosure/requests', { applicantName: '王建国', applicantKind: 'citizen', applicantIdCode: '11010519491231002X', description: '政务服务中心进驻事项清单', format: 'paper', delivery: 'pickup' }, 201);
    t.clock.set('2026-05-11T09:20:00+08:00');
    const a = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'disclosed', text: '当场提供清单' }, 200);
    expect(a.answer).toMatchObject({ onTheSpot: true, onTime: true, legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项' });
    const register = await get('jianguan', '/api/v1/disclosure/requests?year=2026');
    expect(register.items.map((x: { id: string }) => x.id)).toContain(r.id);
    expect(register.summary.onTheSpot).toBeGreaterThanOrEqual(1);
    expect(register.summary.extended).toBeGreaterThanOrEqual(1);
    const mine = await get('zhangsan', '/api/v1/disclosure/requests');
    expect(mine.summary).toBeNull();
    expect(mine.items.every((x: { applicantName: string }) => x.applicantName === '张三')).toBe(true);
  });

  it('is published as counts per agency, without anything about the applicants', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/disclosure/register?year=2026' });
    const pub = expectStatus(res, 200);
    expect(pub.year).toBe(2026);
    expect(pub.summary.total).toBeGreaterThanOrEqual(3);
    expect(pub.summary.byType.disclosed).toBeGreaterThanOrEqual(1);
    expect(pub.departments.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(pub.summary.total);
    expect(res.body).not.toContain('王建国');
    expect(res.body).not.toContain('张三');
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/disclosure/register?year=1999' }), 400)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('gets a due date across the Mid-Autumn and National Day holidays', async () => {
    t.clock.set('2026-09-24T10:00:00+08:00');
    const r = await file('zhangsan', '2026 年国庆假期县城交通管制方案');
    // day 1 is 9/28; 9/25–9/27 and 10/1–10/7 are off, Saturday 10/10 is worked
    expect(r.dueDate).toBe('2026-10-29');
  });

  it('refuses bad input with a clear 4xx', async () => {
    await post(null, '/api/v1/disclosure/requests', { description: '匿名', format: 'paper', delivery: 'post' }, 401);
    await post('zhangsan', '/api/v1/disclosure/requests', { description: '', format: 'paper', delivery: 'post' }, 400);
    await post('zhangsan', '/api/v1/disclosure/requests', { description: '某信息', format: 'fax', delivery: 'post' }, 400);
    const bad = await post('chuangkou', '/api/v1/disclosure/requests', { applicantName: '李四', applicantIdCode: '110105194912310021', description: '某信息', format: 'paper', delivery: 'post' }, 400);
    expect(bad.code).toBe('DISCLOSURE_ID_INVALID');
    await get('chuangkou', '/api/v1/disclosure/requests/00000000-0000-4000-8000-000000000000', 404);
    const r = await file('zhangsan', '某信息');
    const unknown = await post('chuangkou', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'not-disclosable', legalBasisCode: 'art99', text: '不予公开' }, 400);
    expect(unknown.code).toBe('DISCLOSURE_LEGAL_BASIS_UNKNOWN');
    await post('zhangsan', `/api/v1/disclosure/requests/${r.id}/answer`, { type: 'disclosed', text: '自己答复自己' }, 403);
  });
});
