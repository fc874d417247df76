/** The catalog's one condition language, bound in one place for guidance. */
import { conditionRefs, type Condition } from '../catalog/index.js';

export { evaluateCondition, describeCondition } from '../catalog/index.js';
export type { Condition, ConditionContext, Scalar } from '../catalog/index.js';

/** Whether a condition reads form fields (then it can only be decided once the form is filled in). */
export function readsFields(cond: Condition | null | undefined): boolean {
  return conditionRefs(cond).fields.size > 0;
}
