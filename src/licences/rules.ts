import { maskIdNumber } from '../core/index.js';
import type { LicenceStatus } from './store.js';

/**
 * Pure licence rules: the status a person should see on a day (revocation and suspension before dates), validity
 * arithmetic on calendar dates (YYYY-MM-DD, Asia/Shanghai).
 */
export type EffectiveStatus = 'valid' | 'suspended' | 'revoked' | 'expired' | 'not-yet-valid';

export const statusNames: Record<EffectiveStatus | 'superseded' | 'unknown' | 'invalid', { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'valid' },
  suspended: { zh: '已暂停', en: 'suspended' },
  revoked: { zh: '已撤销', en: 'revoked' },
  expired: { zh: '已过期', en: 'expired' },
  'not-yet-valid': { zh: '尚未生效', en: 'not yet valid' },
  superseded: { zh: '已变更（此为旧版本）', en: 'superseded by a newer version' },
  unknown: { zh: '未找到该证照', en: 'unknown licence' },
  invalid: { zh: '签名无效（可能被篡改）', en: 'invalid signature (possibly forged)' },
};

export function effectiveStatus(l: { status: LicenceStatus; valid_from: string; valid_until: string | null }, today: string): EffectiveStatus {
  if (l.status === 'revoked') return 'revoked';
  if (l.status === 'suspended') return 'suspended';
  if (l.valid_until !== null && l.valid_until < today) return 'expired';
  if (l.valid_from > today) return 'not-yet-valid';
  return 'valid';
}

/** The last day of validity: `months` after `from`, minus one day (a 5-year licence from 2026-03-02 ends 2031-03-01). */
export function validUntilOf(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a licence stops being valid: midnight (Asia/Shanghai) after its last day. */
export const endOfValidity = (validUntil: string) => new Date(`${addDays(validUntil, 1)}T00:00:00+08:00`);

/** Citizens' ID numbers are personal: masked by the platform's one rule; a business's code is public. */
export const maskHolder = (kind: 'business' | 'citizen', id: string) => (kind === 'citizen' ? maskIdNumber(id)! : id);
