import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { shanghaiDateOf } from '../core/index.js';
import { publishDueItemVersions } from './index.js';

let t: TestApp;
let sup: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  sup = await t.as('jianguan');
});
afterAll(() => t.close());

const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: { ...sup, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
const get = async (url: string) => expectStatus(await t.app.inject({ method: 'GET', url, headers: sup }), 200);

describe('publishing an item version with an effective date (生效日期)', () => {
  it('waits as a scheduled draft and becomes current on its date by the clock', async () => {
    const live = (await get('/api/v1/catalog/items?limit=1')).items[0];
    const draft = expectStatus(await post(`/api/v1/catalog/items/${live.code}/drafts`, null), 201);
    const edited = { ...draftInput(draft), place: `${draft.place}（迁至新大厅）` };
    expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${draft.versionId}`, headers: sup, payload: edited }), 200);

    const past = await post(`/api/v1/catalog/item-versions/${draft.versionId}/publish`, { effectiveOn: '2026-03-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toBe('生效日期 2026-03-01 已过，请选择今天（2026-03-02）或以后的日期');

    const scheduled = expectStatus(await post(`/api/v1/catalog/item-versions/${draft.versionId}/publish`, { effectiveOn: '2026-03-09', reason: '新规下周一施行' }), 200);
    expect(scheduled).toMatchObject({ status: 'draft', effectiveOn: '2026-03-09' });
    expect((await get(`/api/v1/catalog/items/${live.code}`)).versionId).toBe(live.versionId);
    const history = await get(`/api/v1/catalog/items/${live.code}/history`);
    expect(history.items.at(-1)).toMatchObject({ actionName: '定时发布', reason: '新规下周一施行' });

    t.clock.set('2026-03-08T23:00:00+08:00');
    expect(await publishDueItemVersions(t)).toBe(0);
    t.clock.set('2026-03-09T00:01:00+08:00');
    expect(shanghaiDateOf(t.clock.now())).toBe('2026-03-09');
    expect(await publishDueItemVersions(t)).toBe(1);
    const now = await get(`/api/v1/catalog/items/${live.code}`);
    expect(now).toMatchObject({ versionId: draft.versionId, status: 'published', place: edited.place });
    expect(await publishDueItemVersions(t)).toBe(0);
  });

  it('cancels the schedule when the draft is edited again', async () => {
    sup = await t.as('jianguan'); // a week has passed on the clock: a fresh session
    const live = (await get('/api/v1/catalog/items?limit=2')).items[1];
    const draft = expectStatus(await post(`/api/v1/catalog/items/${live.code}/drafts`, null), 201);
    expectStatus(await post(`/api/v1/catalog/item-versions/${draft.versionId}/publish`, { effectiveOn: '2026-04-01' }), 200);
    const again = expectStatus(await t.app.inject({ method: 'PUT', url: `/api/v1/catalog/item-versions/${draft.versionId}`, headers: sup, payload: draftInput(draft) }), 200);
    expect(again.effectiveOn).toBeNull();
    t.clock.set('2026-04-02T09:00:00+08:00');
    await publishDueItemVersions(t);
    expect((await get(`/api/v1/catalog/items/${live.code}`)).versionId).toBe(live.versionId);
  });
});

/** The editable input of a stored version (what the web editor sends back). */
function draftInput(v: Record<string, any>) {
  const keys = ['code', 'name', 'kind', 'level', 'implementationCode', 'applicantType', 'legalBasis', 'handling', 'legalDays', 'promisedDays', 'fees', 'place', 'officeHours', 'phone', 'conditions', 'steps', 'visitsNeeded', 'onlineCapable', 'authorisedToWindow', 'decidedOnPlatform', 'commitmentAllowed', 'commitmentText', 'autoApproval', 'producesLicenceType', 'keywords', 'materials', 'formFields', 'pendingAllowed', 'pendingLapse', 'realNameLevel'];
  return { ...Object.fromEntries(keys.filter((k) => k in v).map((k) => [k, v[k]])), departmentCode: v.department.code };
}
