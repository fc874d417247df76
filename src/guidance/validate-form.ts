/**
 * Field-by-field validation of merged-form data, with messages in zh-CN and English. Identifiers are checked
 * with the core validators (check characters, birth date); a USCC that fails only its check character but has
 * a consistent organisation code is accepted with a warning (REFERENCE.md: early pilot codes).
 */
import { identifierReasonText, validateIdNumber, validateUscc } from '../core/index.js';
import { evaluateCondition } from './conditions.js';
import type { Bilingual } from './model.js';
import { conditionFields, fieldsOf, type MergedField, type MergedForm } from './merge-form.js';

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

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: Bilingual;
}

export interface FieldWarning {
  field: string;
  code: 'USCC_CHECK_MISMATCH';
  message: Bilingual;
}

export interface FormValidation {
  valid: boolean;
  errors: FieldError[];
  warnings: FieldWarning[];
  /** Trimmed, typed values of the known fields (numbers as numbers, identifiers upper-cased). */
  values: Record<string, unknown>;
}

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

type Check = { value: unknown } | { error: FieldErrorCode; detail?: Bilingual } | { value: unknown; warning: FieldWarning['code'] };

function check(f: MergedField, raw: unknown): Check {
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
      if (!v.valid) return { error: 'BAD_USCC', detail: identifierReasonText[v.reason] };
      return v.warning ? { value: v.normalized, warning: v.warning } : { value: v.normalized };
    }
    case 'idNumber': {
      const v = validateIdNumber(text);
      return v.valid ? { value: v.normalized } : { error: 'BAD_ID_NUMBER', detail: identifierReasonText[v.reason] };
    }
    default:
      return { value: text };
  }
}

function message(code: FieldErrorCode, f: { label: string; name: string; min?: number; max?: number; maxLength?: number; unit?: string }, detail?: Bilingual): Bilingual {
  const l = f.label;
  const n = f.name;
  const unit = f.unit ?? '';
  switch (code) {
    case 'REQUIRED': return { zh: `请填写“${l}”`, en: `${n} is required` };
    case 'NOT_TEXT': return { zh: `“${l}”应为文字`, en: `${n} must be text` };
    case 'TOO_LONG': return { zh: `“${l}”不能超过 ${f.maxLength} 个字`, en: `${n} must be at most ${f.maxLength} characters` };
    case 'NOT_A_NUMBER': return { zh: `“${l}”应填写数字`, en: `${n} must be a number` };
    case 'TOO_SMALL': return { zh: `“${l}”不能小于 ${f.min}${unit}`, en: `${n} must be at least ${f.min}` };
    case 'TOO_LARGE': return { zh: `“${l}”不能大于 ${f.max}${unit}`, en: `${n} must be at most ${f.max}` };
    case 'NOT_A_DATE': return { zh: `“${l}”应为有效日期（如 2026-03-02）`, en: `${n} must be a valid date (YYYY-MM-DD)` };
    case 'NOT_AN_OPTION': return { zh: `“${l}”请从给出的选项中选择`, en: `${n} must be one of the options given` };
    case 'NOT_YES_NO': return { zh: `“${l}”请选择“是”或“否”`, en: `${n} must be yes or no` };
    case 'BAD_USCC': return { zh: `“${l}”不是有效的统一社会信用代码：${detail?.zh ?? ''}`, en: `${n} is not a valid unified social credit code: ${detail?.en ?? ''}` };
    case 'BAD_ID_NUMBER': return { zh: `“${l}”不是有效的公民身份号码：${detail?.zh ?? ''}`, en: `${n} is not a valid citizen ID number: ${detail?.en ?? ''}` };
    case 'BAD_PHONE': return { zh: `“${l}”不是有效的电话号码（手机 11 位，或带区号的固定电话）`, en: `${n} is not a valid phone number` };
    case 'BAD_EMAIL': return { zh: `“${l}”不是有效的电子邮箱`, en: `${n} is not a valid e-mail address` };
    case 'UNKNOWN_FIELD': return { zh: `表单中没有“${n}”这一项`, en: `The form has no field ${n}` };
  }
}

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function validateForm(form: Pick<MergedForm, 'common' | 'groups'> & { answers?: MergedForm['answers'] }, data: Record<string, unknown>): FormValidation {
  const all = fieldsOf(form);
  // A field shown only under a condition on other fields is neither required nor kept when the condition fails.
  const ctx = { answers: form.answers ?? {}, fields: conditionFields(form, data) };
  const fields = all.filter((f) => evaluateCondition(f.visibleIf, ctx));
  const known = new Set(all.map((f) => f.name));
  const errors: FieldError[] = [];
  const warnings: FieldWarning[] = [];
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (!known.has(key)) errors.push({ field: key, code: 'UNKNOWN_FIELD', message: message('UNKNOWN_FIELD', { label: key, name: key }) });
  }
  for (const f of fields) {
    const raw = data[f.name];
    if (empty(raw)) {
      if (f.required) errors.push({ field: f.name, code: 'REQUIRED', message: message('REQUIRED', f) });
      continue;
    }
    const r = check(f, raw);
    if ('error' in r) {
      errors.push({ field: f.name, code: r.error, message: message(r.error, f, r.detail) });
      continue;
    }
    values[f.name] = r.value;
    if ('warning' in r) {
      warnings.push({ field: f.name, code: r.warning, message: { zh: `“${f.label}”校验码与标准不符，已按早期试点代码接受，请核对`, en: `${f.name}: the check character does not match; accepted as an early pilot code, please verify` } });
    }
  }
  return { valid: errors.length === 0, errors, warnings, values };
}
