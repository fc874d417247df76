import { defineErrors, type CodesOf } from '../core/index.js';

export const RatingErrors = defineErrors({
  RATING_INDICATORS_INVALID: { status: 400, zh: '评价指标不完整或不正确：缺少 {missing}，多余 {unknown}，等级无效 {invalid}', en: 'Rating indicators are incomplete or wrong: missing {missing}, unknown {unknown}, invalid {invalid}' },
  RATING_BAD_NEEDS_REASON: { status: 422, zh: '差评请说明不满意的地方：{what}', en: 'A bad rating needs to say what was wrong: {what}' },
  RATING_HANDLING_NOT_FOUND: { status: 404, zh: '没有可评价的办件或评价码无效', en: 'No such handling to rate, or the rating code is wrong' },
  RATING_NOT_YOURS: { status: 403, zh: '只能评价本人办理的事项', en: 'You can only rate your own handling' },
  RATING_ALREADY_GIVEN: { status: 409, zh: '该次办理已评价（一事一评、一次一评），如需修改请在规定时间内修改原评价', en: 'This handling has been rated already; edit the rating within the allowed time instead' },
  RATING_EDIT_WINDOW_CLOSED: { status: 409, zh: '评价提交已超过 {hours} 小时，不能再修改', en: 'The rating can no longer be changed ({hours} hours have passed)' },
  RATING_VOIDED: { status: 409, zh: '该评价已经申诉复核作废', en: 'This rating has been voided on appeal' },
  RATING_NOT_FOUND: { status: 404, zh: '评价不存在', en: 'No such rating' },
  RATING_ANONYMOUS_NEEDS_CODE: { status: 400, zh: '未登录时请输入窗口提供的评价码', en: 'Without signing in, enter the rating code given at the window' },
  RECTIFICATION_NOT_FOUND: { status: 404, zh: '整改单不存在', en: 'No such rectification' },
  RECTIFICATION_STATE: { status: 409, zh: '整改单当前状态为“{status}”，不能{action}', en: 'The rectification is {status}; cannot {action}' },
  RECTIFICATION_FOLLOW_UP_DONE: { status: 409, zh: '已完成回访，不能重复回访', en: 'The rater has been followed up already' },
  APPEAL_ONLY_BAD: { status: 409, zh: '只能对差评提出申诉复核', en: 'Only a bad rating can be appealed' },
  APPEAL_PENDING: { status: 409, zh: '该评价已有待复核的申诉', en: 'An appeal of this rating is already pending' },
  APPEAL_NOT_FOUND: { status: 404, zh: '申诉不存在', en: 'No such appeal' },
  APPEAL_DECIDED: { status: 409, zh: '该申诉已复核（{status}）', en: 'This appeal has been decided ({status})' },
  RATING_PERIOD_INVALID: { status: 400, zh: '统计周期格式应为 2026-03（月）或 2026-Q1（季度）', en: 'The period must look like 2026-03 (month) or 2026-Q1 (quarter)' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof RatingErrors> {}
}
