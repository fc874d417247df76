import { AppError, maskIdNumber } from '../core/index.js';
import { maskHolder } from './rules.js';
import type { LicenceData, LicenceField, LicenceType } from './types.js';

/**
 * What a licence shows, on its page and its PDF alike: the type's fields in order, each with its catalogue label and
 * a printable value. A citizen's number (the holder's or anyone's in the data) is always masked: the licence is a
 * document that travels. Nothing else of the data is shown.
 */
export interface FaceRow {
  key: string;
  label: string;
  value: string;
  side?: 'right';
}

export interface FaceSource {
  data: Record<string, unknown>;
  holder_kind: 'business' | 'citizen';
  holder_id: string;
  valid_from: string;
  valid_until: string | null;
  issuer_name: string;
}

export const chineseDate = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : d);

/** A citizen's number masked as everywhere on the platform; a business's code (not personal) as it is. */
export const printedHolderId = maskHolder;

function formatValue(field: LicenceField, v: string | number): string {
  switch (field.kind) {
    case 'date':
      return chineseDate(String(v));
    case 'area':
      return typeof v === 'number' ? `${v}平方米` : v;
    case 'capital':
      return typeof v === 'number' ? `人民币${v}万元` : v;
    case 'idNumber':
      return maskIdNumber(String(v))!;
    default:
      return String(v);
  }
}

const printable = (v: unknown): v is string | number => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

function sourced(field: LicenceField, l: FaceSource): string {
  switch (field.from!) {
    case 'holderId':
      return printedHolderId(l.holder_kind, l.holder_id);
    case 'validUntil':
      return l.valid_until ? chineseDate(l.valid_until) : '长期';
    case 'validity':
      return l.valid_until ? `${chineseDate(l.valid_from)}至${chineseDate(l.valid_until)}` : `${chineseDate(l.valid_from)}至长期`;
    case 'issuer':
      return l.issuer_name;
  }
}

export function licenceFace(type: LicenceType, l: FaceSource): FaceRow[] {
  const data = l.data as LicenceData;
  const rows: FaceRow[] = [];
  for (const field of type.fields) {
    if (field.when && !field.when(data)) continue;
    let value: string;
    if (field.from) value = sourced(field, l);
    else if (printable(data[field.key])) value = formatValue(field, data[field.key]!);
    else continue;
    rows.push({ key: field.key, label: field.labelFor?.(data) ?? field.label, value, ...(field.side ? { side: field.side } : {}) });
  }
  return rows;
}

/** The keys a licence's data may hold: the type's own fields, not those filled from the licence itself. */
export const dataKeysOf = (type: LicenceType) => type.fields.filter((x) => !x.from).map((x) => x.key);

/**
 * Checks data given by a person (a registration, a change): only the type's own fields, each a plain text or a
 * number, so that what is signed is what is printed.
 */
export function checkLicenceData(type: LicenceType, data: Record<string, unknown>, opts: { allowNull?: boolean } = {}): void {
  const keys = new Set(dataKeysOf(type));
  for (const [key, value] of Object.entries(data)) {
    if (!keys.has(key)) throw new AppError('LICENCE_FIELD_UNKNOWN', { field: key, type: type.name });
    if (value === null && opts.allowNull) continue;
    if (!printable(value) || (typeof value === 'string' && value.length > 1000)) throw new AppError('LICENCE_FIELD_INVALID', { field: type.fields.find((x) => x.key === key)!.label });
  }
}
