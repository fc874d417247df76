import { randomInt } from 'node:crypto';
import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { departmentById, inActorRegion, userById, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { can } from './policy.js';
import * as store from './store.js';

export interface RecordVisitInput {
  itemName: string;
  itemCode?: string;
  /** The department whose item was handled at the counter; default: the clerk's own (the comprehensive window). */
  departmentId?: string;
  raterUserId?: string;
  raterName?: string;
  raterPhone?: string;
}

// unambiguous characters only: the code is read off a screen or a slip of paper
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ratingCode = () => Array.from({ length: 8 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');

/** A window visit (一次一评): the clerk records it, and the visitor rates it on the counter pad or online with the code. */
export async function recordVisit(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, input: RecordVisitInput): Promise<store.HandlingRow> {
  if (!can(actor, 'recordVisit')) throw new AppError('FORBIDDEN');
  const departmentId = input.departmentId ?? actor.departmentId;
  if (!departmentId) throw new AppError('FORBIDDEN');
  const department = await departmentById(deps.db, departmentId);
  // a window records visits for the departments of its region
  if (!department || !inActorRegion(actor, department.region_code)) throw new AppError('NOT_FOUND', { what: '部门' });
  if (input.raterUserId && !(await userById(deps.db, input.raterUserId))) throw new AppError('NOT_FOUND', { what: '评价人' });
  const now = deps.clock.now();
  const id = newId();
  const h = await store.insertHandling(deps.db, {
    id,
    channel: 'window',
    source_key: `visit:${id}`,
    application_id: null,
    item_code: input.itemCode ?? null,
    item_name: input.itemName.trim(),
    department_id: departmentId,
    region_code: department.region_code,
    rater_user_id: input.raterUserId ?? null,
    rater_name: input.raterName?.trim() || null,
    rater_phone: input.raterPhone?.trim() || null,
    rater_uscc: null,
    rating_code: ratingCode(),
    recorded_by: actor.userId,
    handled_at: now,
    created_at: now,
  });
  return h!;
}

export interface HallVisit {
  /** The queue number's id: one invitation per visit, however often it is asked for. */
  ticketId: string;
  number: string;
  visitorUserId: string | null;
  visitorName: string | null;
  itemName: string;
  itemCode: string | null;
  applicationId: string | null;
  departmentId: string;
  regionCode: string;
  clerkId: string;
  at: Date;
}

/**
 * A visit served at a hall window (一次一评): the visitor is invited to rate it, online when they came with an account,
 * and on the counter pad with the code either way. Called in the transaction that finishes the visit.
 */
export async function inviteToRateVisit(tx: Queryable, v: HallVisit): Promise<store.HandlingRow> {
  const sourceKey = `hall:${v.ticketId}`;
  const h = await store.insertHandling(tx, {
    id: newId(),
    channel: 'window',
    source_key: sourceKey,
    application_id: v.applicationId,
    item_code: v.itemCode,
    item_name: v.itemName,
    department_id: v.departmentId,
    region_code: v.regionCode,
    rater_user_id: v.visitorUserId,
    rater_name: v.visitorName,
    rater_phone: null,
    rater_uscc: null,
    rating_code: ratingCode(),
    recorded_by: v.clerkId,
    handled_at: v.at,
    created_at: v.at,
  });
  if (!h) return (await store.handlingBySourceKey(tx, sourceKey))!;
  if (v.visitorUserId) {
    await notify(tx, {
      userId: v.visitorUserId,
      title: '请对本次窗口服务进行评价',
      body: `您在大厅 ${v.number} 号的窗口办事已办结（${v.itemName}），请对本次服务评价（一次一评），您的意见将督促窗口改进服务。`,
      link: '/ratings/mine',
      key: `rating-invite:hall:${v.ticketId}`,
    });
  }
  return h;
}
