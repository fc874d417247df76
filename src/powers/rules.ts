/**
 * The catalog of powers, as pure rules: the kinds of power, the ways of delegating and of streamlining, and when a
 * delegation is in force or due for review. No I/O; dates are Beijing calendar days (YYYY-MM-DD).
 */

/** 权力类型: the ten kinds of a power list (权责清单). */
export const POWER_KINDS = ['licence', 'penalty', 'coercion', 'levy', 'benefit', 'inspection', 'confirmation', 'award', 'adjudication', 'other'] as const;
export type PowerKind = (typeof POWER_KINDS)[number];
export const powerKindNames: Record<PowerKind, string> = {
  licence: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  benefit: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  award: '行政奖励',
  adjudication: '行政裁决',
  other: '其他行政权力',
};

/** 赋权方式: how an item is handed to a development zone's administration or a township. */
export const DELEGATION_MODES = ['direct', 'entrusted', 'servicesForward', 'directReport'] as const;
export type DelegationMode = (typeof DELEGATION_MODES)[number];
export const delegationModeNames: Record<DelegationMode, string> = {
  direct: '直接赋权',
  entrusted: '委托行使',
  servicesForward: '服务前移',
  directReport: '审批直报',
};
/** What each mode means for who does what. */
export const delegationModeMeanings: Record<DelegationMode, string> = {
  direct: '由承接单位受理并作出决定',
  entrusted: '由承接单位以委托机关名义受理并作出决定',
  servicesForward: '由部门派驻承接地的人员受理并作出决定',
  directReport: '由承接单位受理后直接报送原部门作出决定',
};

/** Whether the delegate decides (all modes but 审批直报, where the delegating department still decides). */
export const delegateDecides = (mode: DelegationMode): boolean => mode !== 'directReport';

/** 精简方式: how an item is retired or changed (随县: 取消 192, 委托下放 12, 合并 19, 改备案 29). */
export const STREAMLINING_ACTIONS = ['abolish', 'delegate', 'merge', 'toFiling', 'entrust'] as const;
export type StreamliningAction = (typeof STREAMLINING_ACTIONS)[number];
export const streamliningActionNames: Record<StreamliningAction, string> = {
  abolish: '取消',
  delegate: '下放',
  merge: '合并',
  toFiling: '改备案',
  entrust: '委托',
};
/** Actions that take the item out of the catalog (the others change who handles it or how). */
export const retiresItem = (a: StreamliningAction): boolean => a === 'abolish' || a === 'merge' || a === 'toFiling';

/** What each action must name besides its basis: 合并 the item it merges into, 下放 and 委托 the receiving body. */
export function streamliningProblems(
  action: StreamliningAction,
  input: { subject: 'item' | 'bundle'; code: string; mergedInto?: string | null | undefined; receivingDepartmentCode?: string | null | undefined },
): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  const what = input.subject === 'bundle' ? '一件事' : '事项';
  if (input.subject === 'bundle' && action !== 'abolish' && action !== 'merge') out.push({ path: 'kind', message: `一件事只能取消或合并，不能${streamliningActionNames[action]}` });
  if (action === 'merge' && !input.mergedInto) out.push({ path: 'mergedInto', message: `合并须指明并入的${what}` });
  if (action === 'merge' && input.mergedInto === input.code) out.push({ path: 'mergedInto', message: `不能并入${what}本身` });
  if (action !== 'merge' && input.mergedInto) out.push({ path: 'mergedInto', message: `只有合并才填写并入的${what}` });
  const receives = action === 'delegate' || action === 'entrust';
  if (receives && !input.receivingDepartmentCode) out.push({ path: 'receivingDepartmentCode', message: `${streamliningActionNames[action]}须指明承接单位` });
  if (!receives && input.receivingDepartmentCode) out.push({ path: 'receivingDepartmentCode', message: '只有下放或委托才填写承接单位' });
  return out;
}

export const REVIEW_CONCLUSIONS = ['keep', 'adjust', 'withdraw'] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];
export const reviewConclusionNames: Record<ReviewConclusion, string> = { keep: '继续赋权', adjust: '调整赋权', withdraw: '收回赋权' };

export interface DelegationPeriod {
  valid_from: string;
  valid_until: string;
  revoked_at: Date | string | null;
}

/** 状态 of a delegation on a day. */
export type DelegationState = 'pending' | 'inForce' | 'ended' | 'revoked';
export const delegationStateNames: Record<DelegationState, string> = { pending: '未生效', inForce: '生效中', ended: '已到期', revoked: '已收回' };

export function delegationState(d: DelegationPeriod, day: string): DelegationState {
  if (d.revoked_at) return 'revoked';
  if (day < d.valid_from) return 'pending';
  if (day > d.valid_until) return 'ended';
  return 'inForce';
}

/** The period's problems, in Chinese, for a field-level 400 (none: it is fine). */
export function periodProblems(validFrom: string, validUntil: string, today: string): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  if (validUntil < validFrom) out.push({ path: 'validUntil', message: '截止日期不能早于起始日期' });
  if (validUntil < today) out.push({ path: 'validUntil', message: '截止日期已过，不能新设已到期的赋权' });
  if (daysBetween(validFrom, validUntil) > 5 * 366) out.push({ path: 'validUntil', message: '赋权期限最长五年，到期后经回头看评估再续' });
  return out;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The day the next 回头看 is due: every `everyDays` from the start, counted from the last review if there was one. */
export function nextReviewDue(d: { valid_from: string; review_every_days: number }, lastReviewedOn: string | null): string {
  return addDays(lastReviewedOn ?? d.valid_from, d.review_every_days);
}

export interface StreamliningCount {
  action: StreamliningAction;
  materials: number;
  days: number;
  steps: number;
}

/** 四减: items, materials, days and steps reduced, with the count of each action. */
export function fourReductions(rows: readonly StreamliningCount[]) {
  const byAction = Object.fromEntries(STREAMLINING_ACTIONS.map((a) => [a, 0])) as Record<StreamliningAction, number>;
  let materials = 0;
  let days = 0;
  let steps = 0;
  for (const r of rows) {
    byAction[r.action] += 1;
    materials += r.materials;
    days += r.days;
    steps += r.steps;
  }
  return { items: rows.length, materials, days, steps, byAction };
}
