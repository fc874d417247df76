import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ITEMS, submit } from '../../test/helpers/applications.js';
import { queryTerms, termGrams, textGrams } from './grams.js';
import { searchCatalog } from './index.js';
import * as store from './store.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = async (q: string, extra = '') => expectStatus(await t.app.inject({ method: 'GET', url: `/api/v1/catalog/search?q=${encodeURIComponent(q)}${extra}` }), 200).items as any[];

describe('catalog search', () => {
  it('finds 食品 items by name first (shorter names first), then items that only have it as a keyword', async () => {
    const sup = await t.as('jianguan');
    const body = {
      code: 'BA00998001', name: '校园周边小卖部备案', kind: 'filing', departmentCode: 'jyj', legalBasis: '《学校食品安全与营养健康管理规定》',
      handling: 'immediate', legalDays: 5, promisedDays: 0, place: '蓝山县政务服务中心2楼45号窗口', visitsNeeded: 0, onlineCapable: true,
      authorisedToWindow: true, decidedOnPlatform: true, keywords: ['食品', '学校'],
    };
    const d = expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items', headers: sup, payload: body }), 201);
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/v1/catalog/item-versions/${d.versionId}/publish`, headers: sup }), 200);

    const hits = await search('食品', '&subject=item');
    expect(hits.map((h) => [h.name, h.score])).toEqual([
      ['食品经营许可', 100],
      ['食品生产许可', 100],
      ['食品小作坊登记', 100],
      ['校园周边小卖部备案', 10],
    ]);
  });

  it('finds 户口 items: the one named so first, then those with it as a keyword', async () => {
    const hits = await search('户口', '&subject=item');
    expect(hits.map((h) => [h.name, h.score])).toEqual([
      ['户口迁入登记', 100],
      ['出生登记', 10],
      ['居民身份证申领', 10],
    ]);
  });

  it('matches a department name below names and keywords', async () => {
    const hits = await searchCatalog(t.db, '卫健', { subject: 'item', limit: 50 });
    expect(hits.length).toBeGreaterThanOrEqual(8);
    expect(hits.every((h) => h.score === 1)).toBe(true);
    const mixed = await searchCatalog(t.db, '医保', { subject: 'item', limit: 50 });
    const scores = mixed.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores)).toEqual(new Set([10, 1]));
  });

  it('matches departments, multi-character and multi-word queries, and bundles', async () => {
    expect((await search('卫生健康局', '&subject=item')).map((h) => h.department.code)).toEqual(expect.arrayContaining(['wjj']));
    expect((await search('营业执照')).map((h) => h.name)).toEqual(expect.arrayContaining(['企业设立登记', '个体工商户设立登记']));
    expect((await search('新生儿 户口')).map((h) => h.code)).toContain('xinshenger-chusheng');
    expect((await search('开餐饮店', '&subject=bundle'))[0].code).toBe('kai-canyindian');
    expect(await search('量子纠缠')).toEqual([]);
  });

  it('forgets retired items at once', async () => {
    const sup = await t.as('jianguan');
    expect((await search('排污')).map((h) => h.code)).toContain('XK01102001');
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/v1/catalog/items/XK01102001/retire', headers: sup, payload: { action: 'abolish', basis: '蓝政发〔2026〕3号' } }), 200);
    expect((await search('排污')).map((h) => h.code)).not.toContain('XK01102001');
  });

  it('ranks the same way on the one-gram postings and on the general query', async () => {
    for (const term of ['食品', '户口', '许可', '登记', '卫健']) {
      const viaPostings = await store.searchOneGram(t.db, term, 'item', 100);
      const viaGeneral = await store.searchIndex(t.db, [term], [term], 'item', 100);
      expect(viaPostings.map((h) => [h.code, h.score])).toEqual(viaGeneral.map((h) => [h.code, h.score]));
    }
  });

  it('refuses an empty or oversized query with a 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/catalog/search?q=' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/catalog/search?q=${'食'.repeat(101)}` })).statusCode).toBe(400);
  });
});

describe('grams', () => {
  it('indexes single characters and bigrams, and queries two-character terms by their bigram', () => {
    expect([...textGrams('食品经营')]).toEqual(['食', '食品', '品', '品经', '经', '经营', '营']);
    expect(termGrams('食品')).toEqual(['食品']);
    expect(termGrams('户')).toEqual(['户']);
    expect(termGrams('营业执照')).toEqual(['营业', '业执', '执照']);
    expect(queryTerms('  食品，经营 食品 ')).toEqual(['食品', '经营']);
  });
});

describe('search in the words people use', () => {
  it('finds 开餐饮店 for 开饭店 and 公共场所卫生许可 for 理发店, bundles and items in one list', async () => {
    const restaurant = await search('开饭店');
    expect(restaurant[0]).toMatchObject({ subject: 'bundle', name: '开餐饮店', via: '开饭店' });
    const barber = await search('理发店');
    expect(barber.map((h) => h.name)).toEqual(expect.arrayContaining(['公共场所卫生许可', '公共场所卫生许可（告知承诺·秒批）']));
    expect(new Set(barber.map((h) => h.subject))).toEqual(new Set(['item', 'bundle']));
  });

  it('lets the bureau over every region add and remove a synonym, each change in the audit log, and refuses anyone else', async () => {
    const term = encodeURIComponent('开面包店');
    expect((await search('开面包店')).length).toBe(0);
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/synonyms/${term}`, headers: await t.as('xiangwei'), payload: { target: '我要开蛋糕店' } }), 403);
    // a county's supervisor would change what every other county's people find
    const county = await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/synonyms/${term}`, headers: await t.as('jianguan'), payload: { target: '我要开蛋糕店' } });
    expect(county.statusCode).toBe(403);
    expect(county.json().code).toBe('SETTING_REGION_OUT_OF_SCOPE');
    expect((await search('开面包店')).length).toBe(0);
    const province = await t.as('sheng-jianguan');
    const put = expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/synonyms/${term}`, headers: province, payload: { target: '我要开蛋糕店', reason: '群众来电常这样说' } }), 200);
    expect(put).toMatchObject({ term: '开面包店', target: '我要开蛋糕店' });
    expect((await search('开面包店'))[0]).toMatchObject({ name: '我要开蛋糕店', via: '开面包店' });
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/synonyms', headers: await t.as('jianguan') }), 200);
    expect(list.items.map((s: { term: string }) => s.term)).toContain('开面包店');
    expectStatus(await t.app.inject({ method: 'DELETE', url: `/api/v1/catalog/synonyms/${term}`, headers: await t.as('jianguan') }), 403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/catalog/synonyms/${term}`, headers: province })).statusCode).toBe(204);
    expect((await search('开面包店')).length).toBe(0);
    expectStatus(await t.app.inject({ method: 'DELETE', url: `/api/v1/catalog/synonyms/${term}`, headers: province }), 404);
    const [audit] = await t.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_entries WHERE chain = 'catalog-synonyms'`);
    expect(Number(audit!.n)).toBe(2);
  });

  it('lists 高频事项 from filed applications, most used first, by their catalog names', async () => {
    for (const itemCodes of [[ITEMS.food], [ITEMS.food], [ITEMS.seal]]) await submit(t, { itemCodes });
    t.clock.advance(61_000); // past what the home page keeps
    const popular = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/catalog/popular?limit=20' }), 200);
    const uses = popular.items.map((p: { uses: number }) => p.uses);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
    const food = popular.items.find((p: { code: string }) => p.code === ITEMS.food);
    const seal = popular.items.find((p: { code: string }) => p.code === ITEMS.seal);
    expect(food).toMatchObject({ subject: 'item', name: '食品经营许可' });
    expect(food.uses).toBeGreaterThanOrEqual(2);
    expect(food.uses).toBeGreaterThan(seal.uses);
    expect(seal.name).toBeTruthy();
  });
});
