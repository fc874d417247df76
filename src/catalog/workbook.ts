import ExcelJS from 'exceljs';
import type { ImportError, ImportLocation, Locate } from './import-catalog.js';
import { SHEETS, type Column, type SheetSpec } from './workbook-columns.js';
import type { CatalogDocument } from './types.js';

/** Reading and writing the catalog workbook (.xlsx). Pure apart from ExcelJS: no database here. */

type Raw = Record<string, unknown>;
type Section = SheetSpec['section'];
const SECTIONS: Section[] = ['dataElements', 'abolishedCertificates', 'items', 'bundles'];

export interface ParsedWorkbook {
  document: Record<Section, Raw[]>;
  locate: Locate;
  /** problems found while reading cells (bad yes/no, bad JSON, unknown parent code …) */
  errors: ImportError[];
}

function cellValue(v: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return cellValue(v.richText.map((t) => t.text).join(''));
    if ('formula' in v || 'sharedFormula' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

const YES = new Set(['是', 'y', 'yes', 'true', '√', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '×', '0']);
const splitList = (s: string) => s.split(/[、,，;；\n]+/).map((x) => x.trim()).filter(Boolean);
const splitLines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

/** A cell's value for the document, or an error message (zh-CN). `undefined` leaves the field to its default. */
function parseCell(col: Column, v: string | number | boolean | Date | null): { value?: unknown; error?: string } {
  if (v === null) return {};
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (col.names) {
    const hit = Object.entries(col.names).find(([code, name]) => name === text || code === text);
    if (!hit) return { error: `取值“${text}”不正确（可选：${Object.values(col.names).join('、')}）` };
    return { value: hit[0] };
  }
  switch (col.kind) {
    case 'text':
    case 'optionalText':
      return { value: text };
    case 'date':
      return { value: text };
    case 'int':
    case 'optionalInt':
    case 'number':
    case 'optionalNumber': {
      const n = typeof v === 'number' ? v : Number(text.replace(/,/g, ''));
      if (!Number.isFinite(n)) return { error: `“${text}”不是数字` };
      if (col.kind.toLowerCase().endsWith('int') && !Number.isInteger(n)) return { error: `“${text}”应为整数` };
      return { value: n };
    }
    case 'bool': {
      if (typeof v === 'boolean') return { value: v };
      const t = text.toLowerCase();
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { error: `“${text}”应填写“是”或“否”` };
    }
    case 'list':
      return { value: splitList(text) };
    case 'lines':
      return { value: splitLines(text) };
    case 'steps': {
      const steps = [];
      for (const line of splitLines(text)) {
        const m = /^(.+?)[：:](.+)$/.exec(line);
        if (!m) return { error: `办理流程“${line}”应写成“环节名称：说明”` };
        steps.push({ name: m[1]!.trim(), description: m[2]!.trim() });
      }
      return { value: steps };
    }
    case 'pairs':
      return {
        value: text.split(/\r?\n|[;；]/).map((x) => x.trim()).filter(Boolean).map((p) => {
          const i = p.indexOf('=');
          return i < 0 ? { value: p, label: p } : { value: p.slice(0, i).trim(), label: p.slice(i + 1).trim() };
        }),
      };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: `不是有效的 JSON（条件示例：{"q":"sellsAlcohol","eq":true}）` };
      }
  }
}

function setPath(obj: Raw, key: string, value: unknown) {
  const [head, tail] = key.split('.') as [string, string | undefined];
  if (!tail) obj[head] = value;
  else obj[head] = { ...((obj[head] as Raw | undefined) ?? {}), [tail]: value };
}

export async function readCatalogWorkbook(buffer: Buffer | Uint8Array): Promise<ParsedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const document = Object.fromEntries(SECTIONS.map((s) => [s, [] as Raw[]])) as Record<Section, Raw[]>;
  const errors: ImportError[] = [];
  const mainRows = Object.fromEntries(SECTIONS.map((s) => [s, [] as number[]])) as Record<Section, number[]>;
  const childRows = new Map<string, number[]>(); // `${section}|${index}|${field}` → row numbers
  const indexByCode = Object.fromEntries(SECTIONS.map((s) => [s, new Map<string, number>()])) as Record<Section, Map<string, number>>;

  // main sheets first, so child rows find their parents whatever the sheet order
  const specs = [...SHEETS].sort((a, b) => Number(!!a.child) - Number(!!b.child));
  for (const spec of specs) {
    const ws = wb.getWorksheet(spec.name);
    if (!ws) continue;
    const headerIndex = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => {
      const h = cellValue(cell.value);
      if (typeof h === 'string') headerIndex.set(h.replace(/\s+/g, ''), col);
    });
    const columns = spec.columns.map((c) => ({ col: c, index: headerIndex.get(c.header.replace(/\s+/g, '')) }));
    for (const { col, index } of columns) {
      if (index === undefined && ['text', 'int', 'number', 'bool'].includes(col.kind)) {
        errors.push({ sheet: spec.name, row: 1, column: col.header, message: `缺少“${col.header}”列` });
      }
    }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const values = columns.map(({ index }) => (index === undefined ? null : cellValue(row.getCell(index).value)));
      if (values.every((v) => v === null)) return;
      const entry: Raw = {};
      let parentCode: string | null = null;
      columns.forEach(({ col }, i) => {
        if (spec.child && i === 0) {
          parentCode = values[0] === null ? null : String(values[0]);
          return;
        }
        const { value, error } = parseCell(col, values[i]!);
        if (error) errors.push({ sheet: spec.name, row: rowNumber, column: col.header, message: error });
        else if (value !== undefined) setPath(entry, col.key, value);
      });
      if (!spec.child) {
        const idx = document[spec.section].push(entry) - 1;
        mainRows[spec.section][idx] = rowNumber;
        if (typeof entry.code === 'string' && !indexByCode[spec.section].has(entry.code)) indexByCode[spec.section].set(entry.code, idx);
        return;
      }
      const parentSheet = SHEETS.find((s) => s.section === spec.section && !s.child)!.name;
      const parentIdx = parentCode === null ? undefined : indexByCode[spec.section].get(parentCode);
      if (parentIdx === undefined) {
        errors.push({ sheet: spec.name, row: rowNumber, column: spec.child.parentHeader, message: parentCode === null ? `未填写${spec.child.parentHeader}` : `${spec.child.parentHeader} ${parentCode} 不在“${parentSheet}”表中` });
        return;
      }
      const parent = document[spec.section][parentIdx]!;
      const list = ((parent[spec.child.field] as Raw[] | undefined) ??= []);
      list.push(entry);
      const key = `${spec.section}|${parentIdx}|${spec.child.field}`;
      const rows = childRows.get(key) ?? [];
      rows.push(rowNumber);
      childRows.set(key, rows);
    });
  }

  const header = (spec: SheetSpec, key: unknown) => spec.columns.find((c) => c.key === key || c.key.startsWith(`${String(key)}.`))?.header ?? '';
  const locate: Locate = (path): ImportLocation => {
    const [section, index, field, sub, leaf] = path as [Section, number | undefined, string | undefined, number | string | undefined, string | undefined];
    const main = SHEETS.find((s) => s.section === section && !s.child);
    if (!main) return { sheet: String(section), row: 0, column: '' };
    const mainRow = typeof index === 'number' ? (mainRows[section][index] ?? 0) : 0;
    const child = SHEETS.find((s) => s.section === section && s.child?.field === field);
    if (child && typeof sub === 'number') {
      const row = childRows.get(`${section}|${index}|${field}`)?.[sub] ?? 0;
      return { sheet: child.name, row, column: header(child, leaf) };
    }
    if (child) return { sheet: main.name, row: mainRow, column: '' };
    const key = field === 'autoApproval' ? `autoApproval.${sub === 'description' ? 'description' : 'rule'}` : field;
    return { sheet: main.name, row: mainRow, column: header(main, key) };
  };
  return { document, locate, errors };
}

function formatCell(col: Column, v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (col.names && typeof v === 'string') return col.names[v] ?? v;
  switch (col.kind) {
    case 'bool':
      return v ? '是' : '否';
    case 'list':
      return (v as string[]).join('、');
    case 'lines':
      return (v as string[]).join('\n');
    case 'steps':
      return (v as Array<{ name: string; description: string }>).map((s) => `${s.name}：${s.description}`).join('\n');
    case 'pairs':
      return (v as Array<{ value: string; label: string }>).map((p) => `${p.value}=${p.label}`).join('\n');
    case 'json':
      return JSON.stringify(v);
    default:
      return typeof v === 'number' ? v : String(v);
  }
}

const getPath = (obj: Raw, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Raw | null | undefined)?.[k], obj);

const INSTRUCTIONS: Array<[string, string]> = [
  ['蓝山县政务服务事项目录（导入导出模板）', ''],
  ['事项', '每行一个事项（办事指南的基本要素）；是/否列填写“是”或“否”；多个关键词用顿号分隔'],
  ['收费、申请材料、表单字段', '每行属于“事项编码”所指的事项；同一事项可有多行'],
  ['一件事、一件事事项、一件事问题、一件事阶段', '一件事及其包含的事项、智能导办问题和阶段'],
  ['数据元、已取消证明', '共享的数据元；已取消的证明事项（办事指南不得要求提供）'],
  ['条件（JSON）', '{"q":"问题代码","eq":true}、{"q":"area","gte":300}、{"field":"字段代码","lte":1000}、{"licence":"business-licence"}、{"all":[…]}、{"any":[…]}、{"not":…}'],
  ['导入规则', '整份文件一次导入：任何一行有误，列出全部错误（工作表、行、列、原因），不导入任何内容'],
];

export async function writeCatalogWorkbook(doc: CatalogDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'banshi';
  const intro = wb.addWorksheet('填写说明');
  intro.columns = [{ width: 36 }, { width: 120 }];
  for (const row of INSTRUCTIONS) intro.addRow(row);
  intro.getRow(1).font = { bold: true, size: 14 };

  for (const spec of SHEETS) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    spec.columns.forEach((c, i) => {
      if (c.help) head.getCell(i + 1).note = c.help;
    });
    const entries = doc[spec.section] as unknown as Raw[];
    for (const entry of entries) {
      if (!spec.child) {
        ws.addRow(spec.columns.map((c) => formatCell(c, getPath(entry, c.key))));
        continue;
      }
      for (const sub of (entry[spec.child.field] as Raw[] | undefined) ?? []) {
        ws.addRow(spec.columns.map((c, i) => (i === 0 ? String(entry[spec.child!.parentKey]) : formatCell(c, getPath(sub, c.key)))));
      }
    }
    ws.eachRow((row) => {
      row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
