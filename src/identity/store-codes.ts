import { createHash } from 'node:crypto';
import type { Queryable } from '../db/index.js';
import type { CodePurpose } from './phone-codes-rules.js';
import type { UserRow } from './store.js';
import { forgetSessionsOf } from './session-cache.js';

export async function insertCode(q: Queryable, c: { id: string; phone: string; purpose: CodePurpose; hash: string; at: Date; expiresAt: Date }): Promise<void> {
  await q.query(
    'INSERT INTO phone_codes (id, phone, purpose, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [c.id, c.phone, c.purpose, c.hash, c.at, c.expiresAt],
    { name: 'identity_insert_code' },
  );
}

/**
 * One guess at the newest live code of a number, atomically: the guess is counted under the code's row lock (so
 * parallel guesses are all counted, and a code past its last attempt is never compared), and a right guess uses the
 * code up in the same statement. `ok` null: no live code (none sent, expired, used, or out of attempts).
 */
export async function guessCode(q: Queryable, phone: string, purpose: CodePurpose, hash: string, now: Date, maxAttempts: number): Promise<{ ok: boolean; attemptsLeft: number } | null> {
  const rows = await q.query<{ ok: boolean; attempts: number }>(
    `WITH live AS (
       SELECT id FROM phone_codes
       WHERE phone = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $4
       ORDER BY created_at DESC, id LIMIT 1
       FOR UPDATE
     )
     UPDATE phone_codes p SET
       attempts = p.attempts + 1,
       used_at = CASE WHEN p.code_hash = $3 THEN $4::timestamptz ELSE NULL END
     FROM live
     WHERE p.id = live.id AND p.attempts < $5 AND p.used_at IS NULL AND p.expires_at > $4
     RETURNING p.code_hash = $3 AS ok, p.attempts`,
    [phone, purpose, hash, now, maxAttempts],
    { name: 'identity_guess_code' },
  );
  const r = rows[0];
  return r ? { ok: r.ok, attemptsLeft: Math.max(0, maxAttempts - r.attempts) } : null;
}

/** A new code replaces the earlier ones of the same number and purpose. */
export async function retireCodes(q: Queryable, phone: string, purpose: CodePurpose, now: Date): Promise<void> {
  await q.query('UPDATE phone_codes SET used_at = $3 WHERE phone = $1 AND purpose = $2 AND used_at IS NULL', [phone, purpose, now]);
}

/** Codes are worth nothing after they expire: forget those older than a day. */
export async function pruneCodes(q: Queryable, before: Date): Promise<void> {
  await q.query('DELETE FROM phone_codes WHERE created_at < $1', [before]);
  await q.query('DELETE FROM development_messages WHERE created_at < $1', [before]);
}

/** The citizen or business account of a mobile number (staff do not sign in by code). */
export async function applicantByPhone(q: Queryable, phone: string): Promise<UserRow | undefined> {
  return (await q.query<UserRow>("SELECT * FROM users WHERE phone = $1 AND kind <> 'staff'", [phone]))[0];
}

/** Sets a new password, ends every session and lifts a lock: whoever held the old one is out. */
export async function replacePassword(q: Queryable, userId: string, passwordHash: string): Promise<void> {
  await q.query('UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1', [userId, passwordHash]);
  await q.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  forgetSessionsOf(q, userId);
}

export async function insertDevelopmentMessage(q: Queryable, m: { id: string; phone: string; purpose: CodePurpose; text: string; at: Date }): Promise<void> {
  await q.query('INSERT INTO development_messages (id, phone, purpose, text, created_at) VALUES ($1, $2, $3, $4, $5)', [m.id, m.phone, m.purpose, m.text, m.at]);
}

export interface DevelopmentMessageRow {
  id: string;
  phone: string;
  purpose: CodePurpose;
  text: string;
  created_at: Date;
}

export async function recentDevelopmentMessages(q: Queryable, limit: number): Promise<DevelopmentMessageRow[]> {
  return q.query<DevelopmentMessageRow>('SELECT id, phone, purpose, text, created_at FROM development_messages ORDER BY seq DESC LIMIT $1', [limit]);
}

/** Opens a session and lifts any lock from wrong passwords, in one statement. */
export async function openSessionClearingLock(q: Queryable, token: string, userId: string, now: Date, expiresAt: Date): Promise<void> {
  await q.query(
    `WITH u AS (UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $2 RETURNING id)
     INSERT INTO sessions (token_hash, user_id, created_at, expires_at) SELECT $1, id, $3, $4 FROM u`,
    [createHash('sha256').update(token).digest('hex'), userId, now, expiresAt],
    { name: 'identity_open_session_by_code' },
  );
}
