import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../core/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ITEMS, submissionBody, validForm } from '../../test/helpers/applications.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/banshi.js');
const check = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8' });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const post = async (user: string, url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...(await t.as(user)), ...headers }, payload });

// a code whose USCC check character is wrong although its organisation code (positions 9–17) is consistent
const good = makeUscc('92', '431127', 'MA4RD38J');
const pilot = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

describe('banshi check', () => {
  it('exits 1 for a wrong USCC check character, saying when it may be an early pilot code', () => {
    const r = check('uscc', pilot);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('校验码不正确');
    expect(r.stderr).toContain('可能是早期试点代码');
    const plain = check('uscc', '91110000710926095P');
    expect(plain.status).toBe(1);
    expect(plain.stderr).not.toContain('试点');
    expect(check('uscc', '91110000710926094P').status).toBe(0);
  }, 120_000);

  it('exits 1 for an ID number born after today', () => {
    const r = check('id', makeIdNumber('431127', '20300101', '123'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('出生日期晚于今天');
  }, 120_000);
});

describe('identifiers on submission', () => {
  it('refuses an ID number with a birth date after today, in the form and for a walk-in applicant', async () => {
    const form = await validForm(t, [ITEMS.individualReg]);
    const idField = Object.keys(form).find((k) => /idnumber/i.test(k))!;
    const versionIds = (await t.db.query<{ id: string }>(`SELECT id FROM service_item_versions WHERE code = $1 AND status = 'published'`, [ITEMS.individualReg])).map((r) => r.id);
    const checked = expectStatus(await post('xiangwei', '/api/v1/guidance/forms/check', { itemVersionIds: versionIds, data: { ...form, [idField]: makeIdNumber('431127', '20300101', '123') } }), 200);
    expect(checked.valid).toBe(false);
    expect(checked.errors.find((e: { field: string }) => e.field === idField).message.zh).toContain('出生日期晚于今天');

    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food] });
    const res = await post('chuangkou', '/api/v1/applications', { ...body, applicant: { kind: 'citizen', name: '未来人', idNumber: makeIdNumber('431127', '20300101', '123') }, counter: { identityCheck: 'idCardInspected' } }, { 'idempotency-key': randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().details)).toContain('出生日期晚于今天');
  });

  it('files a possible early pilot code but accepts it only with the clerk\'s recorded confirmation', async () => {
    const body = await submissionBody(t, { user: 'chuangkou', itemCodes: [ITEMS.food], form: { uscc: pilot } });
    const { id } = expectStatus(await post('chuangkou', '/api/v1/applications', { ...body, applicant: { kind: 'business', name: '雷志强', orgName: '蓝山县志强五金店', uscc: pilot }, counter: { identityCheck: 'idCardRead' } }, { 'idempotency-key': randomUUID() }), 201);
    const unconfirmed = await post('chuangkou', `/api/v1/applications/${id}/accept`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json().code).toBe('PILOT_CODE_UNCONFIRMED');
    expect(unconfirmed.json().message).toContain(pilot);
    const accepted = expectStatus(await post('chuangkou', `/api/v1/applications/${id}/accept`, { confirmPilotCode: true }), 200);
    expect(accepted.acceptance.checks).toMatchObject({ pilotCodesConfirmed: [pilot] });
    const tl = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/timeline`, headers: await t.as('chuangkou') }), 200);
    expect(tl.items.find((e: { action: string }) => e.action === 'accept')).toBeTruthy();
  });
});

describe('deadlines in a year without the State Council notice', () => {
  it('count the statutory holidays (春节 by the lunar calendar) and stay flagged 日历缺失', async () => {
    const spring = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due?acceptedOn=2027-02-04&workingDays=2' }), 200);
    expect(spring).toMatchObject({ dueOn: '2027-02-10', calendarMissing: true, missingYears: [2027] });
    const days = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/days?from=2027-02-05&to=2027-02-08' }), 200);
    expect(days.days.map((d: { reason: string; name?: string }) => `${d.reason}:${d.name ?? ''}`)).toEqual(['holiday:春节', 'holiday:春节', 'holiday:春节', 'holiday:春节']);
    const national = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due?acceptedOn=2027-09-30&workingDays=1' }), 200);
    expect(national).toMatchObject({ dueOn: '2027-10-04', calendarMissing: true });
  });
});
