import { defineErrors, type CodesOf } from '../core/index.js';

export const FeesErrors = defineErrors({
  FEE_BILL_NOT_FOUND: { status: 404, zh: '缴费通知不存在', en: 'No such bill' },
  FEE_BILL_NOT_PAYABLE: { status: 409, zh: '该缴费通知{status}，无需缴费', en: 'The bill is {status}; nothing to pay' },
  FEE_UNPAID_BEFORE_DELIVERY: { status: 409, zh: '{items}的费用尚未缴纳，按办事指南须缴费后出件', en: 'The fees of {items} are unpaid; results are handed over after payment' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof FeesErrors> {}
}
