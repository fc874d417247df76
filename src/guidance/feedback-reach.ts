import type { Queryable } from '../db/index.js';
import { departmentById, inActorRegion, type Actor } from '../identity/index.js';
import type { FeedbackRow } from './store.js';

/** The reporter reaches their own feedback; staff the feedback on guides of their region's departments. */
export async function inReach(q: Queryable, actor: Actor, feedback: Pick<FeedbackRow, 'department_id' | 'reporter_id'>): Promise<boolean> {
  if (feedback.reporter_id === actor.userId || actor.kind !== 'staff') return true;
  return inActorRegion(actor, (await departmentById(q, feedback.department_id))?.region_code);
}
