import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

let t: TestApp;
let foodVersion: string;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T10:00:00+08:00' });
  const n = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00119001/notice' }), 201);
  foodVersion = n.items[0].versionId;
});
afterAll(() => t.close());

const flag = async (user: string | null, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/guide-feedback', headers: user ? await t.as(user) : {}, payload: body });
const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: await t.as(user) });

describe('guide accuracy feedback', () => {
  let applicantFlag: { id: string; departmentId: string };

  it('goes to the item\'s owner department with a deadline of five working days', async () => {
    const res = await flag('zhangsan', { itemVersionId: foodVersion, step: 'notice', kind: 'wrong', part: 'materials', materialCode: 'health-certs', description: '窗口说预包装食品销售也要健康证明，指南写的是只有制售才要' });
    applicantFlag = expectStatus(res, 201);
    const scjg = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/departments' }), 200).items.find((d: { code: string }) => d.code === 'scjg');
    expect(applicantFlag).toMatchObject({ itemCode: 'XK00119001', itemName: '食品经营许可', departmentId: scjg.id, status: 'open', reporterKind: 'applicant', partName: '申请材料' });
    // accepted Monday 2 March 2026: day 1 is Tuesday 3 March, day 5 is Monday 9 March
    expect((applicantFlag as unknown as { deadline: { dueOn: string; subjectKind: string } }).deadline).toMatchObject({ subjectKind: 'guide-feedback', dueOn: '2026-03-09' });
  });

  it('tells the owner department\'s head in-app', async () => {
    await t.drain();
    const inbox = expectStatus(await get('scjg-kezhang', '/api/v1/messages'), 200);
    expect(inbox.items.map((m: { title: string }) => m.title)).toContain('办事指南反馈：食品经营许可');
  });

  it('can come from a clerk at the window too, and counts in the item\'s statistics', async () => {
    expectStatus(await flag('chuangkou', { itemVersionId: foodVersion, step: 'window', kind: 'unclear', part: 'conditions', description: '“规定距离”没有写明是多少米' }), 201);
    const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/guide-feedback/stats?itemCode=XK00119001' }), 200);
    expect(stats).toMatchObject({ itemCode: 'XK00119001', total: 2, open: 2, wrong: 1, unclear: 1 });
  });

  it('is counted per item for the supervision dashboard, which only the bureau may read', async () => {
    const all = expectStatus(await get('jianguan', '/api/v1/guide-feedback/stats/by-item'), 200);
    expect(all.items.find((x: { itemCode: string }) => x.itemCode === 'XK00119001')).toMatchObject({ itemName: '食品经营许可', departmentId: applicantFlag.departmentId, total: 2, open: 2 });
    expect((await get('scjg-shenhe', '/api/v1/guide-feedback/stats/by-item')).statusCode).toBe(403);
  });

  it('is listed for the owner department and the reporter, not for another department', async () => {
    const mine = expectStatus(await get('scjg-shenhe', '/api/v1/guide-feedback'), 200);
    expect(mine.items).toHaveLength(2);
    expect(expectStatus(await get('wjj-shenhe', '/api/v1/guide-feedback'), 200).items).toHaveLength(0);
    expect(expectStatus(await get('zhangsan', '/api/v1/guide-feedback'), 200).items.map((x: { id: string }) => x.id)).toEqual([applicantFlag.id]);
    expect((await get('wjj-shenhe', `/api/v1/guide-feedback/${applicantFlag.id}`)).statusCode).toBe(404);
  });

  it('is answered once by the owner department, closing its deadline and telling the reporter', async () => {
    const handle = async (user: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/guide-feedback/${applicantFlag.id}/handle`, headers: await t.as(user), payload: { outcome: 'resolved', response: '已核实，指南已更正：仅制售类需提交健康证明' } });
    expect((await handle('wjj-shenhe')).statusCode).toBe(404);
    t.clock.set('2026-03-02T16:00:00+08:00');
    const done = expectStatus(await handle('scjg-shenhe'), 200);
    expect(done).toMatchObject({ status: 'resolved', deadline: { status: 'closed', onTime: true } });
    expect(expectStatus(await handle('scjg-shenhe'), 409).code).toBe('GUIDE_FEEDBACK_ALREADY_CLOSED');
    await t.drain();
    const inbox = expectStatus(await get('zhangsan', '/api/v1/messages'), 200);
    expect(inbox.items[0].body).toBe('已核实，指南已更正：仅制售类需提交健康证明');
    const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/guide-feedback/stats?itemCode=XK00119001' }), 200);
    expect(stats).toMatchObject({ total: 2, open: 1, resolved: 1 });
  });

  it('rejects bad input and changes nothing', async () => {
    const base = { itemVersionId: foodVersion, step: 'form', kind: 'wrong', part: 'materials', description: '说明' };
    expect((await flag(null, base)).statusCode).toBe(401);
    expect(expectStatus(await flag('zhangsan', { ...base, kind: 'angry' }), 400).code).toBe('VALIDATION_FAILED');
    expect(expectStatus(await flag('zhangsan', { ...base, materialCode: 'no-such' }), 400).code).toBe('GUIDE_FEEDBACK_MATERIAL_UNKNOWN');
    expect(expectStatus(await flag('zhangsan', { ...base, itemVersionId: '00000000-0000-4000-8000-000000000000' }), 404).code).toBe('GUIDANCE_ITEM_VERSION_NOT_FOUND');
    expect(expectStatus(await flag('jiancha', base), 403).code).toBe('FORBIDDEN');
    const stats = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/guide-feedback/stats?itemCode=XK00119001' }), 200);
    expect(stats.total).toBe(2);
  });
});
