import { maskData, type Audience, type PersonalClass } from '../core/index.js';
import { channelNames, gradeNames, gradeOf, INDICATORS, levelDef } from './levels.js';
import { rectificationStateName } from './answer-rectification.js';
import { appealReasonNames } from './appeal-rating.js';
import type * as store from './store.js';

const followUpResultNames: Record<string, string> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意', unreachable: '未能联系' };
const followUpMethodNames: Record<string, string> = { phone: '电话回访', sms: '短信回访', visit: '上门回访', online: '网上回访' };

export function presentRectification(x: store.RectificationRow) {
  return {
    id: x.id,
    ratingId: x.rating_id,
    departmentId: x.department_id,
    status: x.status,
    statusName: rectificationStateName(x.status),
    followUpRequired: x.follow_up_required,
    openedAt: x.opened_at.toISOString(),
    workingDays: x.working_days,
    dueDate: x.due_date,
    finding: x.finding,
    action: x.action,
    answeredAt: x.answered_at?.toISOString() ?? null,
    onTime: x.on_time,
    followUp: x.followed_up_at
      ? { method: x.follow_up_method, methodName: followUpMethodNames[x.follow_up_method ?? ''] ?? null, result: x.follow_up_result, resultName: followUpResultNames[x.follow_up_result ?? ''] ?? null, note: x.follow_up_note, at: x.followed_up_at.toISOString() }
      : null,
    closedAt: x.closed_at?.toISOString() ?? null,
  };
}

export function presentAppeal(a: store.AppealRow) {
  return {
    id: a.id,
    ratingId: a.rating_id,
    departmentId: a.department_id,
    reasonKind: a.reason_kind,
    reasonName: appealReasonNames[a.reason_kind],
    explanation: a.explanation,
    filedAt: a.filed_at.toISOString(),
    status: a.status,
    statusName: a.status === 'pending' ? '待复核' : a.status === 'upheld' ? '已支持（评价作废）' : '已驳回',
    decisionNote: a.decision_note,
    decidedAt: a.decided_at?.toISOString() ?? null,
  };
}

const raterClasses: Record<string, PersonalClass> = { raterName: 'name', raterPhone: 'phone' };

/**
 * A rating as its reader sees it. The `full` audience (the rater, and whoever must call them back about a bad rating:
 * policy.ts) sees the phone; everyone else 138****5678, and comments masked by shape.
 */
export function presentRating(r: store.RatingRow, opts: { audience: Audience; rectification?: store.RectificationRow; appeal?: store.AppealRow }) {
  const def = levelDef(r.level);
  return maskData({
    id: r.id,
    handlingId: r.handling_id,
    channel: r.channel,
    channelName: channelNames[r.channel],
    departmentId: r.department_id,
    itemCode: r.item_code,
    itemName: r.item_name,
    level: r.level,
    levelName: def.zh,
    grade: gradeOf(r.level),
    gradeName: gradeNames[gradeOf(r.level)],
    indicators: INDICATORS[r.channel].map((i) => ({ code: i.code, name: i.zh, level: r.indicators[i.code] ?? null, levelName: r.indicators[i.code] ? levelDef(r.indicators[i.code]!).zh : null })),
    comment: r.comment,
    realName: r.real_name,
    raterName: r.rater_name,
    raterPhone: r.rater_phone,
    ratedAt: r.rated_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    editableUntil: r.editable_until.toISOString(),
    status: r.status,
    voidReason: r.void_reason,
    voidedAt: r.voided_at?.toISOString() ?? null,
    rectification: opts.rectification ? presentRectification(opts.rectification) : null,
    appeal: opts.appeal ? presentAppeal(opts.appeal) : null,
  }, opts.audience, (key) => raterClasses[key]);
}

/** A row of the rectification desk: the rating's rater as the audience may see them. */
export function presentRaterContact<T extends { rater_name: string | null; rater_phone: string | null; comment: string | null }>(x: T, audience: Audience) {
  return maskData({ comment: x.comment, raterName: x.rater_name, raterPhone: x.rater_phone }, audience, (key) => raterClasses[key]);
}

export function presentHandling(h: store.HandlingRow) {
  return {
    id: h.id,
    channel: h.channel,
    channelName: channelNames[h.channel],
    applicationId: h.application_id,
    itemCode: h.item_code,
    itemName: h.item_name,
    departmentId: h.department_id,
    handledAt: h.handled_at.toISOString(),
    indicators: INDICATORS[h.channel].map((i) => ({ code: i.code, name: i.zh })),
  };
}
