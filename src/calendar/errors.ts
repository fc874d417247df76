import { defineErrors, type CodesOf } from '../core/index.js';

export const CalendarErrors = defineErrors({
  CALENDAR_BAD_DATE: { status: 400, zh: '日期格式不正确：{value}（应为 YYYY-MM-DD）', en: 'Invalid date: {value} (expected YYYY-MM-DD)' },
  CALENDAR_BAD_FILE: { status: 400, zh: '节假日安排文件无法识别：{reason}', en: 'Unreadable holiday arrangement file: {reason}' },
  CALENDAR_YEAR_MIXED: {
    status: 400,
    zh: '一次只能导入一个年度的安排，文件中包含 {years}',
    en: 'Import one year at a time; the file holds {years}',
  },
  CALENDAR_BAD_REGION: { status: 400, zh: '行政区划代码不存在：{regionCode}', en: 'Unknown region code: {regionCode}' },
  CALENDAR_REGION_OUT_OF_SCOPE: { status: 403, zh: '只能为本行政区划（{region}）及其下级增设或取消休息日', en: 'You may set days off only for your region ({region}) and below' },
  CALENDAR_DAY_OFF_EXISTS: { status: 409, zh: '该地区当天已设为休息日', en: 'That day is already a day off in that region' },
  CALENDAR_DAY_OFF_NOT_FOUND: { status: 404, zh: '该地区当天没有设定的休息日', en: 'No regional day off on that day' },
  CALENDAR_SPAN_TOO_LONG: { status: 400, zh: '期限跨度过长（超过十年）', en: 'The span is longer than ten years' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof CalendarErrors> {}
}
