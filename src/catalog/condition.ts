import { z } from 'zod';

/**
 * The one condition language of the catalog: item applicability in a bundle, material conditions,
 * question visibility and auto-approval (秒批) rules all use it, and `evaluateCondition` is its only evaluator.
 *
 *   { q: 'sellsAlcohol', eq: true }            an answer of the questionnaire
 *   { field: 'registeredCapital', lte: 100 }   a value of the (merged) form
 *   { licence: 'business-licence' }            the applicant holds (or the bundle produces) a licence of that type
 *   { all: [...] } · { any: [...] } · { not: … }
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
  /** true: the value is present (answered / filled in); false: it is absent */
  exists?: boolean;
}

export type Condition =
  | ({ q: string } & Comparison)
  | ({ field: string } & Comparison)
  | { licence: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const ScalarSchema = z.union([z.string().max(200), z.number(), z.boolean()]);
const comparisonShape = {
  eq: ScalarSchema.optional(),
  ne: ScalarSchema.optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  in: z.array(ScalarSchema).min(1).max(50).optional(),
  exists: z.boolean().optional(),
};
const OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'] as const;
const hasOp = (c: Record<string, unknown>) => OPS.some((op) => c[op] !== undefined);
const KeySchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, '键名只能包含字母、数字和下划线');

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: KeySchema, ...comparisonShape }).refine(hasOp, '条件须至少包含一个比较（eq、gte 等）'),
    z.strictObject({ field: KeySchema, ...comparisonShape }).refine(hasOp, '条件须至少包含一个比较（eq、gte 等）'),
    z.strictObject({ licence: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '证照类型代码格式不正确') }),
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(30) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(30) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
).meta({ id: 'Condition', description: '条件：对问卷回答（q）、表单字段（field）或持有的证照（licence）的比较，可用 all / any / not 组合' }) as z.ZodType<Condition>;

/** What a condition is evaluated against. Missing values make comparisons false (and `exists: false` true). */
export interface ConditionContext {
  answers?: Record<string, unknown>;
  fields?: Record<string, unknown>;
  /** licence type codes the applicant holds or the same application will produce */
  licences?: Iterable<string>;
}

const isMissing = (v: unknown) => v === undefined || v === null || v === '';

function compare(value: unknown, c: Comparison): boolean {
  if (c.exists !== undefined && isMissing(value) === c.exists) return false;
  const ops = OPS.filter((op) => op !== 'exists' && c[op] !== undefined);
  if (ops.length === 0) return true;
  if (isMissing(value)) return false;
  const num = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  for (const op of ops) {
    switch (op) {
      case 'eq':
        if (!sameScalar(value, c.eq!)) return false;
        break;
      case 'ne':
        if (sameScalar(value, c.ne!)) return false;
        break;
      case 'in':
        if (!c.in!.some((x) => sameScalar(value, x))) return false;
        break;
      case 'gt':
        if (!(num > c.gt!)) return false;
        break;
      case 'gte':
        if (!(num >= c.gte!)) return false;
        break;
      case 'lt':
        if (!(num < c.lt!)) return false;
        break;
      case 'lte':
        if (!(num <= c.lte!)) return false;
        break;
    }
  }
  return true;
}

/** Form values arrive as strings from some channels: '500' equals 500, 'true' equals true. */
function sameScalar(value: unknown, expected: Scalar): boolean {
  if (value === expected) return true;
  if (typeof expected === 'number') return typeof value === 'string' && value.trim() !== '' && Number(value) === expected;
  if (typeof expected === 'boolean') return value === String(expected);
  if (typeof expected === 'string') return String(value) === expected;
  return false;
}

/** Pure evaluation of a condition; `undefined`/`null` condition means "always". */
export function evaluateCondition(cond: Condition | null | undefined, ctx: ConditionContext): boolean {
  if (!cond) return true;
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, ctx));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, ctx));
  if ('not' in cond) return !evaluateCondition(cond.not, ctx);
  if ('licence' in cond) {
    for (const l of ctx.licences ?? []) if (l === cond.licence) return true;
    return false;
  }
  if ('q' in cond) return compare(ctx.answers?.[cond.q], cond);
  return compare(ctx.fields?.[cond.field], cond);
}

/** The question keys, form fields and licence types a condition refers to (to check references when saving). */
export function conditionRefs(cond: Condition | null | undefined, acc = { questions: new Set<string>(), fields: new Set<string>(), licences: new Set<string>() }) {
  if (!cond) return acc;
  if ('all' in cond) cond.all.forEach((c) => conditionRefs(c, acc));
  else if ('any' in cond) cond.any.forEach((c) => conditionRefs(c, acc));
  else if ('not' in cond) conditionRefs(cond.not, acc);
  else if ('licence' in cond) acc.licences.add(cond.licence);
  else if ('q' in cond) acc.questions.add(cond.q);
  else acc.fields.add(cond.field);
  return acc;
}

/** A short zh-CN reading of a condition, for notices and guides ("仅当 …"). */
export function describeCondition(cond: Condition, labels: { questions?: Record<string, string>; fields?: Record<string, string> } = {}): string {
  if ('all' in cond) return cond.all.map((c) => describeCondition(c, labels)).join('且');
  if ('any' in cond) return `(${cond.any.map((c) => describeCondition(c, labels)).join('或')})`;
  if ('not' in cond) return `非(${describeCondition(cond.not, labels)})`;
  if ('licence' in cond) return `持有${cond.licence}`;
  const name = 'q' in cond ? (labels.questions?.[cond.q] ?? cond.q) : (labels.fields?.[cond.field] ?? cond.field);
  const parts: string[] = [];
  const show = (v: Scalar) => (v === true ? '是' : v === false ? '否' : String(v));
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
