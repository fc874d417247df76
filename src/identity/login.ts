import { AppError, newToken, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { afterFailure, isLocked } from './lockout.js';
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
  if (isLocked(user.locked_until, now)) {
    throw new AppError('ACCOUNT_LOCKED', { until: user.locked_until!.toISOString() });
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    const next = afterFailure(user.failed_logins, now);
    await store.recordLoginFailure(db, user.id, next.failedLogins, next.lockedUntil);
    if (next.lockedUntil) throw new AppError('ACCOUNT_LOCKED', { until: next.lockedUntil.toISOString() });
    throw new AppError('LOGIN_FAILED');
  }
  // told only to whoever knows the password, so that disabled names are not revealed to guessers
  if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.transaction(async (tx) => {
    await store.recordLoginSuccess(tx, user.id);
    await store.insertSession(tx, token, user.id, now, expiresAt);
  });
  return { token, actor: store.toActor(user), expiresAt };
}

export async function logout(deps: { db: Db }, token: string): Promise<void> {
  await store.deleteSession(deps.db, token);
}
