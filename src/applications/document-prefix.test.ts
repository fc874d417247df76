import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentByCode } from '../identity/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { pdfText } from '../../test/helpers/pdf.js';
import { getApplication, ITEMS, submit } from '../../test/helpers/applications.js';

/** 发文代字: the region's administrator sets a department's document prefix; the next documents are numbered with it. */
let t: TestApp;
let xzsp: string;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  xzsp = (await departmentByCode(t.db, 'xzsp'))!.id;
});
afterAll(() => t.close());

const patch = async (user: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/admin/departments/${xzsp}`, headers: { ...(await t.as(user)), ...headers }, payload });
const refuseOne = async () => {
  const { id } = await submit(t, { itemCodes: [ITEMS.food] });
  expectStatus(await t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/refuse`,
    headers: await t.as('chuangkou'),
    payload: { reason: '经营场所不在本县', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项', cited: [{ kind: 'condition', itemCode: ITEMS.food, ref: '1', problem: '经营场所不在本县' }] },
  }), 200);
  return (await getApplication(t, id, 'xiangwei')).documents[0] as { number: string; url: string };
};

describe('a department’s 发文代字', () => {
  it('is set by the region’s administrator, recorded with the reason, and numbers the next documents', async () => {
    const set = expectStatus(await patch('admin', { documentPrefix: '蓝政审', reason: '县政府办公室核定发文代字' }), 200);
    expect(set.documentPrefix).toBe('蓝政审');
    const shown = expectStatus(await t.app.inject({ url: `/api/v1/admin/departments/${xzsp}`, headers: await t.as('admin') }), 200);
    expect(shown.documentPrefix).toBe('蓝政审');
    expect(shown.history.at(-1)).toMatchObject({ actionName: '修改部门', actorName: '系统管理员', reason: '县政府办公室核定发文代字' });

    const doc = await refuseOne();
    expect(doc.number).toBe('蓝政审不受字〔2026〕第1号');
    await t.drain();
    const pdf = await t.app.inject({ url: doc.url, headers: await t.as('xiangwei') });
    expect(pdfText(new Uint8Array(pdf.rawPayload)).replace(/\s+/g, '')).toContain('蓝政审不受字〔2026〕第1号');

    // cleared, the derived prefix returns; the department's count goes on
    expect(expectStatus(await patch('admin', { documentPrefix: null, reason: '恢复默认发文代字' }), 200).documentPrefix).toBeNull();
    expect((await refuseOne()).number).toBe('蓝审批服务不受字〔2026〕第2号');
  });

  it('refuses what cannot be printed before a number, and a prefix another department numbers with', async () => {
    for (const documentPrefix of ['蓝审批1', 'LS审批', '蓝', '蓝审批服务局〔县〕', '蓝山县行政审批服务局文件编号', '   ']) {
      const res = await patch('admin', { documentPrefix, reason: '设置发文代字' });
      expect([documentPrefix, res.statusCode]).toEqual([documentPrefix, 400]);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求内容不符合要求，请检查后重试' });
      expect(res.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['documentPrefix']);
    }
    const en = await patch('admin', { documentPrefix: 'abc', reason: '设置发文代字' }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json().message).toBe('The request is invalid; please check it and retry');
    // 蓝山县市场监督管理局 numbers with 蓝市场监管 (derived): two departments would print one number twice
    const taken = await patch('admin', { documentPrefix: '蓝市场监管', reason: '设置发文代字' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'DOCUMENT_PREFIX_TAKEN' });
    expect(taken.json().message).toContain('蓝山县市场监督管理局');
    // nothing was changed by the refusals
    expect(expectStatus(await t.app.inject({ url: `/api/v1/admin/departments/${xzsp}`, headers: await t.as('admin') }), 200).documentPrefix).toBeNull();
  });

  it('is the administrator’s to set: a clerk, a reviewer or the department’s head gets 403', async () => {
    for (const user of ['chuangkou', 'xzsp-shenhe', 'xzsp-kezhang', 'xiangwei']) {
      const res = await patch(user, { documentPrefix: '蓝越权', reason: '越权设置' });
      expect([user, res.statusCode]).toEqual([user, 403]);
    }
  });
});
