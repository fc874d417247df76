import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Actor } from './actor.js';
import { openSessionByCode } from './login.js';
import { beginSessionRead } from './session.js';
import { passwordProblem } from './password-rule.js';
import { hashPassword } from './passwords.js';
import { consumeCode, requirePhone } from './phone-codes.js';
import * as store from './store.js';
import { applicantByPhone, replacePassword } from './store-codes.js';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;
type Session = { token: string; actor: Actor; expiresAt: Date };

export interface SignUpInput {
  phone: string;
  code: string;
  kind: 'citizen' | 'business';
  name: string;
  /** a business's name as its holder states it */
  orgName?: string | null;
  password: string;
}

function requireGoodPassword(password: string, phone: string): void {
  const problem = passwordProblem(password, phone);
  if (problem) throw new AppError('WEAK_PASSWORD', { reason: problem });
}

/**
 * 注册: a citizen or business account on a mobile number proved by a code, signed in at once. The account carries no
 * ID number or credit code: a number typed at sign-up is unproven and would open someone else's licences and
 * enterprise file; they come from a verified source (统一身份认证, or the counter).
 */
export async function signUp(deps: Deps, input: SignUpInput): Promise<Session> {
  const phone = requirePhone(input.phone);
  requireGoodPassword(input.password, phone);
  if (input.kind === 'business' && !input.orgName?.trim()) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'orgName', message: '请填写企业（单位）名称' }] });
  // checked before the code is used up, so that a careless retry does not cost the code; told only to whoever holds the number
  if (await applicantByPhone(deps.db, phone)) {
    await consumeCode(deps, phone, 'signup', input.code);
    throw new AppError('PHONE_TAKEN');
  }
  const passwordHash = await hashPassword(input.password);
  await consumeCode(deps, phone, 'signup', input.code);
  const id = newId();
  try {
    // 手机号实名: the number is proved by the code; the lowest real-name level, which items needing more refuse with advice
    await store.insertUser(deps.db, {
      id, username: phone, passwordHash, name: input.name.trim(), roles: ['applicant'], kind: input.kind, orgName: input.kind === 'business' ? input.orgName!.trim() : null, phone,
      realNameLevel: 'phone', realNameVerifiedAt: deps.clock.now(),
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'USERNAME_TAKEN') throw new AppError('PHONE_TAKEN');
    throw e;
  }
  const mark = beginSessionRead(deps.db);
  return openSessionByCode(deps, (await store.userById(deps.db, id))!, mark);
}

/** 验证码登录. */
export async function signInByCode(deps: Deps, input: { phone: string; code: string }): Promise<Session> {
  const phone = requirePhone(input.phone);
  await consumeCode(deps, phone, 'login', input.code);
  const mark = beginSessionRead(deps.db);
  const user = await applicantByPhone(deps.db, phone);
  // a code is sent only to a number with an account; it may have been disabled since
  if (!user) throw new AppError('CODE_EXPIRED');
  return openSessionByCode(deps, user, mark);
}

/** 找回密码: a new password on a code; every session of the account ends, and a lock from wrong passwords is lifted. */
export async function resetPasswordByCode(deps: Deps, input: { phone: string; code: string; password: string }): Promise<void> {
  const phone = requirePhone(input.phone);
  requireGoodPassword(input.password, phone);
  const passwordHash = await hashPassword(input.password);
  await consumeCode(deps, phone, 'reset', input.code);
  const user = await applicantByPhone(deps.db, phone);
  if (!user) throw new AppError('CODE_EXPIRED');
  await replacePassword(deps.db, user.id, passwordHash);
}
