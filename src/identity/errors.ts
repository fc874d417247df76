import { defineErrors, type CodesOf } from '../core/index.js';

export const IdentityErrors = defineErrors({
  LOGIN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '密码错误次数过多，账号已锁定，请于 {until} 后再试', en: 'Too many failed attempts; the account is locked until {until}' },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用，请联系本单位系统管理员', en: 'This account is disabled; ask your administrator' },
  INVALID_ID_NUMBER: { status: 400, zh: '公民身份号码无效：{reason}', en: 'Invalid citizen ID number: {reason}' },
  INVALID_USCC: { status: 400, zh: '统一社会信用代码无效：{reason}', en: 'Invalid unified social credit code: {reason}' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'That user name is taken' },
  STAFF_NOT_FOUND: { status: 404, zh: '工作人员账号不存在', en: 'No such staff account' },
  DEPARTMENT_NOT_FOUND: { status: 404, zh: '部门不存在', en: 'No such department' },
  DEPARTMENT_CODE_TAKEN: { status: 409, zh: '部门编码已被使用', en: 'That department code is taken' },
  DOCUMENT_PREFIX_TAKEN: { status: 409, zh: '发文代字“{prefix}”已由{department}使用，文书编号会重复，请另定', en: 'The document prefix {prefix} is used by {department}; numbers would repeat' },
  WINDOW_NOT_FOUND: { status: 404, zh: '窗口不存在', en: 'No such window' },
  WINDOW_CODE_TAKEN: { status: 409, zh: '窗口编号已被使用', en: 'That window code is taken' },
  WINDOW_OF_OTHER_DEPARTMENT: { status: 400, zh: '所选窗口不属于该工作人员的部门', en: 'The window belongs to another department' },
  REGION_NOT_FOUND: { status: 400, zh: '行政区划代码不存在：{code}', en: 'Unknown region code: {code}' },
  REGION_OUT_OF_SCOPE: { status: 403, zh: '只能管理本行政区划（{region}）及其下级的部门、窗口和人员', en: 'You may manage only departments, windows and staff of your region ({region}) and below' },
  SETTING_REGION_OUT_OF_SCOPE: {
    status: 403,
    zh: '该设置适用于本平台全部行政区划，只能由管辖全部区划的上级（省级）工作人员修改；您的管辖区划为 {region}',
    en: 'This setting holds for every region on the platform; only staff whose region covers all of them (the province) may change it. Your region: {region}',
  },
  DEVELOPMENT_MESSAGES_CLOSED: {
    status: 404,
    zh: '生产模式下不提供开发短信页面：验证码由短信服务商发送（未接入时只写入服务器日志）',
    en: 'There is no development-messages page in production: codes go through the SMS provider (or only to the server log)',
  },
  WEAK_PASSWORD: { status: 400, zh: '密码不符合要求：{reason}', en: 'The password is too weak: {reason}' },
  STAFF_ROLE_INVALID: { status: 400, zh: '工作人员账号不能设为“{role}”角色', en: 'A staff account cannot have the role {role}' },
  STAFF_SELF: { status: 409, zh: '不能停用或降级自己的账号，请由另一位管理员操作', en: 'You cannot disable or demote your own account; ask another administrator' },
  STAFF_ALREADY_DISABLED: { status: 409, zh: '该账号已停用', en: 'This account is already disabled' },
  STAFF_NOT_DISABLED: { status: 409, zh: '该账号未停用', en: 'This account is not disabled' },
  PHONE_INVALID: { status: 400, zh: '请输入正确的 11 位手机号码', en: 'Enter a valid 11-digit mainland mobile number' },
  CODE_WRONG: { status: 400, zh: '验证码错误，还可尝试 {attemptsLeft} 次', en: 'Wrong code; {attemptsLeft} attempts left' },
  CODE_EXPIRED: { status: 400, zh: '验证码已失效，请重新获取', en: 'The code is no longer valid; ask for a new one' },
  PHONE_TAKEN: { status: 409, zh: '该手机号已注册，请直接登录；忘记密码可用验证码重置', en: 'This number already has an account; sign in, or reset the password with a code' },
  SMS_UNAVAILABLE: { status: 503, zh: '短信暂时无法发送，请稍后再试', en: 'Text messages cannot be sent right now; try again later' },
  SUCCESSOR_INVALID: { status: 400, zh: '接手人须为同一部门在岗的审核人员', en: 'The successor must be an active reviewer of the same department' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof IdentityErrors> {}
}
