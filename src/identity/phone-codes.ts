import { createHmac } from 'node:crypto';
import { AppError, masterKeyOf, newId, type AppDeps } from '../core/index.js';
import type { CodeChannel } from './code-channels.js';
import { CODE_MAX_ATTEMPTS, CODE_TTL_MS, codeHash, codeMessage, newCode, normalisePhone, type CodePurpose } from './phone-codes-rules.js';
import * as store from './store-codes.js';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

const keys = new WeakMap<object, Buffer>();
function codeKey(config: AppDeps['config']): Buffer {
  let k = keys.get(config);
  if (!k) keys.set(config, (k = createHmac('sha256', masterKeyOf(config)).update('banshi/phone-codes/v1').digest()));
  return k;
}

export function requirePhone(input: string): string {
  const phone = normalisePhone(input);
  if (!phone) throw new AppError('PHONE_INVALID');
  return phone;
}

/**
 * Sends a one-time code. The answer is the same whether the number has an account or not: a number asked to sign up
 * that already has one gets a hint instead of a code; one asked to sign in or reset without an account gets nothing.
 */
export async function requestCode(deps: Deps, channel: CodeChannel, input: { phone: string; purpose: CodePurpose }): Promise<{ expiresInSeconds: number }> {
  const phone = requirePhone(input.phone);
  const now = deps.clock.now();
  const user = await store.applicantByPhone(deps.db, phone);
  const wanted = input.purpose === 'signup' ? !user : !!user && !user.disabled_at;
  let code: string | null = null;
  if (wanted) {
    code = newCode();
    const c = code;
    await deps.db.transaction(async (tx) => {
      await store.retireCodes(tx, phone, input.purpose, now);
      await store.insertCode(tx, { id: newId(), phone, purpose: input.purpose, hash: codeHash(codeKey(deps.config), phone, input.purpose, c), at: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) });
    });
  }
  if (wanted || input.purpose === 'signup') {
    try {
      await channel.send({ phone, purpose: input.purpose, code, text: codeMessage(input.purpose, code), at: now });
    } catch {
      throw new AppError('SMS_UNAVAILABLE');
    }
  }
  // a day-old code is worth nothing; tidying now and then keeps the table small
  if (Math.random() < 0.02) await store.pruneCodes(deps.db, new Date(now.getTime() - 24 * 3600_000));
  return { expiresInSeconds: CODE_TTL_MS / 1000 };
}

/** Uses up a code, or says why not (wrong, with the attempts left; or no longer valid). Each guess is counted. */
export async function consumeCode(deps: Deps, phone: string, purpose: CodePurpose, code: string): Promise<void> {
  const r = /^\d{6}$/.test(code)
    ? await store.guessCode(deps.db, phone, purpose, codeHash(codeKey(deps.config), phone, purpose, code), deps.clock.now(), CODE_MAX_ATTEMPTS)
    : await store.guessCode(deps.db, phone, purpose, '-', deps.clock.now(), CODE_MAX_ATTEMPTS);
  if (!r) throw new AppError('CODE_EXPIRED');
  if (!r.ok) throw r.attemptsLeft > 0 ? new AppError('CODE_WRONG', { attemptsLeft: r.attemptsLeft }) : new AppError('CODE_EXPIRED');
}
