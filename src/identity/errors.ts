import { defineErrors, type CodesOf } from '../core/index.js';

export const IdentityErrors = defineErrors({
  LOGIN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '密码错误次数过多，账号已锁定，请于 {until} 后再试', en: 'Too many failed attempts; the account is locked until {until}' },
  INVALID_ID_NUMBER: { status: 400, zh: '公民身份号码无效：{reason}', en: 'Invalid citizen ID number: {reason}' },
  INVALID_USCC: { status: 400, zh: '统一社会信用代码无效：{reason}', en: 'Invalid unified social credit code: {reason}' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'That user name is taken' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof IdentityErrors> {}
}
