/**
 * 经办人 authorisations, as plain rules: a business's legal representative lets named people file for it, for some
 * items or all, until an end date. Dates are Shanghai calendar days (`YYYY-MM-DD`).
 */
import { meetsRealNameLevel, type RealNameLevel } from '../core/index.js';

/** The longest an authorisation may run: three years, as a 授权委托书 is renewed with the business's annual report. */
export const HANDLER_MAX_YEARS = 3;

export function latestValidUntil(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + HANDLER_MAX_YEARS, m - 1, d));
  return end.toISOString().slice(0, 10);
}

export const validUntilAllowed = (validUntil: string, today: string): boolean => validUntil >= today && validUntil <= latestValidUntil(today);

export interface HandlerGrant {
  itemCodes: string[] | null;
  validUntil: string;
  revokedAt: Date | null;
}

/** Live on `today`: not revoked, and the end date not passed (the end date is the last day it may be used). */
export const isLive = (g: HandlerGrant, today: string): boolean => !g.revokedAt && g.validUntil >= today;

export const covers = (g: HandlerGrant, itemCode: string): boolean => g.itemCodes === null || g.itemCodes.includes(itemCode);

/** The legal representative has been verified: by the identity platform or at a counter, never by a phone alone. */
export const isVerifiedIdentity = (level: RealNameLevel | null | undefined): boolean => meetsRealNameLevel(level, 'provider');

export type HandlerStatus = 'live' | 'expired' | 'revoked';
export const handlerStatusNames: Record<HandlerStatus, string> = { live: '有效', expired: '已到期', revoked: '已撤销' };
export const handlerStatus = (g: HandlerGrant, today: string): HandlerStatus => (g.revokedAt ? 'revoked' : g.validUntil < today ? 'expired' : 'live');
