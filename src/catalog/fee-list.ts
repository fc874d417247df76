import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { Fee } from './types.js';

/**
 * 清单之外无收费: an item may charge only fees of the published fee catalogue (收费目录清单). The module that keeps the
 * catalogue answers which of an item's fees it does not list; the catalog refuses to publish such a version.
 */
export type UnlistedFees = (q: Queryable, fees: readonly Fee[]) => Promise<string[]>;

let unlisted: UnlistedFees | null = null;

/** Registered at module load by the fees module. */
export function provideFeeList(check: UnlistedFees): void {
  unlisted = check;
}

/** Refuses fees with an amount that the fee catalogue does not list (a fee of 0, 免收, charges nothing). */
export async function refuseUnlistedFees(q: Queryable, fees: readonly Fee[]): Promise<void> {
  const charged = fees.filter((f) => f.amount > 0);
  if (!unlisted || charged.length === 0) return;
  const missing = await unlisted(q, charged);
  if (missing.length) throw new AppError('CATALOG_FEE_NOT_LISTED', { fees: missing.map((n) => `“${n}”`).join('、') });
}
