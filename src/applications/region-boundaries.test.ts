import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, ITEMS, submit, timeline } from '../../test/helpers/applications.js';
import { newId } from '../core/index.js';
import { departmentByCode, DEMO_PASSWORD, hashPassword } from '../identity/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const req = async (user: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: await t.as(user), ...(payload ? { payload } : {}) });

const refusal = (checks?: Record<string, boolean>) => ({
  reason: '申请事项依法不属于本机关职权范围',
  legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  cited: [{ kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '经营场所不在本县' }],
  ...(checks ? { checks } : {}),
});
const correction = (checks?: Record<string, boolean>) => ({
  items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '未提交经营场所平面布局图' }],
  ...(checks ? { checks } : {}),
});
const CHECKED = { identity: true, formalCompleteness: true };

const listIds = async (user: string) => expectStatus(await req(user, 'GET', '/api/v1/applications?limit=200'), 200).items.map((a: { id: string }) => a.id);

describe('a window clerk of another region (湘阴)', () => {
  it('cannot list, read, refuse or ask for corrections on a 蓝山 application: it does not exist for them', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    expect(await listIds('chuangkou')).toContain(id);
    expect(await listIds('xiangyin-chuangkou')).not.toContain(id);

    for (const res of [
      await req('xiangyin-chuangkou', 'GET', `/api/v1/applications/${id}`),
      await req('xiangyin-chuangkou', 'GET', `/api/v1/applications/${id}/timeline`),
      await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/refuse`, refusal(CHECKED)),
      await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/request-correction`, correction(CHECKED)),
      await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/accept`, { checks: CHECKED }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('APPLICATION_NOT_FOUND');
      expect(res.body).not.toContain('431127'); // neither the applicant's number nor the region leaks
    }
    // nothing happened to it
    const app = expectStatus(await req('chuangkou', 'GET', `/api/v1/applications/${id}`), 200);
    expect(app.status).toBe('submitted');
    expect((await timeline(t, id)).map((s) => s.action)).toEqual(['submitted']);
  });

  it('sees one routed to their window (异地代收代办) and refuses it only after confirming the identity and form checks', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: { windowRegion: '430624' } });
    expect(await listIds('xiangyin-chuangkou')).toContain(id);
    const listed = expectStatus(await req('xiangyin-chuangkou', 'GET', '/api/v1/applications?limit=200'), 200).items.find((a: { id: string }) => a.id === id);
    expect(listed.crossRegion).toBe(true);
    expectStatus(await req('xiangyin-chuangkou', 'GET', `/api/v1/applications/${id}`), 200);

    const unchecked = await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/refuse`, refusal());
    expect(unchecked.statusCode).toBe(422);
    expect(unchecked.json().code).toBe('CROSS_REGION_CHECKS_REQUIRED');
    const half = await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/refuse`, refusal({ identity: true, formalCompleteness: false }));
    expect(half.json().code).toBe('CROSS_REGION_CHECKS_REQUIRED');
    expect(expectStatus(await req('chuangkou', 'GET', `/api/v1/applications/${id}`), 200).status).toBe('submitted');

    const refused = expectStatus(await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/refuse`, refusal(CHECKED)), 200);
    expect(refused.status).toBe('refused');
    const step: any = (await timeline(t, id)).find((s) => s.action === 'refuse');
    expect(step?.data).toMatchObject({ crossRegion: true, windowChecks: CHECKED });
  });

  it('asks for corrections on a routed application only with the checks confirmed, as accepting needs them', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], omit: [`${ITEMS.food}:layout`], extra: { windowRegion: '430624' } });
    const unchecked = await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/request-correction`, correction());
    expect(unchecked.statusCode).toBe(422);
    expect(unchecked.json().code).toBe('CROSS_REGION_CHECKS_REQUIRED');
    const asked = expectStatus(await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${id}/request-correction`, correction(CHECKED)), 200);
    expect(asked.status).toBe('correction');
    expect(((await timeline(t, id)).find((s) => s.action === 'requestCorrection') as any)?.data).toMatchObject({ crossRegion: true, windowChecks: CHECKED });
  });

  it('files at their own counter for a 蓝山 item: the application is routed to their window', async () => {
    const { id } = await submit(t, {
      user: 'xiangyin-chuangkou',
      itemCodes: [ITEMS.food],
      extra: { applicant: { username: 'xiangwei', kind: 'business', name: '李湘味', orgName: '蓝山县湘味餐饮店' }, counter: { identityCheck: 'idCardRead' } },
    });
    expect(await listIds('xiangyin-chuangkou')).toContain(id);
    expect(await listIds('chuangkou')).toContain(id);
    const app = await accept(t, id, { checks: CHECKED }, 'xiangyin-chuangkou');
    expect(app.acceptance).toMatchObject({ crossRegion: true, region: '430624', authorityRegion: '431127' });
  });

  it('refuses a window that names a region that does not exist', async () => {
    const before = await listIds('zhangsan');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('zhangsan')), 'idempotency-key': newId() },
      payload: { itemCodes: [ITEMS.food], form: {}, draft: true, windowRegion: '999999' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues).toEqual([{ path: 'windowRegion', message: '没有行政区划 999999' }]);
    expect(await listIds('zhangsan')).toEqual(before);
  });
});

describe('reviewers are bounded by region as well as department', () => {
  let caseId: string;
  beforeAll(async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    caseId = caseOf(await accept(t, id), ITEMS.food).id;
    // a 市场监管局 reviewer posted to 湘阴: same department, another county
    const scjg = (await departmentByCode(t.db, 'scjg'))!;
    await t.db.query(
      `INSERT INTO users (id, username, password_hash, name, roles, kind, department_id, region_code) VALUES ($1, 'scjg-xiangyin', $2, '易借调', '{reviewer}', 'staff', $3, '430624')`,
      [newId(), await hashPassword(DEMO_PASSWORD), scjg.id],
    );
  });

  it('lets the county reviewer read and handle the case', async () => {
    expectStatus(await req('scjg-shenhe', 'GET', `/api/v1/cases/${caseId}`), 200);
    const inbox = expectStatus(await req('scjg-shenhe', 'GET', '/api/v1/cases'), 200);
    expect(inbox.items.map((c: { id: string }) => c.id)).toContain(caseId);
  });

  it('keeps a reviewer of another county out of the case, its inbox and its application', async () => {
    for (const user of ['xiangyin-shenhe', 'scjg-xiangyin']) {
      const res = await req(user, 'GET', `/api/v1/cases/${caseId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('CASE_NOT_FOUND');
      const inbox = expectStatus(await req(user, 'GET', '/api/v1/cases?all=true'), 200);
      expect(inbox.items).toEqual([]);
      const review = await req(user, 'POST', `/api/v1/cases/${caseId}/review`, {});
      expect(review.statusCode).toBe(404);
    }
  });
});

describe('supervisors see their own region tree', () => {
  it('gives a county supervisor only applications of that county, and a province supervisor every county below', async () => {
    const lanshan = await submit(t, { itemCodes: [ITEMS.food] });
    const routed = await submit(t, { itemCodes: [ITEMS.food], extra: { windowRegion: '430624' } });
    const county = await listIds('jianguan');
    expect(county).toEqual(expect.arrayContaining([lanshan.id, routed.id]));
    const xiangyin = await listIds('xiangyin-jianguan');
    expect(xiangyin).toContain(routed.id);
    expect(xiangyin).not.toContain(lanshan.id);
    expect((await req('xiangyin-jianguan', 'GET', `/api/v1/applications/${lanshan.id}`)).statusCode).toBe(404);
    const province = await listIds('sheng-jianguan');
    expect(province).toEqual(expect.arrayContaining([lanshan.id, routed.id]));
    expectStatus(await req('sheng-jianguan', 'GET', `/api/v1/applications/${lanshan.id}`), 200);
  });
});
