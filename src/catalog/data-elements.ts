import { validateIdNumber, validateUscc, identifierReasonText, personalClassOfType, type PersonalClass } from '../core/index.js';
import type { DataElement, DataElementType, ServiceItemVersion } from './types.js';

export type ValueVerdict = { valid: true; value: string | number } | { valid: false; reason: string };

/** Validates one value of a data element (or of an item-specific field of that type). Pure; reasons in zh-CN. */
export function validateDataValue(
  element: Pick<DataElement, 'type' | 'options' | 'min' | 'max' | 'maxLength'> | { type: DataElementType; options?: string[] },
  raw: unknown,
): ValueVerdict {
  const e = { min: null, max: null, maxLength: null, options: [], ...element } as Pick<DataElement, 'type' | 'options' | 'min' | 'max' | 'maxLength'>;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { valid: false, reason: '未填写' };
  switch (e.type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(n)) return { valid: false, reason: '应为数字' };
      if (e.min !== null && n < e.min) return { valid: false, reason: `不能小于 ${e.min}` };
      if (e.max !== null && n > e.max) return { valid: false, reason: `不能大于 ${e.max}` };
      return { valid: true, value: n };
    }
    case 'uscc': {
      const v = validateUscc(String(raw));
      return v.valid ? { valid: true, value: v.normalized } : { valid: false, reason: `统一社会信用代码${identifierReasonText[v.reason].zh}` };
    }
    case 'idNumber': {
      const v = validateIdNumber(String(raw));
      return v.valid ? { valid: true, value: v.normalized } : { valid: false, reason: `公民身份号码${identifierReasonText[v.reason].zh}` };
    }
    case 'phone': {
      const s = String(raw).replace(/[\s-]/g, '');
      // mobile numbers, or landlines with an area code (0746-xxxxxxx)
      if (/^1[3-9]\d{9}$/.test(s) || /^0\d{2,3}\d{7,8}$/.test(s)) return { valid: true, value: s };
      return { valid: false, reason: '应为 11 位手机号码或带区号的固定电话' };
    }
    case 'date': {
      const s = String(raw).trim();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return { valid: false, reason: '日期格式应为 YYYY-MM-DD' };
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
        return { valid: false, reason: '日期不存在' };
      }
      return { valid: true, value: s };
    }
    case 'enum': {
      const s = String(raw).trim();
      if (!e.options.includes(s)) return { valid: false, reason: `应为以下之一：${e.options.join('、')}` };
      return { valid: true, value: s };
    }
    case 'text':
    case 'address': {
      const s = String(raw).trim();
      const limit = e.maxLength ?? (e.type === 'address' ? 200 : 100);
      if (s.length > limit) return { valid: false, reason: `不能超过 ${limit} 个字` };
      if (e.type === 'address' && s.length < 5) return { valid: false, reason: '地址过短，请写明到门牌号' };
      return { valid: true, value: s };
    }
  }
}

/**
 * The personal data class of each key of a filed form (shared elements under their code, an item's own fields under
 * `<itemCode>.<key>`): the field's own class, else its element's, else its type's.
 */
export function formFieldClasses(
  items: ReadonlyArray<Pick<ServiceItemVersion, 'code' | 'formFields'>>,
  elements: ReadonlyMap<string, Pick<DataElement, 'type' | 'personal'>>,
): Map<string, PersonalClass> {
  const out = new Map<string, PersonalClass>();
  for (const [code, e] of elements) out.set(code, e.personal ?? personalClassOfType(e.type));
  for (const item of items) {
    for (const f of item.formFields) {
      const el = f.element ? elements.get(f.element) : undefined;
      const cls = f.personal ?? el?.personal ?? personalClassOfType(f.type ?? el?.type ?? 'text');
      if (f.element) out.set(f.element, f.personal ?? out.get(f.element) ?? cls);
      else out.set(`${item.code}.${f.key}`, cls);
    }
  }
  return out;
}
