import { defineErrors, type CodesOf } from '../core/index.js';

export const TicketErrors = defineErrors({
  TICKET_PROGRESS_NOT_FOUND: { status: 404, zh: '没有找到这张工单：请核对工单号和登记时留的电话号码', en: 'No ticket found: check the ticket number and the phone number you gave' },
  TICKET_NOT_FOUND: { status: 404, zh: '工单不存在', en: 'No such ticket' },
  TICKET_STATE: { status: 409, zh: '工单当前状态为“{status}”，不能{step}', en: 'The ticket is {status}; cannot {step}' },
  TICKET_CONTACT_REQUIRED: { status: 400, zh: '未登录提交诉求时，请填写姓名和联系电话', en: 'Without signing in, give a name and a phone number' },
  TICKET_CATEGORY_UNKNOWN: { status: 400, zh: '工单分类“{code}”不存在', en: 'Unknown ticket category {code}' },
  TICKET_NOT_CLASSIFIED: { status: 409, zh: '工单尚未分类，请先分类再派单', en: 'Classify the ticket before dispatching it' },
  TICKET_SAME_DEPARTMENT: { status: 409, zh: '不能转办给当前承办部门', en: 'The ticket is already with that department' },
  TICKET_CATEGORY_OUT_OF_REGION: { status: 403, zh: '只能设置由本行政区划（{region}）及其下级部门承办的工单分类', en: 'You may set only categories handled by departments of your region ({region}) and below' },
  TICKET_DEPARTMENT_UNKNOWN: { status: 400, zh: '承办部门不存在', en: 'No such department' },
  TICKET_NOT_REQUESTER: { status: 403, zh: '只有诉求人可以评价工单', en: 'Only the requester can rate the ticket' },
  TICKET_DUPLICATE_SELF: { status: 409, zh: '不能把工单并入自身或已并案的工单', en: 'A ticket cannot be linked to itself or to a merged ticket' },
  KNOWLEDGE_NOT_FOUND: { status: 404, zh: '知识库条目不存在', en: 'No such knowledge-base entry' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof TicketErrors> {}
}
