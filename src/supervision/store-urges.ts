import type { Queryable } from '../db/index.js';

export interface UrgeRow {
  id: string;
  deadline_id: string;
  urged_by: string;
  urged_by_name: string | null;
  urged_at: Date;
  colour: 'yellow' | 'red';
  message: string;
  notified: string[];
}

export async function insertUrge(q: Queryable, r: Omit<UrgeRow, 'urged_by_name'>): Promise<void> {
  await q.query(
    'INSERT INTO deadline_urges (id, deadline_id, urged_by, urged_at, colour, message, notified) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [r.id, r.deadline_id, r.urged_by, r.urged_at, r.colour, r.message, r.notified],
  );
}

/** The urges of some deadlines, oldest first, with the urging person's name. */
export async function urgesOf(q: Queryable, deadlineIds: string[]): Promise<UrgeRow[]> {
  if (!deadlineIds.length) return [];
  return q.query<UrgeRow>(
    `SELECT u.id, u.deadline_id, u.urged_by, s.name AS urged_by_name, u.urged_at, u.colour, u.message, u.notified
       FROM deadline_urges u LEFT JOIN users s ON s.id = u.urged_by
      WHERE u.deadline_id = ANY($1::uuid[]) ORDER BY u.urged_at, u.id`,
    [deadlineIds],
  );
}
