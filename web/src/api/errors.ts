/** An answer other than 2xx, in the API's error shape `{ code, message, details }` (message in the asked language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** Field issues of a VALIDATION_FAILED answer: path → message. */
  get issues(): Array<{ path: string; message: string }> {
    const list = this.details.issues;
    return Array.isArray(list) ? (list as Array<{ path: string; message: string }>) : [];
  }
}

/** The server could not be reached at all. */
export const NETWORK = 'NETWORK';
/** The server answered something that is not our JSON. */
export const UNEXPECTED = 'UNEXPECTED';

/** Listeners told when the session is gone (401), so the shell can ask to sign in again. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(fn: () => void): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}
export const notifyUnauthorized = () => unauthorizedListeners.forEach((fn) => fn());

/** The ApiError for a non-2xx answer whose body (if JSON) is in the `{ code, message, details }` shape. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const err = typeof body === 'object' && body !== null ? (body as { code?: unknown; message?: unknown; details?: unknown }) : {};
  return new ApiError(
    status,
    typeof err.code === 'string' && err.code ? err.code : UNEXPECTED,
    typeof err.message === 'string' ? err.message : '',
    typeof err.details === 'object' && err.details !== null ? (err.details as Record<string, unknown>) : {},
  );
}
