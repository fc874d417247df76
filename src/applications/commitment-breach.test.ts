import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, ITEMS, submissionBody, submit, timeline } from '../../test/helpers/applications.js';

// Starts in 2025 so that a year-long credit flag ends inside a year the official calendar covers.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2025-03-03T09:00:00+08:00' });
});
afterAll(() => t.close());

const signed = { commitments: [{ itemCode: ITEMS.food, signedBy: '李湘味' }] };
const barberShop = { enterpriseName: '蓝山县美发工作室', legalRepresentative: '李湘味', businessAddress: '蓝山县塔峰镇南平路6号', businessArea: 80, 'XK00201001.venueType': '理发店', 'XK00201001.commitmentSigned': 'true' };

async function fileWithCommitment(key: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: { ...(await t.as('xiangwei')), 'idempotency-key': key },
    payload: { ...(await submissionBody(t, { itemCodes: [ITEMS.food] })), ...signed },
  });
}

describe('a breached commitment (告知承诺核查不实)', () => {
  it('flags the business, which loses commitment approval and 秒批 with the reason shown, until the flag ends', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: signed });
    const approved = caseOf(await accept(t, id), ITEMS.food);
    expect(approved.status).toBe('approved');

    const open = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/commitment-checks?status=open', headers: await t.as('scjg-shenhe') }), 200);
    const check = open.items.find((k: { caseId: string }) => k.caseId === approved.id);
    const closed = expectStatus(
      await t.app.inject({ method: 'POST', url: `/api/v1/commitment-checks/${check.id}/close`, headers: await t.as('scjg-shenhe'), payload: { outcome: 'breached', note: '现场无独立粗加工间，与承诺不符' } }),
      200,
    );
    expect(closed.status).toBe('breached');
    expect(closed.creditFlag).not.toBeNull();
    expect((await timeline(t, id)).find((s) => s.action === 'commitment.breached')?.reason).toContain('与承诺不符');

    // the business sees its flag, the source and the reason
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/credit-flags/mine', headers: await t.as('xiangwei') }), 200);
    const flag = mine.items.find((f: { id: string }) => f.id === closed.creditFlag.id);
    expect(flag).toMatchObject({ source: 'commitment', standing: true });
    expect(flag.reason).toContain('食品经营许可');
    expect(flag.reason).toContain('与承诺不符');

    // a second breach report of the same check changes nothing
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/commitment-checks/${check.id}/close`, headers: await t.as('scjg-shenhe'), payload: { outcome: 'breached', note: '重复' } });
    expect(again.statusCode).toBe(409);

    // commitment-based approval is refused at submission, with the reason and the end date
    const refused = await fileWithCommitment('after-breach-1');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('CREDIT_FLAG_ACTIVE');
    expect(refused.json().message).toContain('与承诺不符');
    expect(refused.json().message).toContain(flag.endsOn);

    // the fast lane (秒批) is withdrawn: the case goes to a reviewer, and the timeline says why
    const { id: barber } = await submit(t, { itemCodes: [ITEMS.publicHealth], form: barberShop });
    const ph = caseOf(await accept(t, barber), ITEMS.publicHealth);
    expect(ph.status).toBe('accepted');
    expect(ph.mode).toBe('standard');
    const withdrawn = (await timeline(t, barber)).find((s) => s.action === 'case.fastTrackWithdrawn');
    expect(withdrawn?.reason).toContain('与承诺不符');

    // a year later the flag has ended: both work again
    t.clock.set('2026-03-09T09:00:00+08:00');
    const after = await fileWithCommitment('after-flag-ends-1');
    expect(after.statusCode).toBe(201);
    expect(caseOf(await accept(t, after.json().id), ITEMS.food).status).toBe('approved');
    const { id: barber2 } = await submit(t, { itemCodes: [ITEMS.publicHealth], form: barberShop });
    expect(caseOf(await accept(t, barber2), ITEMS.publicHealth).status).toBe('approved');
  });

  it('raises no flag when the check confirms the commitment', async () => {
    t.clock.set('2026-03-10T09:00:00+08:00');
    const { id } = await submit(t, { itemCodes: [ITEMS.food], extra: signed, user: 'xiangwei' });
    const approved = caseOf(await accept(t, id), ITEMS.food);
    const open = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/commitment-checks?status=open', headers: await t.as('scjg-shenhe') }), 200);
    const check = open.items.find((k: { caseId: string }) => k.caseId === approved.id);
    const closed = expectStatus(
      await t.app.inject({ method: 'POST', url: `/api/v1/commitment-checks/${check.id}/close`, headers: await t.as('scjg-shenhe'), payload: { outcome: 'confirmed', note: '现场与承诺一致' } }),
      200,
    );
    expect(closed.creditFlag).toBeNull();
    expect((await fileWithCommitment('after-confirm-1')).statusCode).toBe(201);
  });
});
