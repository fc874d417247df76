import { maskData, type Audience } from '../core/index.js';
import { eventNames, ratingLevelNames, ticketKindNames, ticketStatusNames } from './rules.js';
import type * as store from './store.js';

/** A ticket for `audience`: the requester's name and phone by their class, the request's text by shape. */
export function presentTicket(t: store.TicketRow, audience: Audience) {
  return maskData({
    id: t.id,
    number: t.number,
    kind: t.kind,
    kindName: ticketKindNames[t.kind],
    categoryCode: t.category_code,
    title: t.title,
    content: t.content,
    source: t.source,
    requesterName: t.requester_name,
    requesterPhone: t.requester_phone,
    status: t.status,
    statusName: ticketStatusNames[t.status],
    departmentId: t.department_id,
    dispatchedAt: t.dispatched_at?.toISOString() ?? null,
    dueDate: t.due_date,
    answer: t.answer,
    answeredAt: t.answered_at?.toISOString() ?? null,
    onTime: t.on_time,
    duplicateOf: t.duplicate_of,
    rating: t.rating_level ? { level: t.rating_level, levelName: ratingLevelNames[t.rating_level], comment: t.rating_comment, at: t.rated_at!.toISOString() } : null,
    createdAt: t.created_at.toISOString(),
    updatedAt: t.updated_at.toISOString(),
  }, audience, (key) => (key === 'requesterPhone' ? 'phone' : key === 'requesterName' ? 'name' : undefined));
}

export function presentEvent(e: store.TicketEventRow) {
  return { at: e.at.toISOString(), action: e.action, actionName: eventNames[e.action] ?? e.action, fromDepartmentId: e.from_department_id, toDepartmentId: e.to_department_id, reason: e.reason };
}

export function presentCategory(c: store.CategoryRow) {
  return { code: c.code, name: c.name, departmentId: c.department_id, workingDays: c.working_days, sort: c.sort };
}
