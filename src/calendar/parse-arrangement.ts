import './errors.js';
import ExcelJS from 'exceljs';
import { AppError } from '../core/index.js';
import { addDays, isIsoDate, isWeekend, yearOf, type IsoDate } from './dates.js';
import type { YearArrangement } from './working-calendar.js';

/**
 * Reads a year's holiday arrangement (放假安排) as the State Council publishes it each November, in one of the
 * forms administrators receive: JSON (chinese-days style maps, or lists), an .ics calendar, or an .xlsx sheet.
 */
export type ArrangementFormat = 'json' | 'ics' | 'xlsx';

const bad = (reason: string) => new AppError('CALENDAR_BAD_FILE', { reason });

export function formatOfFile(fileName: string): ArrangementFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'json' || ext === 'ics' || ext === 'xlsx') return ext;
  throw bad(`不支持的文件类型 .${ext ?? ''}（支持 .json、.ics、.xlsx）`);
}

export async function parseArrangement(content: Buffer, format: ArrangementFormat): Promise<YearArrangement> {
  const days = format === 'json' ? fromJson(content) : format === 'ics' ? fromIcs(content.toString('utf8')) : await fromXlsx(content);
  return validate(days);
}

interface Collected {
  year?: number;
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

const plainName = (raw: unknown): string => {
  const s = typeof raw === 'string' ? raw : '';
  const parts = s.split(',');
  return (parts.length >= 2 ? parts[1]! : s).trim() || '节假日';
};

function addDay(into: Record<IsoDate, string>, date: unknown, name: unknown) {
  const d = typeof date === 'string' ? date.trim() : '';
  if (!isIsoDate(d)) throw bad(`日期 ${String(date)} 格式不正确`);
  into[d] = plainName(name);
}

function fromJson(content: Buffer): Collected {
  let data: unknown;
  try {
    data = JSON.parse(content.toString('utf8'));
  } catch {
    throw bad('不是有效的 JSON');
  }
  if (!data || typeof data !== 'object') throw bad('JSON 应为对象');
  const o = data as { year?: unknown; holidays?: unknown; workdays?: unknown };
  const out: Collected = { holidays: {}, workdays: {} };
  if (o.year !== undefined) {
    if (!Number.isInteger(o.year)) throw bad('year 应为整数');
    out.year = o.year as number;
  }
  for (const key of ['holidays', 'workdays'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (typeof item === 'string') addDay(out[key], item, undefined);
        else if (item && typeof item === 'object') addDay(out[key], (item as { date?: unknown }).date, (item as { name?: unknown }).name);
        else throw bad(`${key} 中有无法识别的条目`);
      }
    } else if (v && typeof v === 'object') {
      for (const [d, n] of Object.entries(v)) addDay(out[key], d, n);
    } else throw bad(`${key} 应为对象或数组`);
  }
  return out;
}

/** Unfolds RFC 5545 continuation lines and splits the VEVENTs. */
function fromIcs(text: string): Collected {
  if (!/BEGIN:VCALENDAR/.test(text)) throw bad('不是 iCalendar 文件');
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: Collected = { holidays: {}, workdays: {} };
  let ev: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') ev = {};
    else if (line === 'END:VEVENT' && ev) {
      addIcsEvent(out, ev);
      ev = null;
    } else if (ev) {
      const i = line.indexOf(':');
      if (i > 0) ev[line.slice(0, i).split(';')[0]!.toUpperCase()] = line.slice(i + 1);
    }
  }
  return out;
}

function icsDate(v: string | undefined): IsoDate | undefined {
  const m = v && /^(\d{4})(\d{2})(\d{2})/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function addIcsEvent(out: Collected, ev: Record<string, string>) {
  const start = icsDate(ev.DTSTART);
  if (!start) throw bad('事件缺少 DTSTART');
  const end = icsDate(ev.DTEND) ?? addDays(start, 1);
  const summary = ev.SUMMARY ?? '';
  const special = ev['X-APPLE-SPECIAL-DAY'] ?? '';
  const isWork = /\(班\)|（班）/.test(summary) || ev.DESCRIPTION === '班' || special === 'ALTERNATE-WORKDAY';
  const isOff = /\(休\)|（休）/.test(summary) || ev.DESCRIPTION === '休' || special === 'WORK-HOLIDAY';
  if (!isWork && !isOff) return; // other events (solar terms, notes) are not part of the arrangement
  const name = summary.replace(/[(（][休班][)）]/, '').trim();
  for (let d = start; d < end; d = addDays(d, 1)) (isWork ? out.workdays : out.holidays)[d] = name || '节假日';
}

const HEADERS = { date: ['日期', 'date'], end: ['结束日期', 'end'], type: ['类型', 'type'], name: ['名称', '节日', 'name'] };
const WORK_WORDS = ['班', '上班', '调休上班', 'workday', 'work'];
const OFF_WORDS = ['休', '放假', '休息', '假日', 'holiday', 'off'];

function cellText(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && 'result' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return v === null || v === undefined ? '' : String(v).trim();
}

async function fromXlsx(content: Buffer): Promise<Collected> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw bad('不是有效的 .xlsx 文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw bad('工作簿没有工作表');
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => cellText(v).toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const c = { date: col(HEADERS.date), end: col(HEADERS.end), type: col(HEADERS.type), name: col(HEADERS.name) };
  if (c.date < 0 || c.type < 0) throw bad('第一行应有“日期”和“类型”两列');
  const out: Collected = { holidays: {}, workdays: {} };
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    const date = cellText(values[c.date]);
    if (!date) continue;
    const type = cellText(values[c.type]).toLowerCase();
    const target = WORK_WORDS.includes(type) ? out.workdays : OFF_WORDS.includes(type) ? out.holidays : undefined;
    if (!target) throw bad(`第 ${r} 行的类型“${type}”应为“休”或“班”`);
    const end = c.end >= 0 ? cellText(values[c.end]) || date : date;
    if (!isIsoDate(date) || !isIsoDate(end) || end < date) throw bad(`第 ${r} 行的日期不正确`);
    const name = c.name >= 0 ? cellText(values[c.name]) : '';
    for (let d = date; d <= end; d = addDays(d, 1)) addDay(target, d, name);
  }
  return out;
}

function validate(c: Collected): YearArrangement {
  const all = [...Object.keys(c.holidays), ...Object.keys(c.workdays)];
  const years = [...new Set(all.map(yearOf))].sort();
  if (years.length > 1) throw new AppError('CALENDAR_YEAR_MIXED', { years: years.join('、') });
  const year = c.year ?? years[0];
  if (year === undefined || Object.keys(c.holidays).length === 0) throw bad('没有任何放假日期');
  if (years.length === 1 && years[0] !== year) throw bad(`年度 ${year} 与日期所在年度 ${years[0]} 不一致`);
  for (const d of Object.keys(c.workdays)) {
    if (c.holidays[d] !== undefined) throw bad(`${d} 同时被标为放假和上班`);
    if (!isWeekend(d)) throw bad(`调休上班日 ${d} 不是周末`);
  }
  const sorted = (m: Record<IsoDate, string>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)));
  return { year, holidays: sorted(c.holidays), workdays: sorted(c.workdays) };
}
