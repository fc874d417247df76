import type { Queryable } from '../db/index.js';
import type { IsoDate } from '../calendar/index.js';
import { flushDeadlineWrites, forgetHeldDeadlines } from './store.js';

export interface ClaimedCard {
  id: string;
  subject_kind: string;
  subject_id: string;
  title: string;
  department_id: string;
  assignee_id: string | null;
  due_on: IsoDate;
  revision: number;
}

const RETURNING = 'RETURNING d.id, d.subject_kind, d.subject_id, d.title, d.department_id, d.assignee_id, d.due_on, d.revision';

/**
 * Raises the sent-card level of a batch of deadlines that turned red (level 2) or yellow (level 1) by `today`.
 * SKIP LOCKED hands each row to one scanner; the outer conditions are re-checked after the lock, so a row another
 * process already raised is not returned twice.
 */
export async function claimRed(q: Queryable, today: IsoDate, limit: number): Promise<ClaimedCard[]> {
  await flushDeadlineWrites(q);
  forgetHeldDeadlines(q);
  return q.query<ClaimedCard>(
    `UPDATE deadlines d SET notified_level = 2
      WHERE d.id IN (SELECT id FROM deadlines WHERE status = 'open' AND notified_level < 2 AND due_on < $1
                      ORDER BY due_on LIMIT $2 FOR UPDATE SKIP LOCKED)
        AND d.status = 'open' AND d.notified_level < 2 AND d.due_on < $1
      ${RETURNING}`,
    [today, limit],
    { name: 'deadline_claim_red' },
  );
}

export async function claimYellow(q: Queryable, today: IsoDate, limit: number): Promise<ClaimedCard[]> {
  await flushDeadlineWrites(q);
  forgetHeldDeadlines(q);
  return q.query<ClaimedCard>(
    `UPDATE deadlines d SET notified_level = 1
      WHERE d.id IN (SELECT id FROM deadlines WHERE status = 'open' AND notified_level < 1 AND yellow_from <= $1 AND due_on >= $1
                      ORDER BY yellow_from LIMIT $2 FOR UPDATE SKIP LOCKED)
        AND d.status = 'open' AND d.notified_level < 1 AND d.yellow_from <= $1 AND d.due_on >= $1
      ${RETURNING}`,
    [today, limit],
    { name: 'deadline_claim_yellow' },
  );
}

export async function supervisorIds(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ id: string }>("SELECT id FROM users WHERE 'supervisor' = ANY(roles) ORDER BY username");
  return rows.map((r) => r.id);
}
