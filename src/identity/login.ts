import { AppError, newToken, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { isLocked, lockEnd, lockEndText, MAX_FAILURES } from './lockout.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SESSION_HOURS } from './session-cookie.js';
import { beginSessionRead, rememberSession } from './session.js';
import * as store from './store.js';
import { applicantByPhone, openSessionClearingLock } from './store-codes.js';
import { normalisePhone } from './phone-codes-rules.js';


// Compared against when the user name is unknown, so that timing does not reveal which names exist.
const dummyHash = hashPassword('not-a-real-password');

export async function login(deps: { db: Db; clock: Clock }, username: string, password: string): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const { db, clock } = deps;
  const now = clock.now();
  // the new session goes into the session cache with the row read here, unless the account changes meanwhile
  const mark = beginSessionRead(db);
  // citizens and businesses may give their mobile number instead of a user name
  const phone = normalisePhone(username);
  const user = (await store.userByUsername(db, username)) ?? (phone ? await applicantByPhone(db, phone) : undefined);
  if (!user) {
    await verifyPassword(password, await dummyHash);
    throw new AppError('LOGIN_FAILED');
  }
  const locked = (until: Date) => new AppError('ACCOUNT_LOCKED', { until: lockEndText(until) });
  if (isLocked(user.locked_until, now)) throw locked(user.locked_until!);
  if (!(await verifyPassword(password, user.password_hash))) {
    const until = await store.recordLoginFailure(db, user.id, now, MAX_FAILURES, lockEnd(now));
    if (until) throw locked(until);
    throw new AppError('LOGIN_FAILED');
  }
  // told only to whoever knows the password, so that disabled names are not revealed to guessers
  if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  // the account may have been locked by a parallel guess while the password was being checked
  if (!(await store.openSessionUnlessLocked(db, token, user.id, now, expiresAt))) {
    throw locked((await store.lockedUntilOf(db, user.id)) ?? lockEnd(now));
  }
  const actor = store.toActor(user);
  rememberSession(db, token, { actor, expiresAt }, mark, now);
  return { token, actor, expiresAt };
}

export async function logout(deps: { db: Db }, token: string): Promise<void> {
  await store.deleteSession(deps.db, token);
}

/**
 * Opens a session for an account whose holder has just proved they hold its mobile number (a one-time code): a lock
 * from wrong passwords is lifted, since the code is a stronger proof than a password guess. `mark`
 * (beginSessionRead) was taken before `user` was read: the session goes into the session cache with that row, as a
 * password sign-in's does, unless the account changed since.
 */
export async function openSessionByCode(deps: { db: Db; clock: Clock }, user: store.UserRow, mark: number): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
  const now = deps.clock.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await openSessionClearingLock(deps.db, token, user.id, now, expiresAt);
  const actor = store.toActor(user);
  rememberSession(deps.db, token, { actor, expiresAt }, mark, now);
  return { token, actor, expiresAt };
}
