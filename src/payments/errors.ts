import { defineErrors, type CodesOf } from '../core/index.js';

export const PaymentErrors = defineErrors({
  PAYMENT_PROVIDER_UNAVAILABLE: { status: 503, zh: '统一公共支付平台暂时无法连接，请稍后再试或到窗口缴费', en: 'The payment platform cannot be reached' },
  PAYMENT_PROVIDER_REFUSED: { status: 502, zh: '统一公共支付平台拒绝了请求：{reason}', en: 'The payment platform refused: {reason}' },
  PAYMENT_ORDER_NOT_FOUND: { status: 404, zh: '支付订单不存在', en: 'No such payment order' },
  PAYMENT_RECEIPT_NOT_FOUND: { status: 404, zh: '该缴费通知尚无非税收入电子票据', en: 'No receipt for this bill' },
  PAYMENT_NOTIFICATION_IGNORED: { status: 400, zh: '{reason}，通知已记录并忽略', en: 'Notification ignored ({reason}); it has been logged' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof PaymentErrors> {}
}
