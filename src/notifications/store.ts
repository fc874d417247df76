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

export async function insertMessage(tx: Queryable, n: Notification, at: Date | null): Promise<void> {
  await tx.query(
    `INSERT INTO messages (id, user_id, title, body, link, source_key, created_at)
     SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::text, COALESCE($7::timestamptz, now()) WHERE EXISTS (SELECT 1 FROM users WHERE id = $2::uuid)
     ON CONFLICT (source_key) DO NOTHING`,
    [newId(), n.userId, n.title, n.body, n.link ?? null, n.key, at],
  );
}

/** Several messages in one statement (a batch of outbox jobs); a key already delivered is skipped, as above. */
export async function insertMessages(tx: Queryable, list: ReadonlyArray<{ n: Notification; at: Date | null }>): Promise<void> {
  if (list.length === 1) return insertMessage(tx, list[0]!.n, list[0]!.at);
  const { sql, params } = messagesInsert(list);
  await tx.query(sql, params, { name: 'messages_insert_many' });
}

/**
 * Messages as one INSERT (a message already delivered under its key is not delivered again). A message to an account
 * that no longer exists is dropped: it is written with the change that sends it, which it must never fail.
 */
export function messagesInsert(list: ReadonlyArray<{ n: Notification; at: Date | null }>): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO messages (id, user_id, title, body, link, source_key, created_at)
     SELECT id, user_id, title, body, link, source_key, COALESCE(created_at, now())
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS m(id, user_id, title, body, link, source_key, created_at)
     WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id)
     ON CONFLICT (source_key) DO NOTHING`,
    params: [
      list.map(() => newId()),
      list.map((m) => m.n.userId),
      list.map((m) => m.n.title),
      list.map((m) => m.n.body),
      list.map((m) => m.n.link ?? null),
      list.map((m) => m.n.key),
      list.map((m) => m.at?.toISOString() ?? null),
    ],
  };
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
