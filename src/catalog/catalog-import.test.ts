import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { exportCatalog, getPublishedItemByCode, listPublishedItems } from './index.js';

let t: TestApp;
let sup: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  sup = await t.as('jianguan');
});
afterAll(() => t.close());

function upload(content: Buffer, filename: string, headers = sup) {
  const boundary = '----banshi' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/catalog/import',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, content, tail]),
  });
}

async function exportedWorkbook(): Promise<ExcelJS.Workbook> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/export?format=xlsx' });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

const col = (ws: ExcelJS.Worksheet, header: string) => {
  let found = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === header) found = i;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
};
const rowOf = (ws: ExcelJS.Worksheet, header: string, value: string) => {
  const c = col(ws, header);
  let found = 0;
  ws.eachRow((r, i) => {
    if (r.getCell(c).value === value && !found) found = i;
  });
  return found;
};
const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

describe('catalog import and export', () => {
  it('exports the published catalog as a workbook that imports back unchanged', async () => {
    const wb = await exportedWorkbook();
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['事项', '申请材料', '表单字段', '一件事', '一件事事项', '一件事问题', '已取消证明']));
    const items = wb.getWorksheet('事项')!;
    expect(items.rowCount - 1).toBe((await listPublishedItems(t.db)).total);
    const res = await upload(await toBuffer(wb), 'catalog.xlsx');
    const summary = expectStatus(res, 200);
    expect(summary.items).toEqual({ created: 0, updated: 0, unchanged: items.rowCount - 1 });
    expect(summary.bundles.created + summary.bundles.updated).toBe(0);
  });

  it('imports a changed row from a workbook as a new published version', async () => {
    const wb = await exportedWorkbook();
    const ws = wb.getWorksheet('事项')!;
    const row = rowOf(ws, '事项编码', 'XK00119001');
    ws.getRow(row).getCell(col(ws, '承诺办结时限（工作日）')).value = 2;
    const before = (await getPublishedItemByCode(t.db, 'XK00119001'))!;
    const summary = expectStatus(await upload(await toBuffer(wb), 'catalog.xlsx'), 200);
    expect(summary.items.updated).toBe(1);
    const after = (await getPublishedItemByCode(t.db, 'XK00119001'))!;
    expect([after.version, after.promisedDays, after.materials]).toEqual([before.version + 1, 2, before.materials]);
  });

  it('reports every bad row of a malformed workbook with sheet, row and column, and imports nothing', async () => {
    const before = await exportCatalog(t.db);
    const wb = await exportedWorkbook();
    const items = wb.getWorksheet('事项')!;
    const badCode = rowOf(items, '事项编码', 'XK00118002');
    items.getRow(badCode).getCell(col(items, '事项编码')).value = 'XK123';
    const badBool = rowOf(items, '事项编码', 'XK00118003');
    items.getRow(badBool).getCell(col(items, '网上可办')).value = '也许';
    const badDept = rowOf(items, '事项编码', 'XK00118004');
    items.getRow(badDept).getCell(col(items, '实施部门代码')).value = '不存在的部门';
    // a valid new item in the same file must not be imported either
    const fresh = items.addRow([]);
    items.getRow(rowOf(items, '事项编码', 'XK00119002')).eachCell((c, i) => (fresh.getCell(i).value = c.value));
    fresh.getCell(col(items, '事项编码')).value = 'XK00119099';
    const materials = wb.getWorksheet('申请材料')!;
    const orphan = materials.addRow(['XK99999001', 'x', '某材料', '是', '原件', 1, '某依据']).number;
    const badForm = rowOf(materials, '材料名称', '公司章程');
    materials.getRow(badForm).getCell(col(materials, '材料形式')).value = '传真件';
    const members = wb.getWorksheet('一件事事项')!;
    const badJson = rowOf(members, '事项编码', 'BA00120001');
    members.getRow(badJson).getCell(col(members, '适用条件')).value = '{q: sellsAlcohol';

    const res = await upload(await toBuffer(wb), 'bad.xlsx');
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('CATALOG_IMPORT_INVALID');
    expect(body.message).toMatch(/未导入任何内容/);
    const where = body.details.errors.map((e: any) => [e.sheet, e.row, e.column]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['事项', badCode, '事项编码'],
        ['事项', badBool, '网上可办'],
        ['事项', badDept, '实施部门代码'],
        ['申请材料', orphan, '事项编码'],
        ['申请材料', badForm, '材料形式'],
        ['一件事事项', badJson, '适用条件'],
      ]),
    );
    expect(body.details.errors.find((e: any) => e.row === badBool && e.sheet === '事项').message).toContain('“也许”应填写“是”或“否”');
    expect(body.details.errors.every((e: any) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    expect(await exportCatalog(t.db)).toEqual(before);
    expect(await getPublishedItemByCode(t.db, 'XK00119099')).toBeUndefined();
  });

  it('refuses, row by row, a guide that requires an abolished certificate', async () => {
    const wb = await exportedWorkbook();
    const materials = wb.getWorksheet('申请材料')!;
    const single = materials.addRow(['XK00118002', 'single', '经营者单身证明', '是', '原件', 1, '无']).number;
    const criminal = materials.addRow(['XK01305001', 'record', '法定代表人无犯罪记录证明', '是', '原件', 1, '无']).number;
    const res = await upload(await toBuffer(wb), 'abolished.xlsx');
    expect(res.statusCode).toBe(422);
    const errors = res.json().details.errors;
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ sheet: '申请材料', row: single, column: '材料名称' });
    expect(errors[0].message).toContain('单身证明');
    expect(errors[0].message).toContain('婚姻登记信息共享');
    expect(errors[1]).toMatchObject({ sheet: '申请材料', row: criminal, column: '材料名称' });
    expect(errors[1].message).toContain('无犯罪记录证明');
    expect((await getPublishedItemByCode(t.db, 'XK00118002'))!.materials.map((m) => m.code)).not.toContain('single');
  });

  it('imports and exports JSON, with errors pointing at the entry and field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/export?format=json' });
    const doc = res.json();
    expect(doc.items.length).toBeGreaterThanOrEqual(60);
    doc.items[0].legalDays = -1;
    doc.bundles[0].members.push({ itemCode: 'XK00999999' });
    const bad = await upload(Buffer.from(JSON.stringify(doc)), 'catalog.json');
    expect(bad.statusCode).toBe(422);
    const where = bad.json().details.errors.map((e: any) => [e.sheet, e.row, e.column]);
    expect(where).toEqual(expect.arrayContaining([['items', 1, 'legalDays'], ['bundles', 1, `members.${doc.bundles[0].members.length - 1}.itemCode`]]));
  });

  it('answers unreadable files and other formats with a 4xx', async () => {
    expect((await upload(Buffer.from('not a zip'), 'x.xlsx')).json().code).toBe('CATALOG_IMPORT_UNREADABLE');
    expect((await upload(Buffer.from('{oops'), 'x.json')).json().code).toBe('CATALOG_IMPORT_UNREADABLE');
    expect((await upload(Buffer.from('a,b'), 'x.csv')).statusCode).toBe(415);
    expect((await upload(Buffer.from('{}'), 'x.json', await t.as('chuangkou'))).statusCode).toBe(403);
  });
});
