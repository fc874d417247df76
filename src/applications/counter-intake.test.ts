import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUscc } from '../core/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submissionBody, timeline } from '../../test/helpers/applications.js';

/** 窗口收件: a clerk files for a person who came to the counter; the application then travels the usual path. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM applications'))[0]!.n);
const file = async (user: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as(user)), 'idempotency-key': randomUUID() }, payload: body });
const walkIn = (uscc: string) => ({ kind: 'business', name: '周小满', uscc, orgName: '蓝山县小满米粉店', phone: '13907461234' });

describe('filing at the counter', () => {
  it('records the clerk, the window and how identity was checked, and follows the path to the licence', async () => {
    const uscc = makeUscc('92', '431127', 'MA4R7K3M');
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food], form: { uscc, enterpriseName: '蓝山县小满米粉店' } });
    const scans = body.attachments.length;
    expect(scans).toBeGreaterThan(0);
    const created = expectStatus(await file('chuangkou', { ...body, applicant: walkIn(uscc), counter: { identityCheck: 'idCardRead', presenterName: '周小满' } }), 201);

    const app = await getApplication(t, created.id);
    expect(app).toMatchObject({ channel: 'window', channelName: '窗口收件', authorisation: null, status: 'submitted' });
    expect(app.counterIntake).toMatchObject({ clerkName: '王窗口', windowRegionName: '蓝山县', identityCheck: 'idCardRead', identityCheckName: '读取居民身份证芯片', presenterName: '周小满', scans });
    // scanned at the counter, uploaded by the clerk
    expect(app.attachments.filter((a: { kind: string }) => a.kind === 'upload')).toHaveLength(scans);
    const submitted = (await timeline(t, created.id)).find((e) => e.action === 'submitted') as any;
    expect(submitted.actor.name).toBe('王窗口');
    expect(submitted.data).toMatchObject({ channel: 'window', counter: { identityCheck: 'idCardRead', scans } });

    // then the same path as an online application: acceptance, the department's decision, delivery and the licence
    await accept(t, created.id);
    const accepted = await getApplication(t, created.id);
    await decide(t, caseOf(accepted, ITEMS.food));
    const delivered = expectStatus(await deliver(t, created.id), 200);
    expect(delivered.status).toBe('delivered');
    const licenceId = delivered.delivered[0].licenceId as string;
    const licence = expectStatus(await t.app.inject({ url: `/api/v1/licences/${licenceId}`, headers: await t.as('chuangkou') }), 200);
    expect(licence).toMatchObject({ holderName: '蓝山县小满米粉店' });
  });

  it('lists the application as filed at the window for the applicant who has an account', async () => {
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food] });
    const created = expectStatus(await file('chuangkou', { ...body, applicant: { username: 'xiangwei', kind: 'business', name: '李湘味' }, counter: { identityCheck: 'idCardInspected' } }), 201);
    const mine = expectStatus(await t.app.inject({ url: '/api/v1/applications', headers: await t.as('xiangwei') }), 200);
    expect(mine.items.find((a: { id: string }) => a.id === created.id)).toMatchObject({ channel: 'window', channelName: '窗口收件' });
    const own = await getApplication(t, created.id, 'xiangwei');
    // no one filled in for the person: they are the presenter
    expect(own.counterIntake).toMatchObject({ identityCheckName: '查验居民身份证原件', presenterName: '李湘味', clerkName: '王窗口' });
  });

  it('refuses a counter filing that does not say how identity was checked, and stores nothing', async () => {
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food] });
    const before = await count();
    const res = await file('chuangkou', { ...body, applicant: walkIn(makeUscc('92', '431127', 'MA4R7K4N')) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'COUNTER_IDENTITY_CHECK_REQUIRED', message: expect.stringContaining('读取居民身份证') });
    const bad = await file('chuangkou', { ...body, applicant: walkIn(makeUscc('92', '431127', 'MA4R7K4N')), counter: { identityCheck: 'looked' } });
    expect(bad.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a clerk filing for another region’s window, naming both regions', async () => {
    const body = await submissionBody(t, { user: 'xiangyin-chuangkou', itemCodes: [ITEMS.food] });
    const before = await count();
    const res = await file('xiangyin-chuangkou', { ...body, applicant: walkIn(makeUscc('92', '431127', 'MA4R7K5P')), counter: { identityCheck: 'idCardRead' }, windowRegion: '431127' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'COUNTER_WINDOW_NOT_YOURS', message: '只能在本人所在窗口（湘阴县）收件，不能代 蓝山县 的窗口收件' });
    expect(await count()).toBe(before);
    // at their own window it is filed, and routed there
    const own = expectStatus(await file('xiangyin-chuangkou', { ...body, applicant: walkIn(makeUscc('92', '431127', 'MA4R7K5P')), counter: { identityCheck: 'idCardRead' }, windowRegion: '430624' }), 201);
    expect((await getApplication(t, own.id, 'xiangyin-chuangkou')).counterIntake).toMatchObject({ windowRegionName: '湘阴县', clerkName: '周异地' });
  });

  it('is for clerks only: an applicant or agent claiming a counter check is refused', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const before = await count();
    const res = await file('xiangwei', { ...body, counter: { identityCheck: 'idCardRead' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'COUNTER_INTAKE_CLERKS_ONLY', message: '只有综合窗口人员可以窗口收件' });
    expect(await count()).toBe(before);
  });
});
