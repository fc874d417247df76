/**
 * The catalog's condition language, bound in one place. Until the catalog module is on main this mirrors
 * its published shape ({ q, eq } · { field, gte } · { licence } · all/any/not) and evaluator semantics.
 */
export type Scalar = string | number | boolean;

export interface Comparison {
  eq?: Scalar;
  ne?: Scalar;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  in?: Scalar[];
  exists?: boolean;
}

export type Condition =
  | ({ q: string } & Comparison)
  | ({ field: string } & Comparison)
  | { licence: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface ConditionContext {
  answers?: Record<string, unknown>;
  fields?: Record<string, unknown>;
  licences?: Iterable<string>;
}

const OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'] as const;
const isMissing = (v: unknown) => v === undefined || v === null || v === '';

function same(value: unknown, expected: Scalar): boolean {
  if (value === expected) return true;
  if (typeof expected === 'number') return typeof value === 'string' && value.trim() !== '' && Number(value) === expected;
  if (typeof expected === 'boolean') return value === String(expected);
  return String(value) === expected;
}

function compare(value: unknown, c: Comparison): boolean {
  if (c.exists !== undefined && isMissing(value) === c.exists) return false;
  const ops = OPS.filter((op) => op !== 'exists' && c[op] !== undefined);
  if (ops.length === 0) return true;
  if (isMissing(value)) return false;
  const num = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return ops.every((op) => {
    switch (op) {
      case 'eq': return same(value, c.eq!);
      case 'ne': return !same(value, c.ne!);
      case 'in': return c.in!.some((x) => same(value, x));
      case 'gt': return num > c.gt!;
      case 'gte': return num >= c.gte!;
      case 'lt': return num < c.lt!;
      default: return num <= c.lte!;
    }
  });
}

export function evaluateCondition(cond: Condition | null | undefined, ctx: ConditionContext): boolean {
  if (!cond) return true;
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, ctx));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, ctx));
  if ('not' in cond) return !evaluateCondition(cond.not, ctx);
  if ('licence' in cond) return [...(ctx.licences ?? [])].includes(cond.licence);
  if ('q' in cond) return compare(ctx.answers?.[cond.q], cond);
  return compare(ctx.fields?.[cond.field], cond);
}

/** Whether a condition reads form fields (then it can only be decided once the form is filled in). */
export function readsFields(cond: Condition | null | undefined): boolean {
  if (!cond) return false;
  if ('all' in cond) return cond.all.some(readsFields);
  if ('any' in cond) return cond.any.some(readsFields);
  if ('not' in cond) return readsFields(cond.not);
  return 'field' in cond;
}

/** A short zh-CN reading of a condition ("经营面积不小于500"), for notices. */
export function describeCondition(cond: Condition, labels: { questions?: Record<string, string>; fields?: Record<string, string> } = {}): string {
  if ('all' in cond) return cond.all.map((c) => describeCondition(c, labels)).join('且');
  if ('any' in cond) return `(${cond.any.map((c) => describeCondition(c, labels)).join('或')})`;
  if ('not' in cond) return `非(${describeCondition(cond.not, labels)})`;
  if ('licence' in cond) return `持有${cond.licence}`;
  const name = 'q' in cond ? (labels.questions?.[cond.q] ?? cond.q) : (labels.fields?.[cond.field] ?? cond.field);
  const show = (v: Scalar) => (v === true ? '是' : v === false ? '否' : String(v));
  const parts: string[] = [];
  if (cond.eq !== undefined) parts.push(`${name}为${show(cond.eq)}`);
  if (cond.ne !== undefined) parts.push(`${name}不为${show(cond.ne)}`);
  if (cond.in !== undefined) parts.push(`${name}为${cond.in.map(show).join('、')}之一`);
  if (cond.gt !== undefined) parts.push(`${name}大于${cond.gt}`);
  if (cond.gte !== undefined) parts.push(`${name}不小于${cond.gte}`);
  if (cond.lt !== undefined) parts.push(`${name}小于${cond.lt}`);
  if (cond.lte !== undefined) parts.push(`${name}不大于${cond.lte}`);
  if (cond.exists !== undefined) parts.push(cond.exists ? `已填写${name}` : `未填写${name}`);
  return parts.join('且');
}
