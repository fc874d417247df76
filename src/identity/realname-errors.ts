import { defineErrors, type CodesOf } from '../core/index.js';

/** 统一身份认证 sign-in and a business's 经办人 authorisations. */
export const RealNameErrors = defineErrors({
  OIDC_NOT_CONFIGURED: { status: 404, zh: '本平台未接入统一身份认证，请使用账号密码登录', en: 'This platform is not connected to an identity platform; sign in with a password' },
  OIDC_SIGN_IN_INVALID: {
    status: 400,
    zh: '统一身份认证登录未通过：{reason}。请回到登录页重新点击“统一身份认证登录”',
    en: 'The identity platform sign-in failed: {reasonEn}. Go back to the sign-in page and start again',
  },
  OIDC_PROVIDER_UNAVAILABLE: { status: 502, zh: '暂时无法连接统一身份认证平台，请稍后再试或使用账号密码登录', en: 'The identity platform cannot be reached; try again later or sign in with a password' },
  OIDC_IDENTITY_INCOMPLETE: {
    status: 422,
    zh: '统一身份认证平台未提供经核验的{missing}，无法完成实名登录。请先在统一身份认证平台完成实名认证',
    en: 'The identity platform did not provide a verified {missingEn}; complete real-name verification there first',
  },
  OIDC_LINK_LOCKED: {
    status: 423,
    zh: '该身份对应的平台账号因密码错误次数过多已锁定，锁定期间不能绑定统一身份认证。请于 {until} 后再试，或用短信验证码登录',
    en: 'The account of this identity is locked after too many wrong passwords and cannot be linked now; try again after {until}, or sign in with a text-message code',
  },
  BUSINESS_NOT_VERIFIED: {
    status: 403,
    zh: '授权经办人须由经实名核验的法定代表人办理：请法定代表人通过“统一身份认证”以法人身份登录，或携带营业执照和身份证件到政务服务大厅窗口核验',
    en: 'Only a verified legal representative may authorise staff: sign in through the identity platform as the business, or have it verified at a counter',
  },
  HANDLER_NOT_FOUND: { status: 404, zh: '经办人授权不存在', en: 'No such staff authorisation' },
  HANDLER_ALREADY_REVOKED: { status: 409, zh: '该经办人授权已撤销', en: 'This authorisation is already revoked' },
  HANDLER_VALID_UNTIL_INVALID: { status: 400, zh: '授权截止日期须在今天（{today}）至 {max} 之间', en: 'The end date must lie between today ({today}) and {max}' },
  HANDLER_IS_LEGAL_REPRESENTATIVE: { status: 400, zh: '法定代表人本人无需授权，可直接以企业身份办理', en: 'The legal representative files for the business without an authorisation' },
  HANDLER_NOT_VERIFIED: {
    status: 403,
    zh: '以经办人身份为企业办事，须先完成实名认证（统一身份认证登录或到窗口核验），以核对您就是被授权的经办人',
    en: 'To file for a business, first verify your identity (identity platform sign-in or at a counter), so that you can be matched to the authorisation',
  },
  HANDLER_NOT_AUTHORISED: {
    status: 403,
    zh: '您没有统一社会信用代码为 {uscc} 的企业的有效经办人授权，不能为其申请。请联系该企业法定代表人登录本平台，在“经办人授权”中为您授权',
    en: 'You hold no live staff authorisation of the business {uscc}; ask its legal representative to authorise you on the staff authorisation page',
  },
  HANDLER_OUT_OF_SCOPE: {
    status: 403,
    zh: '您的经办人授权不包括事项“{itemName}”，请联系企业法定代表人调整授权范围',
    en: 'Your staff authorisation does not cover “{itemName}”; ask the legal representative to widen it',
  },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof RealNameErrors> {}
}
