import { defineErrors, type CodesOf } from '../core/index.js';

export const HallErrors = defineErrors({
  HALL_ZONE_NOT_FOUND: { status: 404, zh: '大厅没有办理该事项的窗口分区', en: 'No zone of the hall serves this' },
  HALL_SUBJECT_NOT_FOUND: { status: 404, zh: '要预约的事项、一件事或办件不存在', en: 'The item, bundle or application to book for does not exist' },
  HALL_SUBJECT_REQUIRED: { status: 400, zh: '请选择一个事项、一件事或办件进行预约', en: 'Choose exactly one item, bundle or application to book for' },
  HALL_NOT_WORKING_DAY: { status: 409, zh: '{day}不是工作日，大厅不开放预约', en: '{day} is not a working day' },
  HALL_SLOT_UNKNOWN: { status: 400, zh: '所选时段不在大厅的开放时间内', en: 'No such time slot' },
  HALL_SLOT_PAST: { status: 409, zh: '所选时段已开始或已过去，请选择其他时段', en: 'The slot has begun or passed' },
  HALL_SLOT_TOO_FAR: { status: 409, zh: '只能预约 14 天内的时段', en: 'Slots can be booked up to 14 days ahead' },
  HALL_SLOT_FULL: { status: 409, zh: '该时段已约满，请选择其他时段', en: 'The slot is fully booked' },
  HALL_TOO_MANY_BOOKINGS: { status: 409, zh: '您已有 {max} 个未到期的预约，请先办理或取消', en: 'You already hold {max} open appointments' },
  HALL_SAME_DAY_BOOKED: { status: 409, zh: '您当天已预约了该分区，如需调整请改约', en: 'You already booked this zone on that day; reschedule it instead' },
  HALL_BOOKING_BLOCKED: { status: 403, zh: '近 {days} 天内失约 {count} 次，{until}前暂停网上预约，可现场取号办理', en: 'Booking is blocked until {until} after {count} no-shows' },
  HALL_APPOINTMENT_NOT_FOUND: { status: 404, zh: '预约不存在', en: 'No such appointment' },
  HALL_APPOINTMENT_CLOSED: { status: 409, zh: '该预约已{status}，不能再变更', en: 'The appointment is {status} and cannot change' },
  HALL_CHECK_IN_NOT_TODAY: { status: 409, zh: '该预约的日期是{day}，请当天到大厅签到取号', en: 'The appointment is on {day}; check in on that day' },
  HALL_ALREADY_CHECKED_IN: { status: 409, zh: '今天已为您取号：{number}', en: 'Already checked in today: {number}' },
  HALL_ID_INVALID: { status: 400, zh: '身份证号码无效：{reason}', en: 'Invalid ID number: {reason}' },
  HALL_WINDOW_NOT_FOUND: { status: 404, zh: '窗口不存在或不属于大厅分区', en: 'No such hall window' },
  HALL_TICKET_NOT_FOUND: { status: 404, zh: '排队号不存在', en: 'No such queue number' },
  HALL_WINDOW_BUSY: { status: 409, zh: '本窗口正在办理 {number}，请先办结、过号或转窗', en: 'The window is serving {number}; finish it first' },
  HALL_QUEUE_EMPTY: { status: 409, zh: '当前没有等候的号', en: 'Nobody is waiting' },
  HALL_TICKET_STATE: { status: 409, zh: '{number} 当前状态为{status}，不能进行此操作', en: '{number} is {status}; this action does not apply' },
  HALL_HOURS_INVALID: { status: 400, zh: '开放时间设置有误：{problem}', en: 'Opening hours are not valid: {problem}' },
  HALL_TRANSFER_SAME_WINDOW: { status: 400, zh: '请选择另一个窗口', en: 'Choose another window' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof HallErrors> {}
}
