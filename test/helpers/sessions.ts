import { DEMO_PASSWORD } from '../../src/identity/index.js';
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
