import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../core/index.js';

export const SESSION_COOKIE = 'banshi_sid';
export const SESSION_HOURS = 12;

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, config: Pick<Config, 'publicUrl'>, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // https by the configured public address, or by the socket (or a configured trusted proxy): never a bare header
    secure: (config.publicUrl ?? '').startsWith('https:') || req.protocol === 'https',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}
