import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { freshSessions } from '../../test/helpers/sessions.js';

let t: TestApp;
let dept: Record<string, string>;
let zhangsanId: string;
let login: (username: string) => Promise<Record<string, string>>;

const windowLevels = (overall: number, rest = overall) => ({ overall, serviceEfficiency: rest, serviceLevel: rest, attitude: rest });

async function visit(user: string, body: Record<string, unknown>) {
  return expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings/visits', headers: await login(user), payload: body }), 200);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  login = freshSessions(t);
  const deps = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/departments' }), 200);
  dept = Object.fromEntries(deps.items.map((d: { code: string; id: string }) => [d.code, d.id]));
  zhangsanId = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: await login('zhangsan') }), 200).id;
});
afterAll(() => t.close());

describe('a bad rating', () => {
  it('opens a rectification that the department answers, the rater is followed up, and the rater sees the outcome', async () => {
    const h = await visit('chuangkou', { itemName: '食品经营许可证（新办）', departmentId: dept.scjg, raterUserId: zhangsanId });
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/mine', headers: await login('zhangsan') }), 200);
    expect(mine.toRate.map((x: { id: string }) => x.id)).toContain(h.id);

    // a 差评 names what was wrong and why (GB/T 39734): without either it is sent back, nothing recorded
    const bare = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(2, 3) } }), 422);
    expect(bare.message).toBe('差评请说明不满意的地方：把不满意的方面评为“不满意”或“非常不满意”，并写明原因（至少 4 个字）');
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(2), comment: '差' } }), 422);
    const rating = expectStatus(await t.app.inject({
      method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'),
      payload: { handlingId: h.id, indicators: { ...windowLevels(3), overall: 2, serviceLevel: 2 }, comment: '窗口让我补了三次材料' },
    }), 201);
    expect(rating).toMatchObject({ level: 2, levelName: '不满意', grade: 'bad', realName: true });
    // 5 working days from Monday 2 March: day 1 is Tuesday 3 March
    expect(rating.rectification).toMatchObject({ status: 'open', followUpRequired: true, workingDays: 5, dueDate: '2026-03-09' });
    const rectId = rating.rectification.id;

    const bench = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/rectifications?status=open', headers: await login('scjg-shenhe') }), 200);
    const row = bench.items.find((x: { id: string }) => x.id === rectId);
    expect(row).toMatchObject({ itemName: '食品经营许可证（新办）', comment: '窗口让我补了三次材料', raterName: '张三' });

    // another department cannot see or answer it
    expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/ratings/rectifications/${rectId}`, headers: await login('wjj-shenhe') }), 403);
    // the rater is called back about what was done, so not before the answer
    const early = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/ratings/rectifications/${rectId}/follow-up`, headers: await login('scjg-shenhe'), payload: { method: 'phone', result: 'satisfied' } }), 409);
    expect(early.code).toBe('RECTIFICATION_STATE');

    t.clock.set('2026-03-05T10:00:00+08:00');
    const answered = expectStatus(await t.app.inject({
      method: 'POST', url: `/api/v1/ratings/rectifications/${rectId}/answer`, headers: await login('scjg-shenhe'),
      payload: { finding: '窗口未执行一次性告知制度', action: '已对窗口人员批评教育并重新培训，许可证已办结' },
    }), 200);
    expect(answered).toMatchObject({ status: 'answered', onTime: true });

    await t.drain();
    const messages = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await login('zhangsan') }), 200);
    expect(messages.items.map((m: { title: string }) => m.title)).toContain('您的评价已有整改反馈');

    t.clock.set('2026-03-06T15:00:00+08:00');
    const followed = expectStatus(await t.app.inject({
      method: 'POST', url: `/api/v1/ratings/rectifications/${rectId}/follow-up`, headers: await login('scjg-shenhe'),
      payload: { method: 'phone', result: 'satisfied', note: '电话回访，申请人表示满意' },
    }), 200);
    expect(followed).toMatchObject({ status: 'closed', followUp: { method: 'phone', result: 'satisfied' } });

    const after = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/mine', headers: await login('zhangsan') }), 200);
    const seen = after.ratings.find((r: { id: string }) => r.id === rating.id);
    expect(seen.rectification).toMatchObject({ status: 'closed', statusName: '已办结', action: '已对窗口人员批评教育并重新培训，许可证已办结', followUp: { resultName: '满意' } });
    expect(after.toRate.map((x: { id: string }) => x.id)).not.toContain(h.id);

    const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/ratings/statistics?period=2026-03&by=department' }), 200);
    const scjg = stats.items.find((x: { key: string }) => x.key === dept.scjg);
    expect(scjg).toMatchObject({ name: '蓝山县市场监督管理局', bad: 1, rectifications: 1, rectifiedOnTime: 1, rectificationOnTimeRate: 100 });
  });

  it('refuses a second rating of the same handling and a rating of someone else’s handling', async () => {
    const h = await visit('chuangkou', { itemName: '营业执照（变更登记）', departmentId: dept.scjg, raterUserId: zhangsanId });
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('xiangwei'), payload: { handlingId: h.id, indicators: windowLevels(5) } }), 403);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(5) } }), 201);
    const again = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(1), comment: '再评一次试试' } }), 409);
    expect(again.code).toBe('RATING_ALREADY_GIVEN');
  });
});

describe('editing a rating', () => {
  it('follows the new grade within the configured time and is refused after it', async () => {
    const settings = expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/ratings/settings', headers: await login('sheng-jianguan'), payload: { editHours: 24, rectificationDays: 15 } }), 200);
    expect(settings).toEqual({ editHours: 24, rectificationDays: 15 });
    expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/ratings/settings', headers: await login('zhangsan'), payload: { editHours: 1 } }), 403);

    const h = await visit('chuangkou', { itemName: '社会保障卡补办', departmentId: dept.rsj, raterUserId: zhangsanId });
    const good = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(4) } }), 201);
    expect(good.rectification).toBeNull();

    t.clock.advance(3 * 3600_000);
    const bad = expectStatus(await t.app.inject({ method: 'PATCH', url: `/api/v1/ratings/${good.id}`, headers: await login('zhangsan'), payload: { indicators: windowLevels(1), comment: '回家发现卡片信息印错了' } }), 200);
    expect(bad.rectification).toMatchObject({ status: 'open', workingDays: 15 });

    const back = expectStatus(await t.app.inject({ method: 'PATCH', url: `/api/v1/ratings/${good.id}`, headers: await login('zhangsan'), payload: { indicators: windowLevels(3) } }), 200);
    expect(back.rectification).toBeNull();
    const withdrawn = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/rectifications?status=withdrawn', headers: await login('rsj-shenhe') }), 200);
    expect(withdrawn.items.map((x: { ratingId: string }) => x.ratingId)).toContain(good.id);

    t.clock.advance(22 * 3600_000);
    const late = expectStatus(await t.app.inject({ method: 'PATCH', url: `/api/v1/ratings/${good.id}`, headers: await login('zhangsan'), payload: { indicators: windowLevels(5) } }), 409);
    expect(late).toMatchObject({ code: 'RATING_EDIT_WINDOW_CLOSED', message: '评价提交已超过 24 小时，不能再修改' });
    expectStatus(await t.app.inject({ method: 'PUT', url: '/api/v1/ratings/settings', headers: await login('sheng-jianguan'), payload: { editHours: 72, rectificationDays: 5 } }), 200);
  });
});

describe('an appeal', () => {
  it('voids a malicious anonymous rating with the reason kept, ends its rectification and drops it from the statistics', async () => {
    t.clock.set('2026-04-07T10:00:00+08:00');
    const h = await visit('chuangkou', { itemName: '食品经营许可证（延续）', departmentId: dept.scjg });
    const pad = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/ratings/handlings/by-code/${h.ratingCode}` }), 200);
    expect(pad).toMatchObject({ itemName: '食品经营许可证（延续）', rated: false, channel: 'window' });
    const rating = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', payload: { ratingCode: h.ratingCode, indicators: windowLevels(1), comment: '等了两个小时没人接待' } }), 201);
    expect(rating).toMatchObject({ realName: false, rectification: { status: 'open', followUpRequired: false } });

    const before = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/ratings/statistics?period=2026-Q2&by=item' }), 200);
    expect(before.items.find((x: { name: string }) => x.name === '食品经营许可证（延续）')).toMatchObject({ bad: 1 });

    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/ratings/${rating.id}/appeals`, headers: await login('wjj-shenhe'), payload: { reasonKind: 'malicious', explanation: '不是本部门' } }), 403);
    const appeal = expectStatus(await t.app.inject({
      method: 'POST', url: `/api/v1/ratings/${rating.id}/appeals`, headers: await login('scjg-kezhang'),
      payload: { reasonKind: 'malicious', explanation: '录像显示评价人未在窗口办理业务，连续点击差评' },
    }), 201);
    expect(appeal).toMatchObject({ status: 'pending', reasonName: '恶意差评' });
    const twice = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/ratings/${rating.id}/appeals`, headers: await login('scjg-kezhang'), payload: { reasonKind: 'mistaken', explanation: '再次申诉' } }), 409);
    expect(twice.code).toBe('APPEAL_PENDING');

    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/ratings/appeals/${appeal.id}/decision`, headers: await login('scjg-kezhang'), payload: { uphold: true, note: '自己批准' } }), 403);
    const decided = expectStatus(await t.app.inject({
      method: 'POST', url: `/api/v1/ratings/appeals/${appeal.id}/decision`, headers: await login('jianguan'),
      payload: { uphold: true, note: '经核查录像属实，予以作废' },
    }), 200);
    expect(decided).toMatchObject({ status: 'upheld', decisionNote: '经核查录像属实，予以作废' });
    const again = expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/ratings/appeals/${appeal.id}/decision`, headers: await login('jianguan'), payload: { uphold: false, note: '改主意' } }), 409);
    expect(again.code).toBe('APPEAL_DECIDED');

    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings?grade=bad', headers: await login('scjg-kezhang') }), 200);
    const voided = list.items.find((r: { id: string }) => r.id === rating.id);
    expect(voided).toMatchObject({ status: 'voided', rectification: { status: 'voided' }, appeal: { status: 'upheld' } });
    expect(voided.voidReason).toContain('录像显示评价人未在窗口办理业务');
    expect(voided.voidReason).toContain('经核查录像属实');

    const after = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/ratings/statistics?period=2026-Q2&by=item' }), 200);
    expect(after.items.find((x: { name: string }) => x.name === '食品经营许可证（延续）')).toBeUndefined();
  });
});

describe('rectification deadlines', () => {
  it('skip the National Day holiday and count the make-up Saturday', async () => {
    t.clock.set('2026-09-29T10:00:00+08:00');
    const h = await visit('chuangkou', { itemName: '公共场所卫生许可证（新办）', departmentId: dept.wjj, raterUserId: zhangsanId });
    const rating = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(2), comment: '材料要求说得不清楚' } }), 201);
    // 9/30 is day 1; 10/1–10/7 off; 10/8, 10/9, 10/10 (make-up Saturday), 10/12
    expect(rating.rectification.dueDate).toBe('2026-10-12');
  });
});

describe('bad input', () => {
  it('gets a clear 4xx and changes nothing', async () => {
    const h = await visit('chuangkou', { itemName: '居民身份证换领', departmentId: dept.gaj, raterUserId: zhangsanId });
    const missing = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: { overall: 5, efficiency: 4 } } }), 400);
    expect(missing.code).toBe('RATING_INDICATORS_INVALID');
    expect(missing.message).toContain('serviceEfficiency');
    const outOfRange = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', headers: await login('zhangsan'), payload: { handlingId: h.id, indicators: windowLevels(6) } }), 400);
    expect(outOfRange.code).toBe('VALIDATION_FAILED');
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', payload: { handlingId: h.id, indicators: windowLevels(5) } }), 400);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings', payload: { ratingCode: 'ZZZZZZZZ', indicators: windowLevels(5) } }), 404);
    expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/public/ratings/statistics?period=2026-13' }), 400);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings/visits', headers: await login('zhangsan'), payload: { itemName: '伪造' } }), 403);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/ratings/visits', headers: await login('chuangkou'), payload: { itemName: '某事项', raterUserId: '00000000-0000-4000-8000-000000000000' } }), 404);
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/ratings/mine', headers: await login('zhangsan') }), 200);
    expect(mine.toRate.map((x: { id: string }) => x.id)).toContain(h.id);
  });
});
