import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { CatalogFileFormat } from './export-catalog.js';
import { importCatalog, type ImportReach, type ImportSummary } from './import-catalog.js';
import { readCatalogWorkbook } from './workbook.js';

/** Imports an .xlsx workbook or a JSON document, all-or-nothing, with every bad row reported by sheet, row and column. */
export async function importCatalogFile(
  deps: { db: Db; clock: Clock },
  actorId: string | null,
  format: CatalogFileFormat,
  content: Buffer,
  reach?: ImportReach,
): Promise<ImportSummary> {
  if (format === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(content.toString('utf8'));
    } catch (e) {
      throw new AppError('CATALOG_IMPORT_UNREADABLE', { reason: `JSON 格式错误（${(e as Error).message}）` });
    }
    return importCatalog(deps, actorId, raw, undefined, [], reach);
  }
  let parsed;
  try {
    parsed = await readCatalogWorkbook(content);
  } catch (e) {
    throw new AppError('CATALOG_IMPORT_UNREADABLE', { reason: `不是有效的 .xlsx 工作簿（${(e as Error).message}）` });
  }
  return importCatalog(deps, actorId, parsed.document, parsed.locate, parsed.errors, reach);
}
