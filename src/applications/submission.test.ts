import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { getApplication, ITEMS, submissionBody, uploadPdf } from '../../test/helpers/applications.js';
import { multipart, samplePng } from '../../test/helpers/files.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;
const post = async (user: string, body: unknown, key: string | null = randomUUID()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: { ...(await t.as(user)), ...(key ? { 'idempotency-key': key } : {}) }, payload: body as Record<string, unknown> });

describe('submitting an application', () => {
  it('returns the same application to a retry with the same key, never a second one', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const key = randomUUID();
    const first = expectStatus(await post('xiangwei', body, key), 201);
    const before = await count('applications');
    const retry = expectStatus(await post('xiangwei', body, key), 200);
    expect(retry.id).toBe(first.id);
    expect(retry.number).toBe(first.number);
    expect(await count('applications')).toBe(before);
  });

  it('creates one application for concurrent retries', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const key = randomUUID();
    const before = await count('applications');
    const results = await Promise.all([post('xiangwei', body, key), post('xiangwei', body, key), post('xiangwei', body, key)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await count('applications')).toBe(before + 1);
  });

  it('refuses a key reused for different content, and a submission without a key', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const key = randomUUID();
    expectStatus(await post('xiangwei', body, key), 201);
    const other = await post('xiangwei', { ...body, form: { ...body.form, enterpriseName: '别的店' } }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const none = await post('xiangwei', body, null);
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
  });

  it('records the applicant\'s authorisation when an agent (帮代办) applies', async () => {
    const body = await submissionBody(t, { user: 'daiban', itemCodes: [ITEMS.food] });
    const missing = await post('daiban', { ...body, applicant: { username: 'xiangwei', kind: 'business', name: '李湘味' } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('AUTHORISATION_REQUIRED');
    const letter = await uploadPdf(t, 'daiban', '授权委托书');
    const res = expectStatus(
      await post('daiban', { ...body, applicant: { username: 'xiangwei', kind: 'business', name: '李湘味' }, authorisation: { letterUploadId: letter, scope: '代为申请食品经营许可并领取结果', validUntil: '2026-06-30' } }),
      201,
    );
    const app = await getApplication(t, res.id, 'xiangwei');
    expect(app.channel).toBe('agent');
    expect(app.authorisation).toMatchObject({ letterUploadId: letter, scope: '代为申请食品经营许可并领取结果', validUntil: '2026-06-30' });
    expect(app.applicant.orgName).toBe('蓝山县湘味餐饮店');
    // the applicant sees it among their own applications
    const mine = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: await t.as('xiangwei') }), 200);
    expect(mine.items.map((a: { id: string }) => a.id)).toContain(res.id);
  });

  it('lets a clerk enter an application at the counter for someone without an account', async () => {
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food] });
    const res = expectStatus(await post('chuangkou', { ...body, applicant: { kind: 'citizen', name: '赵六', idNumber: '11010519491231002X', phone: '13800001111' }, counter: { identityCheck: 'idCardRead' } }), 201);
    const asClerk = await getApplication(t, res.id, 'chuangkou');
    expect(asClerk.channel).toBe('window');
    expect(asClerk.applicant.idNumber).toBe('11010519491231002X');
    const asSupervisor = await getApplication(t, res.id, 'jianguan');
    expect(asSupervisor.applicant.idNumber).toBe('110105********002X');
  });

  it('answers bad input with a 4xx and a clear code, and stores nothing', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const before = await count('applications');
    const cases = [
      [{ ...body, itemCodes: 'XK00119001' }, 400, 'VALIDATION_FAILED'],
      [{ ...body, itemCodes: [] }, 400, 'VALIDATION_FAILED'],
      [{ itemCodes: [ITEMS.food] }, 400, 'VALIDATION_FAILED'],
      [{ ...body, itemCodes: ['XK99999999'] }, 404, 'ITEM_NOT_FOUND'],
      [{ ...body, bundleCode: 'no-such-bundle' }, 404, 'BUNDLE_NOT_FOUND'],
      [{ ...body, bundleCode: 'kaiban-qiye' }, 422, 'ITEM_NOT_IN_BUNDLE'],
      [{ ...body, attachments: [{ uploadId: randomUUID(), materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] }, 422, 'ATTACHMENT_NOT_YOURS'],
      [{ ...body, attachments: [{ ...body.attachments[0], materials: [{ itemCode: ITEMS.food, materialCode: 'single-certificate' }] }] }, 422, 'UNKNOWN_MATERIAL'],
      [{ ...body, attachments: [{ uploadId: 'not-a-uuid', materials: [] }] }, 400, 'VALIDATION_FAILED'],
      [{ ...body, form: { ...body.form, uscc: '91110000710926095P' } }, 422, 'FORM_INVALID'],
      [{ ...body, form: { ...body.form, businessArea: 'large' } }, 422, 'FORM_INVALID'],
    ] as const;
    for (const [payload, status, code] of cases) {
      const res = await post('xiangwei', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    // someone else's upload cannot be attached
    const theirs = await uploadPdf(t, 'zhangsan', 'not-yours');
    const stolen = await post('xiangwei', { ...body, attachments: [{ uploadId: theirs, materials: [{ itemCode: ITEMS.food, materialCode: 'layout' }] }] });
    expect(stolen.json().code).toBe('ATTACHMENT_NOT_YOURS');
    // wrong-type and oversized files never become uploads
    const exe = multipart(Buffer.from('MZ\x90\x00', 'latin1'), 'layout.pdf');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...(await t.as('xiangwei')), ...exe.headers }, payload: exe.payload });
    expect(bad.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const big = multipart(Buffer.concat([samplePng('big'), Buffer.alloc(11 * 1024 * 1024)]), 'big.png', 'image/png');
    const tooBig = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...(await t.as('xiangwei')), ...big.headers }, payload: big.payload });
    expect(tooBig.json().code).toBe('FILE_TOO_LARGE');
    expect(await count('applications')).toBe(before);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${randomUUID()}`, headers: await t.as('xiangwei') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('APPLICATION_NOT_FOUND');
    const accept = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${randomUUID()}/accept`, headers: await t.as('chuangkou'), payload: {} });
    expect(accept.statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/applications/123', headers: await t.as('xiangwei') });
    expect(malformed.statusCode).toBe(400);
    const badCase = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${randomUUID()}/decide`, headers: await t.as('scjg-shenhe'), payload: { decision: 'maybe', reasons: 'x' } });
    expect(badCase.statusCode).toBe(400);
  });

  it('shows an applicant only their own applications', async () => {
    const body = await submissionBody(t, { itemCodes: [ITEMS.food] });
    const res = expectStatus(await post('xiangwei', body), 201);
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${res.id}`, headers: await t.as('zhangsan') });
    expect(other.statusCode).toBe(404);
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: await t.as('zhangsan') }), 200);
    expect(list.items.map((a: { id: string }) => a.id)).not.toContain(res.id);
  });
});
