import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { accept, caseOf, decide, ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const lookup = (payload: Record<string, unknown>, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/public/applications/progress', payload, headers });

describe('following an application without signing in', () => {
  it('answers the number with the last four of the phone, ID number or credit code, and nothing beyond progress', async () => {
    const { id, number } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));

    const seen = expectStatus(await lookup({ number, check: '5678' }), 200);
    expect(seen.number).toBe(number);
    expect(['已受理，办理中', '已办结，待出件']).toContain(seen.statusName);
    // a business is named by its public name; a person's name would pass the masking rule
    expect(seen.applicantName).not.toContain('李湘味');
    expect(seen.items).toEqual([expect.objectContaining({ itemName: '食品经营许可', statusName: '已办结（准予许可）', done: true })]);
    const texts = seen.steps.map((s: { text: string }) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['提交申请', '窗口受理，开始计时', '审批通过']));
    // the platform's own steps stay inside
    expect(texts.join('|')).not.toMatch(/开始办理|等待前置事项|秒批规则/);
    expect(JSON.stringify(seen)).not.toMatch(/13907465678|李湘味|form|attachments/);
    // the signed-in applicant reads the same words
    const own = expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/progress`, headers: await t.as('xiangwei') }), 200);
    expect(own.steps).toEqual(seen.steps);
  });

  it('answers a wrong number and a wrong check alike, and explains a malformed check in words', async () => {
    const { number } = await submit(t, { itemCodes: [ITEMS.food] });
    const wrongCheck = expectStatus(await lookup({ number, check: '0000' }), 404);
    const wrongNumber = expectStatus(await lookup({ number: '431127-20991231-999999', check: '5678' }), 404);
    expect(wrongCheck).toEqual(wrongNumber);
    expect(wrongCheck.message).toMatch(/^没有找到这个办件/);
    const malformed = expectStatus(await lookup({ number, check: '56' }), 400);
    expect(malformed.details.issues[0].message).toBe('请输入 4 位：身份证号码、统一社会信用代码或手机号码的后四位');
    expect(expectStatus(await lookup({ number, check: '0000' }, { 'accept-language': 'en' }), 404).message).toMatch(/^No application found/);
  });
});

describe('following a 12345 ticket without signing in', () => {
  it('needs the number and the phone given, and shows progress but not the request', async () => {
    const filed = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/tickets', payload: { kind: 'complaint', title: '路灯不亮', content: '舜乡大道 128 号门前路灯三天不亮', requesterName: '王先生', requesterPhone: '13811112222' } }), 201);
    const number = filed.ticket.number as string;
    const seen = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/public/tickets/progress', payload: { number, phone: '13811112222' } }), 200);
    expect(seen).toMatchObject({ number, kindName: '投诉', statusName: '待派单', answered: false });
    expect(JSON.stringify(seen)).not.toMatch(/路灯|王先生|13811112222/);
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/public/tickets/progress', payload: { number, phone: '13811113333' } }), 404);
  });
});
