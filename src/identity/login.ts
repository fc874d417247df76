import { AppError, newToken, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { isLocked, lockEnd, lockEndText, MAX_FAILURES } from './lockout.js';
import { hashPassword, verifyPassword } from './passwords.js';
import * as store from './store.js';

export const SESSION_HOURS = 12;

// Compared against when the user name is unknown, so that timing does not reveal which names exist.
const dummyHash = hashPassword('not-a-real-password');

export async function login(deps: { db: Db; clock: Clock }, username: string, password: string): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const { db, clock } = deps;
  const now = clock.now();
  const user = await store.userByUsername(db, username);
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
  return { token, actor: store.toActor(user), expiresAt };
}

export async function logout(deps: { db: Db }, token: string): Promise<void> {
  await store.deleteSession(deps.db, token);
}
