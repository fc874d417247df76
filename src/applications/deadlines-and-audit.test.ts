import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';
import { accept, caseAction, caseOf, getApplication, ITEMS, submit, uploadPdf } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const foodCase = async (id: string) => caseOf(await getApplication(t, id), ITEMS.food);

describe('a case deadline', () => {
  it('stays correct after a correction round and an extension', async () => {
    // Monday 2 March 2026: a 3-working-day limit counts 3, 4, 5 March
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    const c = caseOf(app, ITEMS.food);
    expect(c.deadline).toMatchObject({ dueOn: '2026-03-05', workingDays: 3, calendarMissing: false });
    // supervision watches the promised 3 working days and keeps the legal 10 for the compression rate (承诺时限压缩率)
    const open = expectStatus<any>(await t.app.inject({ method: 'GET', url: '/api/v1/supervision/deadlines?colour=open', headers: await t.as('jianguan') }), 200);
    const listed = open.items.find((i: any) => i.subjectId === c.id);
    const detail = expectStatus<any>(await t.app.inject({ method: 'GET', url: `/api/v1/supervision/deadlines/${listed.id}`, headers: await t.as('jianguan') }), 200);
    expect(detail).toMatchObject({ workingDays: 3, legalWorkingDays: 10 });

    t.clock.set('2026-03-03T10:00:00+08:00');
    expectStatus(await caseAction(t, 'scjg-shenhe', c.id, 'review'), 200);
    const asked = expectStatus(await caseAction(t, 'scjg-shenhe', c.id, 'request-more', { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '布局图未标注面积' }] }), 200);
    expect(asked.status).toBe('correction');
    expect(asked.deadline).toMatchObject({ status: 'suspended', dueOn: null });

    // corrections arrive on Thursday 5 March: 4 and 5 March do not count, so two days remain: 6 and 9 March
    t.clock.set('2026-03-05T15:00:00+08:00');
    const upload = await uploadPdf(t, 'xiangwei', 'layout-v2');
    const supplied = expectStatus(await caseAction(t, 'xiangwei', c.id, 'supply-more', { attachments: [{ uploadId: upload, materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] }), 200);
    expect(supplied.status).toBe('reviewing');
    expect(supplied.deadline).toMatchObject({ status: 'open', dueOn: '2026-03-09', suspensions: 1 });

    // the head approves two more working days: 10 and 11 March
    const reviewerCannot = await caseAction(t, 'scjg-shenhe', c.id, 'extend', { workingDays: 2, reason: '需组织专家论证' });
    expect(reviewerCannot.statusCode).toBe(403);
    const extended = expectStatus(await caseAction(t, 'scjg-kezhang', c.id, 'extend', { workingDays: 2, reason: '需组织专家论证' }), 200);
    expect(extended.dueOn).toBe('2026-03-11');
    expect((await foodCase(id)).deadline).toMatchObject({ dueOn: '2026-03-11', extensionDays: 2 });

    // one request for more per case
    const again = await caseAction(t, 'scjg-shenhe', c.id, 'request-more', { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '再补' }] });
    expect(again.json().code).toBe('CORRECTION_ALREADY_REQUESTED');

    t.clock.set('2026-03-10T09:00:00+08:00');
    const decided = expectStatus(await caseAction(t, 'scjg-shenhe', c.id, 'decide', { decision: 'approve', reasons: '符合条件' }), 200);
    expect(decided.deadline).toMatchObject({ status: 'closed' });
  });
});

describe('the audit trail of an application', () => {
  it('detects an edited entry', async () => {
    t.clock.set('2026-03-11T09:00:00+08:00');
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    await accept(t, id);
    expect((await verifyAudit(t.db, t.config)).ok).toBe(true);
    await tamperAsOwner(t.db, `UPDATE audit_entries SET body = replace(body, '"accept"', '"refuse"') WHERE chain = $1 AND seq = 2`, [`application:${id}`]);
    const report = await verifyAudit(t.db, t.config);
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report.problems)).toContain(`application:${id}`);
  });
});
