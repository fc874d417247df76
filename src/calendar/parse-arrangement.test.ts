import fs from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/index.js';
import { officialArrangements } from './official.js';
import { formatOfFile, parseArrangement } from './parse-arrangement.js';

const require = createRequire(import.meta.url);

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
};

describe('parseArrangement', () => {
  it('reads the published .ics of 2026 into exactly the official arrangement', async () => {
    const ics = fs.readFileSync(require.resolve('chinese-days/dist/years/2026.ics'));
    const a = await parseArrangement(ics, 'ics');
    const official = officialArrangements.get(2026)!;
    expect(a.year).toBe(2026);
    expect(Object.keys(a.holidays)).toEqual(Object.keys(official.holidays).sort());
    expect(Object.keys(a.workdays)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(a.holidays['2026-02-17']).toBe('春节');
  });

  it('reads chinese-days style JSON maps and plain lists', async () => {
    const maps = await parseArrangement(Buffer.from(JSON.stringify({ holidays: { '2027-01-01': "New Year's Day,元旦,1" }, workdays: { '2027-02-20': '春节' } })), 'json');
    expect(maps).toEqual({ year: 2027, holidays: { '2027-01-01': '元旦' }, workdays: { '2027-02-20': '春节' } });
    const lists = await parseArrangement(Buffer.from(JSON.stringify({ year: 2027, holidays: ['2027-01-01', { date: '2027-01-02', name: '元旦' }] })), 'json');
    expect(Object.keys(lists.holidays)).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('reads an .xlsx sheet with 日期/结束日期/类型/名称 columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2027');
    ws.addRow(['日期', '结束日期', '类型', '名称']);
    ws.addRow([new Date(Date.UTC(2027, 1, 6)), new Date(Date.UTC(2027, 1, 14)), '休', '春节']);
    ws.addRow(['2027-02-20', '', '班', '春节']);
    const a = await parseArrangement(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(Object.keys(a.holidays)).toHaveLength(9);
    expect(a.holidays['2027-02-10']).toBe('春节');
    expect(a.workdays).toEqual({ '2027-02-20': '春节' });
  });

  it('rejects files it cannot trust, with a reason', async () => {
    const json = (o: unknown) => parseArrangement(Buffer.from(JSON.stringify(o)), 'json');
    expect(await codeOf(parseArrangement(Buffer.from('{oops'), 'json'))).toBe('CALENDAR_BAD_FILE');
    expect(await codeOf(json({ holidays: { '2027-02-30': '春节' } }))).toBe('CALENDAR_BAD_FILE');
    expect(await codeOf(json({ holidays: { '2027-01-01': '元旦', '2028-01-01': '元旦' } }))).toBe('CALENDAR_YEAR_MIXED');
    expect(await codeOf(json({ holidays: { '2027-01-01': '元旦' }, workdays: { '2027-01-04': '元旦' } }))).toBe('CALENDAR_BAD_FILE');
    expect(await codeOf(json({ holidays: {} }))).toBe('CALENDAR_BAD_FILE');
    expect(await codeOf(parseArrangement(Buffer.from('not a zip'), 'xlsx'))).toBe('CALENDAR_BAD_FILE');
    expect(() => formatOfFile('holidays.csv')).toThrow();
  });
});
