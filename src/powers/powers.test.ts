import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { caseAction, caseOf, getApplication, ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const req = async (user: string | null, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: user ? await t.as(user) : {}, ...(payload ? { payload } : {}) });

const CHECKED = { identity: true, formalCompleteness: true };
const BASIS = '《蓝山县人民政府关于向湖南蓝山经济开发区赋予县级经济社会管理权限的决定》（蓝政发〔2026〕1号）';
const delegation = (itemCode: string, mode: string, validFrom = '2026-03-01', validUntil = '2027-02-28') => ({
  itemCode, delegateDepartmentCode: 'kfq', mode, basis: BASIS, scope: '湖南蓝山经济开发区范围内的企业', validFrom, validUntil,
});

describe('an item delegated to 湖南蓝山经济开发区 (直接赋权)', () => {
  let delegationId: string;
  let appId: string;

  it('is delegated by the county’s supervisor with basis, scope and period, and listed on the public page', async () => {
    const d = expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.food, 'direct')), 201);
    delegationId = d.id;
    expect(d).toMatchObject({ modeName: '直接赋权', stateName: '生效中', delegate: { name: '湖南蓝山经济开发区管理委员会', regionName: '湖南蓝山经济开发区' }, department: { name: '蓝山县市场监督管理局' }, uses: 0 });
    const pub = expectStatus(await req(null, 'GET', '/api/v1/public/delegations?region=431127'), 200);
    const listed = pub.items.find((x: { id: string }) => x.id === delegationId);
    expect(listed).toMatchObject({ item: { code: ITEMS.food, name: '食品经营许可' }, basis: BASIS, validFrom: '2026-03-01', validUntil: '2027-02-28', modeMeaning: '由承接单位受理并作出决定' });
    // the demo's delegations to the zone are there too
    expect(pub.items.filter((x: { delegate: { name: string } }) => x.delegate.name === '湖南蓝山经济开发区管理委员会').length).toBeGreaterThanOrEqual(7);
  });

  it('is filed at the zone’s window: the zone’s clerk accepts it, the county’s window cannot', async () => {
    appId = (await submit(t, { itemCodes: [ITEMS.food], extra: { windowRegion: '431127400' } })).id;
    const county = await req('chuangkou', 'POST', `/api/v1/applications/${appId}/accept`, { checks: CHECKED });
    expect(county.statusCode).toBe(403);
    expect(county.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await getApplication(t, appId)).status).toBe('submitted');
    // another county's clerk does not even see it
    expect((await req('xiangyin-chuangkou', 'POST', `/api/v1/applications/${appId}/accept`, { checks: CHECKED })).statusCode).toBe(404);

    const accepted = expectStatus(await req('kfq-chuangkou', 'POST', `/api/v1/applications/${appId}/accept`, {}), 200);
    expect(accepted.status).toBe('accepted');
    const c = caseOf(accepted, ITEMS.food);
    expect(c.department.code).toBe('kfq');
  });

  it('is decided by the zone’s reviewer, and no longer by the county’s market regulator', async () => {
    const c = caseOf(await getApplication(t, appId, 'kfq-chuangkou'), ITEMS.food);
    for (const action of ['review', 'decide']) {
      const res = await caseAction(t, 'scjg-shenhe', c.id, action, action === 'decide' ? { decision: 'approve', reasons: '材料齐全' } : {});
      expect([403, 404]).toContain(res.statusCode);
    }
    expect((await caseAction(t, 'scjg-kezhang', c.id, 'review', {})).statusCode).toBeGreaterThanOrEqual(403);
    expectStatus(await caseAction(t, 'kfq-shenhe', c.id, 'review', {}), 200);
    const decided = expectStatus(await caseAction(t, 'kfq-shenhe', c.id, 'decide', { decision: 'approve', reasons: '材料齐全，符合法定条件' }), 200);
    expect(decided.status).toBe('approved');
  });

  it('is filed with the county as before when handed in at the county’s window', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const a = await getApplication(t, id);
    expect(caseOf(a, ITEMS.food).department.code).toBe('scjg');
    expect((await req('kfq-chuangkou', 'POST', `/api/v1/applications/${id}/accept`, { checks: CHECKED })).statusCode).toBe(404);
  });

  it('counts its uses and takes a 回头看 review', async () => {
    const list = expectStatus(await req('jianguan', 'GET', '/api/v1/delegations'), 200);
    expect(list.items.find((x: { id: string }) => x.id === delegationId).uses).toBe(1);
    const reviewed = expectStatus(await req('jianguan', 'POST', `/api/v1/delegations/${delegationId}/reviews`, { conclusion: 'keep', findings: '承接顺畅，企业满意' }), 200);
    expect(reviewed.reviews[0]).toMatchObject({ conclusionName: '继续赋权', uses: 1, reviewerName: '蒋监管' });
    expect(reviewed.nextReviewOn).toBe('2026-08-29');
    const report = expectStatus(await req('jianguan', 'GET', '/api/v1/delegations/review-report'), 200);
    expect(report.byMode.find((m: { mode: string }) => m.mode === 'direct').uses).toBe(1);
    expect(report.total).toBeGreaterThanOrEqual(7);
  });
});

describe('审批直报', () => {
  it('the zone accepts and forwards; the department still decides, and the zone cannot', async () => {
    expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.fireSafety, 'directReport')), 201);
    const { id } = await submit(t, { itemCodes: [ITEMS.fireSafety], extra: { windowRegion: '431127400' } });
    expect((await req('chuangkou', 'POST', `/api/v1/applications/${id}/accept`, { checks: CHECKED })).statusCode).toBe(403);
    const accepted = expectStatus(await req('kfq-chuangkou', 'POST', `/api/v1/applications/${id}/accept`, { checks: CHECKED }), 200);
    const c = caseOf(accepted, ITEMS.fireSafety);
    expect(c.department.code).toBe('xfjy');
    expect([403, 404]).toContain((await caseAction(t, 'kfq-shenhe', c.id, 'review', {})).statusCode);
    expectStatus(await caseAction(t, 'xfjy-shenhe', c.id, 'review', {}), 200);
  });
});

describe('refused delegations and delegations outside their period', () => {
  it('refuses a period that ends before it starts, an overlapping one, a delegate outside the county and another county’s supervisor, changing nothing', async () => {
    const before = expectStatus(await req('jianguan', 'GET', '/api/v1/delegations'), 200).items.length;
    const bad = expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.publicHealth, 'direct', '2026-06-01', '2026-05-01')), 400);
    expect(bad.details.issues.map((i: { path: string }) => i.path)).toContain('validUntil');
    expect(expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.food, 'entrusted', '2026-06-01', '2026-12-31')), 409).message).toContain('湖南蓝山经济开发区管理委员会');
    expect(expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', { ...delegation(ITEMS.publicHealth, 'direct'), delegateDepartmentCode: 'scjg' }), 400).code).toBe('DELEGATION_DELEGATE_INVALID');
    expect(expectStatus(await req('xiangyin-jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.publicHealth, 'direct')), 403).code).toBe('POWERS_OUT_OF_REACH');
    expect((await req('kfq-chuangkou', 'POST', '/api/v1/delegations', delegation(ITEMS.publicHealth, 'direct'))).statusCode).toBe(403);
    expect((await req('scjg-shenhe', 'POST', '/api/v1/delegations', delegation(ITEMS.publicHealth, 'direct'))).statusCode).toBe(403);
    expect(expectStatus(await req('jianguan', 'GET', '/api/v1/delegations'), 200).items.length).toBe(before);
  });

  it('a delegation not yet in force routes nothing to the zone: the department decides, the zone’s reviewer cannot', async () => {
    const d = expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.publicHealth, 'direct', '2026-04-01', '2026-12-31')), 201);
    expect(d.stateName).toBe('未生效');
    const { id } = await submit(t, { itemCodes: [ITEMS.publicHealth], extra: { windowRegion: '431127400' } });
    const accepted = expectStatus(await req('kfq-chuangkou', 'POST', `/api/v1/applications/${id}/accept`, { checks: CHECKED }), 200);
    const c = caseOf(accepted, ITEMS.publicHealth);
    // the item is decided at once (即办件) by its department, as if filed without the delegation
    expect(c.department.code).toBe('wjj');
    expect((await req('kfq-shenhe', 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    expectStatus(await req('wjj-shenhe', 'GET', `/api/v1/cases/${c.id}`), 200);
  });

  it('a revoked delegation routes nothing to the zone any more', async () => {
    const d = expectStatus(await req('jianguan', 'POST', '/api/v1/delegations', delegation(ITEMS.liquor, 'direct')), 201);
    expect((await req('xiangyin-jianguan', 'POST', `/api/v1/delegations/${d.id}/revoke`, { reason: '越权收回' })).statusCode).toBe(404);
    expect(expectStatus(await req('jianguan', 'POST', `/api/v1/delegations/${d.id}/revoke`, { reason: '经回头看，园区承接能力不足' }), 200).stateName).toBe('已收回');
    const { id } = await submit(t, { itemCodes: [ITEMS.liquor], extra: { windowRegion: '431127400' } });
    expect(caseOf(await getApplication(t, id), ITEMS.liquor).department.code).toBe('scjg');
    const pub = expectStatus(await req(null, 'GET', '/api/v1/public/delegations'), 200);
    expect(pub.items.some((x: { id: string }) => x.id === d.id)).toBe(false);
  });
});

describe('the power list (权责清单)', () => {
  it('is public per department, with duties, basis and the items that exercise each power', async () => {
    const all = expectStatus(await req(null, 'GET', '/api/v1/public/powers?region=431127'), 200);
    expect(all.departments.length).toBeGreaterThanOrEqual(3);
    const scjg = expectStatus(await req(null, 'GET', '/api/v1/public/powers?region=431127&department=scjg'), 200);
    expect(scjg.departments).toHaveLength(1);
    const food = scjg.departments[0].powers.find((p: { name: string }) => p.name === '食品经营许可');
    expect(food).toMatchObject({ kindName: '行政许可', items: [{ code: ITEMS.food, name: '食品经营许可' }] });
    expect(food.duties.length).toBeGreaterThan(2);
    expect(scjg.departments[0].counts.map((c: { kindName: string }) => c.kindName)).toEqual(expect.arrayContaining(['行政许可', '行政处罚', '行政强制', '行政检查']));
    // the item's guide links to its power
    const linked = expectStatus(await req(null, 'GET', `/api/v1/public/items/${ITEMS.food}/power`), 200);
    expect(linked.power.code).toBe('QL-SCJG-XK-001');
    expect(linked.delegations.map((d: { delegate: { name: string } }) => d.delegate.name)).toEqual(['湖南蓝山经济开发区管理委员会']);
    expect(expectStatus(await req(null, 'GET', `/api/v1/public/items/${ITEMS.seal}/power`), 200)).toEqual({ power: null, delegations: [] });
  });

  it('takes a new power from the county’s supervisor only, for items of that department', async () => {
    const body = { code: 'QL-SCJG-JC-009', departmentCode: 'scjg', kind: 'inspection', name: '特种设备安全监督检查', basis: '《中华人民共和国特种设备安全法》第五十七条', duties: ['按“双随机、一公开”检查'] };
    expect((await req('xiangyin-jianguan', 'POST', '/api/v1/powers', body)).statusCode).toBe(403);
    expect((await req('scjg-kezhang', 'POST', '/api/v1/powers', body)).statusCode).toBe(403);
    const wrong = expectStatus(await req('jianguan', 'POST', '/api/v1/powers', { ...body, itemCodes: [ITEMS.publicHealth] }), 400);
    expect(wrong.details.issues[0].message).toContain('不属于蓝山县市场监督管理局');
    expect(expectStatus(await req('jianguan', 'POST', '/api/v1/powers', body), 201).kindName).toBe('行政检查');
  });
});

describe('streamlining and implementations', () => {
  it('retires an item with a typed action and counts it in the year’s 四减 report', async () => {
    const before = expectStatus(await req('jianguan', 'GET', '/api/v1/streamlining/report?year=2026'), 200);
    const s = expectStatus(await req('jianguan', 'POST', '/api/v1/streamlining', { itemCode: 'XK00204001', action: 'toFiling', basis: '蓝政发〔2026〕3号', reason: '改为备案管理' }), 201);
    expect(s).toMatchObject({ actionName: '改备案', basis: '蓝政发〔2026〕3号', retiredName: '已废止' });
    expect((await req(null, 'GET', '/api/v1/catalog/items/XK00204001')).statusCode).toBe(404);
    const after = expectStatus(await req('jianguan', 'GET', '/api/v1/streamlining/report?year=2026'), 200);
    expect(after.items).toBe(before.items + 1);
    expect(after.materials).toBe(before.materials + s.materialsReduced);
    expect(after.byAction.find((a: { action: string }) => a.action === 'toFiling').count).toBe(before.byAction.find((a: { action: string }) => a.action === 'toFiling').count + 1);
    const merge = expectStatus(await req('jianguan', 'POST', '/api/v1/streamlining', { itemCode: ITEMS.seal, action: 'merge', basis: '蓝政发〔2026〕3号' }), 400);
    expect(merge.details.issues[0].message).toBe('合并须指明并入的事项');
    expect((await req('xiangyin-jianguan', 'POST', '/api/v1/streamlining', { itemCode: ITEMS.seal, action: 'abolish', basis: '越权取消' })).statusCode).toBe(403);
    expect((await req(null, 'GET', `/api/v1/catalog/items/${ITEMS.seal}`)).statusCode).toBe(200);
  });
});

describe('retiring from the catalog (废止) is typed 事项精简', () => {
  const PHARMACY = 'XK00122001'; // 药品零售企业经营许可: in no bundle
  const report = async () => expectStatus(await req('jianguan', 'GET', '/api/v1/streamlining/report?year=2026'), 200);
  const retire = (user: string | null, code: string, body?: Record<string, unknown>) => req(user, 'POST', `/api/v1/catalog/items/${code}/retire`, body);
  const published = async (code: string) => (await req(null, 'GET', `/api/v1/catalog/items/${code}`)).statusCode === 200;

  it('refuses a retirement that does not say its kind and basis, or names a kind that does not exist, and changes nothing', async () => {
    const before = await report();
    for (const body of [undefined, {}, { reason: '不再需要' }, { basis: '蓝政发〔2026〕3号' }, { action: 'cancel', basis: '蓝政发〔2026〕3号' }, { action: 'abolish' }, { action: 'abolish', basis: '   ' }]) {
      const res = await retire('jianguan', ITEMS.seal, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
      expect(JSON.stringify(res.json().details ?? {})).not.toMatch(/Invalid|expected|Required/);
    }
    const forged = expectStatus(await retire('jianguan', ITEMS.seal, { action: 'cancel', basis: '蓝政发〔2026〕3号' }), 400);
    expect(forged.details.issues[0].message).toContain('请选择精简方式');
    // 合并 without the item it merges into, 下放 without (or to the same, or to a higher) receiving body
    expect(expectStatus(await retire('jianguan', ITEMS.seal, { action: 'merge', basis: 'x' }), 400).details.issues[0].message).toBe('合并须指明并入的事项');
    expect(expectStatus(await retire('jianguan', ITEMS.seal, { action: 'delegate', basis: 'x' }), 400).details.issues[0].message).toBe('下放须指明承接单位');
    expect(expectStatus(await retire('jianguan', ITEMS.seal, { action: 'delegate', basis: 'x', receivingDepartmentCode: 'scjg' }), 400).code).toBe('STREAMLINING_RECEIVER_INVALID');
    expect(expectStatus(await retire('jianguan', ITEMS.seal, { action: 'abolish', basis: 'x', receivingDepartmentCode: 'kfq' }), 400).details.issues[0].message).toBe('只有下放或委托才填写承接单位');
    expect(expectStatus(await retire('jianguan', ITEMS.seal, { action: 'merge', basis: 'x', mergedInto: 'XK99999999' }), 404).code).toBe('STREAMLINING_ITEM_NOT_FOUND');
    // another county's supervisor, a department's clerk, nobody signed in
    expect((await retire('xiangyin-jianguan', ITEMS.seal, { action: 'abolish', basis: 'x' })).statusCode).toBe(403);
    expect((await retire('scjg-kezhang', ITEMS.seal, { action: 'abolish', basis: 'x' })).statusCode).toBe(403);
    expect((await retire(null, ITEMS.seal, { action: 'abolish', basis: 'x' })).statusCode).toBe(401);
    expect(await published(ITEMS.seal)).toBe(true);
    expect(await report()).toEqual(before);
  });

  it('takes the item out with its kind, basis and receiving body, and counts it once even when retired twice at the same moment', async () => {
    const before = await report();
    const [a, b] = await Promise.all([0, 1].map(() => retire('jianguan', PHARMACY, { action: 'delegate', basis: '蓝政发〔2026〕3号', receivingDepartmentCode: 'kfq', reason: '园区企业就近办理' })));
    const codes = [a!.statusCode, b!.statusCode].sort();
    expect(codes[0]).toBe(200);
    expect([404, 409]).toContain(codes[1]); // the loser finds it gone, before or inside the retiring transaction
    const done = [a!, b!].find((r) => r.statusCode === 200)!.json();
    expect(done).toMatchObject({ actionName: '下放', receivingDepartmentName: '湖南蓝山经济开发区管理委员会', retiredName: '已废止', basis: '蓝政发〔2026〕3号' });
    expect(await published(PHARMACY)).toBe(false);
    const after = await report();
    expect(after.items).toBe(before.items + 1);
    expect(after.byAction.find((x: { action: string }) => x.action === 'delegate').count).toBe(before.byAction.find((x: { action: string }) => x.action === 'delegate').count + 1);
    // actions made at the same moment have no order between them: find this one by its item, once
    const ofPharmacy = after.actions.filter((x: { itemCode: string }) => x.itemCode === PHARMACY);
    expect(ofPharmacy).toHaveLength(1);
    expect(ofPharmacy[0]).toMatchObject({ receivingDepartmentName: '湖南蓝山经济开发区管理委员会' });
    const history = expectStatus(await req('jianguan', 'GET', `/api/v1/catalog/items/${PHARMACY}/history`), 200);
    expect(history.items.at(-1)).toMatchObject({ action: 'catalog.retired', reason: '下放：蓝政发〔2026〕3号；承接单位：湖南蓝山经济开发区管理委员会；园区企业就近办理' });
  });

  it('retires a bundle only as 取消 or 合并 and counts it apart from items', async () => {
    const before = await report();
    const bundle = expectStatus(await req(null, 'GET', '/api/v1/catalog/bundles'), 200).items[0];
    expect(expectStatus(await req('jianguan', 'POST', `/api/v1/catalog/bundles/${bundle.code}/retire`, { action: 'toFiling', basis: 'x' }), 400).details.issues[0].message).toBe('一件事只能取消或合并，不能改备案');
    expect((await req('jianguan', 'POST', `/api/v1/catalog/bundles/${bundle.code}/retire`, {})).statusCode).toBe(400);
    expect((await req('xiangyin-jianguan', 'POST', `/api/v1/catalog/bundles/${bundle.code}/retire`, { action: 'abolish', basis: 'x' })).statusCode).toBe(403);
    const done = expectStatus(await req('jianguan', 'POST', `/api/v1/catalog/bundles/${bundle.code}/retire`, { action: 'abolish', basis: '蓝政发〔2026〕3号' }), 200);
    expect(done).toMatchObject({ subjectName: '一件事', actionName: '取消', itemCode: bundle.code });
    const after = await report();
    expect(after).toMatchObject({ items: before.items, bundles: before.bundles + 1 });
  });
});

describe('implementations', () => {
  it('lists each county’s implementations of the standard items, and how many each implements', async () => {
    const pub = expectStatus(await req(null, 'GET', `/api/v1/public/implementations?standardCode=${ITEMS.food}`), 200);
    expect(pub.items.map((i: { regionName: string }) => i.regionName).sort()).toEqual(['湘阴县', '蓝山县']);
    expect(pub.items.find((i: { regionName: string }) => i.regionName === '湘阴县')).toMatchObject({ promisedDays: 7, authorisedName: '已授权' });
    const province = expectStatus(await req('sheng-jianguan', 'GET', '/api/v1/implementations/coverage'), 200);
    expect(province.counties.find((c: { regionName: string }) => c.regionName === '蓝山县')).toMatchObject({ implemented: 6, share: '100.0%' });
    expect(province.counties.find((c: { regionName: string }) => c.regionName === '湘阴县')).toMatchObject({ implemented: 2 });
    const county = expectStatus(await req('jianguan', 'GET', '/api/v1/implementations/coverage'), 200);
    expect(county.counties.map((c: { regionName: string }) => c.regionName)).toEqual(['蓝山县']);
    expect((await req('xiangyin-jianguan', 'POST', '/api/v1/implementations', {
      standardCode: ITEMS.publicHealth, regionCode: '431127', departmentCode: 'wjj', implementationCode: 'XK002010014311279', windowName: '窗口', fees: '不收费', legalDays: 20, promisedDays: 5, authorised: true,
    })).statusCode).toBe(403);
  });

  it('publishes the intermediary services with the items that need them', async () => {
    const list = expectStatus(await req(null, 'GET', '/api/v1/public/intermediaries'), 200);
    expect(list.items.find((m: { code: string }) => m.code === 'ZJ-002').items.map((i: { name: string }) => i.name)).toContain('建筑工程施工许可');
  });
});
