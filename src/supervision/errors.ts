import { defineErrors, type CodesOf } from '../core/index.js';

export const SupervisionErrors = defineErrors({
  DEADLINE_NOT_FOUND: { status: 404, zh: '没有找到该事项的办理期限', en: 'No deadline is tracked for this subject' },
  DEADLINE_ALREADY_TRACKED: { status: 409, zh: '该事项已有正在计时的办理期限', en: 'This subject already has a running deadline' },
  DEADLINE_NOT_RUNNING: { status: 409, zh: '办理期限不在计时状态，无法暂停', en: 'The deadline is not running, so it cannot be suspended' },
  DEADLINE_NOT_SUSPENDED: { status: 409, zh: '办理期限未暂停，无需恢复', en: 'The deadline is not suspended' },
  DEADLINE_CLOSED: { status: 409, zh: '办理期限已结束', en: 'The deadline is already closed' },
  DEADLINE_BAD_INPUT: { status: 400, zh: '办理期限参数不正确：{reason}', en: 'Invalid deadline input: {reason}' },
  DEADLINE_NOT_URGEABLE: { status: 409, zh: '只有亮黄牌或红牌、正在计时的办理期限可以督办', en: 'Only a running deadline with a yellow or red card can be urged' },
  DEADLINE_TIME_BEFORE_START: { status: 400, zh: '时间不能早于受理时间', en: 'The time is before the acceptance' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof SupervisionErrors> {}
}
