import { defineErrors, type CodesOf } from '../core/index.js';

export const EnterpriseErrors = defineErrors({
  ENTERPRISE_USCC_INVALID: { status: 400, zh: '统一社会信用代码无效：{uscc}', en: 'Invalid unified social credit code: {uscc}' },
  ENTERPRISE_NOT_FOUND: { status: 404, zh: '平台中没有该市场主体的任何记录', en: 'The platform holds nothing about this business' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof EnterpriseErrors> {}
}
