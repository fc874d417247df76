import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { listDepartments, regionByCode, type DepartmentRow } from './store.js';

/**
 * The 发文代字 derived when a department has none of its own: the first character of its county or city and its
 * short name without the region's name and the trailing 局 / 大队 (蓝山县 + 市场监管局 → 蓝市场监管; 湘阴县 + 湘阴审批局 →
 * 湘审批).
 */
export function derivedDocumentPrefix(regionName: string, shortName: string): string {
  const county = [...regionName][0] ?? '';
  const bare = regionName.replace(/(自治县|自治州|县|市|区|州)$/, '');
  const own = [regionName, bare].find((n) => n && shortName.startsWith(n));
  const dept = (own ? shortName.slice(own.length) : shortName).replace(/(分局|大队|局)$/, '');
  return `${county}${dept}`;
}

/** The prefix a department's documents are numbered with: its own 发文代字, else the derived one. */
export async function documentPrefixOf(q: Queryable, d: Pick<DepartmentRow, 'region_code' | 'short_name' | 'document_prefix'>): Promise<string> {
  if (d.document_prefix) return d.document_prefix;
  return derivedDocumentPrefix((await regionByCode(q, d.region_code.trim()))?.name ?? '', d.short_name);
}

/** Two departments numbering with one prefix would print the same number on two documents: refused. */
export async function checkDocumentPrefixFree(q: Queryable, departmentId: string, prefix: string): Promise<void> {
  for (const other of await listDepartments(q)) {
    if (other.id === departmentId) continue;
    if ((await documentPrefixOf(q, other)) === prefix) throw new AppError('DOCUMENT_PREFIX_TAKEN', { prefix, department: other.name });
  }
}
