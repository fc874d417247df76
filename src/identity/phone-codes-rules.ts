import { createHmac, randomInt } from 'node:crypto';

/** What a one-time code is for. */
export type CodePurpose = 'signup' | 'login' | 'reset';
export const CODE_PURPOSES = ['signup', 'login', 'reset'] as const;

/** A code lives 5 minutes and dies after 5 wrong guesses: 5 in a million per code. */
export const CODE_TTL_MS = 5 * 60_000;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_DIGITS = 6;

/** A mainland mobile number: 11 digits starting with 13–19 (spaces, dashes and a +86 prefix typed by people removed). */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/**
 * The stored form of a code: an HMAC under a key derived from the master key, so that a copy of the table does not
 * let anyone recover a code by trying all million of them.
 */
export function codeHash(key: Buffer, phone: string, purpose: CodePurpose, code: string): string {
  return createHmac('sha256', key).update(`banshi-phone-code\0${phone}\0${purpose}\0${code}`).digest('base64');
}

/** The text of the SMS: with the code, or (asking to sign up with a number that has an account) a hint without one. */
export function codeMessage(purpose: CodePurpose, code: string | null): string {
  if (code === null) return '【办事】该手机号已注册，可直接用验证码登录或找回密码。如非本人操作，请忽略。';
  const what = { signup: '注册账号', login: '登录', reset: '重置密码' }[purpose];
  return `【办事】您正在${what}，验证码 ${code}，5 分钟内有效。请勿告诉他人。`;
}
