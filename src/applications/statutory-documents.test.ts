import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { pdfFonts, pdfText } from '../../test/helpers/pdf.js';
import { accept, caseAction, caseOf, decide, getApplication, ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

interface Doc { id: string; kind: string; title: string; number: string; caseId: string | null; url: string }
const documents = async (id: string, user = 'xiangwei'): Promise<Doc[]> => (await getApplication(t, id, user)).documents;
const download = async (d: Doc, user = 'xiangwei') => t.app.inject({ url: d.url, headers: await t.as(user) });
/** What a reader sees in the PDF, without the layout's line breaks. */
const textOf = async (d: Doc, user = 'xiangwei') => {
  const res = await download(d, user);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const pdf = new Uint8Array(res.rawPayload);
  expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  return pdfText(pdf).replace(/\s+/g, '');
};
const refuse = async (id: string) =>
  expectStatus(await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/refuse`,
    headers: await t.as('chuangkou'),
    payload: { reason: '申请事项依法不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项', cited: [{ kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '经营场所不在本县' }] },
  }), 200);

describe('statutory documents', () => {
  it('不予受理通知书: numbered per department and year, naming the authority, the legal basis and the rights to 行政复议 (60 days) and 行政诉讼 (6 months)', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    expect((await t.app.inject({ url: `/api/v1/applications/${id}/refusal-notice.pdf`, headers: await t.as('xiangwei') })).statusCode).toBe(409);
    await refuse(id);
    const [doc] = await documents(id);
    expect(doc).toMatchObject({ kind: 'refusal', title: '不予受理通知书', number: '蓝审批服务不受字〔2026〕第1号' });
    await t.drain();
    const text = await textOf(doc!);
    for (const words of ['蓝山县行政审批服务局', '不予受理通知书', '蓝审批服务不受字〔2026〕第1号', '理由：申请事项依法不属于本机关职权范围', '《中华人民共和国行政许可法》第三十二条第一款第（二）项', '经营场所不在本县',
      '六十日内向蓝山县人民政府申请行政复议', '六个月内依法向蓝山县人民法院提起行政诉讼', '2026年3月2日']) expect(text).toContain(words);
    // the same document at the older address
    const old = await t.app.inject({ url: `/api/v1/applications/${id}/refusal-notice.pdf`, headers: await t.as('xiangwei') });
    expect(pdfText(new Uint8Array(old.rawPayload)).replace(/\s+/g, '')).toContain('蓝审批服务不受字〔2026〕第1号');

    // the next refusal of the same department that year takes the next number
    const { id: second } = await submit(t, { itemCodes: [ITEMS.food] });
    await refuse(second);
    expect((await documents(second))[0]!.number).toBe('蓝审批服务不受字〔2026〕第2号');

    // delivered through the applicant's messages, like results
    await t.drain();
    const msgs = expectStatus(await t.app.inject({ url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(msgs.items.find((m: { title: string; body: string }) => m.title === '文书送达：不予受理通知书' && m.body.includes('第2号'))).toBeTruthy();
  });

  it('受理通知书 at acceptance, and a 不予许可决定书 with the guide’s legal basis and the remedies when a case is denied; no decision document where a licence is the result', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food, ITEMS.fireSafety] });
    const app = await accept(t, id);
    const [acceptance] = await documents(id);
    expect(acceptance).toMatchObject({ kind: 'acceptance', title: '受理通知书', number: '蓝审批服务受字〔2026〕第1号' });
    const accepted = await textOf(acceptance!);
    expect(accepted).toContain('本机关决定予以受理');
    expect(accepted).toContain('《中华人民共和国行政许可法》第三十二条第一款第（五）项');
    expect(accepted).toContain('《中华人民共和国消防法》第十五条');
    expect(accepted).toContain('蓝山县消防救援大队');
    expect(accepted).not.toContain('行政复议');

    await decide(t, caseOf(app, ITEMS.food));
    t.clock.set('2026-03-03T10:00:00+08:00');
    const fire = caseOf(app, ITEMS.fireSafety);
    await decide(t, fire, 'deny', '疏散通道宽度不符合《建筑设计防火规范》要求');
    const docs = await documents(id);
    expect(docs.map((d) => d.kind)).toEqual(['acceptance', 'denial']);
    const denial = docs[1]!;
    expect(denial).toMatchObject({ title: '不予许可决定书', number: '蓝消防救援不许字〔2026〕第1号', caseId: fire.id });
    await t.drain();
    const text = await textOf(denial);
    for (const words of ['蓝山县消防救援大队', '不予许可决定书', '公众聚集场所投入使用、营业前消防安全检查', '理由：疏散通道宽度不符合《建筑设计防火规范》要求',
      '法律依据：《中华人民共和国消防法》第十五条', '《中华人民共和国行政许可法》第三十八条第二款', '六十日内向蓝山县人民政府申请行政复议', '六个月内依法向蓝山县人民法院提起行政诉讼', '2026年3月3日']) expect(text).toContain(words);

    // the reviewer of the deciding department and the window may read it; another applicant and an uninvolved department may not
    expect((await download(denial, 'xfjy-shenhe')).statusCode).toBe(200);
    expect((await download(denial, 'chuangkou')).statusCode).toBe(200);
    for (const user of ['zhangsan', 'wjj-shenhe', 'xiangyin-shenhe']) expect([user, (await download(denial, user)).statusCode]).toEqual([user, 404]);
    // a document is reached only through its own application
    const { id: other } = await submit(t, { itemCodes: [ITEMS.food] });
    expect((await t.app.inject({ url: `/api/v1/applications/${other}/documents/${denial.id}/content`, headers: await t.as('xiangwei') })).statusCode).toBe(404);
  });

  it('准予备案决定书 for an item that issues no licence, and a 补正告知书 with its number and limit', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.seal] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.seal));
    const grant = (await documents(id)).find((d) => d.kind === 'grant')!;
    expect(grant).toMatchObject({ title: '准予备案决定书', number: '蓝公安准许字〔2026〕第1号' });
    const text = await textOf(grant);
    expect(text).toContain('本机关决定准予备案');
    expect(text).toContain('《印铸刻字业暂行管理规则》');
    expect(text).toContain('第三十八条第一款');
    expect(text).not.toContain('行政复议');

    const { id: toCorrect } = await submit(t, { itemCodes: [ITEMS.food] });
    expectStatus(await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${toCorrect}/request-correction`,
      headers: await t.as('chuangkou'),
      payload: { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'layout', problem: '平面图未标注面积' }] },
    }), 200);
    const [notice] = await documents(toCorrect);
    expect(notice).toMatchObject({ kind: 'correction', title: '补正告知书', number: '蓝审批服务补字〔2026〕第1号' });
    const corr = await textOf(notice!);
    expect(corr).toContain('平面图未标注面积');
    expect(corr).toContain('第三十二条第一款第（四）项');
    expect(corr).toContain('逾期未补正的，视为撤回申请');
  });

  it('a reviewer’s own 补正 issues the department’s numbered 补正告知书 naming the authority, the item, what is missing and the basis', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    const food = caseOf(app, ITEMS.food);
    expectStatus(await caseAction(t, 'scjg-shenhe', food.id, 'review'), 200);
    expectStatus(await caseAction(t, 'scjg-shenhe', food.id, 'request-more', { items: [{ kind: 'material', itemCode: ITEMS.food, ref: 'food-safety-rules', problem: '食品安全管理制度缺少进货查验记录制度' }] }), 200);
    const notice = (await documents(id)).find((d) => d.kind === 'correction')!;
    expect(notice).toMatchObject({ title: '补正告知书', number: '蓝市场监管补字〔2026〕第1号', caseId: food.id });
    await t.drain();
    const text = await textOf(notice);
    for (const words of ['蓝山县市场监督管理局', '补正告知书', '蓝市场监管补字〔2026〕第1号', '食品经营许可', '本机关在审查中发现申请材料不齐全', '食品安全管理制度缺少进货查验记录制度',
      '《中华人民共和国行政许可法》第三十四条', '《食品经营许可和备案管理办法》', '补正期间不计入办理时限']) expect(text).toContain(words);
    // no lapse is threatened that the review stage does not enforce
    expect(text).not.toContain('视为撤回申请');
    // sent like a result: in the applicant's messages
    const msgs = expectStatus(await t.app.inject({ url: '/api/v1/messages', headers: await t.as('xiangwei') }), 200);
    expect(msgs.items.some((m: { title: string; body: string }) => m.title === '文书送达：补正告知书' && m.body.includes('蓝市场监管补字〔2026〕第1号'))).toBe(true);
  });

  it('a licence revoked by the department that issued it comes with a 撤销准予许可决定书 naming the reason, the basis and the rights', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    const licenceId = caseOf(await getApplication(t, id, 'xiangwei'), ITEMS.food).licenceId as string;
    const revoke = async (user: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/licences/${licenceId}/revoke`, headers: await t.as(user), payload: { reason: '经核查，申请人隐瞒经营场所与有毒有害场所距离不足的情况' } });
    // not another department's, nor the window's, nor the holder's to revoke
    for (const user of ['cgj-shenhe', 'chuangkou', 'xiangwei']) expect([user, (await revoke(user)).statusCode]).toEqual([user, 403]);
    expect((await documents(id)).some((d) => d.kind === 'revocation')).toBe(false);
    expect(expectStatus(await revoke('scjg-shenhe'), 200).status).toBe('revoked');

    const decision = (await documents(id)).find((d) => d.kind === 'revocation')!;
    expect(decision).toMatchObject({ title: '撤销准予许可决定书', number: '蓝市场监管撤字〔2026〕第1号' });
    await t.drain();
    const text = await textOf(decision);
    for (const words of ['蓝山县市场监督管理局', '撤销准予许可决定书', '蓝市场监管撤字〔2026〕第1号', '食品经营许可', '食品经营许可证', '撤销理由：经核查，申请人隐瞒经营场所与有毒有害场所距离不足的情况',
      '《中华人民共和国行政许可法》第六十九条', '六十日内向蓝山县人民政府申请行政复议', '六个月内依法向蓝山县人民法院提起行政诉讼']) expect(text).toContain(words);
    // a licence once revoked is not revoked again, and no second decision is written
    expect((await revoke('scjg-shenhe')).statusCode).toBe(409);
    expect((await documents(id)).filter((d) => d.kind === 'revocation')).toHaveLength(1);
  });
});

