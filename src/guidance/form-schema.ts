/**
 * The JSON Schema (2020-12) of a merged form: what an integrator sends as an application's `form`. Field names are
 * the merged names (a data element's code, or `<itemCode>.<fieldKey>` for an item's own field). A field asked only
 * under a condition is not in `required`; it carries its condition (`x-visibleIf`) and `x-requiredWhenVisible`.
 */
import type { FieldType } from './model.js';
import { fieldsOf, type MergedField, type MergedForm } from './merge-form.js';

type Json = Record<string, unknown>;

const USCC = '^[0-9A-HJ-NP-RTUWXY]{2}\\d{6}[0-9A-HJ-NP-RTUWXY]{10}$';
const ID_NUMBER = '^\\d{17}[\\dXx]$';

const byType: Record<FieldType, (f: MergedField) => Json> = {
  text: () => ({ type: 'string' }),
  address: () => ({ type: 'string' }),
  textarea: () => ({ type: 'string' }),
  number: (f) => ({ type: 'number', ...(f.min !== undefined ? { minimum: f.min } : {}), ...(f.max !== undefined ? { maximum: f.max } : {}) }),
  date: () => ({ type: 'string', format: 'date' }),
  enum: (f) => ({ type: 'string', enum: (f.options ?? []).map((o) => o.value), 'x-options': f.options ?? [] }),
  boolean: () => ({ type: 'boolean' }),
  uscc: () => ({ type: 'string', pattern: USCC, description: '统一社会信用代码（18 位，含校验码）' }),
  idNumber: () => ({ type: 'string', pattern: ID_NUMBER, description: '公民身份号码（18 位，含校验码）' }),
  phone: () => ({ type: 'string', description: '手机 11 位，或带区号的固定电话' }),
  email: () => ({ type: 'string', format: 'email' }),
};

function fieldSchema(f: MergedField): Json {
  return {
    title: f.label,
    ...byType[f.type](f),
    ...(f.maxLength !== undefined && f.type !== 'number' ? { maxLength: f.maxLength } : {}),
    ...(f.unit ? { 'x-unit': f.unit } : {}),
    ...(f.visibleIf ? { 'x-visibleIf': f.visibleIf, 'x-requiredWhenVisible': f.required } : {}),
    'x-usedBy': f.usedBy.map((u) => u.itemCode),
  };
}

export function formJsonSchema(form: Pick<MergedForm, 'common' | 'groups' | 'items'>, meta: { id: string; title: string }): Json {
  const fields = fieldsOf(form);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
    required: fields.filter((f) => f.required && !f.visibleIf).map((f) => f.name),
    'x-groups': [
      { title: '共同信息', fields: form.common.map((f) => f.name) },
      ...form.groups.map((g) => ({ title: g.itemName, itemCode: g.itemCode, fields: g.fields.map((f) => f.name) })),
    ],
  };
}
