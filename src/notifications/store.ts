import type { Queryable } from '../db/index.js';
import { newId } from '../core/index.js';
import type { Notification } from './channels.js';

export interface MessageRow {
  id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export async function insertMessage(tx: Queryable, n: Notification, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO messages (id, user_id, title, body, link, source_key, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (source_key) DO NOTHING`,
    [newId(), n.userId, n.title, n.body, n.link ?? null, n.key, at],
  );
}

export async function messagesOf(q: Queryable, userId: string, limit: number): Promise<MessageRow[]> {
  return q.query<MessageRow>(
    'SELECT id, title, body, link, created_at, read_at FROM messages WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2',
    [userId, limit],
  );
}

export async function markRead(q: Queryable, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await q.query('UPDATE messages SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING id', [id, userId, at]);
  return rows.length > 0;
}
