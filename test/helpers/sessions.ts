import type { Db } from '../../src/db/index.js';
import { DEMO_PASSWORD, sessionCacheOf } from '../../src/identity/index.js';
import type { TestApp } from './app.js';

/**
 * Signs demo accounts in like `t.as`, but signs in again once the test clock has moved past most of a session's
 * lifetime (sessions last 12 hours): for tests that travel weeks or months.
 */
export function freshSessions(t: TestApp): (username: string) => Promise<Record<string, string>> {
  const cache = new Map<string, { at: number; headers: Record<string, string> }>();
  return async (username) => {
    const now = t.clock.now().getTime();
    const hit = cache.get(username);
    if (hit && now >= hit.at && now - hit.at < 10 * 3600_000) return hit.headers;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const headers = { authorization: `Bearer ${res.json().token as string}` };
    cache.set(username, { at: now, headers });
    return headers;
  };
}

/**
 * Waits (for the state, never a time) until the platform's session cache hears the database's news: until then it
 * keeps nothing, so a test that counts a request's statements would count the session lookup a live server skips.
 */
export async function sessionCacheListening(db: Db): Promise<void> {
  const cache = sessionCacheOf(db);
  cache.listenOn(db);
  for (let i = 0; i < 1000 && !cache.listens; i++) await new Promise((r) => setTimeout(r, 10));
  if (!cache.listens) throw new Error('the session cache did not start listening for the database’s news');
}
