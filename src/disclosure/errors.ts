import { defineErrors, type CodesOf } from '../core/index.js';

export const DisclosureErrors = defineErrors({
  DISCLOSURE_NOT_FOUND: { status: 404, zh: '政府信息公开申请不存在', en: 'No such disclosure request' },
  DISCLOSURE_ALREADY_EXTENDED: { status: 409, zh: '答复期限已延长过一次，依《政府信息公开条例》第三十三条不得再次延长', en: 'The answer period has already been extended once; it cannot be extended again' },
  DISCLOSURE_EXTENSION_TOO_LONG: { status: 400, zh: '延长的期限最长不得超过 20 个工作日', en: 'An extension may not exceed 20 working days' },
  DISCLOSURE_ANSWERED: { status: 409, zh: '该申请已答复', en: 'The request has been answered already' },
  DISCLOSURE_CONSULTING: { status: 409, zh: '正在征求第三方意见，请先登记第三方意见', en: 'A third-party consultation is open; record its outcome first' },
  DISCLOSURE_NOT_CONSULTING: { status: 409, zh: '当前没有进行中的第三方意见征询', en: 'No third-party consultation is open' },
  DISCLOSURE_LEGAL_BASIS_REQUIRED: { status: 400, zh: '不予公开或部分公开须说明法律依据', en: 'Withholding information requires its legal basis' },
  DISCLOSURE_LEGAL_BASIS_UNKNOWN: { status: 400, zh: '法律依据不正确，请从条例第十四至十六条中选择', en: 'Unknown legal basis; choose one of articles 14–16' },
  DISCLOSURE_ID_INVALID: { status: 400, zh: '证件号码无效：{reason}', en: 'Invalid identity number: {reason}' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof DisclosureErrors> {}
}
