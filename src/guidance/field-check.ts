/** One field value checked against its type and bounds: the core of form validation, also used to vet prefill. */
import { identifierReasonText, validateIdNumber, validateUscc } from '../core/index.js';
import type { Bilingual, FieldView } from './model.js';

export type FieldErrorCode =
  | 'REQUIRED'
  | 'NOT_TEXT'
  | 'TOO_LONG'
  | 'NOT_A_NUMBER'
  | 'TOO_SMALL'
  | 'TOO_LARGE'
  | 'NOT_A_DATE'
  | 'NOT_AN_OPTION'
  | 'NOT_YES_NO'
  | 'BAD_USCC'
  | 'BAD_ID_NUMBER'
  | 'BAD_PHONE'
  | 'BAD_EMAIL'
  | 'UNKNOWN_FIELD';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export type Check = { value: unknown } | { error: FieldErrorCode; detail?: Bilingual } | { value: unknown; warning: 'USCC_CHECK_MISMATCH' };

/** `today` (YYYY-MM-DD) rules out ID numbers with a birth date yet to come. */
export function checkField(f: FieldView, raw: unknown, today?: string): Check {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (f.type) {
    case 'number': {
      const n = typeof text === 'number' ? text : typeof text === 'string' ? Number(text) : NaN;
      if (!Number.isFinite(n)) return { error: 'NOT_A_NUMBER' };
      if (f.min !== undefined && n < f.min) return { error: 'TOO_SMALL' };
      if (f.max !== undefined && n > f.max) return { error: 'TOO_LARGE' };
      return { value: n };
    }
    case 'boolean':
      if (typeof text === 'boolean') return { value: text };
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: 'NOT_YES_NO' };
    default:
      break;
  }
  if (typeof text !== 'string') return { error: 'NOT_TEXT' };
  if (f.maxLength !== undefined && [...text].length > f.maxLength) return { error: 'TOO_LONG' };
  switch (f.type) {
    case 'date':
      return isDate(text) ? { value: text } : { error: 'NOT_A_DATE' };
    case 'enum':
      return (f.options ?? []).some((o) => o.value === text) ? { value: text } : { error: 'NOT_AN_OPTION' };
    case 'phone': {
      const p = text.replace(/\s+/g, '');
      return MOBILE.test(p) || LANDLINE.test(p) ? { value: p } : { error: 'BAD_PHONE' };
    }
    case 'email':
      return EMAIL.test(text) ? { value: text } : { error: 'BAD_EMAIL' };
    case 'uscc': {
      const v = validateUscc(text);
      // a possible early pilot code goes through with a warning; the window must confirm it before acceptance
      if (!v.valid) return v.possiblePilotCode ? { value: v.normalized, warning: 'USCC_CHECK_MISMATCH' } : { error: 'BAD_USCC', detail: identifierReasonText[v.reason] };
      return { value: v.normalized };
    }
    case 'idNumber': {
      const v = validateIdNumber(text, today);
      return v.valid ? { value: v.normalized } : { error: 'BAD_ID_NUMBER', detail: identifierReasonText[v.reason] };
    }
    default:
      return { value: text };
  }
}

