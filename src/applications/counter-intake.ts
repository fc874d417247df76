/**
 * 窗口收件: a clerk files an application for a person who came to the counter. The clerk records how the person's
 * identity was checked and scans their materials; the application then follows the same path as one filed online.
 * A clerk files only at their own window: routing it to another region's window is refused.
 */
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { hasRole, regionByCode, userById, windowById, type Actor } from '../identity/index.js';

export const identityCheckNames = { idCardRead: '读取居民身份证芯片', idCardInspected: '查验居民身份证原件' } as const;
export type IdentityCheck = keyof typeof identityCheckNames;

/** What the application keeps of its filing at the counter (in its `authorisation`: the basis of filing for someone else). */
export interface CounterIntake {
  identityCheckedAtCounter: true;
  identityCheck: IdentityCheck;
  presenterName: string;
  clerkId: string;
  clerkName: string;
  windowId: string | null;
  windowName: string | null;
  windowRegion: string;
  windowRegionName: string;
  /** materials the clerk scanned and uploaded at the counter */
  scans: number;
  checkedAt: string;
}

/** The part of a submission the counter record is made from. */
export interface CounterInput {
  counter?: { identityCheck: IdentityCheck; presenterName?: string | null | undefined } | null | undefined;
  applicant?: { name: string } | null | undefined;
  attachments: readonly unknown[];
  windowRegion?: string | null | undefined;
}

export async function counterIntakeOf(q: Queryable, actor: Actor, input: CounterInput, at: Date): Promise<CounterIntake> {
  if (!hasRole(actor, 'clerk') || !actor.regionCode) throw new AppError('COUNTER_INTAKE_CLERKS_ONLY');
  const own = actor.regionCode;
  const [ownRegion, user] = await Promise.all([regionByCode(q, own), userById(q, actor.userId)]);
  if (input.windowRegion && input.windowRegion !== own) {
    const chosen = await regionByCode(q, input.windowRegion);
    throw new AppError('COUNTER_WINDOW_NOT_YOURS', { own: ownRegion?.name ?? own, chosen: chosen?.name ?? input.windowRegion });
  }
  if (!input.counter) throw new AppError('COUNTER_IDENTITY_CHECK_REQUIRED');
  const window = user?.window_id ? await windowById(q, user.window_id) : undefined;
  return {
    identityCheckedAtCounter: true,
    identityCheck: input.counter.identityCheck,
    presenterName: input.counter.presenterName?.trim() || input.applicant?.name || '',
    clerkId: actor.userId,
    clerkName: actor.name,
    windowId: window?.id ?? null,
    windowName: window?.name ?? null,
    windowRegion: own,
    windowRegionName: ownRegion?.name ?? own,
    scans: input.attachments.length,
    checkedAt: at.toISOString(),
  };
}

/** The counter record as the application shows it: who filed it, where, and how identity was checked. */
export function presentCounterIntake(channel: string, authorisation: Record<string, unknown> | null) {
  if (channel !== 'window' || !authorisation?.identityCheck) return null;
  const c = authorisation as unknown as CounterIntake;
  return {
    clerkId: c.clerkId,
    clerkName: c.clerkName,
    windowName: c.windowName,
    windowRegion: c.windowRegion,
    windowRegionName: c.windowRegionName,
    identityCheck: c.identityCheck,
    identityCheckName: identityCheckNames[c.identityCheck] ?? c.identityCheck,
    presenterName: c.presenterName,
    scans: c.scans,
    checkedAt: c.checkedAt,
  };
}
