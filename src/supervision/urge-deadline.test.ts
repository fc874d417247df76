import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { departmentByCode, userByUsername } from '../identity/index.js';
import { closeDeadline, trackDeadline } from './index.js';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  const scjg = (await departmentByCode(t.db, 'scjg'))!.id;
  const wjj = (await departmentByCode(t.db, 'wjj'))!.id;
  const reviewer = (await userByUsername(t.db, 'scjg-shenhe'))!.id;
  const track = async (subjectId: string, departmentId: string, assigneeId: string | null, startedAt: string, workingDays: number) => {
    const d = await t.db.transaction((tx) =>
      trackDeadline(tx, { subjectKind: 'case', subjectId, title: `办件 ${subjectId}`, departmentId, assigneeId, regionCode: '431127', startedAt: new Date(startedAt), workingDays }),
    );
    ids[subjectId] = d.id;
  };
  await track('u-red', scjg, reviewer, '2026-02-24T09:00:00+08:00', 3); // due 2/27: red on 3/13
  await track('u-yellow', wjj, null, '2026-03-02T09:00:00+08:00', 10); // due 3/16, yellow from 3/13, nobody holds it yet
  await track('u-green', scjg, reviewer, '2026-03-09T09:00:00+08:00', 20);
  await track('u-closed', scjg, reviewer, '2026-02-24T09:00:00+08:00', 3);
  await t.db.transaction((tx) => closeDeadline(tx, 'case', 'u-closed', new Date('2026-03-03T16:00:00+08:00')));
  t.clock.set('2026-03-13T10:00:00+08:00');
});
afterAll(() => t.close());

const urge = async (user: string, id: string, body: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1/supervision/deadlines/${id}/urges`, headers: { ...(await t.as(user)), 'accept-language': 'zh-CN' }, payload: body as object });
const get = async (user: string, url: string, status = 200) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await t.as(user) }), status);

describe('urgeDeadline (督办)', () => {
  it('records the urge on a red deadline, audits it and tells the handler', async () => {
    const u = expectStatus(await urge('jianguan', ids['u-red']!, { message: '请今天内办结并说明超期原因' }), 201);
    expect(u).toMatchObject({ colour: 'red', colourName: '红牌', message: '请今天内办结并说明超期原因', urgedBy: { name: '蒋监管' }, notifiedCount: 1, urgedAt: '2026-03-13T02:00:00.000Z' });

    const explained = await get('jianguan', `/api/v1/supervision/deadlines/${ids['u-red']}`);
    expect(explained.urges.map((x: any) => [x.urgedBy.name, x.message])).toEqual([['蒋监管', '请今天内办结并说明超期原因']]);

    const audit = await t.db.query<{ body: string }>('SELECT body FROM audit_entries WHERE chain = $1', [`deadline:${ids['u-red']}`]);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.body)).toMatchObject({ action: 'deadline.urged', data: { message: '请今天内办结并说明超期原因', colour: 'red' } });

    await t.drain();
    const inbox = await get('scjg-shenhe', '/api/v1/messages');
    const msg = inbox.items.find((m: any) => m.title.startsWith('督办'));
    expect(msg).toMatchObject({ title: '督办：办件 u-red（红牌）', link: '/review/cases/u-red' });
    expect(msg.body).toContain('请今天内办结并说明超期原因');

    // the handler sees the urge history of their case
    const history = await get('scjg-shenhe', '/api/v1/supervision/subjects/case/u-red/urges');
    expect(history.items.map((x: any) => x.message)).toEqual(['请今天内办结并说明超期原因']);
  });

  it('lets the department head urge a yellow deadline nobody has taken, telling the department reviewers', async () => {
    const u = expectStatus(await urge('wjj-kezhang', ids['u-yellow']!, { message: '黄牌预警，请尽快分派办理' }), 201);
    expect(u).toMatchObject({ colour: 'yellow', colourName: '黄牌' });
    expect(u.notifiedCount).toBeGreaterThanOrEqual(1);
    await t.drain();
    const inbox = await get('wjj-shenhe', '/api/v1/messages');
    expect(inbox.items.some((m: any) => m.title === '督办：办件 u-yellow（黄牌）')).toBe(true);
    const history = await get('wjj-shenhe', '/api/v1/supervision/subjects/case/u-yellow/urges');
    expect(history.items).toHaveLength(1);
  });

  it('refuses a supervisor of another region and a head of another department (403), changing nothing', async () => {
    const other = await urge('xiangyin-jianguan', ids['u-red']!, { message: '越区督办' });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe('您无权进行此操作');
    expect((await urge('wjj-kezhang', ids['u-red']!, { message: '别的部门' })).statusCode).toBe(403);
    expect((await urge('scjg-shenhe', ids['u-red']!, { message: '审核人员不能督办' })).statusCode).toBe(403);
    expect((await urge('zhangsan', ids['u-red']!, { message: '申请人不能督办' })).statusCode).toBe(403);
    const explained = await get('jianguan', `/api/v1/supervision/deadlines/${ids['u-red']}`);
    expect(explained.urges).toHaveLength(1);
  });

  it('refuses a closed deadline (409) and one without a card (409)', async () => {
    const closed = await urge('jianguan', ids['u-closed']!, { message: '已办结' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toBe('办理期限已结束');
    const green = await urge('jianguan', ids['u-green']!, { message: '还没到期' });
    expect(green.statusCode).toBe(409);
    expect(green.json().message).toContain('黄牌或红牌');
  });

  it('answers bad input with 400 in Chinese', async () => {
    const empty = await urge('jianguan', ids['u-red']!, { message: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('请求内容不符合要求，请检查后重试');
    expect(JSON.stringify(empty.json().details.issues)).toContain('请填写督办意见');
    const missing = await urge('jianguan', ids['u-red']!, {});
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json().details.issues)).toContain('请填写督办意见');
    const long = await urge('jianguan', ids['u-red']!, { message: '很'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(JSON.stringify(long.json().details.issues)).toContain('500 字');
    const badId = await urge('jianguan', 'not-a-uuid', { message: '督办' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await urge('jianguan', '00000000-0000-4000-8000-000000000000', { message: '督办' })).statusCode).toBe(404);
    const explained = await get('jianguan', `/api/v1/supervision/deadlines/${ids['u-red']}`);
    expect(explained.urges).toHaveLength(1);
  });
});
