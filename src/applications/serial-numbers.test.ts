import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ITEMS, submit } from '../../test/helpers/applications.js';
import { APPLICATION_NUMBER, TICKET_NUMBER } from '../../web/src/pages/portal/words.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });

/**
 * A province files millions of applications and hotline tickets: the running number at the end of each number grows
 * past its width instead of being cut back to it (the millionth application would have been numbered like the
 * hundred-thousandth, and every one after it that day in the county would have been refused as a duplicate).
 */
describe('numbers at a province’s volume', () => {
  it('numbers the millionth application and those after it apart, and finds them by number', async () => {
    await t.db.query(`SELECT setval('application_number_seq', 999999)`);
    const a = await submit(t, { itemCodes: [ITEMS.food] });
    const b = await submit(t, { itemCodes: [ITEMS.food] });
    expect(a.number).toBe('431127-20260302-1000000');
    expect(b.number).toBe('431127-20260302-1000001');
    // the public lookup and the portal's search box both take the longer number
    const seen = expectStatus(await post('/api/v1/public/applications/progress', { number: b.number, check: '5678' }), 200);
    expect(seen.number).toBe(b.number);
    expect(APPLICATION_NUMBER.test(b.number)).toBe(true);
    expect(APPLICATION_NUMBER.test('431127-20260302-00012')).toBe(false);
  });

  it('numbers the hundred-thousandth hotline ticket of a day and those after it apart', async () => {
    await t.db.query(`SELECT setval('ticket_number_seq', 99999)`);
    const file = async (phone: string) =>
      expectStatus(await post('/api/v1/tickets', { kind: 'complaint', title: '路灯不亮', content: '舜乡大道 128 号门前路灯三天不亮', requesterName: '王先生', requesterPhone: phone }), 201)
        .ticket.number as string;
    const first = await file('13811112222');
    const second = await file('13811113333');
    expect(first).toBe('RX20260302100000');
    expect(second).toBe('RX20260302100001');
    expect(TICKET_NUMBER.test(second)).toBe(true);
    const seen = expectStatus(await post('/api/v1/public/tickets/progress', { number: second, phone: '13811113333' }), 200);
    expect(seen.number).toBe(second);
  });

  it('keeps the short numbers as they were, padded to their width', async () => {
    await t.db.query(`SELECT setval('disclosure_number_seq', 41)`);
    const r = expectStatus(await post('/api/v1/disclosure/requests', { description: '请公开本县 2025 年度政府信息公开工作年度报告', format: 'electronic', delivery: 'online', phone: '13807461234' }, await t.as('zhangsan')), 201);
    expect(r.number).toMatch(/^GK.*-00042$/);
    await t.db.query(`SELECT setval('disclosure_number_seq', 99999)`);
    const next = expectStatus(await post('/api/v1/disclosure/requests', { description: '请公开本县 2026 年度财政预算', format: 'electronic', delivery: 'online', phone: '13807461234' }, await t.as('zhangsan')), 201);
    expect(next.number).toMatch(/^GK.*-100000$/);
  });
});
