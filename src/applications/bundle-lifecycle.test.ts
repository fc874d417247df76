import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, deliver, getApplication, ITEMS, submit, timeline } from '../../test/helpers/applications.js';
import { pdfFonts, pdfText } from '../../test/helpers/pdf.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const SIX = [ITEMS.companyReg, ITEMS.seal, ITEMS.invoice, ITEMS.socialInsurance, ITEMS.housingFund, ITEMS.bank];

describe('a six-item 开办企业 bundle', () => {
  let id: string;

  it('is submitted once and gets a readable application number', async () => {
    const res = await submit(t, { bundleCode: 'kaiban-qiye', itemCodes: SIX, extra: { answers: { hasEmployees: true, employeeCount: 3, needsInvoice: true } } });
    id = res.id;
    expect(res.number).toMatch(/^431127-20260302-\d{6}$/);
    expect(res.status).toBe('submitted');
    const app = await getApplication(t, id, 'xiangwei');
    expect(app.cases.map((c: { itemCode: string }) => c.itemCode)).toEqual(SIX);
    expect(app.cases.every((c: { status: string }) => c.status === 'pending')).toBe(true);
    expect(app.attachments.length).toBeGreaterThan(5);
  });

  it('starts the business licence at acceptance while the cases that need its USCC wait', async () => {
    const app = await accept(t, id);
    expect(app.status).toBe('accepted');
    const reg = caseOf(app, ITEMS.companyReg);
    expect(reg.status).toBe('accepted');
    expect(reg.deadline).toMatchObject({ dueOn: '2026-03-02', calendarMissing: false });
    for (const code of SIX.slice(1)) expect(caseOf(app, code).status).toBe('blocked');
    await t.drain();
    const inbox = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(inbox.items.map((m: { title: string }) => m.title)).toContain('申请已受理');
  });

  it('fans the other five out to their departments once the licence is granted', async () => {
    let app = await getApplication(t, id);
    await decide(t, caseOf(app, ITEMS.companyReg));
    app = await getApplication(t, id);
    for (const code of SIX.slice(1)) expect(caseOf(app, code).status).toBe('accepted');
    const departments = new Set(app.cases.map((c: { department: { code: string } }) => c.department.code));
    expect(departments.size).toBeGreaterThanOrEqual(5);
    // each department sees its case in its own inbox
    const swj = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: await t.as('swj-shenhe') }), 200);
    expect(swj.items.map((c: { itemCode: string }) => c.itemCode)).toEqual([ITEMS.invoice]);
  });

  it('refuses to deliver before every case has concluded', async () => {
    const res = await deliver(t, id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NOT_CONCLUDED');
  });

  it('concludes when the last department decides, and is delivered once with a rating invitation', async () => {
    let app = await getApplication(t, id);
    for (const code of SIX.slice(1)) await decide(t, caseOf(app, code));
    app = await getApplication(t, id);
    expect(app.status).toBe('concluded');
    expect(app.outcome.granted).toHaveLength(6);
    const done = expectStatus(await deliver(t, id, { method: 'window' }), 200);
    expect(done).toMatchObject({ status: 'delivered', complete: true });
    expect(done.delivered).toHaveLength(6);
    const again = await deliver(t, id);
    expect(again.statusCode).toBe(409);
    const events = await t.db.query<{ payload: { applicationId: string } }>(`SELECT payload FROM outbox WHERE topic = 'application.delivered'`);
    expect(events.map((e) => e.payload.applicationId)).toEqual([id]);
  });

  it('shows every step in the timeline, and the audit chain verifies', async () => {
    const steps = await timeline(t, id, 'xiangwei');
    const actions = steps.map((s) => s.action);
    expect(actions[0]).toBe('submitted');
    expect(actions).toContain('accept');
    expect(actions.filter((a) => a === 'case.approve')).toHaveLength(6);
    expect(actions.filter((a) => a === 'case.block')).toHaveLength(5);
    expect(actions.slice(-2)).toEqual(['concluded', 'deliver']);
    const report = await verifyAudit(t.db, t.config);
    expect(report.ok).toBe(true);
  });

  it('prints an acceptance notice with extractable Chinese text and embedded fonts', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/acceptance-notice.pdf`, headers: await t.as('xiangwei') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('受理通知书');
    expect(text).toContain('企业设立登记');
    expect(pdfFonts(res.rawPayload).every((f) => f.embedded)).toBe(true);
  });
});
