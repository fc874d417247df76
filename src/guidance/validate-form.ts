/**
 * Field-by-field validation of merged-form data, with messages in zh-CN and English. Identifiers are checked
 * with the core validators (check characters, birth date); a USCC that fails only its check character but has
 * a consistent organisation code is accepted with a warning (REFERENCE.md: early pilot codes).
 */
import { evaluateCondition } from './conditions.js';
import { checkField, type FieldErrorCode } from './field-check.js';
import type { Bilingual } from './model.js';
import { conditionFields, fieldsOf, type MergedForm } from './merge-form.js';

export type { FieldErrorCode } from './field-check.js';

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

export function validateForm(form: Pick<MergedForm, 'common' | 'groups'> & { answers?: MergedForm['answers'] }, data: Record<string, unknown>, today?: string): FormValidation {
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
    const r = checkField(f, raw, today);
    if ('error' in r) {
      errors.push({ field: f.name, code: r.error, message: message(r.error, f, r.detail) });
      continue;
    }
    values[f.name] = r.value;
    if ('warning' in r) {
      warnings.push({ field: f.name, code: r.warning, message: { zh: `“${f.label}”校验码与标准不符，但组织机构代码一致，可能是早期试点代码：受理时须由窗口人员核对确认`, en: `${f.name}: the check character does not match; accepted as an early pilot code, please verify` } });
    }
  }
  return { valid: errors.length === 0, errors, warnings, values };
}
