import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A random token for sessions and one-time links (URL-safe). */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
