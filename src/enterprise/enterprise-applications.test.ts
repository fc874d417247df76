import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUscc } from '../core/index.js';
import { departmentByCode, userByUsername } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, ITEMS, submissionBody, submit } from '../../test/helpers/applications.js';

let t: TestApp;
let uscc: string;
let bundleId: string;
let draftId: string;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  uscc = (await userByUsername(t.db, 'xiangwei'))!.uscc!;
  bundleId = (await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] })).id;
  await accept(t, bundleId);
  const draft = await submissionBody(t, { itemCodes: [ITEMS.publicHealth], extra: { draft: true } });
  draftId = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('xiangwei')), 'idempotency-key': randomUUID() }, payload: draft }), 201).id;
});
afterAll(() => t.close());

const file = async (user: string, code = uscc) => expectStatus(await t.app.inject({ url: `/api/v1/enterprises/${code}`, headers: await t.as(user) }), 200);
const ids = (f: { applications: Array<{ id: string }> }) => f.applications.map((a) => a.id);

describe('the applications in an enterprise file (一企一档)', () => {
  it('shows the business all its applications, drafts included, with every case', async () => {
    const f = expectStatus(await t.app.inject({ url: '/api/v1/enterprises/mine', headers: await t.as('xiangwei') }), 200);
    expect(ids(f)).toEqual(expect.arrayContaining([bundleId, draftId]));
    const app = f.applications.find((a: { id: string }) => a.id === bundleId);
    expect(app).toMatchObject({ status: 'accepted', statusName: expect.any(String), applicantName: expect.any(String) });
    expect(app.cases.map((c: { itemCode: string }) => c.itemCode)).toEqual([ITEMS.food, ITEMS.fireSafety]);
  });

  it('shows a supervisor every filed application, but not the drafts', async () => {
    const f = await file('jianguan');
    expect(ids(f)).toContain(bundleId);
    expect(ids(f)).not.toContain(draftId);
    expect(f.totals.applications).toBe(f.applications.length);
  });

  it('shows a department only applications with its cases, and only its own cases in them', async () => {
    const scjg = (await departmentByCode(t.db, 'scjg'))!.id;
    const market = await file('scjg-shenhe');
    const app = market.applications.find((a: { id: string }) => a.id === bundleId);
    expect(app.cases).toEqual([expect.objectContaining({ itemCode: ITEMS.food, departmentId: scjg })]);
    expect(market.applications.every((a: { cases: Array<{ departmentId: string }> }) => a.cases.every((c) => c.departmentId === scjg))).toBe(true);
    // the health commission has no case in it
    expect(ids(await file('wjj-shenhe'))).not.toContain(bundleId);
    expect((await t.app.inject({ url: `/api/v1/enterprises/${uscc}`, headers: await t.as('zhangsan') })).statusCode).toBe(403);
  });

  it('finds a business known to the platform only by an application filed at the window', async () => {
    const newcomer = makeUscc('92', '431127', 'MA4R7K2L');
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food] });
    expectStatus(
      await t.app.inject({
        method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as('chuangkou')), 'idempotency-key': randomUUID() },
        payload: { ...body, applicant: { kind: 'business', name: '周小满', uscc: newcomer, orgName: '蓝山县小满米粉店', phone: '13907461234' }, counter: { identityCheck: 'idCardRead' } },
      }),
      201,
    );
    const f = await file('jianguan', newcomer);
    expect(f).toMatchObject({ uscc: newcomer, name: '蓝山县小满米粉店', licences: [], totals: { applications: 1 } });
    expect(f.applications[0]).toMatchObject({ channel: 'window', status: 'submitted' });
  });
});
