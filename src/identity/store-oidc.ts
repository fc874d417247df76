import { createHash } from 'node:crypto';
import type { Queryable } from '../db/index.js';
import type { RealNameLevel } from '../core/index.js';
import type { UserRow } from './store.js';
import { forgetSessionsOf } from './session-cache.js';

/** 统一身份认证: sign-ins under way and the provider accounts linked to platform accounts. */
export const hashOf = (v: string) => createHash('sha256').update(v).digest('hex');

export interface PendingSignIn {
  browser_hash: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  expires_at: Date;
}

export async function insertPendingSignIn(q: Queryable, p: { state: string; browser: string; codeVerifier: string; nonce: string; returnTo: string; at: Date; expiresAt: Date }): Promise<void> {
  // the sign-ins abandoned at the provider go as new ones start
  await q.query('DELETE FROM oidc_sign_ins WHERE expires_at < $1', [p.at]);
  await q.query(
    'INSERT INTO oidc_sign_ins (state_hash, browser_hash, code_verifier, nonce, return_to, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [hashOf(p.state), hashOf(p.browser), p.codeVerifier, p.nonce, p.returnTo, p.at, p.expiresAt],
  );
}

/** Takes a pending sign-in by its state, once: a second callback with the same state finds nothing. */
export async function takePendingSignIn(q: Queryable, state: string): Promise<PendingSignIn | undefined> {
  const rows = await q.query<PendingSignIn>(
    'DELETE FROM oidc_sign_ins WHERE state_hash = $1 RETURNING browser_hash, code_verifier, nonce, return_to, expires_at',
    [hashOf(state)],
  );
  return rows[0];
}

export async function linkedUser(q: Queryable, issuer: string, subject: string): Promise<UserRow | undefined> {
  const rows = await q.query<UserRow>(
    'SELECT u.* FROM oidc_identities i JOIN users u ON u.id = i.user_id WHERE i.issuer = $1 AND i.subject = $2 FOR UPDATE OF u',
    [issuer, subject],
  );
  return rows[0];
}

/** The real-name levels at which an account's number was verified (by the identity platform or at a counter). */
const VERIFIED = "('provider', 'counter')";

/**
 * An account of the same person or business made before (counter, another sign-in), to link rather than duplicate.
 * Only one whose number was verified: a number merely typed in proves nothing, and linking to it would hand the
 * verified identity to whoever typed it.
 */
export async function accountToLink(q: Queryable, who: { kind: 'citizen' | 'business'; idNumber: string; uscc: string | null }): Promise<UserRow | undefined> {
  const rows = who.kind === 'business'
    ? await q.query<UserRow>(`SELECT * FROM users WHERE kind = 'business' AND uscc = $1 AND real_name_level IN ${VERIFIED} ORDER BY created_at, id LIMIT 1 FOR UPDATE`, [who.uscc])
    : await q.query<UserRow>(`SELECT * FROM users WHERE kind = 'citizen' AND id_number = $1 AND real_name_level IN ${VERIFIED} ORDER BY created_at, id LIMIT 1 FOR UPDATE`, [who.idNumber]);
  return rows[0];
}

/**
 * Removes the number from accounts that claim it without having had it verified, now that its holder has proved it:
 * an unproven claim would otherwise open the holder's licences and files to that account. Returns the accounts.
 */
export async function dropUnprovenClaims(q: Queryable, who: { kind: 'citizen' | 'business'; idNumber: string; uscc: string | null }, keep: string): Promise<string[]> {
  const rows = who.kind === 'business'
    ? await q.query<{ id: string }>(`UPDATE users SET uscc = NULL WHERE kind = 'business' AND uscc = $1 AND id <> $2 AND (real_name_level IS NULL OR real_name_level NOT IN ${VERIFIED}) RETURNING id`, [who.uscc, keep])
    : await q.query<{ id: string }>(`UPDATE users SET id_number = NULL WHERE kind = 'citizen' AND id_number = $1 AND id <> $2 AND (real_name_level IS NULL OR real_name_level NOT IN ${VERIFIED}) RETURNING id`, [who.idNumber, keep]);
  const ids = rows.map((r) => r.id);
  forgetSessionsOf(q, ids);
  return ids;
}

export async function linkIdentity(q: Queryable, l: { issuer: string; subject: string; userId: string; acr: string; at: Date }): Promise<void> {
  await q.query(
    `INSERT INTO oidc_identities (issuer, subject, user_id, acr, created_at, last_sign_in_at) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (issuer, subject) DO UPDATE SET acr = EXCLUDED.acr, last_sign_in_at = EXCLUDED.last_sign_in_at`,
    [l.issuer, l.subject, l.userId, l.acr, l.at],
  );
}

/** The verified name, numbers and level the provider vouched for, onto the account. */
export async function applyVerifiedIdentity(
  q: Queryable,
  userId: string,
  v: { name: string; idNumber: string; orgName: string | null; level: RealNameLevel; at: Date },
): Promise<void> {
  await q.query(
    `UPDATE users SET name = $2, id_number = $3, org_name = COALESCE($4, org_name), real_name_level = $5, real_name_verified_at = $6 WHERE id = $1`,
    [userId, v.name, v.idNumber, v.orgName, v.level, v.at],
  );
  forgetSessionsOf(q, userId);
}

export async function openSession(q: Queryable, token: string, userId: string, at: Date, expiresAt: Date): Promise<void> {
  await q.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hashOf(token), userId, at, expiresAt]);
}
