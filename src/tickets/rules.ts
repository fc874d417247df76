/** 12345 ticket rules: kinds, states and which step is allowed from which state. Pure. */
export const TICKET_KINDS = ['consultation', 'complaint', 'suggestion', 'help'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];
export const ticketKindNames: Record<TicketKind, string> = { consultation: '咨询', complaint: '投诉', suggestion: '建议', help: '求助' };

export type TicketStatus = 'registered' | 'dispatched' | 'returned' | 'answered' | 'merged' | 'closed';
export const ticketStatusNames: Record<TicketStatus, string> = {
  registered: '待派单',
  dispatched: '办理中',
  returned: '已退回',
  answered: '已答复',
  merged: '已并案',
  closed: '已办结',
};

export type TicketStep = 'classify' | 'dispatch' | 'transfer' | 'return' | 'answer' | 'rate' | 'link';

const allowed: Record<TicketStep, readonly TicketStatus[]> = {
  classify: ['registered', 'returned'],
  dispatch: ['registered', 'returned'],
  transfer: ['dispatched'],
  return: ['dispatched'],
  answer: ['dispatched'],
  rate: ['answered'],
  link: ['registered', 'returned', 'dispatched'],
};

export const stepNames: Record<TicketStep, string> = { classify: '分类', dispatch: '派单', transfer: '转办', return: '退回', answer: '答复', rate: '评价', link: '并案' };

export function canStep(status: TicketStatus, step: TicketStep): boolean {
  return allowed[step].includes(status);
}

/** The action names of the timeline, as the requester reads them. */
export const eventNames: Record<string, string> = {
  registered: '登记工单',
  classified: '分类',
  dispatched: '派单',
  transferred: '转办',
  returned: '退回',
  answered: '答复',
  rated: '评价',
  merged: '并入重复工单',
  'duplicate-answered': '随主工单答复',
};

/** The requester's rating of an answer, on the five levels of 好差评. */
export const ratingLevelNames: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
