/**
 * 实名等级: how surely an account is known to be the person (or business) it names. Ordered: a mobile number
 * confirmed by a code < an ID verified by the province's 统一身份认证 platform < an ID card checked at a counter.
 * Items declare the least level they need (catalog); submission below it is refused with what to do.
 */
export const REAL_NAME_LEVELS = ['phone', 'provider', 'counter'] as const;
export type RealNameLevel = (typeof REAL_NAME_LEVELS)[number];

export const realNameLevelNames: Record<RealNameLevel, { zh: string; en: string }> = {
  phone: { zh: '手机号实名', en: 'phone-verified' },
  provider: { zh: '统一身份认证实名', en: 'ID verified by the identity platform' },
  counter: { zh: '窗口现场核验', en: 'verified at a counter' },
};

export const isRealNameLevel = (v: unknown): v is RealNameLevel => typeof v === 'string' && (REAL_NAME_LEVELS as readonly string[]).includes(v);

/** Whether an account's level (null: not verified at all) satisfies what an item needs (null: anyone). */
export function meetsRealNameLevel(have: RealNameLevel | null | undefined, need: RealNameLevel | null | undefined): boolean {
  if (!need) return true;
  if (!have) return false;
  return REAL_NAME_LEVELS.indexOf(have) >= REAL_NAME_LEVELS.indexOf(need);
}

/** The higher of two levels: a new sign-in never lowers what a counter already verified. */
export function higherRealNameLevel(a: RealNameLevel | null | undefined, b: RealNameLevel | null | undefined): RealNameLevel | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return REAL_NAME_LEVELS.indexOf(a) >= REAL_NAME_LEVELS.indexOf(b) ? a : b;
}
